// A deployment (#/deployments/ID): its status, ticks and errors, the actions (stop, resume, run a tick now, move to
// another version, delete) and its result so far in the backtest's results views (stats, charts with orders and
// plots, orders, logs, state), the candles fetched as a saved backtest's are.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { BotDetail, CandleColumns, Deployment, ExchangeAccount } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, describe } from '../components/ErrorMessage';
import { FormField } from '../components/FormField';
import { placeError } from '../components/fieldErrors';
import { formatDateTime } from '../components/format';
import { ResultsView } from '../backtest/ResultsView';
import { candlesFor } from '../backtest/run';
import type { BacktestResult } from '../backtest/result';
import type { EngineSettings } from '../backtest/settings';
import {
  deleteDeployment, describeTick, getDeployment, moveDeployment, resumeDeployment, stopDeployment, tickDeployment,
  type DeploymentDetail,
} from '../deploy/deployments';
import { StatusBadge } from '../deploy/StatusBadge';
import { href, navigate } from '../router';
import { When } from './DeploymentsPage';
import '../backtest/backtest.css';
import '../deploy/deploy.css';

/** How often an open deployment's page reads it again (ticks arrive at candle closes, at most every 5 minutes). */
const REFRESH_MS = 60_000;

/**
 * The engine settings of the candles a deployment's charts show: its result's configuration over the span it has
 * ticked (a deployment's own configuration has no period).
 */
function chartSettings(result: BacktestResult, lastCandleClose: string | null): EngineSettings | null {
  const times = result.equity.map(([t]) => t);
  if (lastCandleClose) times.push(Date.parse(lastCandleClose) - 1);
  if (times.length === 0) return null;
  return { ...(result.config as unknown as EngineSettings), from: Math.min(...times), to: Math.max(...times) };
}

type Open = 'move' | 'delete' | null;

