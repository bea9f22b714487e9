// AWS Trader bot API: ambient typings of everything a bot sees. The bot editor (Monaco) loads this file, and bots are
// type-checked against it (`tsc --noEmit --strict --lib es2020 bot-api.d.ts bot.ts`). No imports or exports: a bot is
// a script declaring `function onData(input: BotInput)` and, optionally, `function initializeState(config, state)`.
// The runtime is bot-api.js (same folder); web-client's ApiSurfaceTest checks that both expose exactly the same members.
// Editor setting: compile bots with lib ["es2020"] and no "dom" (bots have no DOM); this file declares `console`.
//
// FORMAT RULE (ApiSurfaceTest parses this file with a line-based reader; keep it regular):
//   1. An interface starts at column 0 with `interface Name {` (optionally `interface Name extends A, B {`) and ends
//      with a line that is exactly `}`. A type alias is one line at column 0: `type Name = ...;`.
//   2. Inside an interface, every member is ONE line, indented by exactly two spaces, right after a one-line doc
//      comment `  /** ... */`. A member is a property `name: Type;` / `name?: Type;` / `readonly name: Type;` or a
//      method `name(params): Type;` (an overload repeats the line with the same name). Index signatures
//      `[key: string]: Type;` follow the same rule but name no member.
//   3. Methods are written as methods (never as properties of function type): a method is a function at run time.
//   4. Indicator `Xxx` has a positional overload whose parameter names are the catalog's, in order, and an options
//      overload taking `XxxOptions` (catalog parameter names, plus the original's aliases stdDev, bandMultiplier and
//      valueAttribute where they apply). A multi-output indicator returns `XxxValue[]` whose members are its outputs.

// ---- market data -----------------------------------------------------------------------------------------------

/** A candle: [time (ms, candle open), open, close, high, low, volume] — the original's order: open, CLOSE, high, low. */
type ArrayCandle = readonly [time: number, open: number, close: number, high: number, low: number, volume: number];

/** Candles by pair ("BTC/USD"), oldest first: the last closed candles of the run interval (200 by default). */
type BotCandles = { [pair: string]: ArrayCandle[] };

/** How often the bot runs; also the candles' interval. */
type RunInterval = '5m' | '10m' | '15m' | '30m' | '1h' | '4h' | '1d';

/** A candle field that `sma` can average. */
type CandleAttribute = 'open' | 'close' | 'high' | 'low' | 'volume';

// ---- the input of onData -------------------------------------------------------------------------------------------

interface BotInput {
  /** Candles by pair, oldest first, each an ArrayCandle; the newest is the last closed candle. */
  candleData: BotCandles;
  /** The bot's configuration: pairs, run interval, exchange and the user's extra values. */
  config: BotConfiguration;
  /** The bot's state: change it freely; it is saved as JSON after a run that did not throw. */
  state: BotState;
  /** Balances, prices and orders. */
  trader: Trader;
  /** Candle, pair, crossing and grid helpers. */
  utils: Utils;
  /** Technical indicators: one value per input candle (NaN during warm-up). */
  indicators: Indicators;
  /** Candlestick pattern detectors: one boolean per input candle. */
  candlestickPatterns: CandlestickPatterns;
  /** @deprecated Misspelled alias of candlestickPatterns, kept for bots written for the original platform. */
  candlestickPatters: CandlestickPatterns;
  /** Draws values on the backtest charts. */
  plotter: Plotter;
}

interface BotConfiguration {
  /** The pairs the bot trades, all quoted in the same asset, e.g. ["BTC/USD", "ETH/USD"]. */
  pairs: string[];
  /** How often the bot runs and the interval of its candles. */
  runInterval: RunInterval;
  /** The exchange provider, e.g. "bitfinex" or "kucoin". */
  exchange: string;
  /** "virtual" for backtests and paper trading, "real" for live deployments. */
  exchangeType: 'real' | 'virtual';
  /** Extra values the user configured for the bot. */
  [key: string]: any;
}

interface BotState {
  /** Anything JSON can hold (no functions, Dates, cycles, NaN or Infinity). */
  [key: string]: any;
}

/** The original's name for the extra configuration values. */
type BotConfigurationExtra = { [key: string]: any };

// ---- trader --------------------------------------------------------------------------------------------------------

interface Balance {
  /** The asset's name, e.g. "USD". */
  asset: string;
  /** What is available to new orders: total minus what open orders reserve. */
  free: number;
  /** Everything held, reserved or not. */
  total: number;
}

/** Balances by asset name. */
type Portfolio = { [asset: string]: Balance };

