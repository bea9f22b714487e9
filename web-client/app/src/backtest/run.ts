// Runs one backtest in the browser: fetches each pair's candles from the server, then hands bot, settings and
// candles to a fresh module worker on the TeaVM engine (/engine/worker.js; one worker per run).
import { api } from '../api/client';
import type { CandleColumns, CandlesAnswer, TimeRange } from '../api/types';
import { intervalMillis, toEngine, type EngineSettings, type FormSettings } from './settings';

/** GET /api/candles/markets: what the server holds of a pair, and what its adapters can fetch. */
interface MarketsAnswer {
  pair: string;
  markets: { exchange: string; interval: string; cached: TimeRange[]; fetchable: boolean }[];
}

// Answers by query, one request each per page: the server answers from its cache, never asking an exchange. The
// whole list of a pair (the form's offers) takes it one lookup per exchange and interval; the one market a run uses
// (`exchange` and `interval` given), one lookup.
const marketsAnswers = new Map<string, Promise<MarketsAnswer>>();

function askMarkets(query: Record<string, string>, mark?: string): Promise<MarketsAnswer> {
  const search = new URLSearchParams(query).toString();
  let hit = marketsAnswers.get(search);
  if (!hit) {
    hit = api.get<MarketsAnswer>('/api/candles/markets?' + search);
    hit.then(() => { if (mark) performance.mark(mark); }, () => marketsAnswers.delete(search));
    marketsAnswers.set(search, hit);
  }
  return hit;
}

/** How many candles a run over "all the data" fetches from an exchange when the server holds none yet. */
export const FETCHED_WHEN_UNCACHED = 1000;

/**
 * The candles a run with empty dates uses, whether the server holds them (`cached`; else they are the last
 * {@link FETCHED_WHEN_UNCACHED} an exchange would be asked for) and whether it can fetch candles outside them.
 */
export interface CandleSpan extends TimeRange { cached: boolean; fetchable: boolean }

/** The newest closed candle's end on the interval's grid. */
function closedUntil(width: number): number {
  return Math.floor(Date.now() / width) * width;
}

/**
 * The candles a run over all the data uses: the span the server holds for the pair and interval (the union of its
 * cached ranges), else the last {@link FETCHED_WHEN_UNCACHED} closed candles when an adapter can fetch them; null
 * when there are none to be had.
 */
export async function availableRange(exchange: string, pair: string, interval: string): Promise<CandleSpan | null> {
  const found = (await askMarkets({ pair, exchange, interval }, 'candles:markets')).markets
    .find((m) => m.exchange === exchange && m.interval === interval);
  if (!found) return null;
  const { cached, fetchable } = found;
  if (cached.length > 0) {
    return { from: Math.min(...cached.map((r) => r.from)), to: Math.max(...cached.map((r) => r.to)), cached: true,
      fetchable };
  }
  if (!fetchable) return null;
  const to = closedUntil(intervalMillis(interval));
  return { from: to - FETCHED_WHEN_UNCACHED * intervalMillis(interval), to, cached: false, fetchable };
}

function candlesPath(exchange: string, pair: string, interval: string, from: number, to: number) {
  const q = new URLSearchParams({ exchange, pair, interval, from: String(from), to: String(to) });
  return '/api/candles?' + q.toString();
}

const PER_REQUEST = 90_000; // the server answers at most 100,000 candles a request

/** Candles over [from, to) in columns, in as many requests as the server's limit needs. */
export async function fetchCandles(exchange: string, pair: string, interval: string, from: number, to: number,
  signal?: { cancelled: boolean }): Promise<CandleColumns> {
  const width = intervalMillis(interval);
  const out: CandleColumns = { time: [], open: [], high: [], low: [], close: [], volume: [] };
  for (let start = from; start < to; start += PER_REQUEST * width) {
    if (signal?.cancelled) break;
    const end = Math.min(to, start + PER_REQUEST * width);
    const answer = await api.get<CandlesAnswer>(candlesPath(exchange, pair, interval, start, end));
    const c = answer.candles;
    for (let i = 0; i < c.time.length; i++) {
      out.time.push(c.time[i]); out.open.push(c.open[i]); out.high.push(c.high[i]);
      out.low.push(c.low[i]); out.close.push(c.close[i]); out.volume.push(c.volume[i]);
    }
  }
  return out;
}

function countBefore(times: number[], t: number) {
  let n = 0;
  while (n < times.length && times[n] < t) n++;
  return n;
}

