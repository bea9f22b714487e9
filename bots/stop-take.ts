// stop-take: bounce entries with a stop-loss and a take-profit per entry, tracked in state (like the original
// platform's candleBot).
//
// What it does: when RSI(14) climbs back above 30 on a bullish candle, it places a limit buy a little under the close
// (25% of the free quote). If the buy has not filled within 3 runs it is cancelled. Once filled, the entry gets a
// stop-loss as a stop sell order at entry − 2×ATR and a take-profit at entry + 3×ATR, watched on each close:
// reaching it cancels the stop and sells at market. After +1.5×ATR the stop moves to break-even (cancel and
// replace). Up to 3 entries can be open at once, each with its own orders.
// What it shows: stop orders, limit entries with expiry, cancel-and-replace in one run, an array of entry records in
// state (mutated run after run), indicators.rsi positional and indicators.atr with an options object,
// utils.getCandle(...).isBullish(), plotter points on the candle chart, console.log.

interface Entry {
  buyId: string;
  stopId: string;
  amount: number;
  entryPrice: number;
  stopPrice: number;
  takeProfit: number;
  atr: number;
  placedTime: number;
  breakEven: boolean;
}

function initializeState(config: BotConfiguration, state: BotState) {
  state.entries = [];
  state.closed = { stop: 0, take: 0, expired: 0 };
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const last = utils.getCandle(candles[candles.length - 1]);
  const price = last.close;
  const rsi = indicators.rsi(candles, 14);
  const atr = indicators.atr(candles, { period: 14 });
  const currentAtr = atr[atr.length - 1];
  const entries: Entry[] = state.entries;
  const kept: Entry[] = [];

  for (const entry of entries) {
    if (!entry.stopId) {
      // Waiting for the limit buy.
      const buy = trader.getOrder(entry.buyId);
      if (!buy || buy.status === 'error' || buy.status === 'cancelled') continue;
      if (buy.status === 'completed') {
        entry.amount = Math.min(buy.executedAmount, trader.getBalance(base).free);
        entry.entryPrice = buy.executedPrice || price;
        entry.stopPrice = entry.entryPrice - 2 * entry.atr;
        entry.takeProfit = entry.entryPrice + 3 * entry.atr;
        entry.stopId = placeStop(trader, pair, entry.amount, entry.stopPrice);
        plotter.plotPoint('entry', pair, entry.entryPrice);
        kept.push(entry);
      } else if (last.date - entry.placedTime >= 3 * (candles[1][0] - candles[0][0])) {
        trader.cancelOrder(buy.id);
        state.closed.expired++;
      } else {
        kept.push(entry);
      }
      continue;
    }
    const stop = trader.getOrder(entry.stopId);
    if (!stop || stop.status === 'completed') {
      state.closed.stop++;
      plotter.plotPoint('stop loss', pair, stop && stop.executedPrice ? stop.executedPrice : entry.stopPrice);
      continue;
    }
    if (stop.status !== 'placed') {
      console.warn('stop ' + entry.stopId + ' is ' + stop.status + ' (' + stop.errorReason + '); closing at market');
      const amount = Math.min(entry.amount, trader.getBalance(base).free);
      if (amount > 0) trader.placeOrder({ pair, type: 'market', direction: 'sell', amount });
      continue;
    }
    if (price >= entry.takeProfit) {
      trader.cancelOrder(stop.id);
      trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: entry.amount });
      state.closed.take++;
      plotter.plotPoint('take profit', pair, price);
      console.log('take profit at ' + price.toFixed(2) + ' (entry ' + entry.entryPrice.toFixed(2) + ')');
      continue;
    }
    if (!entry.breakEven && price >= entry.entryPrice + 1.5 * entry.atr) {
      trader.cancelOrder(stop.id);
      entry.stopPrice = entry.entryPrice * 1.002;
      entry.stopId = placeStop(trader, pair, entry.amount, entry.stopPrice);
      entry.breakEven = true;
    }
    kept.push(entry);
  }

  const bounce = rsi[rsi.length - 2] < 30 && rsi[rsi.length - 1] >= 30 && last.isBullish();
  if (bounce && kept.length < 3 && currentAtr > 0) {
    const limitPrice = price - 0.2 * currentAtr;
    const spend = trader.getBalance(quoted).free * 0.25;
    const amount = spend / (limitPrice * 1.01);
    if (amount * limitPrice >= 10) {
      const buy = trader.placeOrder({ pair, type: 'limit', direction: 'buy', price: limitPrice, amount });
      kept.push({
        buyId: buy.id, stopId: '', amount, entryPrice: 0, stopPrice: 0, takeProfit: 0, atr: currentAtr,
        placedTime: last.date, breakEven: false,
      });
      const level = rsi[rsi.length - 1].toFixed(1);
      console.log('bounce: limit buy ' + amount.toFixed(5) + ' at ' + limitPrice.toFixed(2) + ', RSI ' + level);
    }
  }
  state.entries = kept;
}

function placeStop(trader: Trader, pair: string, amount: number, stopPrice: number): string {
  return trader.placeOrder({ pair, type: 'stop', direction: 'sell', amount, stopPrice }).id;
}
