// SMA(14) / SMA(50) crossover, all in / all out: the benchmark bot and the parity tests' baseline.
function onData(input) {
  const pair = input.config.pairs[0];
  const candles = input.candleData[pair];
  const fast = input.indicators.sma(candles, 14);
  const slow = input.indicators.sma(candles, 50);
  const last = candles.length - 1;
  const assets = input.utils.getPairAssets(pair);
  if (input.utils.isCrossOver(fast, slow)[last]) {
    const cash = input.trader.getBalance(assets.quoted).free;
    const price = input.trader.getPrice(pair);
    if (cash > 10) {
      input.trader.placeOrder({ pair: pair, type: 'market', direction: 'buy', amount: (cash * 0.99) / price });
    }
  } else if (input.utils.isCrossUnder(fast, slow)[last]) {
    const held = input.trader.getBalance(assets.base).free;
    if (held > 0) {
      input.trader.placeOrder({ pair: pair, type: 'market', direction: 'sell', amount: held });
    }
  }
}
