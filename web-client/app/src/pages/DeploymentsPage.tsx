// The deployments list (#/deployments): status (running, stopped, paused with its reason), bot and version, account,
// pairs and interval, profit so far, last and next tick, each linking to the deployment's page.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Bot, Deployment, ExchangeAccount } from '../api/types';
import { ListLoading, describe } from '../components/ErrorMessage';
import { formatDateTime, timeAgo } from '../components/format';
import { formatStat } from '../backtest/format';
import { getDeployment, listDeployments } from '../deploy/deployments';
import { StatusBadge } from '../deploy/StatusBadge';
import { href } from '../router';
import './pages.css';
import '../deploy/deploy.css';

/** When a time is, for people: relative, with the absolute UTC time beneath (and as the tooltip). */
export function When({ at, none }: { at: string | null; none: string }) {
  if (!at) return <span className="muted">{none}</span>;
  return <time dateTime={at} title={formatDateTime(at)}>{timeAgo(at)}<small>{formatDateTime(at)}</small></time>;
}

export function DeploymentsPage() {
  const [deployments, setDeployments] = useState<Deployment[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [bots, setBots] = useState<Map<string, string>>(new Map());
  const [accounts, setAccounts] = useState<Map<string, string>>(new Map());
  // profit per deployment: its result's net profit, read one deployment at a time after the list shows
  const [profits, setProfits] = useState<Record<string, number | null>>({});

  const load = useCallback(() => {
    setLoadError(null);
    listDeployments().then(
      (list) => setDeployments([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      (error) => setLoadError(describe(error)));
    api.get<Bot[]>('/api/bots').then((list) => setBots(new Map(list.map((b) => [b.id, b.name]))), () => undefined);
    api.get<ExchangeAccount[]>('/api/exchanges').then((list) => setAccounts(new Map(list.map((a) => [a.id, a.name]))),
      () => undefined);
  }, []);
  useEffect(load, [load]);

  useEffect(() => {
    if (!deployments) return;
    let cancelled = false;
    const queue = deployments.slice(0, 100);
    const worker = async () => {
      for (let d = queue.shift(); d && !cancelled; d = queue.shift()) {
        try {
          const detail = await getDeployment(d.id);
          const profit = detail.result?.stats.netProfitPercent ?? null;
          if (!cancelled) setProfits((known) => ({ ...known, [d.id]: profit }));
        } catch {
          // the profit is a nicety: the column shows a dash
        }
      }
    };
    for (let i = 0; i < 3; i++) void worker();
    return () => { cancelled = true; };
  }, [deployments]);

  return (
    <div className="page page-wide">
      <div className="page-header">
        <div>
          <h1>Deployments</h1>
          <p className="muted">
            Bot versions running at every candle close on your exchange accounts (paper or real). Deploy one from a
            bot's editor, beside Run backtest.
          </p>
        </div>
      </div>
      <ListLoading what="deployments" loaded={deployments !== null} error={loadError} onRetry={load} />
      {deployments && deployments.length === 0 && (
        <section className="empty-state" aria-labelledby="no-deployments">
          <div className="empty-icon" aria-hidden="true">▶</div>
          <h2 id="no-deployments">No deployments yet</h2>
          <p className="muted">
            Open a bot, backtest it, then press “Deploy version …” to run it every interval on a virtual account.
          </p>
          <a className="button-link primary" href={href('/bots')}>Go to your bots</a>
        </section>
      )}
      {deployments && deployments.length > 0 && (
        <div className="table-panel">
          <table className="data-table deployments-table">
            <caption className="visually-hidden">Your deployments</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Bot and version</th>
                <th scope="col">Account</th>
                <th scope="col">Pairs</th>
                <th scope="col">Interval</th>
                <th scope="col" className="number">Profit</th>
                <th scope="col">Last tick</th>
                <th scope="col">Next tick</th>
              </tr>
            </thead>
            <tbody>
              {deployments.map((d) => {
                const profit = profits[d.id];
                return (
                  <tr key={d.id} data-deployment={d.id}>
                    <th scope="row" className="name-cell">
                      <a href={href('/deployments/' + encodeURIComponent(d.id))}>{d.name}</a>
                    </th>
                    <td><StatusBadge deployment={d} />
                      {d.pausedReason && <span className="paused-reason">{d.pausedReason}</span>}</td>
                    <td className="nowrap">
                      <a href={href(`/bots/${encodeURIComponent(d.botId)}?version=${d.version}`)}>
                        {bots.get(d.botId) ?? 'Bot'} {d.version}
                      </a>
                    </td>
                    <td>{accounts.get(d.exchangeId) ?? <span className="muted">—</span>}</td>
                    <td>{d.pairs.join(', ')}</td>
                    <td>{d.interval}</td>
                    <td className={'number' + (profit === undefined || profit === null ? '' : profit < 0 ? ' neg' : profit > 0 ? ' pos' : '')}
                      data-profit={profit === undefined ? undefined : String(profit)}>
                      {profit === undefined ? <span className="muted">…</span> : formatStat(profit, 'percent')}
                    </td>
                    <td className="when"><When at={d.lastRunAt} none="No tick yet" /></td>
                    <td className="when"><When at={d.nextTickAt} none={d.active ? '—' : 'Not scheduled'} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
