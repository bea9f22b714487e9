// Runs one backtest in a module Web Worker on the TeaVM-compiled engine: the browser's backtest runtime, used by
// `./awstrader backtest --runtime chromium` (and later by the web app). One worker per backtest: the engine module
// and bot-api.js keep per-run state, so start a new worker for every run.
//
// Protocol: the page posts {botJs, settings, candles} (as bot-runtime.js's runBacktest takes them), and from a
// supervisor (backtest-supervisor.js) {heartbeat, refusals} for the per-call limits (call-guard.js); the worker posts
// any number of {type: 'progress', done, total}, then {type: 'result', json, ms} (ms: the backtest's own time,
// measured here) or {type: 'error', message}.
import * as engine from './engine.js';
import './bot-api.js'; // for its side effect: defines globalThis.awstraderBotApi
import { answerBacktest } from './bot-runtime.js';

const post = self.postMessage.bind(self);
const clock = performance.now.bind(performance);

// Every way out of the worker (fetch, XMLHttpRequest, importScripts, WebSocket, postMessage, self, ...) is deleted by
// bot-api.js before any bot code runs, wherever it lives on the global's prototype chain, so the bot sees the same
// globals as on the JVM; the page's Content-Security-Policy (connect-src 'none') stays as the second wall.

let started = false;
self.onmessage = (event) => {
  if (started) return; // one backtest per worker
  started = true;
  answerBacktest(engine, event.data, post, clock);
};
