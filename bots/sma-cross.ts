// sma-cross: SMA(14) / SMA(50) crossover — the benchmark bot (the original platform's smaBot).
//
// What it does: trades the first pair of config.pairs. When SMA(14) crosses above SMA(50) it buys with all its quote
// funds (market order); when SMA(14) crosses below SMA(50) it sells all of the base asset (market order).
// What it shows: the smallest complete bot — indicators.sma with positional params, utils.isCrossOver/isCrossUnder,
// utils.getPairAssets, trader.getBalance/getPrice/placeOrder, state set up in initializeState and kept across runs,
// console.log.
// Sizing: "all quote funds" keeps 1% aside so that the fee, the slippage and a small gap up at the next open stay
// covered; the virtual exchange rejects a buy that costs more than the free balance.

function initializeState(config: BotConfiguration, state: BotState) {
  state.currentBuy = null;
  state.trades = 0;
}

function onData(input: BotInput) {
  const { candleData, state, indicators, config, utils, trader } = input;

  const pair = config.pairs[0];
  const { quoted, base } = utils.getPairAssets(pair);

  const sma14 = indicators.sma(candleData[pair], 14);
  const sma50 = indicators.sma(candleData[pair], 50);
  const [isCrossover] = utils.isCrossOver(sma14, sma50).slice(-1);
  const [isCrossunder] = utils.isCrossUnder(sma14, sma50).slice(-1);

  if (!state.currentBuy && isCrossover) {
    const price = trader.getPrice(pair);
    const order = trader.placeOrder({
      pair,
      type: 'market',
      direction: 'buy',
      amount: (trader.getBalance(quoted).free * 0.99) / price,
    });
    state.currentBuy = order.id;
    console.log('SMA14 crossed over SMA50: buying ' + order.amount.toFixed(6) + ' ' + base + ' at ~' + price);
  } else if (state.currentBuy && isCrossunder) {
    const held = trader.getBalance(base).free;
    if (held > 0) {
      trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held });
      state.trades++;
      console.log('SMA14 crossed under SMA50: selling ' + held.toFixed(6) + ' ' + base);
    }
    state.currentBuy = null;
  }
}
