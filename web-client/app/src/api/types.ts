// The shapes the server answers with (server/src/main/java/io/awstrader/server/api/Views.java). Times are ISO text.

/** The signed-in account. */
export interface Account { id: string; email: string; createdAt: string }

/** A bot in a list. */
export interface Bot { id: string; name: string; description: string; createdAt: string; updatedAt: string }

/** A version in a list: locked once a backtest or deployment uses it. */
export interface VersionSummary { number: string; locked: boolean; createdAt: string; updatedAt: string }

/** A bot with its versions. */
export interface BotDetail extends Bot { versions: VersionSummary[] }

/** A compile error at a 1-based line and column of the TypeScript source (0 when unknown). */
export interface Diagnostic { line: number; column: number; message: string }

/** A version with its TypeScript source, the JavaScript compiled from it, and the compile's diagnostics. */
export interface Version {
  botId: string; number: string; source: string; javascript: string | null; diagnostics: Diagnostic[];
  locked: boolean; createdAt: string; updatedAt: string;
}

/** What creating a bot answers: the bot and its version 1.0. */
export interface NewBot { bot: Bot; version: Version }

/** A saved backtest without its full result (GET …/result has that). */
export interface SavedBacktest {
  id: string; botId: string; version: string; config: Record<string, unknown>; stats: Record<string, number | null>;
  resultBytes: number; resultSha256: string | null; createdAt: string;
}

/** An exchange account: a real one (masked key) or a virtual one (price source and initial balances). */
export interface ExchangeAccount {
  id: string; name: string; provider: 'bitfinex' | 'kraken' | 'kucoin' | 'virtual'; maskedKey: string | null;
  priceSource: string | null; initialBalances: Record<string, number> | null; createdAt: string;
}

/** A time range in epoch milliseconds. */
export interface TimeRange { from: number; to: number }

/** Candles as columns, times in epoch milliseconds. */
export interface CandleColumns { time: number[]; open: number[]; high: number[]; low: number[]; close: number[]; volume: number[] }

/** GET /api/candles: the candles in range, and what is missing or available when the range is not complete. */
export interface CandlesAnswer {
  exchange: string; pair: string; interval: string; from: number; to: number; count: number; complete: boolean;
  candles: CandleColumns; missing: TimeRange[]; available: TimeRange[]; note: string | null;
}

/** A deployment (server DeploymentsApi.DeploymentView): a locked bot version ticking every interval on an account. */
export interface Deployment {
  id: string; name: string; botId: string; version: string; exchangeId: string; interval: string; pairs: string[];
  active: boolean; pausedReason: string | null;
  settings: { fees?: number; slippage?: number; warmup?: number; seed?: number; config?: Record<string, unknown> };
  ticks: number; skippedCandles: number; duplicateTicks: number; consecutiveErrors: number;
  /** Ticks an exchange error ended (auth, rate limit, outage: not the bot's fault), and the latest one's message. */
  exchangeErrors: number; lastExchangeError: string | null;
  lastCandleClose: string | null; lastRunAt: string | null; nextTickAt: string | null; createdAt: string;
}

/** What one tick run on request did (DeploymentsApi.TickView). */
export interface TickAnswer {
  result: string; tickKey: number; skipped: number; ordersPlaced: number; botError: boolean; paused: boolean;
  message: string | null;
}
