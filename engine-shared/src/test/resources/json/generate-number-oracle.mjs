// Writes number-oracle.txt: JavaScript (V8) as the oracle for NumberText.
// Run: node generate-number-oracle.mjs > number-oracle.txt   (seeded, so the output is reproducible)
// Lines: "F <hex bits> <String(x)>"  formatting cases
//        "P <hex bits> <text>"       parsing cases: Number(text) has these bits
let seed = 20240611;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const view = new DataView(new ArrayBuffer(8));
const bits = x => { view.setFloat64(0, x); return view.getBigUint64(0).toString(16).padStart(16, '0'); };
const fromBits = b => { view.setBigUint64(0, b); return view.getFloat64(0); };
const out = [];
const fixed = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e21, 1e-7, 1e-6, 123456789.123, 5e-324, 1.7976931348623157e308, 100,
  0.000001, 2e-323, 1e23, 9007199254740993, 4.35, 2.2250738585072014e-308, 2.225073858507201e-308, 5e-7, 1.5e-7,
  123e18, 1e22, 1e21 - 65536, 0.5, 3, -0, 1e300, 9.5e-322, 1 / 7, Math.PI, Math.E, 0.1 + 0.2, 100.5, 5e-310,
  2 ** 53, 2 ** 54, 2 ** 60, 2 ** 63, 2 ** 64, 2 ** -1022, 2 ** -1023, 2 ** 1023, 1e15, 1e16, 1e17, 1.25e-5, 999999999999999900000];
for (const x of fixed) out.push(`F ${bits(x)} ${String(x)}`);
for (let i = 0; i < 6000; i++) {
  let x;
  switch (i % 6) {
    case 0: x = rnd() * 1000; break;
    case 1: x = rnd() * 10 ** (Math.floor(rnd() * 44) - 22); break;
    case 2: x = Math.round(rnd() * 1e7) / 100; break; // prices with cents
    case 3: x = 2 ** (Math.floor(rnd() * 2098) - 1074); break; // powers of two: asymmetric gaps
    default: { // random bit patterns, finite only
      const hi = BigInt(Math.floor(rnd() * 2 ** 31)) * 2n, lo = BigInt(Math.floor(rnd() * 2 ** 32));
      x = fromBits((hi << 31n) ^ (lo) ^ (BigInt(Math.floor(rnd() * 2 ** 32)) << 21n));
      if (!isFinite(x)) x = rnd();
    }
  }
  if (rnd() < 0.3) x = -x;
  out.push(`F ${bits(x)} ${String(x)}`);
}
// Parsing: random digit strings, and exact halfway points between neighbouring doubles (ties to even).
for (let i = 0; i < 3000; i++) {
  const nd = 1 + Math.floor(rnd() * 25);
  let s = String(1 + Math.floor(rnd() * 9));
  for (let j = 1; j < nd; j++) s += String(Math.floor(rnd() * 10));
  const e = Math.floor(rnd() * 660) - 340;
  const p = Math.floor(rnd() * nd);
  const text = (rnd() < 0.2 ? '-' : '') + (p > 0 ? s.slice(0, p) + '.' + s.slice(p) : s) + 'e' + e;
  const x = Number(text);
  if (isFinite(x)) out.push(`P ${bits(x)} ${text}`);
}
function exactDecimal(m, q) { // m * 2^q as exact decimal text, m a BigInt
  if (q >= 0) return (m << BigInt(q)).toString();
  const digits = (m * 5n ** BigInt(-q)).toString();
  return digits + 'e-' + (-q);
}
for (let i = 0; i < 1500; i++) {
  // midpoint of x and nextUp(x): (2m+1) * 2^(q-1)
  let x = i % 3 === 0 ? 2 ** (Math.floor(rnd() * 2000) - 1000) * (1 + rnd()) : rnd() * 10 ** (Math.floor(rnd() * 40) - 20);
  if (i % 50 === 0) x = fromBits(BigInt(Math.floor(rnd() * 2 ** 30))); // subnormal
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  const be = Number((b >> 52n) & 0x7ffn), frac = b & ((1n << 52n) - 1n);
  const m = be === 0 ? frac : frac | (1n << 52n), q = (be === 0 ? 1 : be) - 1075;
  const text = exactDecimal(2n * m + 1n, q - 1);
  out.push(`P ${bits(Number(text))} ${text}`);
}
console.log(out.join('\n'));