/** Buy or sell. */
type OrderDirection = 'buy' | 'sell';

/** Market orders fill at the next open; limit orders at `price` or better; stop orders trigger at `stopPrice`. */
type OrderType = 'market' | 'limit' | 'stop';

/** pending (asked this run) → placed (open at the exchange) → completed | cancelled; or → error. */
type OrderStatus = 'pending' | 'placed' | 'completed' | 'cancelled' | 'error';

interface BaseOrderInput {
  /** The pair to trade, one of config.pairs. */
  pair: string;
  /** Buy or sell the base asset. */
  direction: OrderDirection;
  /** How much of the base asset (BTC in BTC/USD) to buy or sell. */
  amount: number;
}

interface MarketOrderInput extends BaseOrderInput {
  /** Fills at the next candle's open (plus slippage); the default when type is absent. */
  type?: 'market';
}

interface LimitOrderInput extends BaseOrderInput {
  /** Fills when the market reaches `price` or better. */
  type: 'limit';
  /** The limit price, in the quote asset. */
  price: number;
}

interface StopOrderInput extends BaseOrderInput {
  /** Becomes a market order once the market trades through `stopPrice` (up for buys, down for sells). */
  type: 'stop';
  /** The trigger price, in the quote asset. */
  stopPrice: number;
}

/** What trader.placeOrder takes. */
type OrderInput = MarketOrderInput | LimitOrderInput | StopOrderInput;

interface Order {
  /** The order's id: keep it (in state) to find or cancel the order in later runs. */
  id: string;
  /** The exchange's id once placed, else null. */
  foreignId: string | null;
  /** The pair traded. */
  pair: string;
  /** market, limit or stop. */
  type: OrderType;
  /** buy or sell. */
  direction: OrderDirection;
  /** The amount asked for, in the base asset. */
  amount: number;
  /** The limit price (limit orders), else null. */
  price: number | null;
  /** The trigger price (stop orders), else null. */
  stopPrice: number | null;
  /** Where the order is in its life. */
  status: OrderStatus;
  /** Why the order failed (status error), e.g. "not enough USD: needs ..., free ...", else null. */
  errorReason: string | null;
  /** The pair's last close when the order was created. */
  marketPrice: number;
  /** When the bot placed it (ms): the close of the run's newest candle. */
  createdAt: number;
  /** When the exchange accepted it (ms), else null. */
  placedAt: number | null;
  /** When it completed, was cancelled or failed (ms), else null. */
  closedAt: number | null;
  /** The average fill price, once completed, else null. */
  executedPrice: number | null;
  /** How much of the base asset filled (0 until completed). */
  executedAmount: number;
  /** The fee paid, in the quote asset (0 until completed). */
  fee: number;
}

/** Orders by id. */
type Orders = { [orderId: string]: Order };

interface Trader {
  /** Every balance, by asset, as of the start of this run. */
  getPortfolio(): Portfolio;
  /** The balance of one asset (zeros when none is held), as of the start of this run. */
  getBalance(asset: string): Balance;
  /** The last close of a pair. */
  getPrice(pair: string): number;
  /** The quote asset plus every pair's base asset valued at its last close, in the quote asset. */
  getPortfolioValue(): number;
  /** An order placed in an earlier run or this one, or undefined for an unknown id. */
  getOrder(id: string): Order | undefined;
  /** Orders still open at the exchange, then those placed in this run. */
  getOpenOrders(): Order[];
  /** Asks for an order and returns it (status pending): it reaches the exchange after onData returns. */
  placeOrder(order: OrderInput): Order;
  /** Asks to cancel an open order; sent after onData returns (an order placed this run is just dropped). */
  cancelOrder(orderId: string): void;
}

// ---- utils ---------------------------------------------------------------------------------------------------------

interface Candle {
  /** The candle's time (ms, its open). */
  date: number;
  /** Opening price. */
  open: number;
  /** Closing price. */
  close: number;
  /** Highest price. */
  high: number;
  /** Lowest price. */
  low: number;
  /** Traded volume, in the base asset. */
  volume: number;
  /** (high + low) / 2. */
  getMiddle(): number;
  /** (high - low) / low. */
  getAmplitude(): number;
  /** True when close > open. */
  isBullish(): boolean;
}

interface PairAssets {
  /** The asset traded, BTC in BTC/USD. */
  base: string;
  /** The asset prices are in, USD in BTC/USD. */
  quoted: string;
}

interface Grid {
  /** Grid levels above the price, nearest first. */
  above: number[];
  /** Grid levels at or below the price, nearest first. */
  below: number[];
}

