// Every way out of the sandbox a bot might try, one per candle from each time in config `from` (epoch ms, comma
// separated), uncaught, so each becomes that candle's bot error. `marker` is a file no escape may write.
const ESCAPES = 24;

function escape(k, marker) {
  switch (k) {
    case 0: return process.exit(3);
    case 1: return process.getBuiltinModule('fs').writeFileSync(marker, 'escaped');
    case 2: return require('fs').writeFileSync(marker, 'escaped');
    case 3: return globalThis.process.exit(3);
    case 4: return (function () {}).constructor.constructor('return this')().process.exit(3);
    case 5: return new Function('return process')().exit(3);
    case 6: return eval('process').exit(3);
    case 7: return global.process.exit(3);
    case 8: return Buffer.from('x');
    case 9: return setTimeout(escape, 0);
    case 10: return queueMicrotask(escape);
    case 11: return Java.type('java.lang.System').exit(3);
    case 12: return Polyglot.eval('js', '1');
    case 13: return load('/etc/hostname');
    case 14: return fetch('http://127.0.0.1:9/');
    case 15: return new XMLHttpRequest();
    case 16: return importScripts('http://127.0.0.1:9/x.js');
    case 17: return new WebSocket('ws://127.0.0.1:9/');
    case 18: return postMessage('{}');
    case 19: return self.close();
    case 20: return new SharedArrayBuffer(8);
    case 21: return WebAssembly.compile(new Uint8Array(8));
    case 22: return performance.now();
    default:
      // Asynchronous: fails without a trace (a rejected promise), and must never write the marker.
      import('node:fs').then(function write(fs) { fs.writeFileSync(marker, 'escaped'); }, function ignore() {});
      throw new Error('dynamic import gave a ' + typeof Promise);
  }
}

function onData(input) {
  const candles = input.candleData['BTC/USD'];
  const t = candles[candles.length - 1][0];
  for (const from of String(input.config.from).split(',').map(Number)) {
    const k = (t - from) / 3600000;
    if (k >= 0 && k < ESCAPES) escape(k, String(input.config.marker));
  }
  input.state.calls = (input.state.calls || 0) + 1;
  if (input.state.calls % 50 === 0) {
    input.trader.placeOrder({ pair: 'BTC/USD', type: 'market', direction: 'buy', amount: 0.001 });
  }
}
