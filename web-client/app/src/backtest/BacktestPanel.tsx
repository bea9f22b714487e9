// The backtest panel of the bot editor: settings (remembered per bot), Run / Cancel with progress, the results of
// the last run and the bot's kept backtests. A run is a scratch run: it saves nothing and locks nothing until the
// user keeps it (which locks its version); a rerun that gives a kept run's very bytes is recognised as that run.
import { useCallback, useEffect, useRef, useState, memo } from 'react';
import type { CandleColumns, Version } from '../api/types';
import type { BacktestResult } from './result';
import {
  INTERVALS, loadSettings, saveSettings, SettingsError, toEngine, type FormSettings, type Row,
} from './settings';
import {
  availableRange, CancelledError, candlesFor, EXCHANGES, FETCHED_WHEN_UNCACHED, marketsWithData, pageIdle, prefetchCandles, prepareWorker, runInWorker, type CandleSpan, type MarketOffer,
  type RunHandle,
} from './run';
import { listBacktests, saveBacktest } from './saved';
import { ResultsView } from './ResultsView';
import { History } from './History';
import { formatDate, formatSavedAt } from './format';
import { href } from '../router';
import { DeployDialog } from '../deploy/DeployDialog';
import './backtest.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'finished'; ms: number; timings: string };

/** What became of the last run: not kept yet, being kept, kept (now or earlier, by the same bytes), or not kept. */
type Keeping =
  | { kind: 'scratch' }
  | { kind: 'keeping' }
  | { kind: 'kept'; id: string; earlier: string | null }
  | { kind: 'failed'; error: string };