/** The original's name for Grid. */
type GridLevels = Grid;

interface Utils {
  /** An ArrayCandle as an object with named fields. */
  getCandle(candle: ArrayCandle): Candle;
  /** ArrayCandles as objects with named fields. */
  getCandles(candles: ArrayCandle[]): Candle[];
  /** The base and quoted assets of a pair: "BTC/USD" → {base: "BTC", quoted: "USD"}. */
  getPairAssets(pair: string): PairAssets;
  /** True where `target` crosses above `base` (series aligned at their ends; touching does not count). */
  isCrossOver(target: number[], base: number[]): boolean[];
  /** True where `target` crosses below `base` (series aligned at their ends; touching does not count). */
  isCrossUnder(target: number[], base: number[]): boolean[];
  /** Round, log-spaced price levels (~1% apart) around a price: `gridSize` (default 3) each side, every `levelDistance`-th level (default 1). */
  getGrid(targetPrice: number, levelDistance?: number, gridSize?: number): Grid;
}

/** The original's name for Utils. */
type BotRunUtils = Utils;

// ---- indicators ----------------------------------------------------------------------------------------------------

interface SmaOptions {
  /** Candles averaged (default 9). */
  period?: number;
}

interface EmaOptions {
  /** Candles; alpha = 2 / (period + 1) (default 9). */
  period?: number;
}

interface WmaOptions {
  /** Candles averaged, newest weighted most (default 9). */
  period?: number;
}

interface VmaOptions {
  /** Candles averaged (default 20). */
  period?: number;
}

interface RsiOptions {
  /** Candles; Wilder smoothing alpha = 1 / period (default 14). */
  period?: number;
}

interface MacdOptions {
  /** Fast EMA period (default 12). */
  fast?: number;
  /** Slow EMA period (default 26). */
  slow?: number;
  /** Signal EMA period over the MACD line (default 9). */
  signal?: number;
}

interface MacdValue {
  /** Fast EMA minus slow EMA. */
  readonly line: number;
  /** EMA of the line. */
  readonly signal: number;
  /** Line minus signal. */
  readonly histogram: number;
}

interface BollingerOptions {
  /** Candles in the window (default 20). */
  period?: number;
  /** Standard deviations from the middle (default 2). */
  multiplier?: number;
  /** The original's name for multiplier. */
  stdDev?: number;
  /** The original's option: only 'close' is supported. */
  valueAttribute?: 'close';
}

interface BandsValue {
  /** The middle line. */
  readonly middle: number;
  /** The upper band. */
  readonly upper: number;
  /** The lower band. */
  readonly lower: number;
}

interface AtrOptions {
  /** Candles; Wilder smoothing alpha = 1 / period (default 14). */
  period?: number;
}

interface AdxOptions {
  /** DI length: Wilder smoothing of true range and directional movement (default 14). */
  diPeriod?: number;
  /** ADX smoothing: Wilder average of DX (default 14). */
  adxPeriod?: number;
}

interface AdxValue {
  /** Average directional index, 0..100: trend strength. */
  readonly adx: number;
  /** +DI, 0..100. */
  readonly plusDi: number;
  /** -DI, 0..100. */
  readonly minusDi: number;
}

interface KeltnerOptions {
  /** EMA period of the middle line (default 20). */
  maPeriod?: number;
  /** ATR period of the band width (default 10). */
  atrPeriod?: number;
  /** ATRs from the middle (default 2). */
  multiplier?: number;
  /** The original's name for multiplier. */
  bandMultiplier?: number;
}

interface StochasticOptions {
  /** Candles in the high-low range (default 14). */
  kPeriod?: number;
  /** SMA length smoothing %K: 1 fast, 3 slow (default 1). */
  kSmoothing?: number;
  /** SMA length of %D (default 3). */
  dPeriod?: number;
}

interface StochasticValue {
  /** %K, 0..100. */
  readonly k: number;
  /** %D, the SMA of %K. */
  readonly d: number;
}

interface ObvOptions {
}

interface AdlOptions {
}

interface VwapOptions {
  /** Candles in a rolling window; 0 = session VWAP reset at each UTC midnight (default 0). */
  period?: number;
}

interface CciOptions {
  /** Candles in the window (default 20). */
  period?: number;
}

interface WilliamsROptions {
  /** Candles in the high-low range (default 14). */
  period?: number;
}

