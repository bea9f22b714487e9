// The JVM's host object for bot-api.js: the BotHost proxy, except that a run's start costs one host call instead of
// one per number. GraalJS pays for every call from JavaScript into Java (arguments, boxing, the boundary), and
// bot-api.js asks host.next() about twenty times per candle; here host.begin() fetches all of them at once
// (BotHost.beginPacked: a JSON array of numbers, null for NaN, then after a reset a line feed and begin()'s answer)
// and host.next() reads them back in JavaScript. bot-api.js sees the same answers as from the proxy itself.
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
  const host = {};
  for (const name of ['config', 'catalog', 'series', 'indicatorOver', 'patternOver', 'smaArray', 'random',
    'portfolio', 'portfolioValue', 'order', 'openOrders', 'placeOrder', 'cancelOrder', 'grid', 'plot', 'log']) {
    host[name] = bridge[name];
  }
  host.begin = function () {
    const text = beginPacked();
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
  return host;
})
