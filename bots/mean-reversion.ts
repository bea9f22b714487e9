// mean-reversion: buys stretched dips below the lower Bollinger band, sells the return to the middle.
//
// What it does: when the close is under the lower Bollinger band (20, 2 standard deviations) with RSI(7) < 25 and
// the stochastic %K < 20, it places a limit buy at the close for 30% of the free quote, cancelled if still open
// after 2 runs. It exits at market when the close gets back to the middle band, when CCI > 100 and Williams %R is
// above -20 (overbought), or after 48 runs; and it skips entries while the close is far below the WMA(30) (a crash,
// not a dip).
// What it shows: indicators.bollinger with the original's option name {period, stdDev}, rsi/cci/williamsR with
// options objects, stochastic and wma positionally; limit entries with expiry (getOrder/cancelOrder); plotter series
// on the candle chart (bands) and on a separate chart (rsi).

function initializeState(config: BotConfiguration, state: BotState) {
  state.buyId = '';
  state.buyTime = 0;
  state.entryTime = 0;
  state.wins = 0;
  state.losses = 0;
  state.entryPrice = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const n = candles.length - 1;
  const time = candles[n][0];
  const step = candles[n][0] - candles[n - 1][0];
  const price = trader.getPrice(pair);

  const bands = indicators.bollinger(candles, { period: 20, stdDev: 2 })[n];
  const rsi = indicators.rsi(candles, { period: 7 })[n];
  const stochastic = indicators.stochastic(candles, 14, 3, 3)[n];
  const cci = indicators.cci(candles, { period: 20 })[n];
  const williamsR = indicators.williamsR(candles, { period: 14 })[n];
  const wma = indicators.wma(candles, 30)[n];

  if (!isNaN(bands.middle)) {
    plotter.plotSeries('bollinger upper', pair, bands.upper);
    plotter.plotSeries('bollinger middle', pair, bands.middle);
    plotter.plotSeries('bollinger lower', pair, bands.lower);
  }
  if (!isNaN(rsi)) plotter.plotSeries('rsi 7', pair, rsi, 'rsi');

  // A pending entry: filled, or expired?
  if (state.buyId) {
    const buy = trader.getOrder(state.buyId);
    if (buy && buy.status === 'completed') {
      state.entryTime = time;
      state.entryPrice = buy.executedPrice || price;
      state.buyId = '';
    } else if (buy && buy.status === 'placed' && time - state.buyTime >= 2 * step) {
      trader.cancelOrder(buy.id);
      state.buyId = '';
    } else if (!buy || buy.status !== 'placed') {
      state.buyId = '';
    }
    return;
  }

  const held = trader.getBalance(base).free;
  if (held * price >= 10) {
    const back = price >= bands.middle;
    const overbought = cci > 100 && williamsR > -20;
    const tooLong = time - state.entryTime >= 48 * step;
    if (back || overbought || tooLong) {
      trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
      if (price > state.entryPrice) state.wins++;
      else state.losses++;
      plotter.plotPoint('exit', pair, price);
    }
    return;
  }

  const stretched = price < bands.lower && rsi < 25 && stochastic.k < 20;
  const crash = price < wma * 0.9;
  if (stretched && !crash) {
    const amount = (trader.getBalance(quoted).free * 0.3) / (price * 1.01);
    if (amount * price >= 10) {
      state.buyId = trader.placeOrder({ pair, type: 'limit', direction: 'buy', price, amount }).id;
      state.buyTime = time;
      plotter.plotPoint('dip', pair, price);
    }
  }
  if (state.wins + state.losses > 0 && (state.wins + state.losses) % 25 === 0 && state.buyId) {
    console.log('mean-reversion: ' + state.wins + ' wins, ' + state.losses + ' losses so far');
  }
}
