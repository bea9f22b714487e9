// Keeps a backtest worker to the per-call limits of bot code: the supervisor's half of call-guard.js, used by the web
// app's page, the page of `--runtime chromium` and Node's main thread (`--runtime node`).
//
// It watches the heartbeat the worker writes around every call into bot code. A call past the time limit (or one that
// made typed arrays past the memory limit, or, where the caller can measure memory, grew the process by more than it,
// or a worker that died of memory while a call ran) gets the worker terminated, and a new worker replays the run from the start with that call
// answered by the limit error. Replays are deterministic, so the result is the one a runtime that can interrupt its
// bot (GraalJS on the JVM) gives: the error at that candle, and the run going on.
//
// superviseBacktest({request, startWorker, limits, memoryInUse, onProgress}) -> {done, cancel}
//   request: {botJs, settings, candles} as worker.js takes it
//   startWorker(onMessage, onFailure(message, outOfMemory)) -> {post(message), terminate()}: a fresh worker
//   limits: {timeMs, memoryMb} (default: the JVM's, SandboxLimits.BOT_CALL)
//   memoryInUse: () -> bytes the process uses now, or absent when it cannot be known (a browser)
//   done: Promise of {json, ms, replays}; cancel(): terminates the worker and rejects done with error.cancelled true
import { HEARTBEAT_BYTES } from './call-guard.js';

/** The JVM's limits for one call into bot code (SandboxLimits.BOT_CALL). */
export const BOT_CALL_LIMITS = Object.freeze({ timeMs: 2000, memoryMb: 256 });

/**
 * A worker's first calls (the load, initializeState, the first onData) run cold (parsing, code not yet compiled) and,
 * unlike the JVM's CPU-time watchdog, this supervisor sees only wall time: on a loaded machine those calls could
 * break the limit without the bot doing anything wrong. They get this many times the limit (a runaway call there is
 * still stopped, later).
 */
export const COLD_CALLS = 3;
export const COLD_CALL_FACTOR = 5;

/** How often the heartbeat is read: a call overshoots its limit by about this much. */
const CHECK_MS = 10;

export function timeLimitMessage(limits) {
  return 'bot exceeded its time limit (' + limits.timeMs + ' ms)';
}

export function memoryLimitMessage(limits) {
  return 'bot exceeded its memory limit (' + limits.memoryMb + ' MB)';
}

/** Whether this realm can share memory with a worker (a page must be cross-origin isolated for it). */
export function canSuperviseCalls() {
  return typeof SharedArrayBuffer === 'function' && typeof Atomics === 'object';
}

export function superviseBacktest({ request, startWorker, limits = BOT_CALL_LIMITS, memoryInUse, onProgress }) {
  const supervised = canSuperviseCalls();
  // Each worker gets a heartbeat of its own: terminating a worker is not instant, and one stopped in an allocation
  // loop goes on counting for a moment, which must not land on the next worker's call (it would read as a memory
  // limit where the bot only looped).
  let heartbeat = null;
  let running = null;
  let started = null;
  let allocated = null;
  let generation = 0; // of the current worker: messages of a stopped one are ignored
  const refusals = [];
  let worker = null;
  let timer = null;
  let finished = false;
  let reported = 0;
  let watchedCall = 0;
  let memoryAtCallStart = 0;
  let settle;
  let fail;
  const done = new Promise((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });

  function finish(outcome, error) {
    if (finished) return;
    finished = true;
    if (timer !== null) clearInterval(timer);
    if (worker !== null) worker.terminate();
    if (error) fail(error);
    else settle(outcome);
  }

  // The running call broke a limit: stop the worker and replay with that call answered by the limit's error.
  function refuse(index, message) {
    worker.terminate();
    worker = null;
    if (index === 0) {
      finish(null, new Error(message)); // the bot's top-level code: the bot does not load, as on the JVM
      return;
    }
    refusals.push({ index, message });
    start();
  }

  function runningCall() {
    return running === null ? 0 : Atomics.load(running, 0);
  }

  function check() {
    const call = runningCall();
    if (call === 0 || worker === null) return;
    if (call !== watchedCall) {
      watchedCall = call;
      memoryAtCallStart = memoryInUse ? memoryInUse() : 0;
    }
    // calls are numbered from the worker's start (a replay starts a fresh, cold worker): 0 is the bot's load
    const budget = call - 1 < COLD_CALLS ? limits.timeMs * COLD_CALL_FACTOR : limits.timeMs;
    if (Date.now() - started[0] > budget) {
      refuse(call - 1, timeLimitMessage(limits));
    } else if (allocated[0] > limits.memoryMb * 1048576
      || (memoryInUse && memoryInUse() - memoryAtCallStart > limits.memoryMb * 1048576)) {
      refuse(call - 1, memoryLimitMessage(limits));
    }
  }

  function onMessage(message) {
    if (finished) return;
    if (message.type === 'progress') {
      // A replay reports the candles it passes again: the bar only moves forward.
      if (message.done > reported) {
        reported = message.done;
        if (onProgress) onProgress(message.done, message.total);
      }
    } else if (message.type === 'result') {
      finish({ json: message.json, ms: message.ms, replays: refusals.length });
    } else {
      finish(null, new Error(message.message || 'the backtest failed'));
    }
  }

  function onFailure(message, outOfMemory) {
    if (finished) return;
    const call = runningCall();
    if (outOfMemory && call > 0) {
      refuse(call - 1, memoryLimitMessage(limits));
    } else {
      finish(null, new Error(message));
    }
  }

  function start() {
    if (supervised) {
      heartbeat = new SharedArrayBuffer(HEARTBEAT_BYTES);
      running = new Int32Array(heartbeat, 0, 1);
      started = new Float64Array(heartbeat, 8, 1);
      allocated = new Float64Array(heartbeat, 16, 1);
    }
    watchedCall = 0;
    const mine = ++generation;
    worker = startWorker((message) => {
      if (mine === generation) onMessage(message);
    }, (message, outOfMemory) => {
      if (mine === generation) onFailure(message, outOfMemory);
    });
    worker.post({ ...request, heartbeat, refusals: refusals.slice() });
  }

  start();
  if (supervised) timer = setInterval(check, CHECK_MS);
  return {
    done,
    cancel() {
      const error = new Error('The backtest was cancelled.');
      error.cancelled = true;
      finish(null, error);
    },
  };
}
