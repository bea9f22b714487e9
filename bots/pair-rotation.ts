// pair-rotation: holds whichever of BTC/USD and ETH/USD has the stronger momentum, or cash.
//
// What it does: scores each pair by its MACD histogram (relative to price) and by how far the close is above its
// EMA(21); it holds the best pair while its score is positive, switching only when another pair leads by a margin
// and after at least 24 runs in a position. Switching sells everything at market, then buys the new leader with the
// proceeds on the next run (the sale fills at the next open).
// Missing pair: it is meant for config.pairs = ["BTC/USD", "ETH/USD"]. With a pair missing it logs one clear
// console.error saying so, then rotates between the pairs it has (with one pair: in or out of it).
// What it shows: several pairs (candleData by pair, config.pairs, getPrice per pair, getPortfolioValue across
// pairs, getPortfolio), indicators.macd and indicators.ema with options objects, per-pair plotter series on a
// separate chart, the portfolio value on another chart, a state machine in state, console.log/error.

function initializeState(config: BotConfiguration, state: BotState) {
  state.holding = null; // the pair held, or null for cash
  state.heldSince = 0; // runs since the last switch
  state.switches = 0;
  state.reportedMissing = false;
  state.started = false;
}

const WANTED_PAIRS = ['BTC/USD', 'ETH/USD'];

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils, plotter } = input;
  if (!state.started) {
    // Objects are logged as JSON.
    console.log('pairs:', config.pairs, 'starting portfolio:', trader.getPortfolio());
    state.started = true;
  }

  const missing = WANTED_PAIRS.filter((p) => config.pairs.indexOf(p) < 0 || !candleData[p]);
  if (missing.length > 0 && !state.reportedMissing) {
    console.error('pair-rotation needs ' + WANTED_PAIRS.join(' and ') + ' but has no candles for ' + missing.join(', ')
      + ' (config.pairs: ' + config.pairs.join(', ') + '); it now trades only ' + config.pairs.join(', ') + '.');
    state.reportedMissing = true;
  }
  const pairs = config.pairs.filter((p) => candleData[p] && candleData[p].length > 30);
  if (pairs.length === 0) return;

  const scores: { [pair: string]: number } = {};
  for (const pair of pairs) {
    const candles = candleData[pair];
    const macd = indicators.macd(candles, { fast: 12, slow: 26, signal: 9 });
    const ema = indicators.ema(candles, { period: 21 });
    const price = trader.getPrice(pair);
    const histogram = macd[macd.length - 1].histogram;
    const trend = ema[ema.length - 1];
    const score = isNaN(histogram) || isNaN(trend) ? 0 : (histogram / price) * 100 + ((price - trend) / trend) * 10;
    scores[pair] = score;
    plotter.plotSeries('momentum ' + pair, pair, score, 'momentum');
  }

  let leader: string | null = null;
  for (const pair of pairs) {
    if (scores[pair] > 0.3 && (leader === null || scores[pair] > scores[leader])) leader = pair;
  }

  state.heldSince++;
  const quoted = utils.getPairAssets(pairs[0]).quoted;
  if (state.holding) {
    const holding: string = state.holding;
    const stillValid = pairs.indexOf(holding) >= 0;
    const beaten = leader !== null && leader !== holding && scores[leader] > (scores[holding] || 0) + 0.3;
    const faded = !stillValid || (scores[holding] || 0) < -0.3;
    if ((beaten || faded) && state.heldSince >= 24) {
      const base = utils.getPairAssets(holding).base;
      const amount = trader.getBalance(base).free;
      if (amount > 0 && stillValid) {
        trader.placeOrder({ pair: holding, type: 'market', direction: 'sell', amount });
      }
      const why = leader ? ', ' + leader + ' leads' : '';
      console.log('leaving ' + holding + ' (score ' + (scores[holding] || 0).toFixed(3) + ')' + why);
      state.holding = null;
      state.heldSince = 0;
      state.switches++;
    }
  } else if (leader !== null) {
    const free = trader.getBalance(quoted).free;
    const price = trader.getPrice(leader);
    if (free > 10 && trader.getOpenOrders().length === 0) {
      trader.placeOrder({ pair: leader, type: 'market', direction: 'buy', amount: (free * 0.99) / price });
      console.log('rotating into ' + leader + ' (score ' + scores[leader].toFixed(3) + ')');
      state.holding = leader;
      state.heldSince = 0;
    }
  }
  plotter.plotSeries('portfolio value', pairs[0], trader.getPortfolioValue(), 'portfolio');
}
