// Throws on some candles (every 7th candle by time, and when the rounded close ends in 7): the orders and state of
// those runs must be dropped, the error recorded with its candle time and a stack in the bot's own lines, and the
// backtest must go on.
function check(close, time) {
  const hour = Math.floor(time / 3600000);
  if (hour % 7 === 0) {
    throw new Error('every seventh candle fails (hour ' + hour + ')');
  }
  if (Math.round(close) % 10 === 7) {
    null.boom; // a TypeError from the engine of JavaScript itself
  }
}

function initializeState(config, state) {
  state.runs = 0;
  state.buys = 0;
}

function onData(input) {
  const pair = input.config.pairs[0];
  const candles = input.candleData[pair];
  const newest = candles[candles.length - 1];
  const close = newest[2];
  input.state.runs++;
  if (input.state.runs % 5 === 0 && input.trader.getBalance('USD').free > 100) {
    input.trader.placeOrder({ pair: pair, type: 'market', direction: 'buy', amount: 50 / close });
    input.state.buys++;
  }
  check(close, newest[0]);
}
