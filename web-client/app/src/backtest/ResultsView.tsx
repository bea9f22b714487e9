// A backtest's result for people: stats, equity against buy-and-hold, a candle chart per pair with fills and plots,
// the orders, the bot's console and errors, and its final state. Used by the panel, BacktestPage and ComparePage.
import { useCallback, useMemo, useRef, useState, memo } from 'react';
import type { CandleColumns } from '../api/types';
import type { BacktestResult, Order } from './result';
import { CandleChart, LineChart, type ChartHandle } from './charts';
import { formatNumber, formatStat, formatTime, statRows } from './format';
import './backtest.css';

/** Equity and buy-and-hold (the initial value spread evenly over the pairs, bought at the first step's close). */
export function equityLines(result: BacktestResult, candles: Record<string, CandleColumns> | null, label = '') {
  const lines = [{ name: 'Equity' + label, color: '#4c8dff', points: result.equity }];
  const pairs = (result.config.pairs as string[] | undefined) ?? [];
  if (candles && result.equity.length > 0 && pairs.every((p) => candles[p])) {
    const initial = result.stats.initialValue ?? result.equity[0][1];
    const closeAt = pairs.map((p) => {
      const c = candles[p];
      let i = 0;
      return (t: number) => {
        while (i + 1 < c.time.length && c.time[i + 1] <= t) i++;
        return c.close[i];
      };
    });
    const t0 = result.equity[0][0];
    const first = closeAt.map((f) => f(t0));
    const hold: [number, number][] = result.equity.map(([t]) => {
      let v = 0;
      closeAt.forEach((f, k) => { v += (initial / pairs.length) * (f(t) / first[k]); });
      return [t, v];
    });
    lines.push({ name: 'Buy & hold' + label, color: '#98a2b8', points: hold });
  }
  return lines;
}

