// How results are shown to people: stat labels and number formats shared by the results view and the compare page.

/** Every stat of result.stats in display order, with its label and how to format it. */
export const STATS: { key: string; label: string; kind: 'money' | 'percent' | 'ratio' | 'count'; better?: 'up' | 'down' }[] = [
  { key: 'initialValue', label: 'Initial value', kind: 'money' },
  { key: 'finalValue', label: 'Final value', kind: 'money', better: 'up' },
  { key: 'netProfitPercent', label: 'Net profit', kind: 'percent', better: 'up' },
  { key: 'buyAndHoldPercent', label: 'Buy & hold', kind: 'percent' },
  { key: 'maxDrawdownPercent', label: 'Max drawdown', kind: 'percent', better: 'down' },
  { key: 'exposurePercent', label: 'Exposure', kind: 'percent' },
  { key: 'trades', label: 'Trades (round trips)', kind: 'count' },
  { key: 'winRatePercent', label: 'Win rate', kind: 'percent', better: 'up' },
  { key: 'profitFactor', label: 'Profit factor', kind: 'ratio', better: 'up' },
  { key: 'averageTradePercent', label: 'Average trade', kind: 'percent', better: 'up' },
  { key: 'annualReturnPercent', label: 'Annual return', kind: 'percent', better: 'up' },
  { key: 'sharpeRatio', label: 'Sharpe ratio', kind: 'ratio', better: 'up' },
  { key: 'sortinoRatio', label: 'Sortino ratio', kind: 'ratio', better: 'up' },
  { key: 'calmarRatio', label: 'Calmar ratio', kind: 'ratio', better: 'up' },
  { key: 'totalFees', label: 'Total fees', kind: 'money', better: 'down' },
  { key: 'ordersCount', label: 'Orders', kind: 'count' },
  { key: 'completedOrders', label: 'Completed orders', kind: 'count' },
  { key: 'cancelledOrders', label: 'Cancelled orders', kind: 'count' },
  { key: 'errorOrders', label: 'Rejected orders', kind: 'count', better: 'down' },
  { key: 'openOrders', label: 'Open orders', kind: 'count' },
];

/** The stats in display order: the known ones, then any the engine adds later (labelled from their key). */
export function statRows(stats: Record<string, number | null>) {
  const known = STATS.filter((s) => s.key in stats);
  const extra = Object.keys(stats).filter((k) => !STATS.some((s) => s.key === k)).map((key) => ({
    key, label: key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
    kind: (key.endsWith('Percent') ? 'percent' : 'ratio') as 'percent' | 'ratio', better: undefined,
  }));
  return [...known, ...extra];
}

const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A stat for people; null (undefined for this run) is an em dash. Java's side formats the same way in the tests. */
export function formatStat(value: number | null | undefined, kind: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money': return twoDecimals.format(value);
    case 'percent': return twoDecimals.format(value) + ' %';
    case 'count': return count.format(value);
    default: return twoDecimals.format(value);
  }
}

/** A signed difference b - a in the stat's own unit. */
export function formatDiff(a: number | null | undefined, b: number | null | undefined, kind: string): string {
  if (a === null || a === undefined || b === null || b === undefined) return '—';
  const d = b - a;
  if (d === 0) return '=';
  return (d > 0 ? '+' : '−') + formatStat(Math.abs(d), kind);
}

// One formatter per precision: toLocaleString with options builds a new Intl.NumberFormat per call, which made the
// first drawing of a result's fills and orders spend ~50 ms here.
const PRICE_FORMATS = new Map<number, Intl.NumberFormat>();

/** A price or amount with up to 8 significant decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 2 : abs >= 1 ? 4 : 8;
  let format = PRICE_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    PRICE_FORMATS.set(digits, format);
  }
  return format.format(value);
}

/** A UTC date and time, e.g. 2021-03-04 12:00. */
export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** A UTC date, e.g. 2021-03-04. */
export function formatDate(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return new Date(ms).toISOString().slice(0, 10);
}

/** A run's date range from its settings; absent ends (the whole data) read as `start` and `end`. */
export function period(config: Record<string, unknown>, start = 'start', end = 'end'): string {
  const from = config.from as number | null | undefined;
  const to = config.to as number | null | undefined;
  return `${from == null ? start : formatDate(from)} – ${to == null ? end : formatDate(to)}`;
}

/** A server timestamp (ISO text) as `YYYY-MM-DD HH:MM:SS`, in UTC. */
export function formatSavedAt(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}
