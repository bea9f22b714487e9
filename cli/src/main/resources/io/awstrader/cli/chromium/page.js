// The page `./awstrader backtest --runtime chromium` drives through Playwright: it relays one backtest at a time to a
// fresh module worker (worker.js) and back. Java calls awstraderRun(requestPath, timeoutMs), which resolves to the
// worker's last message ({type: 'result', json, ms} or {type: 'error', message}); progress goes to the function
// Playwright exposes as awstraderProgress(done, total).
window.awstraderRun = (requestPath, timeoutMs) => new Promise((resolve) => {
  let worker = null;
  let timer = null;
  const finish = (outcome) => {
    if (timer !== null) clearTimeout(timer);
    if (worker !== null) worker.terminate();
    resolve(outcome);
  };
  const fail = (message) => finish({ type: 'error', message });
  timer = setTimeout(() => fail('timeout: the backtest did not finish within ' + timeoutMs / 1000 + ' s'), timeoutMs);
  fetch(requestPath).then((response) => {
    if (!response.ok) throw new Error('cannot load the backtest request: HTTP ' + response.status);
    return response.json();
  }).then((request) => {
    worker = new Worker('worker.js', { type: 'module' });
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') {
        if (typeof window.awstraderProgress === 'function') window.awstraderProgress(message.done, message.total);
      } else {
        finish(message);
      }
    };
    worker.onerror = (event) => fail('the backtest worker failed: ' + (event.message || 'it could not load its modules'));
    worker.postMessage(request);
  }).catch((e) => fail(String(e && e.message ? e.message : e)));
});
window.awstraderReady = true;
