// Runs a member-walking bot (api-surface-bot.js) in one backtest on the TeaVM-compiled engine and writes what it
// recorded (its final state.surface) as JSON, for ApiSurfaceTest.
// Usage: TZ=UTC node api-surface.mjs ENGINE_DIR BOT_JS OUTPUT_JSON
//   ENGINE_DIR holds engine.js, bot-api.js and bot-runtime.js (web-client/target/classes/public/engine).
// Candles are generated here (deterministic, 260 hourly BTC/USD candles), so the script needs no data file.
// Exits 1 when the backtest fails or the bot recorded errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [engineDir, botPath, outputPath] = process.argv.slice(2);
if (!engineDir || !botPath || !outputPath) {
  console.error('usage: node api-surface.mjs ENGINE_DIR BOT_JS OUTPUT_JSON');
  process.exit(2);
}
const engine = await import(pathToFileURL(join(engineDir, 'engine.js')).href);
await import(pathToFileURL(join(engineDir, 'bot-api.js')).href);
const { runBacktest } = await import(pathToFileURL(join(engineDir, 'bot-runtime.js')).href);

function candles(count) {
  const c = { interval: '1h', time: [], open: [], high: [], low: [], close: [], volume: [] };
  let close = 30000;
  for (let i = 0; i < count; i++) {
    const open = close;
    close = open * (1 + 0.01 * Math.sin(i / 7) + 0.004 * Math.cos(i * 1.3));
    c.time.push(Date.UTC(2021, 0, 1) + i * 3600000);
    c.open.push(open);
    c.close.push(close);
    c.high.push(Math.max(open, close) * (1 + 0.002 * (1 + Math.sin(i))));
    c.low.push(Math.min(open, close) * (1 - 0.002 * (1 + Math.cos(i))));
    c.volume.push(100 + 50 * Math.sin(i / 3));
  }
  return c;
}

const settings = { pairs: ['BTC/USD'], runInterval: '1h', exchange: 'bitfinex', balances: { USD: 10000 }, warmup: 200 };
const result = JSON.parse(runBacktest(engine, readFileSync(botPath, 'utf8'), settings, { 'BTC/USD': candles(260) }));
if (result.errors.length > 0) {
  console.error('the bot failed: ' + JSON.stringify(result.errors[0]));
  process.exit(1);
}
writeFileSync(outputPath, JSON.stringify(result.state.surface, null, 1));
