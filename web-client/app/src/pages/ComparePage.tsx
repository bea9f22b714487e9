// Two kept backtests side by side (#/bots/ID/compare?a=BID&b=BID), of the same or different versions: stats with
// differences, both equity curves on one chart, and the two versions' code side by side.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import type { BotDetail, Version } from '../api/types';
import { href } from '../router';
import { equityLines } from '../backtest/ResultsView';
import { LineChart } from '../backtest/charts';
import { formatDiff, formatStat, period, statRows } from '../backtest/format';
import { useSavedBacktest, type Loaded } from '../backtest/useSaved';
import '../backtest/backtest.css';

const CodeDiff = lazy(() => import('../editor/CodeDiff'));

/** The bot's name for breadcrumbs and titles (null while loading or when it cannot be read). */
export function useBotName(botId: string): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<BotDetail>(`/api/bots/${encodeURIComponent(botId)}`).then((b) => { if (live) setName(b.name); }, () => undefined);
    return () => { live = false; };
  }, [botId]);
  return name;
}

/** The code of two versions (one request when they are the same). */
function useSources(botId: string, a: string | null, b: string | null) {
  const [sources, setSources] = useState<[string, string] | null>(null);
  useEffect(() => {
    let live = true;
    setSources(null);
    if (!a || !b) return;
    const get = (n: string) => api.get<Version>(`/api/bots/${encodeURIComponent(botId)}/versions/${encodeURIComponent(n)}`);
    Promise.all([get(a), a === b ? null : get(b)]).then(([x, y]) => {
      if (live) setSources([x.source, (y ?? x).source]);
    }, () => undefined);
    return () => { live = false; };
  }, [botId, a, b]);
  return sources;
}

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
  const botName = useBotName(botId);
  const va = a.meta?.version ?? null;
  const vb = b.meta?.version ?? null;
  const sources = useSources(botId, va, vb);
  const lines = useMemo(() => {
    if (!a.result || !b.result) return null;
    const la = equityLines(a.result, a.candles, ' A');
    const lb = equityLines(b.result, b.candles, ' B');
    lb[0].color = '#f0b429';
    if (lb[1]) lb[1].color = '#6b7489';
    // the same pairs over the same period hold the same: one buy-and-hold line then
    const sameHold = la[1] && lb[1] && la[1].points.length === lb[1].points.length
      && la[1].points.every((p, i) => p[0] === lb[1].points[i][0] && p[1] === lb[1].points[i][1]);
    if (sameHold) return [la[0], lb[0], { ...la[1], name: 'Buy & hold' }];
    return [...la, ...lb];
  }, [a.result, a.candles, b.result, b.candles]);
  const error = !left || !right ? 'Pick two saved backtests to compare.' : a.error ?? b.error;
  const stats = a.result && b.result ? statRows({ ...a.result.stats, ...b.result.stats }) : [];
  return (
    <div className="bt-page">
      <nav aria-label="Breadcrumb" className="bt-breadcrumb">
        <a href={href('/bots')}>Bots</a> › <a href={href(`/bots/${botId}${a.meta ? '?version=' + a.meta.version : ''}`)}>
          {botName ?? 'Bot'}</a> ›{' '}
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
          <section aria-labelledby="bt-cmp-code" className="bt-compare-code">
            <h3 id="bt-cmp-code">Code: version {va} (A) and version {vb} (B)</h3>
            {va === vb ? <p className="muted">Both backtests ran version {va}: the same code.</p>
              : !sources ? <p role="status" className="muted">Loading the code…</p>
                : sources[0] === sources[1] ? <p className="muted">Versions {va} and {vb} hold the same code.</p>
                  : (
                    <Suspense fallback={<p role="status" className="muted">Loading the diff…</p>}>
                      <div role="region" aria-label={`Code of version ${va} and version ${vb} side by side`}>
                        <CodeDiff left={sources[0]} right={sources[1]} />
                      </div>
                    </Suspense>
                  )}
          </section>
        </>
      )}
    </div>
  );
}
