// The backtest settings form's values, remembered per bot, and the engine settings they become
// (engine-shared BacktestJson.readConfig; the CLI's BacktestCommand builds the same object from its options).

/** The run intervals (the engine's RunInterval): what deployments run at and backtests step by. */
export const INTERVALS = ['5m', '10m', '15m', '30m', '1h', '4h', '1d'] as const;
const INTERVAL_MS: Record<string, number> = {
  '5m': 300_000, '10m': 600_000, '15m': 900_000, '30m': 1_800_000, '1h': 3_600_000, '4h': 14_400_000,
  '1d': 86_400_000,
};

export function intervalMillis(code: string): number {
  return INTERVAL_MS[code] ?? 3_600_000;
}

export interface Row { key: string; value: string }

/** What the form holds: text as typed, checked when a run starts. */
export interface FormSettings {
  exchange: string;
  pairs: string; // comma-separated
  interval: string;
  from: string; // yyyy-mm-dd, '' = from the start of the data
  to: string; // yyyy-mm-dd (inclusive day), '' = to the end of the data
  balances: Row[];
  fees: string;
  slippage: string;
  warmup: string;
  config: Row[];
}

export const DEFAULTS: FormSettings = {
  exchange: 'bitfinex', pairs: 'BTC/USD', interval: '1h', from: '', to: '',
  balances: [{ key: 'USD', value: '10000' }], fees: '0.002', slippage: '0.0005', warmup: '200', config: [],
};

const KEY = (botId: string) => 'awstrader.backtest.' + botId;

export function loadSettings(botId: string): FormSettings {
  try {
    const text = localStorage.getItem(KEY(botId));
    if (text) return { ...DEFAULTS, ...(JSON.parse(text) as Partial<FormSettings>) };
  } catch {
    // unreadable: defaults
  }
  return DEFAULTS;
}

export function saveSettings(botId: string, settings: FormSettings) {
  try {
    localStorage.setItem(KEY(botId), JSON.stringify(settings));
  } catch {
    // storage full or disabled: settings are simply not remembered
  }
}

/** A field error: which field, and what to fix. */
export class SettingsError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** The engine settings (BacktestJson's form), the pairs and the epoch ms range, or a SettingsError. */
export interface EngineSettings {
  pairs: string[]; runInterval: string; exchange: string; exchangeType: string; balances: Record<string, number>;
  fees: number; slippage: number; from: number | null; to: number | null; warmup: number; seed: number;
  config: Record<string, unknown>;
}

function dayStart(text: string, field: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new SettingsError(field, 'Enter a date as yyyy-mm-dd.');
  const ms = Date.parse(text + 'T00:00:00Z');
  if (Number.isNaN(ms)) throw new SettingsError(field, 'Enter a real date as yyyy-mm-dd.');
  return ms;
}

function plainNumber(text: string): number {
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text.trim()) : NaN;
}

function rate(text: string, field: string, name: string): number {
  const n = plainNumber(text);
  if (!(n >= 0 && n < 1)) throw new SettingsError(field, `${name} must be a fraction from 0 up to 1 (0.002 is 0.2 %).`);
  return n;
}

/**
 * The settings as the engine reads them. `to` is the last step: the form's "to" date is inclusive, so the run ends
 * at the last candle opening before the next midnight (the CLI's --to 2021-06-30T23:59:59Z gives the same steps).
 */
export function toEngine(form: FormSettings): EngineSettings {
  const { pairs, fees, slippage, warmup, config } = tradingSettings(form);
  const from = form.from.trim() === '' ? null : dayStart(form.from.trim(), 'from');
  const to = form.to.trim() === '' ? null : dayStart(form.to.trim(), 'to') + 86_400_000 - 1;
  if (from !== null && to !== null && to < from) throw new SettingsError('to', 'The end date is before the start date.');
  const balances: Record<string, number> = {};
  form.balances.forEach((row, i) => {
    const asset = row.key.trim().toUpperCase();
    if (asset === '' && row.value.trim() === '') return;
    if (!/^[A-Z0-9._-]+$/.test(asset)) throw new SettingsError('balance-asset-' + i, 'An asset is letters and digits, e.g. USD.');
    const amount = plainNumber(row.value);
    if (!(amount >= 0)) throw new SettingsError('balance-amount-' + i, `The amount of ${asset} must be a number ≥ 0.`);
    if (asset in balances) throw new SettingsError('balance-asset-' + i, `${asset} appears twice.`);
    balances[asset] = amount;
  });
  if (Object.keys(balances).length === 0) throw new SettingsError('balance-asset-0', 'Give at least one initial balance, e.g. USD 10000.');
  return {
    pairs, runInterval: form.interval, exchange: form.exchange, exchangeType: 'virtual', balances, fees, slippage,
    from, to, warmup, seed: 1, config,
  };
}

/** The settings a backtest and a deployment share: pairs, interval, fees, slippage, warm-up, the bot's config values. */
export type TradingForm = Pick<FormSettings, 'pairs' | 'interval' | 'fees' | 'slippage' | 'warmup' | 'config'>;

/** A {@link TradingForm} checked and read (field errors as SettingsError, named as the backtest form names them). */
export function tradingSettings(form: TradingForm) {
  const pairs = form.pairs.split(',').map((p) => p.trim().toUpperCase()).filter((p) => p.length > 0);
  if (pairs.length === 0) throw new SettingsError('pairs', 'Name at least one pair, e.g. BTC/USD.');
  for (const p of pairs) {
    if (!/^[A-Z0-9]+\/[A-Z0-9]+$/.test(p)) throw new SettingsError('pairs', `"${p}" is not a pair: use BASE/QUOTE, e.g. BTC/USD.`);
  }
  const quotes = new Set(pairs.map((p) => p.split('/')[1]));
  if (quotes.size > 1) throw new SettingsError('pairs', 'All pairs must be quoted in the same asset.');
  if (!(form.interval in INTERVAL_MS)) throw new SettingsError('interval', 'Choose an interval.');
  const fees = rate(form.fees, 'fees', 'Fees');
  const slippage = rate(form.slippage, 'slippage', 'Slippage');
  const warmup = plainNumber(form.warmup);
  if (!(Number.isInteger(warmup) && warmup >= 1 && warmup <= 5000)) {
    throw new SettingsError('warmup', 'Warm-up must be a whole number of candles from 1 to 5000.');
  }
  // Extra config values: numbers and true/false keep their type, anything else is text (as the CLI's --config).
  const config: Record<string, unknown> = {};
  form.config.forEach((row, i) => {
    const key = row.key.trim();
    if (key === '' && row.value === '') return;
    if (key === '') throw new SettingsError('config-key-' + i, 'Give the value a name.');
    if (key in config) throw new SettingsError('config-key-' + i, `"${key}" appears twice.`);
    const n = plainNumber(row.value);
    config[key] = row.value === 'true' ? true : row.value === 'false' ? false : Number.isNaN(n) ? row.value : n;
  });
  return { pairs, interval: form.interval, fees, slippage, warmup, config };
}
