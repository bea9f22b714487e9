// grid: a grid of limit orders on round price levels from utils.getGrid.
//
// What it does: keeps a limit buy on each of the 4 grid levels below the price (every 2nd level of the ~1% ladder,
// so levels are ~2% apart), each for a fixed slice of the starting portfolio value. When a buy fills, it places a
// limit sell for the same amount one grid level higher; that sell stays until it fills (so a level is not bought
// again while its sell is open). Buys on levels that left the grid because the price rose are cancelled and the
// grid moves up with the price.
// What it shows: utils.getGrid(price, levelDistance, gridSize), many open limit orders at once, trader.getOrder,
// cancelOrder of drifted orders, budgeting the free balance within one run (new orders do not change getBalance
// until the next run), order ids tracked in state, plotter series for the grid edges and points for fills.

function initializeState(config: BotConfiguration, state: BotState) {
  state.levelValue = 0; // quote per level, fixed on the first run
  state.buyIds = []; // open buys this bot placed
  state.sellIds = []; // open sells this bot placed
  state.buys = 0;
  state.sells = 0;
  state.cancels = 0;
}

const LEVEL_DISTANCE = 2;
const GRID_SIZE = 4;

function onData(input: BotInput) {
  const { candleData, config, state, trader, utils, plotter } = input;
  const pair = config.pairs[0];
  const { quoted } = utils.getPairAssets(pair);
  const price = trader.getPrice(pair);
  if (!state.levelValue) state.levelValue = trader.getPortfolioValue() / (GRID_SIZE * 3);
  const nextLevelUp = (level: number) => utils.getGrid(level, LEVEL_DISTANCE, 1).above[0];
  const sameLevel = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= b * 1e-9;

  // Sells filled since the last run.
  const sells: Order[] = [];
  for (const id of state.sellIds as string[]) {
    const sell = trader.getOrder(id);
    if (sell && sell.status === 'completed') {
      state.sells++;
      plotter.plotPoint('grid sell', pair, sell.executedPrice || price);
    } else if (sell && sell.status === 'placed') {
      sells.push(sell);
    }
  }

  // Buys filled since the last run: each gets its sell one level up.
  const stillOpen: Order[] = [];
  for (const id of state.buyIds as string[]) {
    const buy = trader.getOrder(id);
    if (!buy) continue;
    if (buy.status === 'completed') {
      state.buys++;
      plotter.plotPoint('grid buy', pair, buy.executedPrice || price);
      sells.push(trader.placeOrder({
        pair, type: 'limit', direction: 'sell', price: nextLevelUp(buy.price || price), amount: buy.executedAmount,
      }));
    } else if (buy.status === 'error') {
      console.warn('grid buy ' + id + ' failed: ' + buy.errorReason);
    } else if (buy.status === 'placed') {
      stillOpen.push(buy);
    }
  }

  state.sellIds = sells.map((sell) => sell.id);
  const sellLevels = sells.map((sell) => sell.price);

  const grid = utils.getGrid(price, LEVEL_DISTANCE, GRID_SIZE);
  let freeQuote = trader.getBalance(quoted).free;
  const buys: Order[] = [];
  for (const buy of stillOpen) {
    if (!grid.below.some((level) => sameLevel(buy.price, level))) {
      trader.cancelOrder(buy.id); // drifted out of the grid: its quote comes back for the new levels
      state.cancels++;
      freeQuote += buy.amount * (buy.price || 0);
    } else {
      buys.push(buy);
    }
  }

  for (const level of grid.below) {
    if (buys.some((buy) => sameLevel(buy.price, level))) continue;
    const sellLevel = nextLevelUp(level);
    if (sellLevels.some((p) => sameLevel(p, sellLevel))) continue; // this level's coins are not sold yet
    const amount = state.levelValue / level;
    const cost = amount * level * 1.01; // 1% margin for the fee
    if (cost > freeQuote) break;
    buys.push(trader.placeOrder({ pair, type: 'limit', direction: 'buy', price: level, amount }));
    freeQuote -= cost;
  }
  state.buyIds = buys.map((buy) => buy.id);

  plotter.plotSeries('grid top', pair, grid.above[GRID_SIZE - 1]);
  plotter.plotSeries('grid bottom', pair, grid.below[GRID_SIZE - 1]);
  const candles = candleData[pair];
  if (Math.round(candles[candles.length - 1][0] / 3600000) % 720 === 0) {
    console.log('grid: ' + state.buys + ' buys filled, ' + state.sells + ' sold, ' + sells.length + ' sells waiting, '
      + state.cancels + ' buys cancelled, value ' + trader.getPortfolioValue().toFixed(2) + ' ' + quoted);
  }
}
