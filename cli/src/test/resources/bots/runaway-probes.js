// Runaway calls at the candle times given in config (epoch ms, comma separated): an endless loop at each of
// `loopAt`, an allocation loop at each of `allocAt`. Trades every 100th successful call, so later candles show the run
// went on. Triggers are candle times, not a counter: a top-level counter starts over when the bot is reloaded after a
// limit error, and the engine drops a failed call's state.
function times(text) {
  return String(text || '').split(',').filter((t) => t !== '').map(Number);
}

function onData(input) {
  const candles = input.candleData['BTC/USD'];
  const t = candles[candles.length - 1][0];
  if (times(input.config.loopAt).indexOf(t) >= 0) {
    console.log('looping at ' + t); // dropped with the call: what a stopped call logged depends on timing
    while (true) {}
  }
  if (times(input.config.allocAt).indexOf(t) >= 0) {
    const kept = [];
    while (true) kept.push(new Float64Array(1 << 20));
  }
  input.state.calls = (input.state.calls || 0) + 1;
  if (input.state.calls % 100 === 0) {
    input.trader.placeOrder({ pair: 'BTC/USD', type: 'market', direction: input.state.calls % 200 === 0 ? 'sell' : 'buy',
      amount: 0.01 });
  }
}
