// thrower: a bot that throws on every 97th candle, to show how bot errors are reported and rolled back.
//
// What it does: a small EMA(20)/EMA(50) trend follower (20% of the free quote per entry). Before trading it
// validates the candle; on every 97th candle (counted from the epoch: the candle's hour number is a multiple of 97,
// so it is deterministic at 1h and at 1d) the validation throws `new Error(...)`. The order it placed earlier in
// that run is dropped and its state changes are rolled back; the next run goes on normally and notices the gap.
// What it shows: errors thrown by a bot: result.errors gets the candle time, the message and a stack in the bot's
// own lines (at checkCandle (bot.ts:LINE) / at onData (bot.ts:LINE)); state and orders of a failed run discarded.
// This is the ONE sample bot expected to produce bot errors.

function initializeState(config: BotConfiguration, state: BotState) {
  state.runs = 0; // successful runs only: the increment of a failed run is rolled back
  state.lastTime = 0;
  state.skipped = 0;
}

function onData(input: BotInput) {
  const { candleData, config, state, trader, indicators, utils } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const candles = candleData[pair];
  const time = candles[candles.length - 1][0];
  const step = candles[candles.length - 1][0] - candles[candles.length - 2][0];

  if (state.lastTime && time - state.lastTime > step) {
    // The previous run threw: its state (including lastTime) was dropped, so the gap shows here.
    state.skipped++;
    const failedAt = new Date(state.lastTime + step).toISOString();
    console.log('the run of ' + failedAt + ' failed; ' + state.skipped + ' failed so far');
  }
  state.runs++;
  state.lastTime = time;

  const fast = indicators.ema(candles, 20);
  const slow = indicators.ema(candles, 50);
  const up = fast[fast.length - 1] > slow[slow.length - 1];
  const held = trader.getBalance(base).free;
  const inPosition = held * trader.getPrice(pair) > 1;

  let order: Order | null = null;
  if (up && !inPosition) {
    const free = trader.getBalance(quoted).free;
    order = trader.placeOrder({ pair, type: 'market', direction: 'buy', amount: (free * 0.2) / trader.getPrice(pair) });
  } else if (!up && inPosition) {
    order = trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
  }

  checkCandle(time, order);
}

function checkCandle(time: number, order: Order | null) {
  const hour = Math.round(time / 3600000);
  if (hour % 97 === 0) {
    throw new Error('candle ' + new Date(time).toISOString() + ' is number ' + hour / 97 + ' x 97: refusing it'
      + (order ? ' (order ' + order.id + ' is dropped)' : ''));
  }
}
