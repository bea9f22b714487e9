// Runs one backtest in Node on the TeaVM-compiled engine: the `--runtime node` of `./awstrader backtest`.
// Usage: TZ=UTC node node-backtest.mjs REQUEST.json RESULT.json
//   REQUEST.json: {"settings": {...}, "botJs": "...", "candles": {pair: {interval, time, open, high, low, close, volume}}}
// Progress goes to stderr as lines "progress DONE TOTAL".
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const result = runBacktest(engine, request.botJs, request.settings, request.candles, (done, total) => {
  const percent = Math.floor((done * 100) / total);
  if (percent !== last) {
    last = percent;
    process.stderr.write(`progress ${done} ${total}\n`);
  }
});
writeFileSync(resultPath, result);
