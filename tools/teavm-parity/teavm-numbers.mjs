// Compares the TeaVM-compiled engine with V8: NumberText.format vs String(x), NumberText.parse vs Number(s),
// TeaVM's own Double.toString / Double.parseDouble, and Json write/parse vs JSON.stringify/JSON.parse.
import * as m from '../../web-client/target/classes/public/engine/engine.js';
import { readFileSync } from 'node:fs';
let seed = 777; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const view = new DataView(new ArrayBuffer(8));
const tricky = [0.1, 1/3, 2/3, 1e21, 1e-7, 123456789.123, 5e-324, 1.7976931348623157e308, 100, 0.000001, -0, 1e23,
  2**53 + 2, 1.5e-7, 4.35, 0.3, 2**-1022, 9.5e-322, 2**60];
const xs = [...tricky];
for (let i = 0; i < 200000; i++) {
  const k = i % 4;
  if (k === 0) xs.push(rnd() * 1000);
  else if (k === 1) xs.push((rnd() - 0.5) * 10 ** (Math.floor(rnd() * 44) - 22));
  else if (k === 2) { view.setUint32(0, Math.floor(rnd() * 2 ** 32)); view.setUint32(4, Math.floor(rnd() * 2 ** 32));
    const d = view.getFloat64(0); if (isFinite(d)) xs.push(d); }
  else xs.push(Math.round(rnd() * 1e8) / 100);
}
const digits = t => { let s = t.replace('-', '').toLowerCase(); const e = s.indexOf('e'); if (e >= 0) s = s.slice(0, e);
  return s.replace('.', '').replace(/^0+/, '').replace(/0+$/, ''); };
let fmtBad = 0, parseBad = 0, tvToString = 0, tvParse = 0, tvNotRoundTrip = 0; const samples = [];
for (const x of xs) {
  const ours = m.formatNumber(x), js = String(x);
  if (ours !== js) { fmtBad++; if (samples.length < 10) samples.push(`format ${js} -> ${ours}`); }
  if (!Object.is(m.parseNumber(js), x) && x !== 0) { parseBad++; if (samples.length < 10) samples.push(`parse ${js}`); }
  const tv = m.javaToString(x);
  if (Number(tv) !== x) tvNotRoundTrip++;
  else if (digits(tv) !== digits(js)) tvToString++;
  if (m.javaParse(js) !== x) tvParse++;
}
// the V8 oracle file used by the JVM test, parse lines included (long halfway-point decimals)
let oracleBad = 0, oracleLines = 0;
for (const line of readFileSync(new URL('../../engine-shared/src/test/resources/json/number-oracle.txt', import.meta.url), 'utf8').split('\n')) {
  if (!line) continue; oracleLines++;
  const [kind, hex, text] = line.split(' ');
  view.setBigUint64(0, BigInt('0x' + hex)); const x = view.getFloat64(0);
  if (kind === 'F' ? m.formatNumber(x) !== text : !Object.is(m.parseNumber(text), x)) { oracleBad++; if (samples.length < 20) samples.push(`oracle ${line.slice(0, 80)}`); }
}
// JSON text: our write(parse(s)) must equal JSON.stringify(JSON.parse(s))
let jsonBad = 0; const docs = [];
for (let i = 0; i < 2000; i++) {
  const v = { n: xs[i * 7], s: String.fromCharCode(...Array.from({length: 6}, () => Math.floor(rnd() * (rnd() < 0.5 ? 128 : 65536)))),
    a: [xs[i * 7 + 1], true, null, { x: [], y: {} }, -0], nested: { k: [[xs[i * 7 + 2]]] } };
  const text = JSON.stringify(v);
  if (m.jsonRewrite(text, false) !== text || m.jsonRewrite(text, true) !== JSON.stringify(v, null, 2)) { jsonBad++; if (samples.length < 25) samples.push('json ' + text); }
}
let err = ''; try { m.jsonRewrite('{"a": [1, 2,]}', false); } catch (e) { err = String(e.message ?? e); }
console.log(`values=${xs.length}`);
console.log(`NumberText.format != String(x): ${fmtBad}`);
console.log(`NumberText.parse(String(x)) != x: ${parseBad}`);
console.log(`oracle lines=${oracleLines} mismatches=${oracleBad}`);
console.log(`JSON docs=2000 mismatches vs JSON.stringify (compact+pretty): ${jsonBad}`);
console.log(`TeaVM Double.toString: not round-trip=${tvNotRoundTrip}, round-trips but digits differ from JS=${tvToString}`);
console.log(`TeaVM Double.parseDouble(String(x)) != x: ${tvParse}`);
console.log(`error from TeaVM build: ${err}`);
for (const s of samples) console.log('  ' + s);
let t = performance.now(); let acc = 0;
for (let i = 0; i < 100000; i++) acc += m.formatNumber(xs[i]).length;
const fmtMs = performance.now() - t; t = performance.now();
for (let i = 0; i < 100000; i++) acc += m.parseNumber(String(xs[i]));
console.log(`speed: 100k formats ${fmtMs.toFixed(0)} ms, 100k parses ${(performance.now() - t).toFixed(0)} ms`);