export function StatsTable({ stats, caption = 'Statistics' }: { stats: Record<string, number | null>; caption?: string }) {
  return (
    <table className="bt-stats">
      <caption>{caption}</caption>
      <tbody>
        {statRows(stats).map((s) => (
          <tr key={s.key}>
            <th scope="row">{s.label}</th>
            <td data-stat={s.key} data-value={stats[s.key] === null ? 'null' : String(stats[s.key])}
              className={s.kind === 'percent' && (stats[s.key] ?? 0) < 0 ? 'neg' : undefined}>
              {formatStat(stats[s.key], s.kind)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `live`: a deployment's result so far (its balances and state are current, not final). */
function ResultsViewBody({ result, candles, candlesError, live = false }: {
  result: BacktestResult; candles: Record<string, CandleColumns> | null; candlesError?: string | null; live?: boolean;
}) {
  const lines = useMemo(() => equityLines(result, candles), [result, candles]);
  const pairs = (result.config.pairs as string[] | undefined) ?? [];
  const charts = useRef(new Map<string, ChartHandle>());
  const showOrder = useCallback((o: Order) => charts.current.get(o.pair)?.showOrder(o), []);
  return (
    <div className="bt-results">
      <div className="bt-overview">
        <StatsTable stats={result.stats} />
        <section className="bt-equity" aria-labelledby="bt-equity-h">
          <h3 id="bt-equity-h">Equity</h3>
          <LineChart lines={lines} label="Equity curve against buy and hold" />
          <Balances result={result} caption={live ? 'Balances' : 'Final balances'} />
        </section>
      </div>
      <section aria-labelledby="bt-charts-h">
        <h3 id="bt-charts-h">Charts</h3>
        {candlesError && <p role="alert" className="error">{candlesError}</p>}
        {candles === null && !candlesError && <p role="status" className="muted">Loading candles…</p>}
        {candles !== null && pairs.map((pair) => candles[pair] && (
          <CandleChart key={pair} pair={pair} candles={candles[pair]} result={result} atLeast={live ? 120 : 0} handle={(h) => {
            if (h) charts.current.set(pair, h); else charts.current.delete(pair);
          }} />
        ))}
      </section>
      <OrdersTable orders={result.orders} onShow={candles ? showOrder : undefined} />
      <BotErrors result={result} />
      <Logs result={result} />
      <section aria-labelledby="bt-state-h">
        <h3 id="bt-state-h">{live ? 'State' : 'Final state'}</h3>
        <JsonTree value={result.state} name="state" open />
      </section>
    </div>
  );
}

function Balances({ result, caption }: { result: BacktestResult; caption: string }) {
  const rows = Object.values(result.balances);
  return (
    <table className="bt-balances">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Asset</th><th scope="col">Free</th><th scope="col">Total</th></tr></thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.asset}><td>{b.asset}</td><td>{formatNumber(b.free)}</td><td>{formatNumber(b.total)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

type Column = { key: keyof Order; label: string; format: (o: Order) => string; numeric?: boolean };
const COLUMNS: Column[] = [
  { key: 'id', label: 'ID', format: (o) => o.id },
  { key: 'pair', label: 'Pair', format: (o) => o.pair },
  { key: 'type', label: 'Type', format: (o) => o.type },
  { key: 'direction', label: 'Side', format: (o) => o.direction },
  { key: 'status', label: 'Status', format: (o) => o.status + (o.errorReason ? ` (${o.errorReason})` : '') },
  { key: 'amount', label: 'Amount', format: (o) => formatNumber(o.amount), numeric: true },
  { key: 'price', label: 'Limit / stop', format: (o) => formatNumber(o.price ?? o.stopPrice), numeric: true },
  { key: 'executedPrice', label: 'Executed price', format: (o) => formatNumber(o.executedPrice), numeric: true },
  { key: 'fee', label: 'Fee', format: (o) => formatNumber(o.fee), numeric: true },
  { key: 'createdAt', label: 'Created (UTC)', format: (o) => formatTime(o.createdAt), numeric: true },
  { key: 'closedAt', label: 'Closed (UTC)', format: (o) => formatTime(o.closedAt), numeric: true },
];
const PAGE = 200;

function orderNumber(id: string) {
  return Number(id.replace(/^\D+/, '')) || 0;
}

export function OrdersTable({ orders, onShow }: { orders: Order[]; onShow?: (order: Order) => void }) {
  const [sort, setSort] = useState<{ key: keyof Order; up: boolean }>({ key: 'id', up: true });
  const [status, setStatus] = useState('all');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const filtered = status === 'all' ? orders : orders.filter((o) => o.status === status);
    const sorted = [...filtered].sort((a, b) => {
      const x = sort.key === 'id' ? orderNumber(a.id) : a[sort.key];
      const y = sort.key === 'id' ? orderNumber(b.id) : b[sort.key];
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (sort.up ? 1 : -1);
    });
    return sorted;
  }, [orders, sort, status]);
  const statuses = [...new Set(orders.map((o) => o.status))];
  return (
    <section aria-labelledby="bt-orders-h" className="bt-orders">
      <div className="bt-row">
        <h3 id="bt-orders-h">Orders ({orders.length})</h3>
        {onShow && orders.length > 0 && <span className="muted">Click an order to see it on the chart.</span>}
        <div className="bt-inline">
          <label htmlFor="bt-order-status">Status</label>
          <select id="bt-order-status" value={status} onChange={(e) => { setStatus(e.target.value); setShown(PAGE); }}>
            <option value="all">All</option>
            {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      </div>
      {orders.length === 0 ? <p className="muted">The bot placed no orders.</p> : (
        <div className="bt-scroll">
          <table aria-label="Orders">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}
                    aria-sort={sort.key === c.key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" className="bt-sort" onClick={() =>
                      setSort((s) => ({ key: c.key, up: s.key === c.key ? !s.up : true }))}>
                      {c.label}{sort.key === c.key ? (sort.up ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((o) => (
                <tr key={o.id} className={o.direction + (onShow ? ' bt-showable' : '')}
                  onClick={onShow && ((e) => { if (!(e.target as HTMLElement).closest('button')) onShow(o); })}>
                  {COLUMNS.map((c) => (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.key === 'id' && onShow ? (
                        <button type="button" className="bt-link" onClick={() => onShow(o)}
                          aria-label={`Show order ${o.id} on the chart`}>{c.format(o)}</button>
                      ) : c.format(o)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more orders ({rows.length - shown} not shown)
        </button>
      )}
    </section>
  );
}

function BotErrors({ result }: { result: BacktestResult }) {
  if (result.errors.length === 0) return null;
  return (
    <section aria-labelledby="bt-errors-h" className="bt-errors">
      <h3 id="bt-errors-h">Bot errors ({result.errors.length})</h3>
      <ul>
        {result.errors.slice(0, 200).map((e, i) => (
          <li key={i}>
            <span className="muted">{formatTime(e.time)}</span> <span className="error">{e.message}</span>
            {e.stack && <details><summary>Stack</summary><pre>{e.stack}</pre></details>}
          </li>
        ))}
      </ul>
      {result.errors.length > 200 && <p className="muted">{result.errors.length - 200} more errors are not shown.</p>}
    </section>
  );
}

function Logs({ result }: { result: BacktestResult }) {
  const [shown, setShown] = useState(300);
  return (
    <section aria-labelledby="bt-logs-h" className="bt-logs">
      <h3 id="bt-logs-h">Logs ({result.logs.length}{result.droppedLogs ? ` + ${result.droppedLogs} dropped` : ''})</h3>
      {result.logs.length === 0 ? <p className="muted">The bot logged nothing.</p> : (
        <ol className="bt-console">
          {result.logs.slice(0, shown).map((l) => (
            <li key={l.id} className={l.type}><span className="muted">{formatTime(l.date)}</span> {l.message}</li>
          ))}
        </ol>
      )}
      {result.logs.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + 1000)}>Show more logs ({result.logs.length - shown} not shown)</button>
      )}
    </section>
  );
}

/** A JSON value as a tree of native disclosure widgets (keyboard accessible by themselves). */
export function JsonTree({ value, name, open = false }: { value: unknown; name: string; open?: boolean }) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    return (
      <details className="bt-json" open={open}>
        <summary><span className="key">{name}</span> <span className="muted">
          {Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`}</span></summary>
        <div className="bt-json-children">
          {entries.map(([k, v]) => <JsonTree key={k} name={k} value={v} />)}
        </div>
      </details>
    );
  }
  return (
    <div className="bt-json-leaf"><span className="key">{name}</span>: <span className={'v-' + typeof value}>
      {JSON.stringify(value)}</span></div>
  );
}

/** Renders again only when its props change: typing in the editor or a form must not redraw the results. */
export const ResultsView = memo(ResultsViewBody);