/** The SHA-256 of the result's bytes (hex), as the server keeps it; null where the browser offers no digest. */
async function digest(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  await pageIdle(1000); // after the result is drawn: hashing a large result took ~70 ms of the main thread
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function BacktestPanelBody({ botId, botName, version, dirty, runSignal, onResult, prepare, onKept }: {
  botId: string; botName: string; version: Version; dirty: boolean; runSignal: number;
  onResult: (result: BacktestResult | null) => void;
  /** Saves unsaved edits when there are any; the version to run, or null when it could not be saved. */
  prepare: () => Promise<Version | null>;
  onKept: () => void;
}) {
  const [form, setForm] = useState<FormSettings>(() => loadSettings(botId));
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<BacktestResult | null>(null);
  const [candles, setCandles] = useState<Record<string, CandleColumns> | null>(null);
  const [keeping, setKeeping] = useState<Keeping | null>(null);
  const lastRun = useRef<{ version: string; json: string } | null>(null);
  /** The SHA-256 of the last run's result (what a kept run of the same bytes carries). */
  const [runDigest, setRunDigest] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [available, setAvailable] = useState<CandleSpan | null | undefined>(undefined);
  const handle = useRef<RunHandle | null>(null);
  const finishedLine = useRef<HTMLParagraphElement | null>(null);
  const cancelled = useRef({ cancelled: false });
  const formRef = useRef(form);
  formRef.current = form;
  const [deploying, setDeploying] = useState(false);

  useEffect(() => setForm(loadSettings(botId)), [botId]);
  // the settings are remembered as they are typed (Deploy reads them too), not only when a run starts
  const formBot = useRef(botId);
  useEffect(() => {
    if (formBot.current === botId) saveSettings(botId, form);
    formBot.current = botId;
  }, [botId, form]);
  useEffect(() => {
    prepareWorker();
    return () => handle.current?.cancel();
  }, []);
  // Candles for the current settings are fetched ahead (at once when the panel opens, then 300 ms after the last
  // change), so Run starts computing at once.
  const prefetched = useRef(false);
  useEffect(() => {
    const delay = prefetched.current ? 300 : 0;
    prefetched.current = true;
    const timer = setTimeout(() => prefetchCandles(form), delay);
    return () => clearTimeout(timer);
  }, [form]);

  const firstPair = form.pairs.split(',')[0]?.trim().toUpperCase() ?? '';
  useEffect(() => {
    let live = true;
    setAvailable(undefined);
    if (!/^[A-Z0-9]+\/[A-Z0-9]+$/.test(firstPair)) return;
    availableRange(form.exchange, firstPair, form.interval).then((r) => { if (live) setAvailable(r); },
      () => { if (live) setAvailable(null); });
    return () => { live = false; };
  }, [form.exchange, firstPair, form.interval]);

  // the exchanges and intervals offered: those with candles for the first pair (the chosen one always stays listed)
  const [markets, setMarkets] = useState<Map<string, MarketOffer[]> | null>(null);
  useEffect(() => {
    let live = true;
    if (!/^[A-Z0-9]+\/[A-Z0-9]+$/.test(firstPair)) return;
    marketsWithData(firstPair).then((m) => { if (live) setMarkets(m); });
    return () => { live = false; };
  }, [firstPair]);
  const exchanges = EXCHANGES.filter((e) => !markets || markets.size === 0 || markets.has(e.id) || e.id === form.exchange);
  const intervals = INTERVALS.filter((i) => !markets || markets.size === 0
    || (markets.get(form.exchange) ?? []).some((m) => m.interval === i) || i === form.interval);
  const noData = (exchange: string, interval?: string) => markets !== null && markets.size > 0
    && !(markets.get(exchange) ?? []).some((m) => interval === undefined || m.interval === interval);
  /** Offered, but nothing cached yet: a run fetches the candles from the exchange. */
  const fetched = (exchange: string, interval: string) => markets !== null
    && (markets.get(exchange) ?? []).some((m) => m.interval === interval && !m.cached);

  const update = (patch: Partial<FormSettings>) => setForm((f) => ({ ...f, ...patch }));
  const busy = phase.kind === 'loading' || phase.kind === 'running';

  const run = useCallback(async () => {
    if (handle.current || phase.kind === 'loading') return;
    let settings;
    try {
      settings = toEngine(formRef.current);
    } catch (e) {
      if (e instanceof SettingsError) {
        setFieldError({ field: e.field, message: e.message });
        document.getElementById('bt-' + e.field)?.focus();
        return;
      }
      throw e;
    }
    setFieldError(null);
    setPhase({ kind: 'loading' });
    const toRun = await prepare();
    if (!toRun) {
      setPhase({ kind: 'failed', message: `Version ${version.number} could not be saved: see the message above.` });
      return;
    }
    if (!toRun.javascript) {
      setPhase({ kind: 'failed', message: `Version ${toRun.number} does not compile: fix its problems first.` });
      return;
    }
    saveSettings(botId, formRef.current);
    cancelled.current = { cancelled: false };
    const signal = cancelled.current;
    setKeeping(null);
    setRunDigest(null);
    onResult(null); // the console clears while a run is under way
    // User Timing marks (DevTools' Performance panel; the e2e timing test reads them): each part of a run.
    const t0 = performance.mark('backtest:start').startTime;
    try {
      const data = await candlesFor(settings);
      const t1 = performance.mark('backtest:candles').startTime;
      if (signal.cancelled) return;
      setPhase({ kind: 'running', done: 0, total: 0 });
      const h = runInWorker(toRun.javascript, settings, data, (done, total) =>
        setPhase({ kind: 'running', done, total }));
      handle.current = h;
      const { json, ms } = await h.done;
      handle.current = null;
      const t2 = performance.mark('backtest:result').startTime;
      prepareWorker();
      const parsed = JSON.parse(json) as BacktestResult;
      setResult(parsed);
      setCandles(data);
      setPhase({ kind: 'finished', ms,
        timings: `candles ${Math.round(t1 - t0)} ms, worker ${Math.round(t2 - t1)} ms (engine ${Math.round(ms)} ms)` });
      onResult(parsed);
      // a scratch run: nothing is saved; a run giving a kept run's very bytes is that run
      lastRun.current = { version: toRun.number, json };
      setKeeping({ kind: 'scratch' });
      const [hash, kept] = await Promise.all([digest(json),
        listBacktests(botId, toRun.number).catch(() => [])]);
      if (lastRun.current?.json === json) setRunDigest(hash);
      const same = hash === null ? undefined : kept.find((b) => b.resultSha256 === hash);
      if (same && lastRun.current?.json === json) setKeeping({ kind: 'kept', id: same.id, earlier: same.createdAt });
    } catch (e) {
      handle.current = null;
      if (e instanceof CancelledError || signal.cancelled) setPhase({ kind: 'cancelled' });
      else setPhase({ kind: 'failed', message: (e as Error).message });
    }
  }, [botId, version.number, phase.kind, onResult, prepare]);

  const keep = useCallback(async () => {
    const run = lastRun.current;
    if (!run) return;
    setKeeping({ kind: 'keeping' });
    try {
      const s = await saveBacktest(botId, run.version, run.json);
      setKeeping({ kind: 'kept', id: s.id, earlier: null });
      setRefresh((n) => n + 1);
      onKept();
    } catch (e) {
      setKeeping({ kind: 'failed', error: (e as Error).message });
    }
  }, [botId, onKept]);

  const cancel = () => {
    cancelled.current.cancelled = true;
    if (handle.current) handle.current.cancel();
    else setPhase({ kind: 'cancelled' });
    handle.current = null;
  };

  // a finished run brings its results into view (the settings scroll away above them)
  useEffect(() => {
    // only the panel's own scroll box moves: scrollIntoView would also scroll the window and hide the editor
    const line = finishedLine.current;
    if (phase.kind !== 'finished' || !line) return;
    const box = line.closest<HTMLElement>('.backtest-area');
    if (box) box.scrollTop += line.getBoundingClientRect().top - box.getBoundingClientRect().top;
    else line.scrollIntoView({ block: 'start' });
  }, [phase.kind]);

  const lastSignal = useRef(runSignal);
  useEffect(() => {
    if (runSignal !== lastSignal.current) {
      lastSignal.current = runSignal;
      void run();
    }
  }, [runSignal, run]);

  const err = (field: string) => fieldError?.field === field ? fieldError.message : null;
  const fieldProps = (field: string) => ({
    id: 'bt-' + field,
    'aria-invalid': err(field) ? true : undefined,
    'aria-describedby': err(field) ? 'bt-' + field + '-error' : undefined,
  });
  const errorText = (field: string) => err(field) &&
    <span id={'bt-' + field + '-error'} className="bt-field-error" role="alert">{err(field)}</span>;

  const rows = (name: 'balances' | 'config', keyLabel: string, valueLabel: string, prefix: string) => (
    <fieldset className="bt-rows">
      <legend>{name === 'balances' ? 'Initial balances' : 'Extra config values (input.config)'}</legend>
      {form[name].map((row: Row, i: number) => (
        <div className="bt-row-inputs" key={i}>
          <div>
            <label htmlFor={`bt-${prefix}-${name === 'balances' ? 'asset' : 'key'}-${i}`}>{keyLabel} {i + 1}</label>
            <input {...fieldProps(`${prefix}-${name === 'balances' ? 'asset' : 'key'}-${i}`)} value={row.key}
              onChange={(e) => update({ [name]: form[name].map((r, j) => j === i ? { ...r, key: e.target.value } : r) })} />
            {errorText(`${prefix}-${name === 'balances' ? 'asset' : 'key'}-${i}`)}
          </div>
          <div>
            <label htmlFor={`bt-${prefix}-${name === 'balances' ? 'amount' : 'value'}-${i}`}>{valueLabel} {i + 1}</label>
            <input {...fieldProps(`${prefix}-${name === 'balances' ? 'amount' : 'value'}-${i}`)} value={row.value}
              inputMode={name === 'balances' ? 'decimal' : undefined}
              onChange={(e) => update({ [name]: form[name].map((r, j) => j === i ? { ...r, value: e.target.value } : r) })} />
            {errorText(`${prefix}-${name === 'balances' ? 'amount' : 'value'}-${i}`)}
          </div>
          <button type="button" className="bt-remove" aria-label={`Remove ${keyLabel.toLowerCase()} ${i + 1}`}
            onClick={() => update({ [name]: form[name].filter((_, j) => j !== i) })}>×</button>
        </div>
      ))}
      <button type="button" onClick={() => update({ [name]: [...form[name], { key: '', value: '' }] })}>
        Add {name === 'balances' ? 'balance' : 'config value'}
      </button>
    </fieldset>
  );

  const percent = phase.kind === 'running' && phase.total > 0 ? Math.round((phase.done / phase.total) * 100) : 0;

  return (
    <section className="bt-panel" aria-label="Backtest">
      <form className="bt-settings" aria-label="Backtest settings" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <div className="bt-grid">
          <div>
            <label htmlFor="bt-exchange">Exchange</label>
            <select {...fieldProps('exchange')} value={form.exchange} onChange={(e) => update({ exchange: e.target.value })}>
              {exchanges.map((e) => (
                <option key={e.id} value={e.id}>{e.label}{noData(e.id) ? ' (no candles)' : ''}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="bt-pairs">Pairs</label>
            <input {...fieldProps('pairs')} value={form.pairs} placeholder="BTC/USD, ETH/USD"
              onChange={(e) => update({ pairs: e.target.value })} />
            {errorText('pairs')}
          </div>
          <div>
            <label htmlFor="bt-interval">Interval</label>
            <select {...fieldProps('interval')} value={form.interval} onChange={(e) => update({ interval: e.target.value })}>
              {intervals.map((i) => <option key={i} value={i}>{i}{noData(form.exchange, i) ? ' (no candles)' : fetched(form.exchange, i) ? ' (from the exchange)' : ''}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="bt-from">From (UTC)</label>
            <input type="date" {...fieldProps('from')} value={form.from}
              min={available && !available.fetchable ? formatDate(available.from) : undefined}
              onChange={(e) => update({ from: e.target.value })} />
            {errorText('from')}
          </div>
          <div>
            <label htmlFor="bt-to">To (UTC, inclusive)</label>
            <input type="date" {...fieldProps('to')} value={form.to}
              max={available && !available.fetchable ? formatDate(available.to - 1) : undefined}
              onChange={(e) => update({ to: e.target.value })} />
            {errorText('to')}
          </div>
          <div>
            <label htmlFor="bt-fees">Fees (fraction)</label>
            <input {...fieldProps('fees')} value={form.fees} inputMode="decimal" onChange={(e) => update({ fees: e.target.value })} />
            {errorText('fees')}
          </div>
          <div>
            <label htmlFor="bt-slippage">Slippage (fraction)</label>
            <input {...fieldProps('slippage')} value={form.slippage} inputMode="decimal"
              onChange={(e) => update({ slippage: e.target.value })} />
            {errorText('slippage')}
          </div>
          <div>
            <label htmlFor="bt-warmup">Warm-up (candles)</label>
            <input {...fieldProps('warmup')} value={form.warmup} inputMode="numeric"
              onChange={(e) => update({ warmup: e.target.value })} />
            {errorText('warmup')}
          </div>
        </div>
        <p className="muted bt-hint" id="bt-available">
          {available === undefined ? 'Checking the candles the server holds…'
            : available === null ? `The server holds no ${form.exchange} ${firstPair} ${form.interval} candles.`
              : !available.cached // the same answer as the dates, not the form's list of markets fetched apart
                ? `None cached yet: a run fetches them from the exchange (the last ${FETCHED_WHEN_UNCACHED.toLocaleString('en-US')} when the dates are empty).`
              : `Candles available ${formatDate(available.from)} – ${formatDate(available.to - 1)}; empty dates run over all of them`
                + (available.fetchable ? '; other dates are fetched from the exchange.' : '.')}
        </p>
        <div className="bt-grid bt-grid-2">
          {rows('balances', 'Asset', 'Amount', 'balance')}
          {rows('config', 'Key', 'Value', 'config')}
        </div>
        {dirty && (
          <p className="muted bt-hint" role="status">
            A run saves the editor's changes to version {version.number} first (it stays editable until a run is kept).
          </p>
        )}
        <div className="bt-actions-bar">
          <button type="submit" className="primary" disabled={busy}>Run backtest</button>
          {busy && <button type="button" onClick={cancel}>Cancel</button>}
          <button type="button" onClick={() => setDeploying(true)} aria-haspopup="dialog"
            title="Run this version every interval on a virtual account, with these settings">
            Deploy version {version.number}…
          </button>
          <span className="muted">Version {version.number}{version.locked ? ' (locked)' : ''} · Ctrl/⌘+Enter in the editor</span>
        </div>
      </form>

      <div className="bt-status">
        {phase.kind === 'loading' && <p role="status">Loading candles…</p>}
        {phase.kind === 'running' && (
          <div>
            <label htmlFor="bt-progress">Backtest progress</label>
            <progress id="bt-progress" max={phase.total || 1} value={phase.done} />
            <span role="status" className="muted"> {phase.done.toLocaleString('en-US')} / {phase.total.toLocaleString('en-US')} candles ({percent} %)</span>
          </div>
        )}
        {phase.kind === 'cancelled' && <p role="status">Backtest cancelled.</p>}
        {phase.kind === 'failed' && <p role="alert" className="error">The backtest failed: {phase.message}</p>}
        {phase.kind === 'finished' && (
          <p role="status" data-timings={phase.timings} ref={finishedLine}>
            Backtest finished in {(phase.ms / 1000).toFixed(2)} s
            {result && result.errors.length > 0 && <span className="error"> — the bot threw {result.errors.length} error{result.errors.length > 1 ? 's' : ''}</span>}
          </p>
        )}
        {phase.kind === 'finished' && keeping && (
          <p className="bt-keep" role="status" data-digest={runDigest ?? undefined}>
            {keeping.kind === 'scratch' && (
              <>
                <span className="muted">Scratch run: nothing is saved and version {lastRun.current?.version} stays
                  editable. </span>
                <button type="button" className="primary" onClick={() => void keep()}>Keep this run</button>
                <span className="muted"> (saves it in the history and locks version {lastRun.current?.version})</span>
              </>
            )}
            {keeping.kind === 'keeping' && 'Keeping the run…'}
            {keeping.kind === 'kept' && (
              <>
                {keeping.earlier
                  ? `Same code, settings and candles as the run kept ${formatSavedAt(keeping.earlier)} UTC: nothing new to keep`
                  : `Kept in the history; version ${lastRun.current?.version} is locked`}
                {' '}(<a href={href(`/bots/${botId}/backtests/${keeping.id}`)}>open</a>)
              </>
            )}
          </p>
        )}
        {keeping?.kind === 'failed' && <p role="alert" className="error">The backtest was not kept: {keeping.error}</p>}
      </div>

      {result && <ResultsView result={result} candles={candles} />}
      {deploying && (
        <DeployDialog botId={botId} botName={botName} version={version.number} settings={form} prepare={prepare}
          onClose={() => setDeploying(false)} />
      )}
      <History botId={botId} refresh={refresh} current={keeping?.kind === 'kept' ? keeping.id : null} />
    </section>
  );
}

/** Renders again only when its props change: typing in the editor or a form must not redraw the results. */
export const BacktestPanel = memo(BacktestPanelBody);
