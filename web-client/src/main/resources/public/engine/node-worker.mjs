// The worker thread of `--runtime node` (see node-backtest.mjs): runs one backtest on the TeaVM-compiled engine with
// the per-call guard of call-guard.js, as the browser's worker.js does, and posts progress, then the result.
import { parentPort } from 'node:worker_threads';
import { Script } from 'node:vm';
import { performance } from 'node:perf_hooks';
import * as engine from './engine.js';
import './bot-api.js'; // for its side effect: defines globalThis.awstraderBotApi
import { answerBacktest } from './bot-runtime.js';

const post = parentPort.postMessage.bind(parentPort);
const clock = performance.now.bind(performance);

// A promise the bot leaves rejected must not end the thread (Node's default): the bot's error, if any, is already
// recorded, as in the other runtimes.
process.on('unhandledRejection', () => {});

// The bot is compiled as a vm Script without a dynamic import callback, so `import('node:fs')` in bot code rejects
// instead of loading a module; bot-api.js deletes process, Buffer, timers and every other Node global before it runs.
const evaluate = (code) => new Script(code, { filename: 'bot.ts' }).runInThisContext();

parentPort.once('message', (request) => answerBacktest(engine, request, post, clock, evaluate));
