// Runs one backtest in Node on the TeaVM-compiled engine: the `--runtime node` of `./awstrader backtest`.
// Usage: TZ=UTC node node-backtest.mjs REQUEST.json RESULT.json
//   REQUEST.json: {"settings": {...}, "botJs": "...", "candles": {pair: {interval, time, open, high, low, close, volume}}}
// stderr carries lines "progress DONE TOTAL", then "timing MS" (the backtest's own time, without start-up); a failure
// is one line "error MESSAGE" and exit code 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [requestPath, resultPath] = process.argv.slice(2);
const engine = await import(pathToFileURL(join(here, 'engine.js')).href);
await import(pathToFileURL(join(here, 'bot-api.js')).href);
const { runBacktest } = await import(pathToFileURL(join(here, 'bot-runtime.js')).href);

// The bot gets no way out: no modules, no processes, no network (Node has no sandbox, so this run is for trusted
// bots — tests and the command line — exactly like the browser worker, which is the real isolation).
const request = JSON.parse(readFileSync(requestPath, 'utf8'));
let last = -1;
const clock = performance.now.bind(performance);
let result;
try {
  const start = clock();
  result = runBacktest(engine, request.botJs, request.settings, request.candles, (done, total) => {
    const percent = Math.floor((done * 100) / total);
    if (percent !== last) {
      last = percent;
      process.stderr.write(`progress ${done} ${total}\n`);
    }
  });
  process.stderr.write(`timing ${clock() - start}\n`);
} catch (e) {
  const message = e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  process.stderr.write(`error ${message.replace(/\n/g, ' ')}\n`);
  process.exit(1);
}
writeFileSync(resultPath, result);
