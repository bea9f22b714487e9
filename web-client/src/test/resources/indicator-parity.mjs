// Computes indicators with the TeaVM-compiled engine in Node, for IndicatorParityTest.
// Usage: node indicator-parity.mjs ENGINE_JS INPUT_JSON OUTPUT_JSON
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [enginePath, inputPath, outputPath] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));
const c = input.candles;
const columns = ['time', 'open', 'high', 'low', 'close', 'volume'].map((k) => Float64Array.from(c[k]));
const results = {};
for (const spec of input.specs) {
  const values = engine.indicator(spec, input.pair, input.interval, ...columns);
  // NaN (warm-up) is not JSON: write null, which the test reads back as NaN.
  results[spec] = Array.from(values, (v) => (Number.isNaN(v) ? null : v));
}
writeFileSync(outputPath, JSON.stringify(results));