/** The exchanges the form offers. */
export const EXCHANGES = [
  { id: 'bitfinex', label: 'Bitfinex' }, { id: 'kraken', label: 'Kraken' }, { id: 'kucoin', label: 'KuCoin' },
] as const;

/** A market the form offers: cached candles, or candles an adapter fetches on demand. */
export interface MarketOffer { interval: string; cached: boolean }

/** For one pair, each exchange's intervals with candles (cached or fetchable); null when the server could not be asked. */
export async function marketsWithData(pair: string): Promise<Map<string, MarketOffer[]> | null> {
  try {
    const found = new Map<string, MarketOffer[]>();
    for (const m of (await askMarkets({ pair })).markets) {
      found.set(m.exchange, [...(found.get(m.exchange) ?? []), { interval: m.interval, cached: m.cached.length > 0 }]);
    }
    return found;
  } catch {
    return null;
  }
}

// Candles already fetched, by exchange|pair|interval|from|to (the data behind a finished range does not change).
const cache = new Map<string, Promise<CandleColumns>>();
const CACHE_SIZE = 6;

function cachedCandles(exchange: string, pair: string, interval: string, from: number, to: number): Promise<CandleColumns> {
  const key = [exchange, pair, interval, from, to].join('|');
  let hit = cache.get(key);
  if (!hit) {
    hit = fetchCandles(exchange, pair, interval, from, to);
    hit.then(() => performance.mark('candles:fetched'), () => cache.delete(key));
    cache.set(key, hit);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return hit;
}

/**
 * Each pair's candles for a run: from its warm-up window before the first step (the engine trims the rest, so this
 * is the same data the CLI hands it from a whole file) to the last step. With `heldOnly`, null instead of asking for
 * any candles the server would first fetch from an exchange.
 */
export function candlesFor(settings: EngineSettings): Promise<Candles>;
export function candlesFor(settings: EngineSettings, heldOnly: boolean): Promise<Candles | null>;
export async function candlesFor(settings: EngineSettings, heldOnly = false): Promise<Candles | null> {
  const width = intervalMillis(settings.runInterval);
  const candles: Candles = {};
  for (const pair of settings.pairs) {
    const span = await availableRange(settings.exchange, pair, settings.runInterval);
    if (span === null) {
      throw new Error(`The server has no ${settings.exchange} ${pair} ${settings.runInterval} candles and cannot fetch them.`);
    }
    // Dates outside the cached span are fetched by the server when an exchange adapter can; empty dates run over
    // the span.
    const lowest = span.fetchable ? 0 : span.from;
    const highest = span.fetchable ? closedUntil(width) : span.to;
    const end = settings.to === null ? span.to : Math.min(highest, settings.to + 1);
    let start = span.from;
    if (settings.from !== null) start = Math.max(lowest, settings.from - (settings.warmup * 2 + 48) * width);
    if (end <= start) throw new Error(`No ${pair} candles in the chosen period.`);
    if (heldOnly && (!span.cached || start < span.from || end > span.to)) return null;
    let columns = await cachedCandles(settings.exchange, pair, settings.runInterval, start, end);
    // Gaps in the cached data: make sure the whole warm-up window came along.
    if (settings.from !== null && start > span.from && !span.fetchable
      && countBefore(columns.time, settings.from) < settings.warmup) {
      columns = await cachedCandles(settings.exchange, pair, settings.runInterval, span.from, end);
    }
    if (columns.time.length === 0) throw new Error(`No ${pair} candles in the chosen period.`);
    candles[pair] = { interval: settings.runInterval, ...columns };
  }
  return candles;
}

/** A run's candles by pair. */
export type Candles = Record<string, CandleColumns & { interval: string }>;

/**
 * Starts fetching the candles a run with these settings needs, so that Run finds them here: the bot page calls it as
 * it opens, before its bot and version arrive, and the backtest panel when its settings change. Only within the span
 * the server holds: a look at another exchange or interval in the form must not download candles from that exchange
 * (its rate limits are the user's), nor make the form's "none cached yet" untrue before the user runs. Failures are
 * left for the run to report.
 */
export function prefetchCandles(form: FormSettings) {
  try {
    candlesFor(toEngine(form), true).catch(() => { /* reported when the user runs */ });
  } catch {
    // invalid settings: reported when the user runs
  }
}

export interface RunHandle {
  /** The result JSON text exactly as the engine wrote it, and its time inside the worker. */
  done: Promise<{ json: string; ms: number }>;
  cancel: () => void;
}

/** The engine's supervisor (public/engine/backtest-supervisor.js), loaded from the server as the worker is. */
interface Supervisor {
  canSuperviseCalls(): boolean;
  superviseBacktest(options: {
    request: { botJs: string; settings: EngineSettings; candles: Candles };
    startWorker: (onMessage: (m: unknown) => void, onFailure: (message: string, outOfMemory: boolean) => void) =>
      { post: (m: unknown) => void; terminate: () => void };
    onProgress: (done: number, total: number) => void;
  }): { done: Promise<{ json: string; ms: number; replays: number }>; cancel: () => void };
}

let supervisor: Promise<Supervisor> | null = null;

function loadSupervisor(): Promise<Supervisor> {
  // Not bundled: the same module serves the app, `--runtime chromium` and Node, next to the worker it supervises.
  const url: string = '/engine/backtest-supervisor.js';
  if (supervisor === null) supervisor = import(/* @vite-ignore */ url) as Promise<Supervisor>;
  return supervisor;
}

/**
 * Starts the backtest in a worker under the engine's supervisor, which keeps every call into the bot to its time and
 * memory limits: a runaway call becomes that candle's bot error and the run goes on (the page is cross-origin isolated
 * for the heartbeat the two share). `onProgress` gets candles done/total.
 */
export function runInWorker(botJs: string, settings: EngineSettings, candles: Candles,
  onProgress: (done: number, total: number) => void): RunHandle {
  let cancelled = false;
  let cancelRun: (() => void) | null = null;
  running++;
  const done = loadSupervisor().then((engine) => {
    if (cancelled) throw new CancelledError();
    if (!engine.canSuperviseCalls()) {
      console.warn('The page is not cross-origin isolated: a runaway bot call is stopped only by Cancel.');
    }
    let first = true;
    const run = engine.superviseBacktest({
      request: { botJs, settings, candles },
      onProgress,
      startWorker: (onMessage, onFailure) => {
        // The spare worker serves the first attempt; a replay after a limit error starts a fresh one.
        const worker = first ? takeWorker() : newWorker();
        first = false;
        worker.onmessage = (event: MessageEvent) => onMessage(event.data);
        worker.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          onFailure('The backtest engine could not start: ' + (event.message || 'the worker failed to load'), false);
        };
        return { post: (m) => worker.postMessage(m), terminate: () => worker.terminate() };
      },
    });
    cancelRun = run.cancel;
    return run.done.then(({ json, ms }) => ({ json, ms }), (e: Error & { cancelled?: boolean }) => {
      throw e.cancelled ? new CancelledError() : e;
    });
  });
  done.then(backtestSettled, backtestSettled);
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelRun?.();
    },
  };
}

