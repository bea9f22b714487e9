// Runs one backtest in Node on the TeaVM-compiled engine: the `--runtime node` of `./awstrader backtest`.
// Usage: TZ=UTC node node-backtest.mjs REQUEST.json RESULT.json
//   REQUEST.json: {"settings": {...}, "botJs": "...", "candles": {pair: {interval, time, open, high, low, close, volume}},
//                  "limits": {"timeMs": 2000, "memoryMb": 256} (optional: the JVM's limits per call)}
// stderr carries lines "progress DONE TOTAL", then "timing MS" (the backtest's own time, without start-up) and
// "replays N" (runs restarted to answer a call that broke a limit); a failure is one line "error MESSAGE" and exit 1.
//
// This thread only supervises: the engine and the bot run in a worker thread (node-worker.mjs) that
// backtest-supervisor.js stops and replays when a call into the bot breaks its time or memory limit, as the browser's
// page does with its worker. Node is not a security boundary (its vm and workers share one process): this runtime is
// for the command line and tests; the server and deployments run user code only in GraalJS's sandbox.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const [requestPath, resultPath] = process.argv.slice(2);
const { superviseBacktest, BOT_CALL_LIMITS } = await import(pathToFileURL(join(here, 'backtest-supervisor.js')).href);

/** Heap of the worker thread: far above what a run needs; the memory limit per call stops a bot long before it. */
const WORKER_HEAP_MB = 4096;

const request = JSON.parse(readFileSync(requestPath, 'utf8'));
const limits = request.limits || BOT_CALL_LIMITS;
delete request.limits;
let last = -1;

function startWorker(onMessage, onFailure) {
  const worker = new Worker(join(here, 'node-worker.mjs'), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true, // the bot has no console of Node's; anything else the worker prints is not the result's
    stderr: false,
  });
  let ended = false;
  worker.on('message', onMessage);
  worker.on('error', (e) => {
    ended = true;
    onFailure('the backtest worker failed: ' + (e && e.message ? e.message : String(e)),
      e !== null && typeof e === 'object' && e.code === 'ERR_WORKER_OUT_OF_MEMORY');
  });
  worker.on('exit', (code) => {
    if (!ended) onFailure('the backtest worker ended unexpectedly (exit code ' + code + ')', false);
  });
  return {
    post: (message) => worker.postMessage(message),
    terminate: () => {
      ended = true;
      worker.terminate();
    },
  };
}

// Memory the process has taken: Linux's VmData (private memory, touched or not: a bot's zero-filled typed arrays do not
// raise the resident size until written), else the resident set size.
function memoryInUse() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const data = /VmData:\s+(\d+) kB/.exec(status);
    if (data !== null) return Number(data[1]) * 1024;
  } catch (e) {
    // not Linux: fall back to the resident size
  }
  return process.memoryUsage.rss();
}

try {
  const outcome = await superviseBacktest({
    request,
    startWorker,
    limits,
    memoryInUse,
    onProgress: (done, total) => {
      const percent = Math.floor((done * 100) / total);
      if (percent !== last) {
        last = percent;
        process.stderr.write(`progress ${done} ${total}\n`);
      }
    },
  }).done;
  process.stderr.write(`timing ${outcome.ms}\n`);
  process.stderr.write(`replays ${outcome.replays}\n`);
  writeFileSync(resultPath, outcome.json);
  process.exit(0);
} catch (e) {
  const message = e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  process.stderr.write(`error ${message.replace(/\n/g, ' ')}\n`);
  process.exit(1);
}