interface PsarOptions {
  /** Starting acceleration factor (default 0.02). */
  start?: number;
  /** Acceleration added at each new extreme (default 0.02). */
  increment?: number;
  /** Maximum acceleration factor (default 0.2). */
  max?: number;
}

interface SqueezeOptions {
  /** Bollinger Bands length (default 20). */
  bbLength?: number;
  /** Bollinger Bands standard-deviation multiplier (default 2). */
  bbMult?: number;
  /** Keltner Channel length, also the momentum length (default 20). */
  kcLength?: number;
  /** Keltner Channel true-range multiplier (default 1.5). */
  kcMult?: number;
}

interface SqueezeValue {
  /** Linear-regression momentum. */
  readonly momentum: number;
  /** +1 squeeze on, -1 squeeze off, 0 neither. */
  readonly squeeze: number;
}

interface Indicators {
  /** Simple moving average of close, or of another candle field: sma(candles, 14, 'high'). */
  sma(candles: ArrayCandle[], period?: number, attr?: CandleAttribute): number[];
  /** Simple moving average of close, with named options. */
  sma(candles: ArrayCandle[], options: SmaOptions): number[];
  /** Simple moving average of plain numbers (NaN where the window holds a non-number). */
  smaArray(values: number[], period: number): number[];
  /** Exponential moving average of close, seeded with the SMA. */
  ema(candles: ArrayCandle[], period?: number): number[];
  /** Exponential moving average of close, with named options. */
  ema(candles: ArrayCandle[], options: EmaOptions): number[];
  /** Weighted moving average of close (weights 1..period, newest heaviest). */
  wma(candles: ArrayCandle[], period?: number): number[];
  /** Weighted moving average of close, with named options. */
  wma(candles: ArrayCandle[], options: WmaOptions): number[];
  /** Simple moving average of volume. */
  vma(candles: ArrayCandle[], period?: number): number[];
  /** Simple moving average of volume, with named options. */
  vma(candles: ArrayCandle[], options: VmaOptions): number[];
  /** Wilder's relative strength index of close, 0..100. */
  rsi(candles: ArrayCandle[], period?: number): number[];
  /** Wilder's relative strength index of close, with named options. */
  rsi(candles: ArrayCandle[], options: RsiOptions): number[];
  /** MACD of close: line (fast EMA - slow EMA), signal (EMA of the line) and histogram. */
  macd(candles: ArrayCandle[], fast?: number, slow?: number, signal?: number): MacdValue[];
  /** MACD of close, with named options. */
  macd(candles: ArrayCandle[], options: MacdOptions): MacdValue[];
  /** Bollinger bands of close: SMA +/- multiplier x population standard deviation. */
  bollinger(candles: ArrayCandle[], period?: number, multiplier?: number): BandsValue[];
  /** Bollinger bands of close, with named options. */
  bollinger(candles: ArrayCandle[], options: BollingerOptions): BandsValue[];
  /** Average true range (Wilder). */
  atr(candles: ArrayCandle[], period?: number): number[];
  /** Average true range (Wilder), with named options. */
  atr(candles: ArrayCandle[], options: AtrOptions): number[];
  /** Average directional index with +DI and -DI (Wilder; TradingView's DMI). */
  adx(candles: ArrayCandle[], diPeriod?: number, adxPeriod?: number): AdxValue[];
  /** Average directional index with +DI and -DI, with named options. */
  adx(candles: ArrayCandle[], options: AdxOptions): AdxValue[];
  /** Keltner channels: EMA of close +/- multiplier x ATR. */
  keltner(candles: ArrayCandle[], maPeriod?: number, atrPeriod?: number, multiplier?: number): BandsValue[];
  /** Keltner channels, with named options. */
  keltner(candles: ArrayCandle[], options: KeltnerOptions): BandsValue[];
  /** Stochastic oscillator: close within the high-low range (%K, smoothed) and %D, 0..100. */
  stochastic(candles: ArrayCandle[], kPeriod?: number, kSmoothing?: number, dPeriod?: number): StochasticValue[];
  /** Stochastic oscillator, with named options. */
  stochastic(candles: ArrayCandle[], options: StochasticOptions): StochasticValue[];
  /** On-balance volume: running total of volume signed by the close's move (from the first candle given). */
  obv(candles: ArrayCandle[]): number[];
  /** On-balance volume; it has no options. */
  obv(candles: ArrayCandle[], options: ObvOptions): number[];
  /** Accumulation/distribution line: running total of close-location-weighted volume. */
  adl(candles: ArrayCandle[]): number[];
  /** Accumulation/distribution line; it has no options. */
  adl(candles: ArrayCandle[], options: AdlOptions): number[];
  /** Volume-weighted average of (high + low + close) / 3 over `period` candles, or since UTC midnight when 0. */
  vwap(candles: ArrayCandle[], period?: number): number[];
  /** Volume-weighted average price, with named options. */
  vwap(candles: ArrayCandle[], options: VwapOptions): number[];
  /** Commodity channel index: typical price's distance from its SMA in units of 0.015 mean deviations. */
  cci(candles: ArrayCandle[], period?: number): number[];
  /** Commodity channel index, with named options. */
  cci(candles: ArrayCandle[], options: CciOptions): number[];
  /** Williams %R: close within the high-low range, 0 (top) to -100 (bottom). */
  williamsR(candles: ArrayCandle[], period?: number): number[];
  /** Williams %R, with named options. */
  williamsR(candles: ArrayCandle[], options: WilliamsROptions): number[];
  /** Parabolic stop and reverse (Wilder): below the price in up-trends, above in down-trends. */
  psar(candles: ArrayCandle[], start?: number, increment?: number, max?: number): number[];
  /** Parabolic SAR, with named options. */
  psar(candles: ArrayCandle[], options: PsarOptions): number[];
  /** Squeeze momentum (LazyBear): linear-regression momentum and the squeeze state. */
  squeeze(candles: ArrayCandle[], bbLength?: number, bbMult?: number, kcLength?: number, kcMult?: number): SqueezeValue[];
  /** Squeeze momentum, with named options. */
  squeeze(candles: ArrayCandle[], options: SqueezeOptions): SqueezeValue[];
}

