// trend-follow: Keltner breakouts in a trending market, protected by a trailing stop order.
//
// What it does: when the close breaks above the upper Keltner channel (EMA 20 ± 1.5 ATR(10)) while ADX(14) > 20 and
// +DI > -DI, it buys with half of the free quote (market). On the next run it protects the position with a stop sell
// at max(parabolic SAR, close − 2×ATR(14)); each run the stop trails up (cancel + replace) when the new level is
// higher. It exits when the stop triggers, or at market when the close drops below EMA(50) or below the 20-candle
// average low (sma of 'low').
// What it shows: stop orders trailed with cancelOrder + placeOrder in the same run; psar, adx, atr and ema called
// positionally, keltner with the original's option name {bandMultiplier}, sma over another candle field
// (sma(candles, 20, 'high') / 'low'); plotter series and points on the candle chart; console.log.

function initializeState(config: BotConfiguration, state: BotState) {
  state.stopId = '';
  state.stopPrice = 0;
  state.entered = false;
  state.trails = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const n = candles.length - 1;
  const price = trader.getPrice(pair);

  const keltner = indicators.keltner(candles, { maPeriod: 20, atrPeriod: 10, bandMultiplier: 1.5 })[n];
  const adx = indicators.adx(candles, 14, 14)[n];
  const atr = indicators.atr(candles, 14)[n];
  const sar = indicators.psar(candles, 0.02, 0.02, 0.2)[n];
  const ema50 = indicators.ema(candles, 50)[n];
  const highs = indicators.sma(candles, 20, 'high')[n];
  const lows = indicators.sma(candles, 20, 'low')[n];

  plotter.plotSeries('keltner upper', pair, keltner.upper);
  plotter.plotSeries('ema 50', pair, ema50);
  plotter.plotSeries('average high 20', pair, highs);
  plotter.plotSeries('average low 20', pair, lows);

  const held = trader.getBalance(base).total;
  const inPosition = held * price >= 10;

  if (!inPosition) {
    if (state.stopId) {
      const stop = trader.getOrder(state.stopId);
      if (stop && stop.status === 'completed') {
        plotter.plotPoint('stopped out', pair, stop.executedPrice || price);
        console.log('stopped out at ' + (stop.executedPrice || price).toFixed(2));
      }
      state.stopId = '';
    }
    state.entered = false;
    const breakout = price > keltner.upper && adx.adx > 20 && adx.plusDi > adx.minusDi;
    if (breakout) {
      const free = trader.getBalance(quoted).free;
      const amount = (free * 0.5) / (price * 1.01);
      if (amount * price >= 10) {
        trader.placeOrder({ pair, type: 'market', direction: 'buy', amount });
        plotter.plotPoint('breakout', pair, price);
        state.entered = true;
      }
    }
    return;
  }

  const exit = price < ema50 || price < lows;
  const stop = state.stopId ? trader.getOrder(state.stopId) : undefined;
  const stopOpen = stop !== undefined && stop.status === 'placed';
  if (exit) {
    if (stopOpen) trader.cancelOrder(state.stopId);
    trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
    plotter.plotPoint('trend exit', pair, price);
    state.stopId = '';
    return;
  }

  const level = Math.max(isNaN(sar) || sar > price ? 0 : sar, price - 2 * atr);
  if (level <= 0 || level >= price) return;
  if (!stopOpen) {
    state.stopId = trader.placeOrder({ pair, type: 'stop', direction: 'sell', amount: held, stopPrice: level }).id;
    state.stopPrice = level;
  } else if (level > state.stopPrice * 1.002) {
    trader.cancelOrder(state.stopId);
    state.stopId = trader.placeOrder({ pair, type: 'stop', direction: 'sell', amount: held, stopPrice: level }).id;
    state.stopPrice = level;
    state.trails++;
  }
  plotter.plotSeries('trailing stop', pair, state.stopPrice);
}
