// Tries every way out of a browser worker; each attempt's error message is logged. In the Chromium worker every one
// must fail: the names are not there for bots, as on the JVM.
function attempt(name, fn) {
  try {
    fn();
    console.log(name + ': allowed');
  } catch (e) {
    console.log(name + ': ' + e.message);
  }
}

function onData(input) {
  if (input.state.tried) return;
  input.state.tried = true;
  attempt('fetch', function () { fetch('https://example.com/'); });
  attempt('XMLHttpRequest', function () { new XMLHttpRequest(); });
  attempt('importScripts', function () { importScripts('https://example.com/x.js'); });
  attempt('WebSocket', function () { new WebSocket('wss://example.com/'); });
  attempt('EventSource', function () { new EventSource('https://example.com/'); });
  attempt('WebTransport', function () { new WebTransport('https://example.com/'); });
  attempt('BroadcastChannel', function () { new BroadcastChannel('x'); });
  attempt('indexedDB', function () { indexedDB.open('x'); });
  attempt('caches', function () { caches.open('x'); });
  attempt('postMessage', function () { postMessage({ type: 'result', json: '{}' }); });
  attempt('prototype fetch', function () {
    let o = self;
    while (o !== null && !Object.prototype.hasOwnProperty.call(o, 'fetch')) o = Object.getPrototypeOf(o);
    o.fetch.call(self, 'https://example.com/');
  });
}