// ---- candlestick patterns ------------------------------------------------------------------------------------------

interface CandlestickPatterns {
  /** Hammer (small body on top, long lower wick) after a lower low; isConfirmed: true on the bullish candle after it. */
  hammer(candles: ArrayCandle[], isConfirmed?: boolean): boolean[];
  /** Hanging man (hammer shape) after a higher high; isConfirmed: true on the bearish candle after it. */
  hangingMan(candles: ArrayCandle[], isConfirmed?: boolean): boolean[];
  /** Inverse hammer (small body at the bottom, long upper wick) after a lower low; isConfirmed: true on the bullish candle after it. */
  inverseHammer(candles: ArrayCandle[], isConfirmed?: boolean): boolean[];
  /** Shooting star (inverse-hammer shape) after a higher high; isConfirmed: true on the bearish candle after it. */
  shootingStar(candles: ArrayCandle[], isConfirmed?: boolean): boolean[];
  /** A bullish body engulfing the previous bearish body. */
  bullishEngulfing(candles: ArrayCandle[]): boolean[];
  /** A bearish body engulfing the previous bullish body. */
  bearishEngulfing(candles: ArrayCandle[]): boolean[];
  /** Open and close almost equal: body at most 10% of the high-low range. */
  doji(candles: ArrayCandle[]): boolean[];
  /** Three-candle bullish reversal: bearish, small body, bullish closing into the first body. */
  morningStar(candles: ArrayCandle[]): boolean[];
  /** Three-candle bearish reversal: bullish, small body, bearish closing into the first body. */
  eveningStar(candles: ArrayCandle[]): boolean[];
}

/** The original's name for CandlestickPatterns. */
type Patterns = CandlestickPatterns;

// ---- plotter and console -------------------------------------------------------------------------------------------

interface Plotter {
  /** Adds a value at the current candle to the line series `name`; `chart` names a panel below the candles (default: the candle chart). */
  plotSeries(name: string, pair: string, value: number, chart?: string): void;
  /** Same, with value and pair swapped: the order the original platform's executor took. */
  plotSeries(name: string, value: number, pair: string, chart?: string): void;
  /** Adds a marker point at the current candle to the collection `name`; `chart` as in plotSeries. */
  plotPoint(name: string, pair: string, value: number, chart?: string): void;
  /** Same, with value and pair swapped: the order the original platform's executor took. */
  plotPoint(name: string, value: number, pair: string, chart?: string): void;
}

interface Console {
  /** Writes a 'log' entry to the bot's log; non-strings are written as JSON. */
  log(...values: any[]): void;
  /** Same as log. */
  info(...values: any[]): void;
  /** Same as log. */
  debug(...values: any[]): void;
  /** Writes a 'warn' entry to the bot's log. */
  warn(...values: any[]): void;
  /** Writes an 'error' entry to the bot's log. */
  error(...values: any[]): void;
}

/** The bot's log: entries land in the run's result with the candle time. */
declare var console: Console;
