import * as m from '../../web-client/target/classes/public/engine/engine.js';
let seed = 3; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const probes = { probeAddAdd: (a, b, c) => a + (b + c), probeAddSub: (a, b, c) => a + (b - c),
  probeSubAdd: (a, b, c) => a - (b + c), probeSubSub: (a, b, c) => a - (b - c),
  probeMulMul: (a, b, c) => a * (b * c), probeMulDiv: (a, b, c) => a * (b / c),
  probeDivMul: (a, b, c) => a / (b * c), probeDivDiv: (a, b, c) => a / (b / c),
  probeInlinedLocal: (a, b, c) => a + (b - c) };
const N = 100000;
for (const [name, f] of Object.entries(probes)) {
  let bad = 0; seed = 3;
  for (let i = 0; i < N; i++) { const a = rnd() * 10, b = rnd() * 1e-3 + 1, c = rnd() * 1e3 + 1; if (!Object.is(m[name](a, b, c), f(a, b, c))) bad++; }
  console.log(`${name.padEnd(18)} differs from Java in ${bad}/${N}`);
}
console.log('int a*(b/c) with 2,3,2: Java 2, TeaVM', m.probeIntMulDiv(2, 3, 2));
console.log('int a*(b*c) with 65536,65536,2: Java 0, TeaVM', m.probeIntMulMul(65536, 65536, 2), ' 3,1431655766,1: Java', Math.imul(3, 1431655766), 'TeaVM', m.probeIntMulMul(3, 1431655766, 1));
