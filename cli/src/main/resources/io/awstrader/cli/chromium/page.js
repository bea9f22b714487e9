// The page `./awstrader backtest --runtime chromium` drives through Playwright: it relays one backtest at a time to
// fresh module workers (worker.js) under backtest-supervisor.js, which keeps every call into bot code to its limits
// (the page is cross-origin isolated for the shared heartbeat), exactly as the web app does. Java calls
// awstraderRun(requestPath, timeoutMs), which resolves to {type: 'result', json, ms, replays} or {type: 'error',
// message}; progress goes to the function Playwright exposes as awstraderProgress(done, total).
import { superviseBacktest, canSuperviseCalls, BOT_CALL_LIMITS } from './backtest-supervisor.js';

function startWorker(onMessage, onFailure) {
  const worker = new Worker('worker.js', { type: 'module' });
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure('the backtest worker failed: ' + (event.message || 'it could not load its modules'), false);
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
}

window.awstraderRun = (requestPath, timeoutMs) => new Promise((resolve) => {
  let run = null;
  let timer = null;
  const finish = (outcome) => {
    if (timer !== null) clearTimeout(timer);
    resolve(outcome);
  };
  const fail = (message) => {
    if (run !== null) run.cancel();
    finish({ type: 'error', message });
  };
  timer = setTimeout(() => fail('timeout: the backtest did not finish within ' + timeoutMs / 1000 + ' s'), timeoutMs);
  if (!canSuperviseCalls()) {
    fail('the page is not cross-origin isolated, so bot calls cannot be kept to their time limit');
    return;
  }
  fetch(requestPath).then((response) => {
    if (!response.ok) throw new Error('cannot load the backtest request: HTTP ' + response.status);
    return response.json();
  }).then((request) => {
    const limits = request.limits || BOT_CALL_LIMITS;
    delete request.limits;
    run = superviseBacktest({
      request,
      startWorker,
      limits,
      onProgress: (done, total) => {
        if (typeof window.awstraderProgress === 'function') window.awstraderProgress(done, total);
      },
    });
    return run.done;
  }).then((outcome) => finish({ type: 'result', ...outcome }),
    (e) => { if (!(e && e.cancelled)) fail(String(e && e.message ? e.message : e)); });
});
window.awstraderReady = true;
