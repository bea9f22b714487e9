// Runs one backtest in a module Web Worker on the TeaVM-compiled engine: the browser's backtest runtime, used by
// `./awstrader backtest --runtime chromium` (and later by the web app). One worker per backtest: the engine module
// and bot-api.js keep per-run state, so start a new worker for every run.
//
// Protocol: the page posts {botJs, settings, candles} (as bot-runtime.js's runBacktest takes them); the worker posts
// any number of {type: 'progress', done, total}, then {type: 'result', json, ms} (ms: the backtest's own time,
// measured here) or {type: 'error', message}.
import * as engine from './engine.js';
import './bot-api.js'; // for its side effect: defines globalThis.awstraderBotApi
import { runBacktest } from './bot-runtime.js';

const NO_NETWORK = 'network access is not available to bots';
const post = self.postMessage.bind(self);
const clock = performance.now.bind(performance);

// Every way out of the worker, removed before any bot code runs: the page's Content-Security-Policy already limits
// connections to this origin, and with these gone the bot cannot reach even that. Each name is replaced wherever it
// lives on the global's prototype chain, so `WorkerGlobalScope.prototype.fetch.call(self, ...)` fails the same way.
const EXITS = ['fetch', 'XMLHttpRequest', 'importScripts', 'WebSocket', 'WebSocketStream', 'EventSource',
  'WebTransport', 'BroadcastChannel', 'indexedDB', 'caches', 'Worker', 'SharedWorker', 'postMessage'];

function refuse() {
  throw new Error(NO_NETWORK);
}

function removeExit(holder, name) {
  for (let o = holder; o !== null; o = Object.getPrototypeOf(o)) {
    const property = Object.getOwnPropertyDescriptor(o, name);
    if (property === undefined) continue;
    if (typeof property.value === 'function') {
      Object.defineProperty(o, name, { value: refuse, writable: false, configurable: false, enumerable: false });
    } else {
      Object.defineProperty(o, name, { get: refuse, set: refuse, configurable: false, enumerable: false });
    }
  }
}

for (const name of EXITS) removeExit(self, name);
if (typeof navigator === 'object' && navigator !== null) removeExit(navigator, 'sendBeacon');

let started = false;
self.onmessage = (event) => {
  if (started) return; // one backtest per worker
  started = true;
  const { botJs, settings, candles } = event.data;
  try {
    const start = clock();
    const json = runBacktest(engine, botJs, settings, candles, (done, total) => {
      post({ type: 'progress', done, total });
    });
    post({ type: 'result', json, ms: clock() - start });
  } catch (e) {
    post({ type: 'error', message: e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e) });
  }
};
