// patterns: trades candlestick reversal patterns and marks every pattern found on the chart.
//
// What it does: checks the newest candle against all nine patterns. Bullish signals (confirmed hammer, confirmed
// inverse hammer, bullish engulfing, morning star) below the SMA(50) buy with 20% of the free quote; bearish signals
// (confirmed hanging man, confirmed shooting star, bearish engulfing, evening star) sell everything held once the
// position is 1% in profit; a close 5% under the average entry sells at any signal-free moment (stop). Dojis are
// only marked. Each pattern found is plotted as a point on the candle chart (at the low for bullish ones, at the
// high for bearish ones) and counted in state; counts are logged every 1000 runs.
// What it shows: every candlestickPatterns detector, the isConfirmed flag (true on the candle that confirms the
// reversal, one candle after the pattern candle), the deprecated alias candlestickPatters of the original platform,
// utils.getCandles, plotter points on the candle chart, counters in state.

function initializeState(config: BotConfiguration, state: BotState) {
  state.counts = {};
  state.runs = 0;
  state.entryPrice = 0; // average entry of what is held
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter, candlestickPatterns } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const [previous, last] = utils.getCandles(candles.slice(-2));
  const newest = (flags: boolean[]) => flags[flags.length - 1];

  const bullish: { [name: string]: boolean } = {
    'hammer (confirmed)': newest(candlestickPatterns.hammer(candles, true)),
    'inverse hammer (confirmed)': newest(candlestickPatterns.inverseHammer(candles, true)),
    'bullish engulfing': newest(candlestickPatterns.bullishEngulfing(candles)),
    'morning star': newest(candlestickPatterns.morningStar(candles)),
  };
  const bearish: { [name: string]: boolean } = {
    'hanging man (confirmed)': newest(candlestickPatterns.hangingMan(candles, true)),
    'shooting star (confirmed)': newest(candlestickPatterns.shootingStar(candles, true)),
    'bearish engulfing': newest(candlestickPatterns.bearishEngulfing(candles)),
    'evening star': newest(candlestickPatterns.eveningStar(candles)),
  };
  // Unconfirmed forms and dojis: marked only. Bots written for the original platform used the misspelled alias.
  const marks: { [name: string]: boolean } = {
    hammer: newest(input.candlestickPatters.hammer(candles)),
    'inverse hammer': newest(candlestickPatterns.inverseHammer(candles, false)),
    'hanging man': newest(candlestickPatterns.hangingMan(candles)),
    'shooting star': newest(candlestickPatterns.shootingStar(candles)),
    doji: newest(candlestickPatterns.doji(candles)),
  };

  let buySignal = false;
  let sellSignal = false;
  for (const name of Object.keys(bullish)) {
    if (!bullish[name]) continue;
    count(state, name);
    buySignal = true;
    // A confirmed pattern formed on the previous candle: mark that one's low.
    plotter.plotPoint(name, pair, name.indexOf('confirmed') >= 0 ? previous.low : last.low);
  }
  for (const name of Object.keys(bearish)) {
    if (!bearish[name]) continue;
    count(state, name);
    sellSignal = true;
    plotter.plotPoint(name, pair, name.indexOf('confirmed') >= 0 ? previous.high : last.high);
  }
  for (const name of Object.keys(marks)) {
    if (!marks[name]) continue;
    count(state, name);
    const at = name === 'doji' ? last.getMiddle() : name.indexOf('hammer') >= 0 ? last.low : last.high;
    plotter.plotPoint(name, pair, at);
  }

  const sma50 = indicators.sma(candles, 50);
  const price = trader.getPrice(pair);
  const held = trader.getBalance(base).free;
  const inPosition = held * price > 10;
  const profitable = price > state.entryPrice * 1.01;
  const stopped = price < state.entryPrice * 0.95;
  if (inPosition && ((sellSignal && profitable) || stopped)) {
    trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
    if (stopped) console.log('stop: ' + price.toFixed(2) + ' is 5% under the entry ' + state.entryPrice.toFixed(2));
    state.entryPrice = 0;
  } else if (buySignal && price < sma50[sma50.length - 1]) {
    const free = trader.getBalance(quoted).free;
    const amount = (free * 0.2) / (price * 1.01);
    if (amount * price >= 10) {
      trader.placeOrder({ pair, type: 'market', direction: 'buy', amount });
      state.entryPrice = inPosition ? (state.entryPrice * held + price * amount) / (held + amount) : price;
    }
  }

  state.runs++;
  if (state.runs % 1000 === 0) console.log('patterns after ' + state.runs + ' runs: ' + JSON.stringify(state.counts));
}

function count(state: BotState, name: string) {
  state.counts[name] = (state.counts[name] || 0) + 1;
}
