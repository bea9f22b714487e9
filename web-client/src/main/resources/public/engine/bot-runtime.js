// Runs a backtest of a bot's JavaScript on the TeaVM-compiled engine, in a Web Worker or in Node.
// The engine module and bot-api.js (which defines globalThis.awstraderBotApi) must be loaded first.
//
// runBacktest(engine, botJs, settings, candles, onProgress, options) -> result JSON string, where
//   settings: backtest settings (see BacktestJson), candles: {pair: {interval, time, open, high, low, close, volume}},
//   options: {guard (call-guard.js; none: no limits), evaluate (code -> completion value; default: indirect eval)}
import { NO_GUARD, callGuard, countAllocations, guardedRunner } from './call-guard.js';

// Indirect eval: global scope, and sourceURL names the frames "bot.ts" for stack traces in the bot's own lines.
const indirectEval = (code) => (0, eval)(code + '\n//# sourceURL=bot.ts');

export function runBacktest(engine, botJs, settings, candles, onProgress, options) {
  const guard = (options && options.guard) || NO_GUARD;
  const evaluate = (options && options.evaluate) || indirectEval;
  // A run's start numbers are read in one call after begin() and handed out here: bot-api.js asks for them one by
  // one (next()), and a call into the engine per number would cost more than the numbers.
  let startNumbers = null;
  let startCount = 0;
  let startRead = 0;
  const host = {
    begin: () => {
      const answer = engine.hostBegin();
      startNumbers = engine.hostStartNumbers();
      startCount = engine.hostStartLength();
      startRead = 0;
      return answer;
    },
    next: () => (startRead < startCount ? startNumbers[startRead++] : NaN),
    config: () => engine.hostConfig(),
    catalog: () => engine.hostCatalog(),
    series: (kind, pair, spec) => engine.hostSeries(kind, pair, spec),
    indicatorOver: (candlesJson, spec) => engine.hostIndicatorOver(candlesJson, spec),
    patternOver: (candlesJson, spec) => engine.hostPatternOver(candlesJson, spec),
    smaArray: (valuesJson, period) => engine.hostSmaArray(valuesJson, period),
    random: () => engine.hostRandom(),
    portfolio: () => engine.hostPortfolio(),
    portfolioValue: () => engine.hostPortfolioValue(),
    order: (id) => engine.hostOrder(id),
    openOrders: () => engine.hostOpenOrders(),
    placeOrder: (pair, type, direction, amount, price, stopPrice) =>
      engine.hostPlaceOrder(pair, type, direction, amount, price, stopPrice),
    cancelOrder: (id) => engine.hostCancelOrder(id),
    grid: (price, levelDistance, gridSize) => engine.hostGrid(price, levelDistance, gridSize),
    plot: (kind, name, pair, value, chart) => engine.hostPlot(kind, name, pair, value, chart),
    log: (type, message) => engine.hostLog(type, message),
  };
  const api = globalThis.awstraderBotApi.prepare(host);
  const code = api.wrap(botJs);
  const load = () => {
    let exported;
    try {
      exported = evaluate(code);
    } catch (e) {
      // The same words in every runtime: V8's own report of a syntax error differs between Node and a worker.
      if (e instanceof SyntaxError) throw new Error('syntax error in the bot: ' + e.message);
      throw e;
    }
    return api.runner(exported);
  };
  const runner = guardedRunner(load, guard);
  for (const pair of Object.keys(candles)) {
    const c = candles[pair];
    engine.addCandles(pair, c.interval, Float64Array.from(c.time), Float64Array.from(c.open),
      Float64Array.from(c.high), Float64Array.from(c.low), Float64Array.from(c.close), Float64Array.from(c.volume));
  }
  return engine.runBacktest(JSON.stringify(settings), runner, onProgress || (() => {}));
}

/**
 * A worker's answer to one backtest request ({botJs, settings, candles} and, from a supervisor, {heartbeat,
 * refusals}): posts {type: 'progress', done, total} messages, then {type: 'result', json, ms} (the backtest's own
 * time on `clock`) or {type: 'error', message}. Shared by the browser's worker.js and Node's node-worker.mjs.
 */
export function answerBacktest(engine, request, post, clock, evaluate) {
  const { botJs, settings, candles, heartbeat, refusals } = request;
  try {
    const start = clock();
    if (heartbeat) countAllocations(heartbeat);
    const guard = heartbeat ? callGuard(heartbeat, refusals) : NO_GUARD;
    const json = runBacktest(engine, botJs, settings, candles, (done, total) => {
      post({ type: 'progress', done, total });
    }, { guard, evaluate });
    post({ type: 'result', json, ms: clock() - start });
  } catch (e) {
    post({ type: 'error', message: e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e) });
  }
}
