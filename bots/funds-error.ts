// funds-error: a careless dollar-cost-averaging bot that DELIBERATELY runs out of money.
//
// What it does: buys a fixed 1000 quote units of the base asset every 24 runs (market), without checking its free
// balance, and sells half of its holdings when the price is 25% above its average cost. Starting with 10000 USD it
// spends everything after ten buys; from then on its buys are rejected by the exchange with status 'error' and an
// errorReason like "not enough USD: needs 1002.5, free 312.4", until a profit-taking sale refills the balance.
// Every 500 runs it also tries to sell 1.5x what it holds, which is rejected with "not enough BTC: ...".
// What it shows: order errors (not bot errors: the run succeeds, the exchange refuses the order), reading
// order.status and order.errorReason in the next run via trader.getOrder, console.error for failed orders.
// This is the ONE sample bot that spends more than its free balance on purpose.

function initializeState(config: BotConfiguration, state: BotState) {
  state.runs = 0;
  state.lastOrderIds = [];
  state.invested = 0; // quote spent on what is still held
  state.failed = 0;
}

function onData(input: BotInput) {
  const { config, state, trader, utils } = input;
  const pair = config.pairs[0];
  const { base, quoted } = utils.getPairAssets(pair);
  const price = trader.getPrice(pair);

  for (const id of state.lastOrderIds as string[]) {
    const order = trader.getOrder(id);
    if (!order) continue;
    if (order.status === 'error') {
      state.failed++;
      console.error(order.direction + ' ' + order.amount.toFixed(6) + ' ' + base + ' failed: ' + order.errorReason);
    } else if (order.status === 'completed' && order.direction === 'buy') {
      state.invested += (order.executedPrice || price) * order.executedAmount;
    }
  }
  state.lastOrderIds = [];
  state.runs++;

  const held = trader.getBalance(base).total;
  const averageCost = held > 0 ? state.invested / held : 0;

  if (state.runs % 24 === 0) {
    // No balance check on purpose.
    state.lastOrderIds.push(trader.placeOrder({ pair, type: 'market', direction: 'buy', amount: 1000 / price }).id);
  }
  if (held > 0 && averageCost > 0 && price > averageCost * 1.25) {
    const amount = held / 2;
    state.lastOrderIds.push(trader.placeOrder({ pair, type: 'market', direction: 'sell', amount }).id);
    state.invested -= averageCost * amount;
    console.log('taking profit: selling ' + amount.toFixed(6) + ' ' + base + ' at ' + price.toFixed(2) + ' (cost '
      + averageCost.toFixed(2) + '), ' + quoted + ' free ' + trader.getBalance(quoted).free.toFixed(2));
  } else if (state.runs % 500 === 0 && held > 0) {
    // Deliberately more than is held.
    state.lastOrderIds.push(trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: held * 1.5 }).id);
  }
}
