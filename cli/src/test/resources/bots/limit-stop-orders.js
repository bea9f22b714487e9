// Places limit and stop orders around the price, cancels the ones that waited too long, and sells on a stop below:
// exercises reservations, fills inside a candle, cancels and the order book the bot sees.
function initializeState(config, state) {
  state.placed = {};
  state.cancelled = 0;
}

function onData(input) {
  const pair = input.config.pairs[0];
  const candles = input.candleData[pair];
  const price = input.trader.getPrice(pair);
  const now = Date.now();
  const step = Math.floor(now / 3600000); // hours since 1970: the window always holds the same number of candles
  const open = input.trader.getOpenOrders();
  // Forget orders that are no longer open, so the state stays small (it is saved after every run).
  const stillOpen = {};
  for (let i = 0; i < open.length; i++) stillOpen[open[i].id] = true;
  const known = Object.keys(input.state.placed);
  for (let i = 0; i < known.length; i++) {
    if (!stillOpen[known[i]]) {
      if (input.state.firstClosed === undefined) input.state.firstClosed = known[i];
      delete input.state.placed[known[i]];
    }
  }
  for (let i = 0; i < open.length; i++) {
    const placedAt = input.state.placed[open[i].id];
    if (placedAt !== undefined && now - placedAt > 6 * 3600 * 1000 * (input.config.runInterval === '1d' ? 24 : 1)) {
      input.trader.cancelOrder(open[i].id);
      input.state.cancelled++;
    }
  }
  const usd = input.trader.getBalance('USD').free;
  const btc = input.trader.getBalance('BTC').free;
  const grid = input.utils.getGrid(price, 1, 2);
  if (step % 3 === 0 && usd > 500) {
    const order = input.trader.placeOrder({ pair: pair, type: 'limit', direction: 'buy', amount: 200 / price,
      price: Math.round(price * 0.99) });
    input.state.placed[order.id] = now;
  }
  input.state.window = candles.length;
  if (btc > 0.001 && open.length < 4) {
    const stop = input.trader.placeOrder({ pair: pair, type: 'stop', direction: 'sell', amount: btc / 2,
      stopPrice: Math.round(price * 0.985) });
    input.state.placed[stop.id] = now;
    const take = input.trader.placeOrder({ pair: pair, type: 'limit', direction: 'sell', amount: btc / 4,
      price: Math.round(price * 1.02) });
    input.state.placed[take.id] = now;
  }
  if (usd > 1000 && step % 11 === 0) {
    const breakout = input.trader.placeOrder({ pair: pair, type: 'stop', direction: 'buy', amount: 300 / price,
      stopPrice: Math.round(price * 1.01) });
    input.state.placed[breakout.id] = now;
  }
  const seen = input.state.firstClosed === undefined ? undefined : input.trader.getOrder(input.state.firstClosed);
  input.state.firstStatus = seen === undefined ? null : seen.status;
  input.state.gridAbove = grid.above;
}
