// simple-limit: limit orders around the price, stale ones cancelled (the original platform's simpleBot, finished).
//
// What it does: alternates a limit buy 1% below the last close and, once that fills, a limit sell 1% above the buy
// price for the amount bought. A buy still open after `staleCandles` runs (config value, default 24) is stale: it is
// cancelled and placed again 1% under the current close. A sell waits for its price, unless the close falls 8% under
// the buy price: then it is cancelled and the position sold at market (a stop-loss). Each buy spends 30% of the free
// quote.
// What it shows: limit orders, trader.getOrder and the order lifecycle (placed → completed / cancelled / error),
// trader.cancelOrder followed by a new limit or market order in the same run (cancels reach the exchange first, so
// the new order can use what they free), trader.getOpenOrders, order ids kept in state, console.log/warn, plotter
// points for fills and a series for the working limit price on the candle chart.

function initializeState(config: BotConfiguration, state: BotState) {
  state.orderId = '';
  state.side = 'buy';
  state.placedTime = 0;
  state.buyPrice = 0;
  state.fills = 0;
  state.repriced = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, utils, plotter } = input;
  const pair = config.pairs[0];
  const candles = candleData[pair];
  const lastTime = candles[candles.length - 1][0];
  const price = trader.getPrice(pair);
  const staleCandles: number = typeof config.staleCandles === 'number' ? config.staleCandles : 24;
  const intervalMs = candles.length > 1 ? candles[candles.length - 1][0] - candles[candles.length - 2][0] : 3600000;

  if (!state.orderId) {
    placeBuy(input, price, lastTime);
    return;
  }

  const order = trader.getOrder(state.orderId);
  if (!order) {
    console.warn('order ' + state.orderId + ' is unknown; starting over with a buy');
    placeBuy(input, price, lastTime);
    return;
  }

  if (order.status === 'completed') {
    state.fills++;
    plotter.plotPoint(order.direction === 'buy' ? 'bought' : 'sold', pair, order.executedPrice || price);
    if (order.direction === 'buy') {
      state.buyPrice = order.executedPrice || price;
      placeSell(input, order.executedAmount, state.buyPrice * 1.01, lastTime);
    } else {
      placeBuy(input, price, lastTime);
    }
  } else if (order.status === 'placed' && order.direction === 'buy') {
    const age = Math.round((lastTime - state.placedTime) / intervalMs);
    if (age >= staleCandles) {
      // The cancel frees the reserved quote before this new buy reaches the exchange.
      trader.cancelOrder(order.id);
      state.repriced++;
      placeBuy(input, price, lastTime, order.amount * (order.price || price));
    } else {
      plotter.plotSeries('limit price', pair, order.price || price);
    }
  } else if (order.status === 'placed') {
    if (price < state.buyPrice * 0.92) {
      trader.cancelOrder(order.id);
      trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: order.amount });
      console.warn('stop-loss: ' + price.toFixed(2) + ' is 8% under the buy price ' + state.buyPrice.toFixed(2));
      plotter.plotPoint('stop-loss', pair, price);
      state.orderId = '';
    } else {
      plotter.plotSeries('limit price', pair, order.price || price);
    }
  } else {
    // error or cancelled: say why and start again from the side that failed.
    console.warn(order.direction + ' order ' + order.id + ' ended ' + order.status + ': ' + order.errorReason);
    if (order.direction === 'buy') placeBuy(input, price, lastTime);
    else {
      const held = trader.getBalance(utils.getPairAssets(pair).base).free;
      placeSell(input, Math.min(order.amount, held), price * 1.01, lastTime);
    }
  }
}

function placeBuy(input: BotInput, price: number, time: number, budget?: number) {
  const { config, state, trader, utils } = input;
  const pair = config.pairs[0];
  const { quoted } = utils.getPairAssets(pair);
  const spend = budget !== undefined ? budget : trader.getBalance(quoted).free * 0.3;
  const buyPrice = price * 0.99;
  const amount = spend / (buyPrice * 1.01); // 1% left for the fee
  if (amount * buyPrice < 10) {
    console.log('not enough ' + quoted + ' left to buy; waiting');
    state.orderId = '';
    return;
  }
  const order = trader.placeOrder({ pair, type: 'limit', direction: 'buy', price: buyPrice, amount });
  state.orderId = order.id;
  state.side = 'buy';
  state.placedTime = time;
}

function placeSell(input: BotInput, amount: number, sellPrice: number, time: number) {
  const { config, state, trader } = input;
  const pair = config.pairs[0];
  if (!(amount > 0)) {
    state.orderId = '';
    return;
  }
  const order = trader.placeOrder({ pair, type: 'limit', direction: 'sell', price: sellPrice, amount });
  state.orderId = order.id;
  state.side = 'sell';
  state.placedTime = time;
  if (state.fills % 50 === 0) {
    const open = trader.getOpenOrders().length;
    console.log('fills so far: ' + state.fills + ', repriced: ' + state.repriced + ', open orders: ' + open);
  }
}
