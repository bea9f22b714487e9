// indicator-dashboard: eight indicators vote; the bot follows the majority and charts them all.
//
// What it does: each run, eight bullish/bearish votes: MACD histogram > 0, ADX > 20 with +DI > -DI, stochastic
// %K > %D, close above the parabolic SAR, squeeze momentum > 0, CCI > 0, Williams %R above -50 and OBV above its
// value 20 runs ago. With 6 or more bullish votes it buys with half of the free quote (market); with 2 or fewer it
// sells everything held. Everything is charted: SMA(50), WMA(20), the Keltner channel and the SAR on the candle
// chart, the rest on separate panels (macd, adx, oscillators, volume).
// What it shows: indicators called with OPTIONS OBJECTS (sma, wma, vma, adx, stochastic, obv, adl, psar, squeeze)
// and positionally (macd, keltner, cci, williamsR); reading multi-output rows (macd.histogram, adx.plusDi, ...);
// plotter series on the candle chart and on separate charts, points on the candle chart.

function initializeState(config: BotConfiguration, state: BotState) {
  state.lastVotes = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const price = trader.getPrice(pair);
  const at = <T>(values: T[], back: number = 0): T => values[values.length - 1 - back];

  const sma = at(indicators.sma(candles, { period: 50 }));
  const wma = at(indicators.wma(candles, { period: 20 }));
  const volumeMa = at(indicators.vma(candles, { period: 20 }));
  const macd = at(indicators.macd(candles, 12, 26, 9));
  const adx = at(indicators.adx(candles, { diPeriod: 14, adxPeriod: 14 }));
  const keltner = at(indicators.keltner(candles, 20, 10, 2));
  const stochastic = at(indicators.stochastic(candles, { kPeriod: 14, kSmoothing: 3, dPeriod: 3 }));
  const obvValues = indicators.obv(candles, {});
  const adl = at(indicators.adl(candles, {}));
  const cci = at(indicators.cci(candles, 20));
  const williamsR = at(indicators.williamsR(candles, 14));
  const sar = at(indicators.psar(candles, { start: 0.02, increment: 0.02, max: 0.2 }));
  const squeeze = at(indicators.squeeze(candles, { bbLength: 20, bbMult: 2, kcLength: 20, kcMult: 1.5 }));

  const votes = [
    macd.histogram > 0,
    adx.adx > 20 && adx.plusDi > adx.minusDi,
    stochastic.k > stochastic.d,
    price > sar,
    squeeze.momentum > 0,
    cci > 0,
    williamsR > -50,
    at(obvValues) > at(obvValues, 20),
  ].filter((vote) => vote).length;

  const held = trader.getBalance(base).free;
  if (votes >= 6 && held * price < 10) {
    const free = trader.getBalance(quoted).free;
    trader.placeOrder({ pair, type: 'market', direction: 'buy', amount: (free * 0.5) / (price * 1.01) });
    plotter.plotPoint('buy signal', pair, price);
  } else if (votes <= 2 && held * price >= 10) {
    trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
    plotter.plotPoint('sell signal', pair, price);
  }
  state.lastVotes = votes;

  const plot = (name: string, value: number, chart?: string) => {
    if (!isNaN(value)) plotter.plotSeries(name, pair, value, chart);
  };
  plot('sma 50', sma);
  plot('wma 20', wma);
  plot('keltner upper', keltner.upper);
  plot('keltner lower', keltner.lower);
  if (!isNaN(sar)) plotter.plotPoint('sar', pair, sar);
  plot('macd', macd.line, 'macd');
  plot('macd signal', macd.signal, 'macd');
  plot('adx', adx.adx, 'adx');
  plot('stochastic %K', stochastic.k, 'oscillators');
  plot('williams %R', williamsR, 'oscillators');
  plot('cci', cci, 'cci');
  plot('obv', at(obvValues), 'volume');
  plot('adl', adl, 'volume');
  plot('volume sma 20', volumeMa, 'volume');
  plot('votes', votes, 'votes');
}
