// The bot's kept backtests, of every version: open one, delete one, pick any two (of any versions) to compare.
import { useEffect, useState } from 'react';
import type { SavedBacktest } from '../api/types';
import { href } from '../router';
import { deleteBacktest, listBacktests } from './saved';
import { formatSavedAt, formatStat, formatTime, period } from './format';

export function History({ botId, refresh, current }: {
  botId: string; refresh: number; current?: string | null;
}) {
  const [items, setItems] = useState<SavedBacktest[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    listBacktests(botId).then((list) => { if (live) { setItems(list); setError(null); } },
      (e: Error) => { if (live) setError('The saved backtests could not be loaded: ' + e.message); });
    return () => { live = false; };
  }, [botId, refresh]);

  const remove = async (id: string) => {
    try {
      await deleteBacktest(botId, id);
      setItems((list) => list?.filter((b) => b.id !== id) ?? null);
      setPicked((p) => p.filter((x) => x !== id));
      setStatus('Backtest deleted.');
    } catch (e) {
      setError('The backtest could not be deleted: ' + (e as Error).message);
    } finally {
      setConfirming(null);
    }
  };

  // A is the older run, B the newer: the deltas read as what changed since
  const createdAt = (id: string) => items?.find((b) => b.id === id)?.createdAt ?? '';
  const olderFirst = [...picked].sort((x, y) => createdAt(x).localeCompare(createdAt(y)));

  const toggle = (id: string) => setPicked((p) => p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]);

  return (
    <section className="bt-history" aria-labelledby="bt-history-h">
      <div className="bt-row">
        <h3 id="bt-history-h">Kept backtests</h3>
        {picked.length === 2 ? (
          <a className="button" href={href(`/bots/${botId}/compare?a=${olderFirst[0]}&b=${olderFirst[1]}`)}>Compare selected</a>
        ) : <span className="muted">Select two (of any versions) to compare.</span>}
      </div>
      <p role="status" className="muted bt-sr-status">{status}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {items === null && !error && <p className="muted">Loading…</p>}
      {items !== null && items.length === 0 && <p className="muted">No kept backtests yet: keep a run to save it here.</p>}
      {items !== null && items.length > 0 && (
        <table aria-label="Saved backtests">
          <thead>
            <tr>
              <th scope="col">Compare</th><th scope="col">Version</th><th scope="col">Saved (UTC)</th><th scope="col">Pairs</th>
              <th scope="col">Interval</th><th scope="col">Period</th><th scope="col">Net profit</th>
              <th scope="col">Trades</th><th scope="col"><span className="bt-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => {
              const name = `backtest of version ${b.version} of ${formatSavedAt(b.createdAt)}`;
              return (
                <tr key={b.id} aria-current={current === b.id ? 'true' : undefined}>
                  <td><input type="checkbox" aria-label={`Select ${name} for comparison`}
                    checked={picked.includes(b.id)} onChange={() => toggle(b.id)} /></td>
                  <td>{b.version}</td>
                  <td>{formatTime(Date.parse(b.createdAt))}</td>
                  <td>{((b.config.pairs as string[]) ?? []).join(', ')}</td>
                  <td>{String(b.config.runInterval)}</td>
                  <td>{period(b.config)}</td>
                  <td className={(b.stats.netProfitPercent ?? 0) < 0 ? 'neg' : 'pos'}>
                    {formatStat(b.stats.netProfitPercent, 'percent')}</td>
                  <td>{formatStat(b.stats.trades, 'count')}</td>
                  <td className="bt-actions">
                    <a href={href(`/bots/${botId}/backtests/${b.id}`)} aria-label={`Open ${name}`}>Open</a>
                    {confirming === b.id ? (
                      <>
                        <button type="button" className="danger" onClick={() => remove(b.id)}
                          aria-label={`Confirm deleting ${name}`}>Delete for good</button>
                        <button type="button" onClick={() => setConfirming(null)}>Keep</button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirming(b.id)} aria-label={`Delete ${name}`}>Delete</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
