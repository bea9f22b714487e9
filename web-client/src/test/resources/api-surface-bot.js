// A bot that records the bot API as its runtime exposes it: every member name and kind of `input` and of the objects
// and values reachable from it, into state.surface. Used by ApiSurfaceTest (through api-surface.mjs) to compare the
// runtime with the typings in bot-api.d.ts; any runtime (TeaVM in Node, GraalJS) can run it unchanged.
//
// state.surface = {
//   objects: {key: {interface: 'Trader', members: {name: kind}}},   kind: typeof, or 'null' / 'array'
//   indicators: {name: {array, element, keys}},                      what indicators.name(candles) returns
//   patterns: {name: {array, element}},                              what candlestickPatterns.name(candles) returns
//   problems: [text]                                                  calls that failed
// }
// Run 1 places a far limit buy (the Order seen as pending); run 2 reads it back placed, then cancels it.

function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function members(value) {
  const out = {};
  const names = Object.getOwnPropertyNames(value).sort();
  for (let i = 0; i < names.length; i++) out[names[i]] = kindOf(value[names[i]]);
  return out;
}

function record(surface, key, interfaceName, value) {
  if (value === null || typeof value !== 'object') {
    surface.problems.push(key + ' is ' + kindOf(value) + ', not an object');
    return;
  }
  surface.objects[key] = { interface: interfaceName, members: members(value) };
}

function attempt(surface, what, call) {
  try {
    return call();
  } catch (e) {
    surface.problems.push(what + ' threw: ' + (e && e.message));
    return undefined;
  }
}

function describeResult(result) {
  const out = { array: Array.isArray(result), element: null, keys: null };
  if (out.array && result.length > 0) {
    const last = result[result.length - 1];
    out.element = kindOf(last);
    if (out.element === 'object') out.keys = Object.getOwnPropertyNames(last).sort();
  }
  return out;
}

function initializeState(config, state) {
  state.run = 0;
  state.surface = { objects: {}, indicators: {}, patterns: {}, problems: [] };
}

function onData(input) {
  const state = input.state;
  const surface = state.surface;
  state.run++;
  const pair = input.config.pairs[0];
  const candles = input.candleData[pair];
  const trader = input.trader;
  const utils = input.utils;

  if (state.run === 1) {
    record(surface, 'input', 'BotInput', input);
    record(surface, 'input.config', 'BotConfiguration', input.config);
    record(surface, 'input.trader', 'Trader', trader);
    record(surface, 'input.utils', 'Utils', utils);
    record(surface, 'input.indicators', 'Indicators', input.indicators);
    record(surface, 'input.candlestickPatterns', 'CandlestickPatterns', input.candlestickPatterns);
    record(surface, 'input.candlestickPatters', 'CandlestickPatterns', input.candlestickPatters);
    record(surface, 'input.plotter', 'Plotter', input.plotter);
    record(surface, 'console', 'Console', console);

    record(surface, 'trader.getBalance(quote)', 'Balance', attempt(surface, 'getBalance', () => trader.getBalance('USD')));
    record(surface, 'trader.getBalance(absent)', 'Balance', attempt(surface, 'getBalance', () => trader.getBalance('XYZ')));
    const portfolio = attempt(surface, 'getPortfolio', () => trader.getPortfolio());
    record(surface, 'trader.getPortfolio()[quote]', 'Balance', portfolio && portfolio.USD);
    const price = trader.getPrice(pair);
    const order = attempt(surface, 'placeOrder', () => trader.placeOrder({
      pair: pair, type: 'limit', direction: 'buy', amount: 0.001, price: price / 2,
    }));
    record(surface, 'trader.placeOrder(...)', 'Order', order);
    state.orderId = order ? order.id : null;
    record(surface, 'utils.getCandle(...)', 'Candle', attempt(surface, 'getCandle', () => utils.getCandle(candles[candles.length - 1])));
    const many = attempt(surface, 'getCandles', () => utils.getCandles(candles.slice(-2)));
    record(surface, 'utils.getCandles(...)[0]', 'Candle', many && many[0]);
    record(surface, 'utils.getPairAssets(...)', 'PairAssets', attempt(surface, 'getPairAssets', () => utils.getPairAssets(pair)));
    record(surface, 'utils.getGrid(...)', 'Grid', attempt(surface, 'getGrid', () => utils.getGrid(price)));

    const indicatorNames = Object.getOwnPropertyNames(input.indicators).sort();
    for (let i = 0; i < indicatorNames.length; i++) {
      const name = indicatorNames[i];
      const result = attempt(surface, 'indicators.' + name, () => (name === 'smaArray'
        ? input.indicators.smaArray([1, 2, 3, 4], 2) : input.indicators[name](candles)));
      surface.indicators[name] = describeResult(result);
    }
    const patternNames = Object.getOwnPropertyNames(input.candlestickPatterns).sort();
    for (let i = 0; i < patternNames.length; i++) {
      const name = patternNames[i];
      surface.patterns[name] = describeResult(attempt(surface, 'candlestickPatterns.' + name,
        () => input.candlestickPatterns[name](candles)));
    }
  } else if (state.run === 2 && state.orderId) {
    record(surface, 'trader.getOrder(id)', 'Order', attempt(surface, 'getOrder', () => trader.getOrder(state.orderId)));
    const open = attempt(surface, 'getOpenOrders', () => trader.getOpenOrders()) || [];
    record(surface, 'trader.getOpenOrders()[0]', 'Order', open[0]);
    attempt(surface, 'cancelOrder', () => trader.cancelOrder(state.orderId));
  }
}
