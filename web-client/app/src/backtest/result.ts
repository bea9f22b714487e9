// The engine's result.json (README, "result.json"): the same bytes from the browser's worker and from the CLI.

/** An order with every field the engine keeps; absent values are null. */
export interface Order {
  id: string; foreignId: string | null; pair: string; type: 'market' | 'limit' | 'stop'; direction: 'buy' | 'sell';
  amount: number; price: number | null; stopPrice: number | null;
  status: 'pending' | 'placed' | 'completed' | 'cancelled' | 'error'; errorReason: string | null;
  marketPrice: number | null; createdAt: number | null; placedAt: number | null; closedAt: number | null;
  executedPrice: number | null; executedAmount: number | null; fee: number | null;
}

/** A balance of one asset. */
export interface Balance { asset: string; free: number; total: number }

/** What the bot plotted. */
export interface PlotMark { kind: 'series' | 'point'; pair: string; chart: string; name: string; time: number; value: number }

/** A console line of the bot. */
export interface LogLine { id: number; date: number; type: 'log' | 'warn' | 'error'; message: string }

/** An error thrown by the bot, at the candle it was running for. */
export interface BotError { time: number; message: string; stack: string | null }

/** The whole result of a backtest. */
export interface BacktestResult {
  config: Record<string, unknown>;
  orders: Order[];
  balances: Record<string, Balance>;
  equity: [number, number][];
  stats: Record<string, number | null>;
  plots: PlotMark[];
  logs: LogLine[];
  droppedLogs?: number;
  state: unknown;
  errors: BotError[];
}
