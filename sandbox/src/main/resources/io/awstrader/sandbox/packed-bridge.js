// The JVM's host object for bot-api.js: the BotHost proxy, except that a run's start crosses no boundary of its own.
// GraalJS pays for every call between JavaScript and Java (arguments, boxing, string conversion, the boundary), and
// bot-api.js reads about twenty numbers at the start of every run. So the engine computes the start before it calls
// the bot (BotHost.beginPacked: a JSON array of numbers, null for NaN, then after a reset a line feed and begin()'s
// answer) and hands it over with the call itself: onData(runner.onData, stateJson, packed). host.begin() then reads
// that text instead of calling Java, and host.next() reads its numbers back in JavaScript. A call that did not bring
// a start (initializeState) asks Java for it. bot-api.js sees the same answers as from the proxy itself.
// Evaluated before bot code, as a function expression that bot code never gets: intrinsics are captured here.
(function (bridge) {
  'use strict';
  const parseJson = JSON.parse;
  const indexOf = Function.prototype.call.bind(String.prototype.indexOf);
  const slice = Function.prototype.call.bind(String.prototype.slice);
  const charCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
  const beginPacked = bridge.beginPacked;
  let numbers = [];
  let read = 0;
  let brought = null; // the start the running call brought, until begin() reads it
  const host = {};
  for (const name of ['config', 'catalog', 'series', 'indicatorOver', 'patternOver', 'smaArray', 'random',
    'portfolio', 'portfolioValue', 'order', 'openOrders', 'placeOrder', 'cancelOrder', 'grid', 'plot', 'log']) {
    host[name] = bridge[name];
  }
  host.begin = function () {
    const text = brought !== null ? brought : beginPacked();
    brought = null;
    if (charCodeAt(text, 0) === 33) return text; // "!message": an error answer, as begin() gives it
    const feed = indexOf(text, '\n');
    numbers = parseJson(feed < 0 ? text : slice(text, 0, feed));
    read = 0;
    return feed < 0 ? '' : slice(text, feed + 1);
  };
  host.next = function () {
    if (read < numbers.length) {
      const value = numbers[read++];
      return value === null ? NaN : value;
    }
    return NaN;
  };
  // The one call per candle into the sandbox: the runner's onData with the start the engine already computed.
  const onData = function (runnerOnData, stateJson, packed) {
    brought = packed;
    try {
      return runnerOnData(stateJson);
    } finally {
      brought = null;
    }
  };
  return { host: host, onData: onData };
})
