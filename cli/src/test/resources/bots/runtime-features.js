// Uses what differs between JavaScript runtimes unless the engine pins it: Math.random (seeded), Date (the simulated
// time, in UTC), console, the plotter, the state and extra config values. Every runtime must give the same result.
function initializeState(config, state) {
  state.started = new Date().toISOString();
  state.label = config.label === undefined ? null : config.label;
  state.threshold = config.threshold === undefined ? null : config.threshold;
  state.draws = [];
  state.hours = {};
}

function onData(input) {
  const pair = input.config.pairs[0];
  const candles = input.candleData[pair];
  const last = candles[candles.length - 1];
  const now = new Date();
  const r = Math.random();
  if (input.state.draws.length < 50) input.state.draws.push(r);
  const hour = String(now.getHours());
  input.state.hours[hour] = (input.state.hours[hour] || 0) + 1;
  input.state.lastNow = Date.now();
  input.state.lastText = now.toString();
  input.state.lastUtc = now.toUTCString();
  input.state.offset = now.getTimezoneOffset();
  input.state.parsed = Date.parse('2021-03-04T05:06:07');
  input.state.local = new Date(2021, 0, 2, 3, 4, 5).getTime();
  input.state.float = (0.1 + 0.2) * last[2] / 3;
  input.state.math = [Math.sin(last[2]), Math.exp(r), Math.pow(last[2], 1 / 3), Math.atan2(last[3], last[4])];
  if (r < 0.05) console.log('rare draw', r, 'at', now.toISOString(), { close: last[2] });
  if (r > 0.99) console.warn('warning draw', r);
  if (input.state.draws.length === 1) console.error('first run', input.config);
  input.plotter.plotSeries('close', pair, last[2]);
  input.plotter.plotSeries('random', pair, r, 'noise');
  if (r < 0.02) input.plotter.plotPoint('low draw', r < 0.01 ? r : pair, r < 0.01 ? pair : last[4]);
  const rsi = input.indicators.rsi(candles, 14);
  const bands = input.indicators.bollinger(candles, { period: 20, stdDev: 2 });
  input.state.rsi = rsi[rsi.length - 1];
  input.state.upper = bands[bands.length - 1].upper;
  const hammers = input.candlestickPatterns.hammer(candles);
  input.state.hammers = hammers.filter(function (h) { return h; }).length;
}
