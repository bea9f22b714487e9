// Per-call limits for the JavaScript runtimes (a browser worker, a Node worker thread), the worker's half.
//
// JavaScript cannot interrupt its own thread, so the limits are kept from outside: around every call into bot code
// (the bot's top-level code is call 0, then every initializeState and onData in the engine's order) the worker writes
// the call's number and start time into a SharedArrayBuffer that its supervisor (backtest-supervisor.js, on the page or
// Node's main thread) reads. A call past its limit gets the worker terminated; the supervisor starts a new worker that
// replays the run, which is deterministic (simulated time, seeded random), and answers that call with the limit error
// instead of calling the bot: the same error, at the same candle, as on the JVM, where GraalJS interrupts the call.
//
// Heartbeat layout: Int32 [0] = number of the running call + 1 (0: none), Float64 [1] = its start (epoch ms),
// Float64 [2] = bytes of typed arrays and ArrayBuffers made since it started (countAllocations), which is what a page
// can know of a worker's memory.

const wallClock = Date.now; // captured before the bot API replaces Date with the run's simulated time
const atomicStore = Atomics.store;
const stringifyJson = JSON.stringify;
const parseJson = JSON.parse;
const construct = Reflect.construct;

/** The bytes of a heartbeat buffer. */
export const HEARTBEAT_BYTES = 24;

/** A guard that keeps no limits: for runtimes without a supervisor. */
export const NO_GUARD = Object.freeze({ enter: () => null, exit: () => {} });

/** The envelope a limit error answers a call with (as bot-api.js's runner returns them, marked as a limit). */
export function limitEnvelope(message) {
  return stringifyJson({ ok: false, message: message, stack: '', limit: true });
}

/**
 * The worker's guard: enter(k) marks call k as running, or returns the limit envelope to answer it with when the
 * supervisor said so (refusals: [{index, message}]); exit() marks that no call runs.
 */
export function callGuard(heartbeat, refusals) {
  const running = new Int32Array(heartbeat, 0, 1);
  const started = new Float64Array(heartbeat, 8, 1);
  const allocated = new Float64Array(heartbeat, 16, 1);
  // A plain record, not a Map: bot code shares this realm and could replace Map.prototype.get.
  const answers = Object.create(null);
  for (const refusal of refusals || []) answers[refusal.index] = limitEnvelope(refusal.message);
  return Object.freeze({
    enter(index) {
      const answer = answers[index];
      if (answer !== undefined) return answer;
      started[0] = wallClock();
      allocated[0] = 0;
      atomicStore(running, 0, index + 1);
      return null;
    },
    exit() {
      atomicStore(running, 0, 0);
    },
  });
}

const TYPED_ARRAYS = ['ArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

/**
 * Counts the bytes of every typed array and ArrayBuffer made through the global constructors into the heartbeat, for
 * the supervisor to hold against the memory limit. A browser tells a page nothing of a worker's memory, and zero-filled
 * buffers do not even raise a process's resident size: without this, an allocation loop would run until the tab
 * crashed. Best effort: arrays made by built-ins (map, slice) and plain Arrays are not counted.
 */
export function countAllocations(heartbeat) {
  const allocated = new Float64Array(heartbeat, 16, 1);
  for (const name of TYPED_ARRAYS) {
    const Real = globalThis[name];
    if (typeof Real !== 'function') continue;
    const counting = new Proxy(Real, {
      construct(target, args, newTarget) {
        const made = construct(target, args, newTarget === counting ? target : newTarget);
        allocated[0] += made.byteLength;
        return made;
      },
    });
    Object.defineProperty(globalThis, name, { value: counting, writable: true, configurable: true, enumerable: false });
  }
}

/** The envelope that halts the run: the bot could not be reloaded after a limit error (ScriptedBot throws it on). */
export function haltEnvelope(message) {
  return stringifyJson({ ok: false, halt: true, message: 'the bot could not be reloaded after a call broke its limit: '
    + message, stack: '' });
}

function messageOf(envelope) {
  return parseJson(envelope).message;
}

/**
 * Loads the bot (load() evaluates its code and returns bot-api.js's runner) and gives the runner the engine calls,
 * with every call numbered and guarded: the load is call 0, then each initializeState and onData. A call the
 * supervisor refused answers with its limit error, and the bot is then reloaded from its code (the reload being the
 * next call), as JvmBot does after GraalJS interrupted a call: in every runtime, a bot's top-level variables start
 * over after a limit error, and only its `state` carries on.
 */
export function guardedRunner(load, guard) {
  let next = 0;
  let runner;
  const refused = guard.enter(next++);
  if (refused !== null) throw new Error(messageOf(refused));
  try {
    runner = load();
  } finally {
    guard.exit();
  }
  const call = (invoke) => {
    const answer = guard.enter(next++);
    if (answer === null) {
      try {
        return invoke(runner);
      } finally {
        guard.exit();
      }
    }
    const reloadRefused = guard.enter(next++);
    if (reloadRefused !== null) return haltEnvelope(messageOf(reloadRefused));
    try {
      runner = load();
    } catch (e) {
      return haltEnvelope(e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e));
    } finally {
      guard.exit();
    }
    return answer;
  };
  return {
    initializeState: (configJson, stateJson) => call((r) => r.initializeState(configJson, stateJson)),
    onData: (stateJson) => call((r) => r.onData(stateJson)),
  };
}
