// random-session: trades only in the US session, with randomised entries and holding times.
//
// What it does: on intraday intervals it may enter only between 13:00 and 21:00 UTC (read with
// new Date().getUTCHours()); on daily candles, only on weekdays (getUTCDay()). When the close is above the session
// VWAP it enters with probability 5% (Math.random()), spending a random 10–30% of the free quote, and plans to exit
// after a random 3–12 runs (an exit time computed from Date.now()), or earlier if the close falls below the VWAP.
// What it shows: Date and Math.random inside a bot. Both are deterministic in a backtest: Date.now() and new Date()
// give the simulated time (the close of the newest candle, in UTC) and Math.random() is seeded per run, so the same
// backtest gives the same result every time. Also indicators.vwap with an options object ({period: 0} = session
// VWAP), state holding timestamps, plotter series on the candle chart, console.log with ISO dates.

function initializeState(config: BotConfiguration, state: BotState) {
  state.exitAt = 0; // ms; 0 when flat
  state.entries = 0;
  state.coinFlips = 0;
}

const INTERVAL_MS: { [interval: string]: number } = {
  '5m': 300000, '10m': 600000, '15m': 900000, '30m': 1800000, '1h': 3600000, '4h': 14400000, '1d': 86400000,
};

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const interval = INTERVAL_MS[config.runInterval];
  const now = new Date();
  const price = trader.getPrice(pair);

  const vwap = indicators.vwap(candles, { period: 0 });
  const fair = vwap[vwap.length - 1];
  if (!isNaN(fair)) plotter.plotSeries('session vwap', pair, fair);

  const held = trader.getBalance(base).free;
  if (state.exitAt) {
    if (Date.now() >= state.exitAt || price < fair) {
      if (held > 0) trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
      console.log(now.toISOString() + ' exit ' + (price < fair ? 'below VWAP' : 'holding time over'));
      state.exitAt = 0;
    }
    return;
  }

  const inSession = config.runInterval === '1d'
    ? now.getUTCDay() >= 1 && now.getUTCDay() <= 5
    : now.getUTCHours() >= 13 && now.getUTCHours() < 21;
  if (!inSession || isNaN(fair) || price <= fair) return;

  state.coinFlips++;
  if (Math.random() >= 0.05) return;
  const share = 0.1 + Math.random() * 0.2;
  const holdRuns = 3 + Math.floor(Math.random() * 10);
  const free = trader.getBalance(quoted).free;
  const amount = (free * share) / (price * 1.01);
  if (amount * price < 10) return;
  trader.placeOrder({ pair, type: 'market', direction: 'buy', amount });
  state.exitAt = Date.now() + holdRuns * interval;
  state.entries++;
  console.log(now.toISOString() + ' entry #' + state.entries + ': ' + (share * 100).toFixed(1) + '% of ' + quoted
    + ', exit planned at ' + new Date(state.exitAt).toISOString());
}
