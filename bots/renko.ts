// renko: builds 2% renko bricks from the closes in state and trades brick reversals (like the original renkoBot).
//
// What it does: keeps the last renko brick level in state; each close that moves 2% or more past it adds bricks in
// that direction. Two up bricks in a row after a down brick buy with 60% of the free quote; two down bricks in a row
// after an up brick sell everything held. The brick level is plotted as a series on its own 'renko' chart and each
// new brick as a point on the candle chart.
// What it shows: a bot whose logic lives in state (a small history array capped at 20 entries), state set up in
// initializeState and completed on the first run, utils.getCandle, plotter series on a separate chart and points on
// the candle chart, console.log/warn.

function initializeState(config: BotConfiguration, state: BotState) {
  state.brickSize = typeof config.brickPercent === 'number' ? config.brickPercent / 100 : 0.02;
  state.level = 0; // price of the last brick's close; 0 until the first run
  state.bricks = []; // last directions: 1 up, -1 down
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, utils, plotter } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const candle = utils.getCandle(candles[candles.length - 1]);
  if (!state.level) {
    state.level = candle.close;
    return;
  }

  const bricks: number[] = state.bricks;
  let added = 0;
  while (candle.close >= state.level * (1 + state.brickSize)) {
    state.level = state.level * (1 + state.brickSize);
    bricks.push(1);
    added++;
  }
  while (candle.close <= state.level * (1 - state.brickSize)) {
    state.level = state.level * (1 - state.brickSize);
    bricks.push(-1);
    added++;
  }
  if (added > 3) console.warn('big move: ' + added + ' bricks in one candle at ' + new Date(candle.date).toISOString());
  while (bricks.length > 20) bricks.shift();
  if (added > 0) plotter.plotPoint(bricks[bricks.length - 1] > 0 ? 'brick up' : 'brick down', pair, state.level);
  plotter.plotSeries('renko', pair, state.level, 'renko');
  if (added === 0 || bricks.length < 3) return;

  const [a, b, c] = bricks.slice(-3);
  const price = trader.getPrice(pair);
  const held = trader.getBalance(base).free;
  if (a < 0 && b > 0 && c > 0 && held * price < 10) {
    const amount = (trader.getBalance(quoted).free * 0.6) / (price * 1.01);
    if (amount * price >= 10) {
      trader.placeOrder({ pair, type: 'market', direction: 'buy', amount });
      console.log('renko reversal up at ' + price.toFixed(2));
    }
  } else if (a > 0 && b < 0 && c < 0 && held * price >= 10) {
    trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
    console.log('renko reversal down at ' + price.toFixed(2));
  }
}
