// Two saved backtests side by side (#/bots/ID/compare?a=BID&b=BID): stats with differences, both equity curves.
import { useMemo } from 'react';
import { href } from '../router';
import { equityLines } from '../backtest/ResultsView';
import { LineChart } from '../backtest/charts';
import { formatDiff, formatStat, period, statRows } from '../backtest/format';
import { useSavedBacktest, type Loaded } from '../backtest/useSaved';
import '../backtest/backtest.css';

function describe(l: Loaded, name: string) {
  if (!l.meta || !l.result) return name;
  const c = l.result.config;
  return `${name}: v${l.meta.version}, ${(c.pairs as string[]).join(', ')} ${String(c.runInterval)}, ` +
    `${period(c)}, ` +
    `fees ${String(c.fees)}, slippage ${String(c.slippage)}`;
}

export function ComparePage({ botId, left, right }: { botId: string; left: string | null; right: string | null }) {
  const a = useSavedBacktest(botId, left);
  const b = useSavedBacktest(botId, right);
  const lines = useMemo(() => {
    if (!a.result || !b.result) return null;
    const la = equityLines(a.result, a.candles, ' A');
    const lb = equityLines(b.result, b.candles, ' B');
    lb[0].color = '#f0b429';
    if (lb[1]) lb[1].color = '#6b7489';
    return [...la, ...lb];
  }, [a.result, a.candles, b.result, b.candles]);
  const error = !left || !right ? 'Pick two saved backtests to compare.' : a.error ?? b.error;
  const stats = a.result && b.result ? statRows({ ...a.result.stats, ...b.result.stats }) : [];
  return (
    <div className="bt-page">
      <nav aria-label="Breadcrumb" className="bt-breadcrumb">
        <a href={href('/bots')}>Bots</a> › <a href={href(`/bots/${botId}${a.meta ? '?version=' + a.meta.version : ''}`)}>Bot</a> ›{' '}
        <span aria-current="page">Compare backtests</span>
      </nav>
      <h1>Compare backtests</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {!error && (!a.result || !b.result) && <p role="status" className="muted">Loading both backtests…</p>}
      {a.result && b.result && (
        <>
          <ul className="bt-compare-legend">
            <li><a href={href(`/bots/${botId}/backtests/${left}`)}>{describe(a, 'A')}</a></li>
            <li><a href={href(`/bots/${botId}/backtests/${right}`)}>{describe(b, 'B')}</a></li>
          </ul>
          <div className="bt-overview">
            <table className="bt-stats bt-compare" aria-label="Statistics compared">
              <thead>
                <tr><th scope="col">Statistic</th><th scope="col">A</th><th scope="col">B</th><th scope="col">B − A</th></tr>
              </thead>
              <tbody>
                {stats.map((s) => {
                  const x = a.result!.stats[s.key];
                  const y = b.result!.stats[s.key];
                  const d = x != null && y != null ? y - x : null;
                  const tone = d === null || d === 0 || !s.better ? 'muted'
                    : (d > 0) === (s.better === 'up') ? 'pos' : 'neg';
                  return (
                    <tr key={s.key}>
                      <th scope="row">{s.label}</th>
                      <td data-stat={s.key} data-side="a">{formatStat(x, s.kind)}</td>
                      <td data-stat={s.key} data-side="b">{formatStat(y, s.kind)}</td>
                      <td data-stat={s.key} data-side="diff" className={tone}>
                        {formatDiff(x, y, s.kind)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <section className="bt-equity" aria-labelledby="bt-cmp-eq">
              <h3 id="bt-cmp-eq">Equity</h3>
              {lines && <LineChart lines={lines} label="Equity curves of both backtests" height={380} />}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