export class CancelledError extends Error {
  constructor() {
    super('The backtest was cancelled.');
  }
}

// One worker started ahead, so a run does not wait for the engine module to load and compile. A worker runs one
// backtest only (the engine keeps per-run state): each run takes the spare and the next one is started after it.
let spare: Worker | null = null;

function newWorker() {
  return new Worker('/engine/worker.js', { type: 'module', name: 'backtest' });
}

/** Starts the spare worker (the panel calls it when it opens). */
export function prepareWorker() {
  if (spare === null) spare = newWorker();
}

function takeWorker(): Worker {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

// Backtests under way, and who waits for none to be: the editor's TypeScript worker takes seconds of CPU to start, and
// on a two-core machine it would share them with the first backtest a trader runs (measured: the engine took 2.1-2.5 s
// instead of 1.3 s when both started together). So it starts after that backtest's result is drawn (the page's next
// idle moment), or when none is asked for soon.
let running = 0;
let everSettled = false;
let waiting: (() => void)[] = [];

function backtestSettled() {
  running--;
  everSettled = true;
  if (running > 0) return;
  // once the page is idle again: the result is drawn in the tasks that follow its arrival
  void pageIdle(2000).then(() => {
    if (running > 0) return; // another run began: its end wakes them
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  });
}

/** Resolves at the page's next idle moment (at the latest after `timeoutMs`): for work that can wait for a frame. */
export function pageIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(300, timeoutMs));
  });
}

/**
 * Resolves once the page has finished a backtest or `graceMs` passed without one, and then no backtest runs: for
 * work that may wait, such as the editor's type checker.
 */
export async function afterFirstBacktest(graceMs: number): Promise<void> {
  if (!everSettled) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      waiting.push(() => { clearTimeout(timer); resolve(); });
    });
  }
  while (running > 0) await new Promise<void>((resolve) => waiting.push(resolve));
}
