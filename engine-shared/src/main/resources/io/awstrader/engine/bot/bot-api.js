// AWS Trader bot API: the JavaScript side of the bridge between the engine and a user's bot.
//
// Every runtime (GraalJS on the JVM, the browser's Web Worker, Node for tests) evaluates this file in the bot's
// realm, then:
//   1. api = awstraderBotApi.prepare(host)     installs console, Date and Math.random; removes awstraderBotApi
//   2. evaluates api.wrap(botJs)               as source "bot.ts" (line numbers stay the TypeScript ones)
//   3. api.runner(botExports)                  gives {initializeState(configJson, stateJson), onData(stateJson)},
//                                               each returning a JSON envelope {ok, state} or {ok:false, message, stack};
//                                               onData answers "=" instead when the state's text is the one it was given
//                                               (most candles: no envelope to build, carry and parse again)
// `host` is the engine's BotHost (Java) as the runtime exposes it: it takes and returns only numbers and strings, so
// the bot sees the same objects, numbers and errors in every runtime. Nothing here may depend on which runtime runs it.
//
// Speed: onData runs once per candle of a backtest, so its path avoids what optimizing JavaScript engines handle
// badly (GraalJS above all): bound intrinsics such as push called in loops (arrays are filled by index instead, which
// is the same [[Set]]), string keys built per call, JSON text for numbers (they come one by one from host.next()),
// parsing the same JSON again (engine data the bot may change is copied from a parsed template instead), and host
// calls whose answer the script already has.
(function (global) {
  'use strict';

  // Intrinsics captured before any bot code runs, so a bot that replaces them cannot change what the engine does.
  const parseJson = JSON.parse;
  const stringifyJson = JSON.stringify;
  const RealDate = Date;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  const getPrototypeOf = Object.getPrototypeOf;
  const objectKeys = Object.keys;
  const objectCreate = Object.create;
  const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
  const isArray = Array.isArray;
  const ArrayOf = Array; // new ArrayOf(n): an array allocated for n elements, filled by index right after
  const arraySlice = Function.prototype.call.bind(Array.prototype.slice);
  const arrayJoin = Function.prototype.call.bind(Array.prototype.join);
  const stringSplit = Function.prototype.call.bind(String.prototype.split);
  const regexExec = Function.prototype.call.bind(RegExp.prototype.exec);
  const numberIsFinite = Number.isFinite;
  const NaNValue = NaN;
  const ObjectProto = Object.prototype;
  const ArrayProto = Array.prototype;

  const BOT_SOURCE = 'bot.ts';
  const FRAME = /at (?:(.+?) \()?(?:.*\/)?bot\.ts:(\d+)(?::\d+)?\)?\s*$/;

  let host = null;
  let now = 0;
  let catalog = null;
  // The host's functions, read once from the bridge object (every read of a runtime's host object can be a lookup).
  let hostBegin, hostNext, hostConfig, hostSeries, hostIndicatorOver, hostPatternOver, hostSmaArray, hostRandom;
  let hostPortfolio, hostPortfolioValue, hostOrder, hostOpenOrders, hostPlaceOrder, hostCancelOrder, hostGrid, hostPlot;
  let hostLog;

  function fail(message) {
    throw new Error(message);
  }

  const stringSlice = Function.prototype.call.bind(String.prototype.slice);

  // Every host answer is a string; one that starts with "!" is the engine's error message, thrown at the bot's call.
  function ask(answer) {
    if (typeof answer === 'string' && answer.charCodeAt(0) === 33) throw new Error(stringSlice(answer, 1));
    return answer;
  }

  function own(object, key) {
    return object !== null && typeof object === 'object' && hasOwn(object, key) ? object[key] : undefined;
  }

  // A fresh copy of parsed JSON (plain objects, arrays, primitives), equal to parsing its text again but several
  // times faster. `__proto__` is an ordinary key in JSON, so it is defined, not assigned.
  function copyJson(value) {
    if (value === null || typeof value !== 'object') return value;
    if (isArray(value)) {
      const out = [];
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        out[i] = item !== null && typeof item === 'object' ? copyJson(item) : item;
      }
      return out;
    }
    const out = {};
    const keys = objectKeys(value);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const item = value[key];
      const copy = item !== null && typeof item === 'object' ? copyJson(item) : item;
      if (key === '__proto__') {
        defineProperty(out, key, { value: copy, writable: true, enumerable: true, configurable: true });
      } else {
        out[key] = copy;
      }
    }
    return out;
  }

  // ---- console -------------------------------------------------------------------------------------------------

  function formatArg(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return String(value);
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
    try {
      const text = stringifyJson(value, null, 2);
      return text === undefined ? String(value) : text;
    } catch (e) {
      return String(value);
    }
  }

  function logger(type) {
    return function () {
      const parts = [];
      for (let i = 0; i < arguments.length; i++) parts[i] = formatArg(arguments[i]);
      ask(hostLog(type, arrayJoin(parts, ' ')));
    };
  }

  // ---- determinism: simulated time and seeded randomness ---------------------------------------------------------

  // Date's text forms name the time zone differently per engine ("GMT" vs "Coordinated Universal Time"); bots run in
  // UTC everywhere, so the engine writes them itself, in V8's wording.
  const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const dateGetTime = Function.prototype.call.bind(RealDate.prototype.getTime);
  const utcParts = {
    year: Function.prototype.call.bind(RealDate.prototype.getUTCFullYear),
    month: Function.prototype.call.bind(RealDate.prototype.getUTCMonth),
    date: Function.prototype.call.bind(RealDate.prototype.getUTCDate),
    day: Function.prototype.call.bind(RealDate.prototype.getUTCDay),
    hours: Function.prototype.call.bind(RealDate.prototype.getUTCHours),
    minutes: Function.prototype.call.bind(RealDate.prototype.getUTCMinutes),
    seconds: Function.prototype.call.bind(RealDate.prototype.getUTCSeconds),
  };

  function pad(n, width) {
    let text = String(n < 0 ? -n : n);
    while (text.length < width) text = '0' + text;
    return (n < 0 ? '-' : '') + text;
  }

  function dateText(d) {
    return DAY_NAMES[utcParts.day(d)] + ' ' + MONTH_NAMES[utcParts.month(d)] + ' ' + pad(utcParts.date(d), 2) + ' '
      + pad(utcParts.year(d), 4);
  }

  function timeText(d) {
    return pad(utcParts.hours(d), 2) + ':' + pad(utcParts.minutes(d), 2) + ':' + pad(utcParts.seconds(d), 2)
      + ' GMT+0000 (Coordinated Universal Time)';
  }

  function installDateText() {
    const valid = function (d) { return dateGetTime(d) === dateGetTime(d); };
    const methods = {
      toString: function () { return valid(this) ? dateText(this) + ' ' + timeText(this) : 'Invalid Date'; },
      toDateString: function () { return valid(this) ? dateText(this) : 'Invalid Date'; },
      toTimeString: function () { return valid(this) ? timeText(this) : 'Invalid Date'; },
    };
    const names = objectKeys(methods);
    for (let i = 0; i < names.length; i++) {
      defineProperty(RealDate.prototype, names[i], { value: methods[names[i]], writable: true, configurable: true });
    }
  }

  function installDeterminism() {
    installDateText();
    function BotDate(a, b, c, d, e, f, g) {
      if (!new.target) return new RealDate(now).toString();
      switch (arguments.length) {
        case 0: return new RealDate(now);
        case 1: return new RealDate(a);
        default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
      }
    }
    BotDate.prototype = RealDate.prototype;
    BotDate.now = function () { return now; };
    BotDate.UTC = RealDate.UTC;
    BotDate.parse = RealDate.parse;
    defineProperty(RealDate.prototype, 'constructor', { value: BotDate, writable: true, configurable: true });
    defineProperty(global, 'Date', { value: BotDate, writable: true, configurable: true, enumerable: false });
    defineProperty(Math, 'random', {
      value: function random() { return +ask(hostRandom()); }, writable: true, configurable: true, enumerable: false,
    });
  }

  // ---- market data: series the host sends once and then grows --------------------------------------------------

  // The host's series by the id it gave them: {width, outputs, values (flat), rows (per-candle views, built lazily),
  // base (the candle index of values[0] and rows[0]: what lies before every window is dropped, see forgetOld)}
  let feeds = [];
  // The bot's pairs in config order, and by name: {name, from, to (this run's window), candles (feed or null),
  // indicators and patterns (spec -> feed), given/length/first/last (the candleData array given this run)}
  let pairList = [];
  let pairsByName = objectCreate(null);

  function resetSeries(names) {
    feeds = [];
    pairList = [];
    pairsByName = objectCreate(null);
    for (let p = 0; p < names.length; p++) {
      const pair = {
        name: names[p], from: 0, to: 0, candles: null, indicators: objectCreate(null), patterns: objectCreate(null),
        given: null, length: 0, first: undefined, last: undefined,
      };
      pairList[p] = pair;
      pairsByName[names[p]] = pair;
    }
  }

  // Parsed JSON numbers, null meaning NaN, in a new array: one that holds only numbers is stored as plain doubles,
  // which slices and reads several times faster than the parsed array of boxed values and nulls.
  function toNumbers(values) {
    const out = [];
    for (let i = 0; i < values.length; i++) out[i] = values[i] === null ? NaNValue : values[i];
    return out;
  }

  // Registers series `kind` of `pair` with the host, which sends its values up to the newest candle and from then on
  // what it gains in each run's start (see grow).
  function register(kind, pair, spec) {
    const sent = parseJson(ask(hostSeries(kind, pair.name, spec)));
    let entry = feeds[sent.id];
    if (entry === undefined) {
      entry = { width: sent.width, outputs: sent.outputs, values: toNumbers(sent.values), rows: [], base: 0 };
      feeds[sent.id] = entry;
    }
    return entry;
  }

  function candleFeed(pair) {
    if (pair.candles === null) pair.candles = register('candles', pair, '');
    return pair.candles;
  }

  // What each registered series gained since the last run: records {id, count, count values} from host.next().
  function grow() {
    for (let records = hostNext(); records > 0; records--) {
      const values = feeds[hostNext()].values;
      let at = values.length;
      for (let count = hostNext(); count > 0; count--) values[at++] = hostNext();
    }
  }

  function candleRow(entry, i) {
    let row = entry.rows[i - entry.base];
    if (row === undefined) {
      const v = entry.values;
      const at = (i - entry.base) * 6;
      row = freeze([v[at], v[at + 1], v[at + 2], v[at + 3], v[at + 4], v[at + 5]]);
      entry.rows[i - entry.base] = row;
    }
    return row;
  }

  function candleWindow(pair) {
    const entry = pair.candles !== null ? pair.candles : candleFeed(pair);
    // Rows are built once per candle; each run gets a fresh array (a native slice) so a bot that reorders or trims
    // its window cannot disturb the next run.
    for (let i = entry.base + entry.rows.length; i < pair.to; i++) candleRow(entry, i);
    return arraySlice(entry.rows, pair.from - entry.base, pair.to - entry.base);
  }

  // Every window starts at or after its pair's `from`, which only moves forward within a run of candles: what a
  // feed holds before it can never be shown again. Dropped every FORGET_EVERY runs, so a long backtest keeps the
  // last few thousand candles of each series here instead of all of them (1M candles: hundreds of MB).
  const FORGET_EVERY = 4096;
  let runsSinceForget = 0;

  function forgetOld() {
    if (++runsSinceForget < FORGET_EVERY) return;
    runsSinceForget = 0;
    for (let p = 0; p < pairList.length; p++) {
      const pair = pairList[p];
      if (pair.candles !== null) forgetBefore(pair.candles, pair.from);
      const indicators = objectKeys(pair.indicators);
      for (let k = 0; k < indicators.length; k++) forgetBefore(pair.indicators[indicators[k]], pair.from);
      const patterns = objectKeys(pair.patterns);
      for (let k = 0; k < patterns.length; k++) forgetBefore(pair.patterns[patterns[k]], pair.from);
    }
  }

  function forgetBefore(entry, index) {
    const drop = index - entry.base;
    if (drop <= 0) return;
    entry.values = arraySlice(entry.values, drop * entry.width);
    entry.rows = entry.rows.length > drop ? arraySlice(entry.rows, drop) : [];
    entry.base = index;
  }

  // The pair whose engine window `candles` is, when the bot passes back input.candleData[pair] unchanged.
  function enginePair(candles) {
    for (let p = 0; p < pairList.length; p++) {
      const given = pairList[p];
      if (given.given === candles && candles.length === given.length
          && (candles.length === 0 || (candles[0] === given.first && candles[candles.length - 1] === given.last))) {
        return given;
      }
    }
    return null;
  }

  function checkCandles(name, candles) {
    if (!isArray(candles)) fail(name + ' needs an array of candles such as input.candleData["BTC/USD"]');
  }

  // Outputs over the window: numbers for one output, objects keyed by output name for several.
  function windowValues(entry, from, to) {
    const base = entry.base;
    if (entry.width === 1) return arraySlice(entry.values, from - base, to - base);
    const out = [];
    for (let i = from; i < to; i++) {
      let row = entry.rows[i - base];
      if (row === undefined) {
        row = {};
        for (let k = 0; k < entry.width; k++) row[entry.outputs[k]] = entry.values[(i - base) * entry.width + k];
        row = freeze(row);
        entry.rows[i - base] = row;
      }
      out[i - from] = row;
    }
    return out;
  }

  function flatOutputs(sent) {
    const entry = { width: sent.width, outputs: sent.outputs, values: toNumbers(sent.values), rows: [], base: 0 };
    return windowValues(entry, 0, entry.values.length / entry.width);
  }

  // ---- indicators -----------------------------------------------------------------------------------------------

  // Option names of the original platform that mean one of our parameters.
  const ALIASES = { stdDev: 'multiplier', bandMultiplier: 'multiplier' };

  function specOf(definition, args) {
    const params = [];
    const parameters = definition.parameters;
    const options = args.length === 1 && args[0] !== null && typeof args[0] === 'object' ? args[0] : null;
    if (options !== null) {
      const names = objectKeys(options);
      for (let n = 0; n < names.length; n++) {
        const name = ALIASES[names[n]] || names[n];
        if (names[n] === 'valueAttribute') continue;
        let known = false;
        for (let p = 0; p < parameters.length; p++) if (parameters[p].name === name) known = true;
        if (!known) fail(definition.name + ' has no option "' + names[n] + '"');
      }
      for (let p = 0; p < parameters.length; p++) {
        let value = own(options, parameters[p].name);
        const aliases = objectKeys(ALIASES);
        for (let a = 0; a < aliases.length; a++) {
          if (ALIASES[aliases[a]] === parameters[p].name && own(options, aliases[a]) !== undefined) {
            value = own(options, aliases[a]);
          }
        }
        params[p] = value === undefined ? parameters[p].default : value;
      }
    } else {
      if (args.length > parameters.length) {
        fail(definition.name + ' takes ' + parameters.length + ' parameter(s), got ' + args.length);
      }
      for (let p = 0; p < parameters.length; p++) {
        params[p] = p < args.length && args[p] !== undefined ? args[p] : parameters[p].default;
      }
    }
    for (let p = 0; p < params.length; p++) {
      if (typeof params[p] !== 'number' || !numberIsFinite(params[p])) {
        fail(definition.name + ' ' + parameters[p].name + ' must be a number, got ' + formatArg(params[p]));
      }
    }
    // A parameterless indicator (obv, adl) has no ':' part: the engine reads "obv:" as one empty parameter.
    return params.length === 0 ? definition.name : definition.name + ':' + arrayJoin(params, ',');
  }

  function indicatorOver(name, candles, spec) {
    checkCandles(name, candles);
    const pair = enginePair(candles);
    if (pair !== null) {
      let entry = pair.indicators[spec];
      if (entry === undefined) {
        entry = register('indicator', pair, spec);
        pair.indicators[spec] = entry;
      }
      return windowValues(entry, pair.from, pair.to);
    }
    return flatOutputs(parseJson(ask(hostIndicatorOver(stringifyJson(candles), spec))));
  }

  function primitives(args) {
    for (let i = 0; i < args.length; i++) {
      const type = typeof args[i];
      if (type !== 'number' && type !== 'string' && type !== 'undefined') return false;
    }
    return true;
  }

  function makeIndicators() {
    const api = {};
    const definitions = catalog.indicators;
    for (let d = 0; d < definitions.length; d++) {
      const definition = definitions[d];
      // The specs of the last few calls' arguments (up to four, all primitives): a bot asks for the same indicators
      // with the same numbers on every candle (sma 14 and sma 50, say), and working a spec out again would cost more
      // than the values.
      const memoCount = [-2, -2, -2, -2];
      const memo0 = [], memo1 = [], memo2 = [], memo3 = [], memoSpec = [];
      let memoNext = 0;
      api[definition.name] = function (candles, a0, a1, a2, a3) {
        const count = arguments.length - 1;
        for (let m = 0; m < 4; m++) {
          if (count === memoCount[m] && a0 === memo0[m] && a1 === memo1[m] && a2 === memo2[m] && a3 === memo3[m]) {
            return indicatorOver(definition.name, candles, memoSpec[m]);
          }
        }
        const args = [];
        for (let i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
        let spec;
        if (definition.name === 'sma' && typeof args[1] === 'string') {
          spec = specOf(definition, [args[0]]);
          if (args[1] !== 'close') spec = spec + '@' + args[1];
        } else {
          spec = specOf(definition, args);
        }
        if (count <= 4 && primitives(args)) {
          memoCount[memoNext] = count;
          memo0[memoNext] = a0;
          memo1[memoNext] = a1;
          memo2[memoNext] = a2;
          memo3[memoNext] = a3;
          memoSpec[memoNext] = spec;
          memoNext = (memoNext + 1) % 4;
        }
        return indicatorOver(definition.name, candles, spec);
      };
    }
    api.smaArray = function (values, period) {
      if (!isArray(values)) fail('smaArray needs an array of numbers');
      return toNumbers(parseJson(ask(hostSmaArray(stringifyJson(values), period))));
    };
    return freeze(api);
  }

  // ---- candlestick patterns -------------------------------------------------------------------------------------

  function makePatterns() {
    const api = {};
    const names = catalog.patterns;
    for (let n = 0; n < names.length; n++) {
      const name = names[n];
      api[name] = function (candles, isConfirmed) {
        checkCandles(name, candles);
        const spec = isConfirmed ? name + ':confirmed' : name;
        const pair = enginePair(candles);
        let flags;
        if (pair !== null) {
          let entry = pair.patterns[spec];
          if (entry === undefined) {
            entry = register('pattern', pair, spec);
            pair.patterns[spec] = entry;
          }
          flags = windowValues(entry, pair.from, pair.to);
        } else {
          flags = parseJson(ask(hostPatternOver(stringifyJson(candles), spec)));
        }
        const out = [];
        for (let i = 0; i < flags.length; i++) out[i] = flags[i] === 1;
        return out;
      };
    }
    return freeze(api);
  }

  // ---- trader ---------------------------------------------------------------------------------------------------

  // The portfolio as the host last sent it, and the version the host numbered it with: the run's start says which
  // version is current, so the portfolio is asked for again only after it changed (an order was placed or filled).
  let portfolioVersion = -1;
  let portfolioParsed = null;
  let portfolioParsedVersion = -1;
  // asset -> balance as parsed, and whether every balance is exactly {asset, free, total} (copied field by field)
  let balances = objectCreate(null);
  let plainBalances = false;

  function portfolio() {
    if (portfolioParsed === null || portfolioParsedVersion !== portfolioVersion) {
      const parsed = parseJson(ask(hostPortfolio()));
      balances = objectCreate(null);
      plainBalances = true;
      const assets = objectKeys(parsed);
      for (let a = 0; a < assets.length; a++) {
        const balance = parsed[assets[a]];
        balances[assets[a]] = balance;
        const keys = balance !== null && typeof balance === 'object' ? objectKeys(balance) : [];
        if (keys.length !== 3 || keys[0] !== 'asset' || keys[1] !== 'free' || keys[2] !== 'total') {
          plainBalances = false;
        }
      }
      portfolioParsed = parsed;
      portfolioParsedVersion = portfolioVersion;
    }
    return portfolioParsed;
  }

  function balanceOf(asset) {
    portfolio();
    const balance = balances[asset];
    if (balance === undefined) return undefined;
    return plainBalances ? { asset: balance.asset, free: balance.free, total: balance.total } : copyJson(balance);
  }

  function checkPair(pair) {
    const known = typeof pair === 'string' ? pairsByName[pair] : undefined;
    if (known === undefined) {
      const names = [];
      for (let p = 0; p < pairList.length; p++) names[p] = pairList[p].name;
      fail('unknown pair ' + formatArg(pair) + ': this bot trades ' + arrayJoin(names, ', '));
    }
    return known;
  }

  function optionalNumber(order, key) {
    const value = own(order, key);
    if (value === undefined || value === null) return NaNValue;
    if (typeof value !== 'number') fail('order ' + key + ' must be a number, got ' + formatArg(value));
    return value;
  }

  function makeTrader() {
    return freeze({
      getPortfolio: function () { return copyJson(portfolio()); },
      getBalance: function (asset) {
        if (typeof asset !== 'string' || asset === '') fail("getBalance needs an asset name such as 'USD'");
        const balance = balanceOf(asset);
        return balance === undefined ? { asset: asset, free: 0, total: 0 } : balance;
      },
      getPrice: function (pair) {
        const known = checkPair(pair);
        const candles = candleFeed(known);
        return candles.values[(known.to - 1 - candles.base) * 6 + 2];
      },
      getPortfolioValue: function () { return +ask(hostPortfolioValue()); },
      getOrder: function (id) {
        const order = parseJson(ask(hostOrder(String(id))));
        return order === null ? undefined : order;
      },
      getOpenOrders: function () { return parseJson(ask(hostOpenOrders())); },
      placeOrder: function (order) {
        if (order === null || typeof order !== 'object') {
          fail('placeOrder needs an order such as {pair: "BTC/USD", type: "market", direction: "buy", amount: 0.1}');
        }
        const pair = own(order, 'pair');
        const type = own(order, 'type') === undefined ? 'market' : own(order, 'type');
        const direction = own(order, 'direction');
        const amount = own(order, 'amount');
        if (typeof pair !== 'string') fail('order pair must be a string such as "BTC/USD", got ' + formatArg(pair));
        if (type !== 'market' && type !== 'limit' && type !== 'stop') {
          fail('order type must be "market", "limit" or "stop", got ' + formatArg(type));
        }
        if (direction !== 'buy' && direction !== 'sell') {
          fail('order direction must be "buy" or "sell", got ' + formatArg(direction));
        }
        if (typeof amount !== 'number') fail('order amount must be a number, got ' + formatArg(amount));
        return parseJson(ask(hostPlaceOrder(pair, type, direction, amount, optionalNumber(order, 'price'),
          optionalNumber(order, 'stopPrice'))));
      },
      cancelOrder: function (orderId) {
        if (typeof orderId !== 'string') fail('cancelOrder needs an order id, got ' + formatArg(orderId));
        ask(hostCancelOrder(orderId));
      },
    });
  }

  // ---- utils ----------------------------------------------------------------------------------------------------

  function crossOver(target, base) {
    if (!isArray(target) || !isArray(base)) fail('isCrossOver needs two arrays of numbers');
    const longer = target.length > base.length ? target.length : base.length;
    const common = target.length < base.length ? target.length : base.length;
    const t0 = target.length - common;
    const b0 = base.length - common;
    const o0 = longer - common;
    const out = new ArrayOf(longer);
    for (let i = 0; i <= o0 && i < longer; i++) out[i] = false;
    for (let k = 1; k < common; k++) {
      out[o0 + k] = target[t0 + k - 1] < base[b0 + k - 1] && target[t0 + k] > base[b0 + k];
    }
    return out;
  }

  function makeCandle(arrayCandle) {
    if (!isArray(arrayCandle) || arrayCandle.length < 6) fail('getCandle needs [time, open, close, high, low, volume]');
    return {
      date: arrayCandle[0], open: arrayCandle[1], close: arrayCandle[2], high: arrayCandle[3], low: arrayCandle[4],
      volume: arrayCandle[5],
      getMiddle: function () { return (this.high + this.low) / 2; },
      getAmplitude: function () { return (this.high - this.low) / this.low; },
      isBullish: function () { return this.open < this.close; },
    };
  }

  // The last pair getPairAssets split and its parts: bots ask for the same pair's assets on every candle.
  let splitPair = null;
  let splitBase = '';
  let splitQuoted = '';

  function makeUtils() {
    return freeze({
      getCandle: makeCandle,
      getCandles: function (arrayCandles) {
        if (!isArray(arrayCandles)) fail('getCandles needs an array of candles');
        const out = [];
        for (let i = 0; i < arrayCandles.length; i++) out[i] = makeCandle(arrayCandles[i]);
        return out;
      },
      getPairAssets: function (pair) {
        if (pair !== splitPair) {
          const parts = typeof pair === 'string' ? stringSplit(pair, '/') : [];
          if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
            fail('bad pair ' + formatArg(pair) + ': expected BASE/QUOTE such as BTC/USD');
          }
          splitPair = pair;
          splitBase = parts[0];
          splitQuoted = parts[1];
        }
        return { base: splitBase, quoted: splitQuoted };
      },
      isCrossOver: crossOver,
      isCrossUnder: function (target, base) { return crossOver(base, target); },
      getGrid: function (targetPrice, levelDistance, gridSize) {
        return parseJson(ask(hostGrid(targetPrice, levelDistance === undefined ? 1 : levelDistance,
          gridSize === undefined ? 3 : gridSize)));
      },
    });
  }

  // ---- plotter --------------------------------------------------------------------------------------------------

  function plotter(kind) {
    return function (name, pairOrValue, valueOrPair, chart) {
      // The original's typings and runtime disagreed on the order; a pair is a string and a value a number.
      const pair = typeof pairOrValue === 'string' ? pairOrValue : valueOrPair;
      const value = typeof pairOrValue === 'string' ? valueOrPair : pairOrValue;
      if (typeof name !== 'string') fail('plot needs a series name, got ' + formatArg(name));
      if (typeof pair !== 'string') fail('plot needs a pair such as "BTC/USD", got ' + formatArg(pair));
      if (typeof value !== 'number') fail('plot "' + name + '" needs a number, got ' + formatArg(value));
      if (chart !== undefined && chart !== null && typeof chart !== 'string') fail('plot chart must be a name');
      ask(hostPlot(kind, name, pair, value, chart === undefined || chart === null ? '' : chart));
    };
  }

  // ---- state: only what JSON can carry survives a run ----------------------------------------------------------

  // The keys from the state down to the value checkState is at, and whether each is an array index: a value's path
  // ("state.trades[3].price") is written only for an error message, not for every value of every run.
  const statePathKeys = [];
  const statePathInArray = [];

  function statePath(depth) {
    let path = 'state';
    for (let d = 0; d < depth; d++) {
      path = statePathInArray[d] ? path + '[' + statePathKeys[d] + ']' : path + '.' + statePathKeys[d];
    }
    return path;
  }

  function checkState(value, depth, seen) {
    if (depth > 64) fail('state cannot be saved: nested deeper than 64 levels at ' + statePath(depth));
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!numberIsFinite(value)) {
        fail('state cannot be saved: ' + statePath(depth) + ' is ' + value + ', not a finite number');
      }
      return;
    }
    if (typeof value !== 'object') {
      fail('state cannot be saved: ' + statePath(depth) + ' is a ' + typeof value + ' (only JSON values are kept)');
    }
    for (let i = 0; i < seen.length; i++) {
      if (seen[i] === value) fail('state cannot be saved: ' + statePath(depth) + ' refers back to itself (a cycle)');
    }
    const proto = getPrototypeOf(value);
    const inArray = isArray(value);
    if (inArray) {
      if (proto !== ArrayProto) fail('state cannot be saved: ' + statePath(depth) + ' is not a plain array');
    } else if (proto !== ObjectProto && proto !== null) {
      fail('state cannot be saved: ' + statePath(depth) + ' is not a plain object (a Date, Map or class instance?)');
    }
    seen[seen.length] = value;
    const keys = objectKeys(value);
    for (let k = 0; k < keys.length; k++) {
      const child = value[keys[k]];
      if (child === undefined && !inArray) continue;
      statePathKeys[depth] = keys[k];
      statePathInArray[depth] = inArray;
      checkState(child, depth + 1, seen);
    }
    seen.length = seen.length - 1;
  }

  function saveState(state) {
    if (state === null || typeof state !== 'object' || isArray(state)) fail('state must stay a plain object');
    checkState(state, 0, []);
    return stringifyJson(state);
  }

  // ---- errors: message and a stack in the bot's own lines, the same text in every runtime ---------------------

  function botStack(error) {
    const stack = error !== null && typeof error === 'object' && typeof error.stack === 'string' ? error.stack : '';
    const lines = stringSplit(stack, '\n');
    const frames = [];
    for (let i = 0; i < lines.length; i++) {
      const m = regexExec(FRAME, lines[i]);
      if (m !== null) {
        // Engines name frames differently: V8 prefixes a method's receiver ("Array.<anonymous>") and names an
        // anonymous function of eval'd code "eval", GraalJS says "<anonymous>". Both become the same words.
        const name = m[1] === undefined ? '' : m[1];
        const last = stringSlice(name, name.lastIndexOf('.') + 1);
        const fn = last === '' || last === 'eval' || last === '<anonymous>' ? '<bot>' : last;
        frames[frames.length] = 'at ' + fn + ' (' + BOT_SOURCE + ':' + m[2] + ')';
      }
    }
    return arrayJoin(frames, '\n');
  }

  // JavaScript engines word a few built-in errors differently; results must not depend on the runtime, so
  // GraalJS's wording is rewritten to V8's (the browser's, where users backtest).
  const GRAAL_READ = /^Cannot read property '(.*)' of (null|undefined)$/;
  const GRAAL_SET = /^Cannot set property '(.*)' of (null|undefined)$/;

  function canonicalMessage(message) {
    let m = regexExec(GRAAL_READ, message);
    if (m !== null) return 'Cannot read properties of ' + m[2] + " (reading '" + m[1] + "')";
    m = regexExec(GRAAL_SET, message);
    if (m !== null) return 'Cannot set properties of ' + m[2] + " (setting '" + m[1] + "')";
    return message;
  }

  function failure(error) {
    let message;
    if (error instanceof Error || (error !== null && typeof error === 'object' && typeof error.message === 'string')) {
      message = canonicalMessage(String(error.message));
    } else {
      message = 'bot threw ' + formatArg(error);
    }
    return stringifyJson({ ok: false, message: message, stack: botStack(error) });
  }

  // ---- the bot's global scope -----------------------------------------------------------------------------------

  // The globals bot code sees, the same names in every runtime: the ECMAScript built-ins that every engine we run on
  // has, plus the console the engine installs. Whatever else a runtime adds (Node's process, Buffer and timers, a
  // worker's fetch, self and postMessage, GraalJS's extras) is deleted before the bot is evaluated, wherever it lives
  // on the global object's prototype chain; `Function('return this')()` gives this same pruned object, so a bot cannot
  // bring them back. Left out on purpose: SharedArrayBuffer and Atomics, WeakRef and FinalizationRegistry (timing and
  // garbage collection would make a run unrepeatable), WebAssembly, and built-ins only some engines have.
  const BOT_GLOBALS = ['AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
    'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'Float32Array', 'Float64Array', 'Function', 'Infinity',
    'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise',
    'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError',
    'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakSet',
    'console', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'eval', 'globalThis',
    'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'undefined', 'unescape'];

  const LEGACY_CONSTANTS = freeze({ TEMPORARY: 0, PERSISTENT: 1 });

  function pruneGlobals() {
    const allowed = objectCreate(null);
    for (let i = 0; i < BOT_GLOBALS.length; i++) allowed[BOT_GLOBALS[i]] = true;
    const ownNames = Object.getOwnPropertyNames;
    const ownSymbols = Object.getOwnPropertySymbols;
    const kept = [];
    for (let o = global; o !== null && o !== ObjectProto; o = getPrototypeOf(o)) {
      const names = ownNames(o);
      for (let i = 0; i < names.length; i++) {
        if (allowed[names[i]] !== true && !Reflect.deleteProperty(o, names[i])) kept.push(names[i]);
      }
      const symbols = ownSymbols(o);
      for (let i = 0; i < symbols.length; i++) Reflect.deleteProperty(o, symbols[i]);
    }
    // Chromium's workers hold two legacy constants of the old file-system API that cannot be deleted: every runtime
    // gets them, so bot code sees the same names everywhere. Anything else left would be a new host global: refuse.
    for (const name in LEGACY_CONSTANTS) {
      if (!hasOwn(global, name) && kept.indexOf(name) < 0) {
        defineProperty(global, name, { value: LEGACY_CONSTANTS[name], writable: false, configurable: false,
          enumerable: true });
      }
    }
    for (let i = 0; i < kept.length; i++) {
      if (!hasOwn(LEGACY_CONSTANTS, kept[i])) fail('the runtime keeps a global bots must not see: ' + kept[i]);
    }
  }

  // ---- the runner ----------------------------------------------------------------------------------------------

  function prepare(bridge) {
    if (host !== null) fail('the bot API is already prepared');
    // The runtime keeps what prepare returns; bot code must not reach the API's entry point.
    delete global.awstraderBotApi;
    host = bridge;
    hostBegin = bridge.begin;
    hostNext = bridge.next;
    hostConfig = bridge.config;
    hostSeries = bridge.series;
    hostIndicatorOver = bridge.indicatorOver;
    hostPatternOver = bridge.patternOver;
    hostSmaArray = bridge.smaArray;
    hostRandom = bridge.random;
    hostPortfolio = bridge.portfolio;
    hostPortfolioValue = bridge.portfolioValue;
    hostOrder = bridge.order;
    hostOpenOrders = bridge.openOrders;
    hostPlaceOrder = bridge.placeOrder;
    hostCancelOrder = bridge.cancelOrder;
    hostGrid = bridge.grid;
    hostPlot = bridge.plot;
    hostLog = bridge.log;
    catalog = parseJson(ask(bridge.catalog()));
    pruneGlobals();
    installDeterminism();
    defineProperty(global, 'console', {
      value: freeze({ log: logger('log'), info: logger('log'), debug: logger('log'), warn: logger('warn'),
        error: logger('error') }),
      writable: false, configurable: false, enumerable: false,
    });
    return freeze({ wrap: wrap, runner: runner });
  }

  function wrap(botJs) {
    // One line of prefix keeps the bot's line numbers: TypeScript line N is line N of this source.
    return '(function () {' + botJs + '\n;return {onData: typeof onData === "function" ? onData : undefined, '
      + 'initializeState: typeof initializeState === "function" ? initializeState : undefined};\n})()';
  }

  // onData's answer when the state it leaves is, as JSON text, the state it was given (see ScriptedBot).
  const UNCHANGED = '=';

  // input.config as parsed (each run gets a copy); asked for again after a reset
  let config = null;

  // What every call into the bot starts with: the run's time, windows and the market data it gained. See
  // BotHost.begin(): the pairs' names after a reset (another backtest), then numbers one by one.
  function startRun() {
    const reset = ask(hostBegin());
    if (reset !== '') {
      resetSeries(parseJson(reset));
      portfolioParsed = null;
      config = null;
    }
    now = hostNext();
    portfolioVersion = hostNext();
    for (let p = 0; p < pairList.length; p++) {
      pairList[p].from = hostNext();
      pairList[p].to = hostNext();
    }
    grow();
  }

  function runner(bot) {
    if (bot === null || typeof bot !== 'object' || typeof bot.onData !== 'function') {
      fail('the bot has no onData(input) function: declare `function onData(input) { ... }` at the top level');
    }
    const onData = bot.onData;
    const initializeState = bot.initializeState;
    const trader = makeTrader();
    const utils = makeUtils();
    const indicators = makeIndicators();
    const patterns = makePatterns();
    const plot = freeze({ plotSeries: plotter('series'), plotPoint: plotter('point') });
    // The last state text the engine sent, parsed: it sends the same text until a run changes the state.
    let stateText = null;
    let stateParsed = null;

    return freeze({
      initializeState: function (configJson, stateJson) {
        try {
          startRun();
          const state = parseJson(stateJson);
          if (typeof initializeState === 'function') {
            const result = initializeState(parseJson(configJson), state);
            if (result !== undefined && result !== null && typeof result === 'object' && typeof result.then === 'function') {
              fail('initializeState returned a Promise: bots run synchronously, drop async');
            }
          }
          return '{"ok":true,"state":' + saveState(state) + '}'; // as onData's envelope
        } catch (e) {
          return failure(e);
        }
      },
      onData: function (stateJson) {
        try {
          startRun();
          forgetOld();
          if (config === null) config = parseJson(ask(hostConfig()));
          const candleData = {};
          for (let p = 0; p < pairList.length; p++) {
            const pair = pairList[p];
            const array = candleWindow(pair);
            candleData[pair.name] = array;
            pair.given = array;
            pair.length = array.length;
            pair.first = array[0];
            pair.last = array[array.length - 1];
          }
          if (stateJson !== stateText) {
            stateParsed = parseJson(stateJson);
            stateText = stateJson;
          }
          const state = copyJson(stateParsed);
          const input = {
            candleData: candleData, config: copyJson(config), state: state, trader: trader, utils: utils,
            indicators: indicators, candlestickPatterns: patterns, candlestickPatters: patterns, plotter: plot,
          };
          const result = onData(input);
          if (result !== undefined && result !== null && typeof result === 'object' && typeof result.then === 'function') {
            fail('onData returned a Promise: bots run synchronously, drop async');
          }
          const saved = saveState(input.state);
          return saved === stateJson ? UNCHANGED : '{"ok":true,"state":' + saved + '}';
        } catch (e) {
          return failure(e);
        }
      },
    });
  }

  defineProperty(global, 'awstraderBotApi', {
    value: freeze({ prepare: prepare }),
    writable: false, configurable: true, enumerable: false,
  });
})(globalThis);