export function DeploymentPage({ deploymentId }: { deploymentId: string }) {
  const [detail, setDetail] = useState<DeploymentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [botName, setBotName] = useState<string | null>(null);
  const [account, setAccount] = useState<ExchangeAccount | null>(null);
  const [candles, setCandles] = useState<Record<string, CandleColumns> | null>(null);
  const [candlesError, setCandlesError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  /** Deleting a deployment on a real account cancels its open orders at the exchange first, unless unticked. */
  const [cancelOrders, setCancelOrders] = useState(true);
  const live = useRef(true);

  const load = useCallback(async () => {
    try {
      const loaded = await getDeployment(deploymentId);
      if (!live.current) return;
      setDetail(loaded);
      setError(null);
    } catch (e) {
      if (live.current) setError(describe(e));
    }
  }, [deploymentId]);

  useEffect(() => {
    live.current = true;
    setDetail(null);
    void load();
    const timer = window.setInterval(() => { if (document.visibilityState === 'visible') void load(); }, REFRESH_MS);
    return () => {
      live.current = false;
      window.clearInterval(timer);
    };
  }, [load]);

  const deployment = detail?.deployment ?? null;
  const result = detail?.result ?? null;
  useEffect(() => {
    if (!deployment) return;
    document.title = deployment.name + ' · Deployment · AWS Trader';
  }, [deployment]);
  const botId = deployment?.botId;
  const exchangeId = deployment?.exchangeId;
  useEffect(() => {
    if (!botId) return;
    api.get<BotDetail>('/api/bots/' + encodeURIComponent(botId)).then((b) => setBotName(b.name), () => setBotName(null));
  }, [botId]);
  useEffect(() => {
    if (!exchangeId) return;
    api.get<ExchangeAccount[]>('/api/exchanges').then((list) => setAccount(list.find((a) => a.id === exchangeId) ?? null),
      () => setAccount(null));
  }, [exchangeId]);

  // the charts' candles: fetched again only when the span the deployment has ticked over grows
  const settings = result && deployment ? chartSettings(result, deployment.lastCandleClose) : null;
  const candleKey = settings ? JSON.stringify([settings.exchange, settings.pairs, settings.runInterval, settings.from, settings.to]) : null;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  useEffect(() => {
    const wanted = settingsRef.current;
    if (!wanted) return;
    let current = true;
    setCandlesError(null);
    candlesFor(wanted).then((c) => { if (current) setCandles(c); },
      (e: Error) => { if (current) setCandlesError('The candles could not be loaded: ' + e.message); });
    return () => { current = false; };
  }, [candleKey]);

  /** Runs an action on the deployment, then reads it again; its outcome is announced. */
  const act = async (name: string, action: () => Promise<string>) => {
    if (busy) return;
    setBusy(name);
    setActionError(null);
    setMessage(null);
    try {
      setMessage(await action());
      await load();
    } catch (e) {
      setActionError(describe(e));
    } finally {
      setBusy(null);
    }
  };

  if (error && !detail) {
    return (
      <div className="page">
        <ErrorMessage error={'The deployment could not be loaded: ' + error} />
        <a href={href('/deployments')}>Back to your deployments</a>
      </div>
    );
  }
  if (!deployment) return <p className="loading" role="status">Loading the deployment…</p>;

  const d = deployment;
  const closeTime = (ms: number) => formatDateTime(new Date(ms).toISOString());
  const botLink = href(`/bots/${encodeURIComponent(d.botId)}?version=${d.version}`);
  return (
    <div className="dep-page">
      <nav aria-label="Breadcrumb" className="bt-breadcrumb">
        <a href={href('/deployments')}>Deployments</a> › <span aria-current="page">{d.name}</span>
      </nav>
      <div className="dep-head">
        <div>
          <h1>{d.name} <StatusBadge deployment={d} /></h1>
          <p className="muted">
            <a href={botLink}>{botName ?? 'Bot'} version {d.version}</a> on {account ? account.name : 'its account'}
            {account?.priceSource ? ` (${account.priceSource} prices)` : ''} · {d.pairs.join(', ')} every {d.interval}
          </p>
        </div>
        <div className="dep-actions" aria-label="Deployment actions" role="group">
          {d.active ? (
            <button type="button" aria-disabled={busy !== null} onClick={() => act('stop', async () => {
              await stopDeployment(d.id);
              return 'Stopped: no more ticks until you resume it.';
            })}>{busy === 'stop' ? 'Stopping…' : 'Stop'}</button>
          ) : (
            <button type="button" className="primary" aria-disabled={busy !== null} onClick={() => act('resume', async () => {
              await resumeDeployment(d.id);
              return 'Running again: it ticks at the next candle close.';
            })}>{busy === 'resume' ? 'Resuming…' : 'Resume'}</button>
          )}
          <button type="button" aria-disabled={busy !== null} title="Act on the newest closed candle now (even when stopped)"
            onClick={() => act('tick', async () => describeTick(await tickDeployment(d.id), closeTime))}>
            {busy === 'tick' ? 'Running the tick…' : 'Run tick now'}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={() => setOpen('move')}>Move to version…</button>
          <button type="button" className="danger" aria-haspopup="dialog" onClick={() => setOpen('delete')}>Delete</button>
        </div>
      </div>
      <p className="status-message" role="status">{message ?? ''}</p>
      <ErrorMessage error={actionError} />
      {d.pausedReason && (
        <div className="dep-paused" role="note">
          <strong>Paused by the runtime:</strong> {d.pausedReason} Fix the bot in a new version and move the deployment
          to it, or resume it as it is.
        </div>
      )}
      <dl className="dep-facts">
        <div><dt>Version</dt><dd data-fact="version">{d.version}</dd></div>
        <div><dt>Last tick</dt><dd data-fact="last-tick"><When at={d.lastRunAt} none="No tick yet" /></dd></div>
        <div><dt>Candle acted on</dt><dd>{d.lastCandleClose ? `closing ${formatDateTime(d.lastCandleClose)}` : '—'}</dd></div>
        <div><dt>Next tick</dt><dd data-fact="next-tick"><When at={d.nextTickAt} none={d.active ? '—' : `Not scheduled (${d.pausedReason ? 'paused' : 'stopped'})`} /></dd></div>
        <div><dt>Ticks</dt><dd data-fact="ticks">{d.ticks.toLocaleString('en-US')}</dd></div>
        <div><dt>Skipped candles</dt><dd data-fact="skipped" className={d.skippedCandles > 0 ? 'warn' : undefined}>
          {d.skippedCandles.toLocaleString('en-US')}<small>missed, never replayed</small></dd></div>
        <div><dt>Duplicate ticks</dt><dd data-fact="duplicates">{d.duplicateTicks.toLocaleString('en-US')}</dd></div>
        <div><dt>Errors in a row</dt><dd data-fact="errors" className={d.consecutiveErrors > 0 ? 'warn' : undefined}>
          {d.consecutiveErrors}<small>pauses at 5</small></dd></div>
        {d.exchangeErrors > 0 && (
          <div><dt>Exchange errors</dt><dd data-fact="exchange-errors" className="warn">
            {d.exchangeErrors.toLocaleString('en-US')}<small title={d.lastExchangeError ?? undefined}>
              latest: {d.lastExchangeError ?? '—'}</small></dd></div>
        )}
        <div><dt>Deployed</dt><dd><When at={d.createdAt} none="—" /></dd></div>
      </dl>
      {error && <ErrorMessage error={'Reading the deployment again failed: ' + error} />}
      {result ? <ResultsView result={result} candles={candles} candlesError={candlesError} live /> : (
        <section className="dep-empty" aria-labelledby="dep-empty-h">
          <h2 id="dep-empty-h">No tick yet</h2>
          <p className="muted">
            {d.active && d.nextTickAt ? `The first tick runs at the next candle close (${formatDateTime(d.nextTickAt)}), `
              : 'The deployment is stopped; '}
            or press Run tick now to act on the newest closed candle. Its orders, charts, logs and state show here.
          </p>
        </section>
      )}
      {open === 'move' && (
        <MoveDialog deployment={d} onClose={() => setOpen(null)} onMoved={(moved, fresh) => {
          setOpen(null);
          setMessage(`Moved to version ${moved.version}${fresh ? ' with a fresh state' : ', state kept'}: the next tick runs it.`);
          void load();
        }} />
      )}
      {open === 'delete' && (
        <ConfirmDialog title="Delete deployment?" danger confirmLabel="Delete deployment" onClose={() => setOpen(null)}
          message={account && account.provider !== 'virtual' ? (
            <>
              <p>“{d.name}” stops for good and its orders, logs and state are removed here. The exchange account and
                the bot's versions stay. This cannot be undone.</p>
              <label className="checkbox-field">
                <input type="checkbox" checked={cancelOrders} onChange={(e) => setCancelOrders(e.target.checked)} />
                {' '}First cancel its open orders at {account.provider} (otherwise they stay there, with nothing here
                to follow them)
              </label>
            </>
          ) : (
            <p>“{d.name}” stops for good and its orders, logs and state are removed. The paper account and the
              bot's versions stay. This cannot be undone.</p>
          )}
          onConfirm={async () => {
            await deleteDeployment(d.id, account?.provider === 'virtual' || cancelOrders);
            navigate('/deployments');
          }} />
      )}
    </div>
  );
}

/** Picks another version of the deployment's bot; the bot's state is kept unless the user asks for a fresh one. */
function MoveDialog({ deployment, onClose, onMoved }: {
  deployment: Deployment; onClose: () => void; onMoved: (moved: Deployment, fresh: boolean) => void;
}) {
  const formId = useId();
  const [versions, setVersions] = useState<BotDetail['versions'] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState('');
  const [keepState, setKeepState] = useState(true);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get<BotDetail>('/api/bots/' + encodeURIComponent(deployment.botId)).then((bot) => {
      setVersions(bot.versions);
      const others = bot.versions.filter((v) => v.number !== deployment.version);
      setVersion(others.length > 0 ? others[others.length - 1].number : deployment.version);
    }, (e) => setLoadError(describe(e)));
  }, [deployment.botId, deployment.version]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (version === deployment.version) {
      setFieldError(`The deployment runs version ${version} already: choose another.`);
      return;
    }
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    try {
      onMoved(await moveDeployment(deployment.id, version, !keepState), !keepState);
    } catch (error) {
      const placed = placeError(error, { version: 'Version' }, (e) => e.status === 404 ? 'version' : null);
      if (placed.field) setFieldError(placed.message);
      else setFormError(placed.message);
      setBusy(false);
    }
  };

  const onlyOne = versions !== null && versions.length < 2;
  return (
    <Dialog title="Move to another version" onClose={onClose}
      description={<p>The next tick runs the chosen version of the bot, which becomes locked. Orders and balances stay
        as they are.</p>}
      footer={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" form={formId} className="primary" aria-disabled={busy} disabled={onlyOne || versions === null}>
            {busy ? 'Moving…' : 'Move'}
          </button>
        </>
      }>
      <form id={formId} onSubmit={submit} className="dep-move" noValidate>
        <ErrorMessage error={loadError ? 'The bot\'s versions could not be loaded: ' + loadError : formError} />
        {versions === null && !loadError && <p className="muted" role="status">Loading the bot's versions…</p>}
        {onlyOne && (
          <p className="muted">This bot has one version. Open it in the editor and create a new version first.</p>
        )}
        {versions !== null && !onlyOne && (
          <>
            <FormField label="Version" error={fieldError}>
              <select value={version} onChange={(e) => setVersion(e.target.value)} data-autofocus>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {v.number}{v.number === deployment.version ? ' (running now)' : v.locked ? ' (locked)' : ''}
                  </option>
                ))}
              </select>
            </FormField>
            <div className="checkbox">
              <input id={formId + '-keep'} type="checkbox" checked={keepState} onChange={(e) => setKeepState(e.target.checked)} />
              <label htmlFor={formId + '-keep'}>Keep the bot's state (input.state)</label>
            </div>
            <p className="muted small">Unchecked, the new version starts with a fresh state, as on its first tick.</p>
          </>
        )}
      </form>
    </Dialog>
  );
}
