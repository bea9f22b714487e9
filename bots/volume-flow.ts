// volume-flow: enters when a volatility squeeze releases upwards with volume behind it.
//
// What it does: watches the squeeze momentum indicator (Bollinger inside Keltner = squeeze on). When the squeeze
// turns off with positive momentum, volume above its 20-run average, OBV above its own 20-run SMA, the A/D line
// rising and the close above the rolling 24-candle VWAP, it buys with 40% of the free quote. It sells everything
// when momentum turns negative and OBV falls under its SMA, or when the close leaves the upper Bollinger band
// (20, 2) and then falls back inside it.
// What it shows: obv, adl, vwap, vma, squeeze and bollinger called with POSITIONAL params; indicators.smaArray over
// a series the bot computed (the OBV); plotter series AND points on separate charts (the squeeze panel); state.

function initializeState(config: BotConfiguration, state: BotState) {
  state.wasAboveBand = false;
  state.entries = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const n = candles.length - 1;
  const price = trader.getPrice(pair);
  const volume = candles[n][5];

  const obv = indicators.obv(candles);
  // smaArray works on any numbers; only the newest values are needed, so only the last 40 are sent.
  const obvAverages = indicators.smaArray(obv.slice(-40), 20);
  const obvAverage = obvAverages[obvAverages.length - 1];
  const adl = indicators.adl(candles);
  const vwap = indicators.vwap(candles, 24);
  const volumeAverage = indicators.vma(candles, 20);
  const squeeze = indicators.squeeze(candles, 20, 2, 20, 1.5);
  const bands = indicators.bollinger(candles, 20, 2);

  const released = squeeze[n - 1].squeeze === 1 && squeeze[n].squeeze !== 1;
  const momentum = squeeze[n].momentum;
  plotter.plotSeries('momentum', pair, momentum, 'squeeze');
  if (squeeze[n].squeeze === 1) plotter.plotPoint('squeeze on', pair, 0, 'squeeze');
  plotter.plotSeries('obv', pair, obv[n], 'volume flow');
  plotter.plotSeries('obv sma 20', pair, obvAverage, 'volume flow');
  plotter.plotSeries('vwap 24', pair, vwap[n]);

  const held = trader.getBalance(base).free;
  const aboveBand = price > bands[n].upper;
  if (held * price >= 10) {
    const fading = momentum < 0 && obv[n] < obvAverage;
    const fellBack = state.wasAboveBand && !aboveBand;
    if (fading || fellBack) {
      trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
      plotter.plotPoint('exit', pair, price);
    }
  } else if (released && momentum > 0 && volume > volumeAverage[n] && obv[n] > obvAverage
    && adl[n] > adl[n - 5] && price > vwap[n]) {
    const amount = (trader.getBalance(quoted).free * 0.4) / (price * 1.01);
    if (amount * price >= 10) {
      trader.placeOrder({ pair, type: 'market', direction: 'buy', amount });
      plotter.plotPoint('entry', pair, price);
      state.entries++;
      console.log('squeeze released with volume: entry #' + state.entries + ' at ' + price.toFixed(2));
    }
  }
  state.wasAboveBand = aboveBand;
}
