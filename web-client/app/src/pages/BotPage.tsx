// A bot: the editor of one version (#/bots/ID?version=X.Y, default the newest), its problems, the last backtest's
// console, its versions, and the backtest panel. Unsaved edits live in a per-version draft in localStorage.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { BotDetail, Deployment, Diagnostic, Version } from '../api/types';
import { listDeployments } from '../deploy/deployments';
import { BacktestPanel } from '../backtest/BacktestPanel';
import type { BacktestResult } from '../backtest/result';
import { prefetchCandles } from '../backtest/run';
import { loadSettings } from '../backtest/settings';
import { beforeNavigate, href, navigate } from '../router';
import { ConsolePanel } from '../editor/ConsolePanel';
import { clearDraft, clock, nextMinor, readDraft, writeDraft } from '../editor/drafts';
import type { EditorHandle, Problem } from '../editor/problems';
import { LockIcon } from '../editor/icons';
import { ProblemsPanel } from '../editor/ProblemsPanel';
import { VersionsPanel } from '../editor/VersionsPanel';
import '../editor/editor.css';

// Monaco is the largest part of the page; its import (once per app, by lazy) is marked for ResultsTimingTest. Starting
// it as the page opens, before the version arrives, was measured: it started no sooner and delayed the candles.
const CodeEditor = lazy(() => {
  performance.mark('editor:import');
  return import('../editor/CodeEditor');
});

type Tab = 'problems' | 'console' | 'versions';
const TABS: { id: Tab; label: string }[] = [
  { id: 'problems', label: 'Problems' }, { id: 'console', label: 'Console' }, { id: 'versions', label: 'Versions' },
];
const NO_DIAGNOSTICS: Diagnostic[] = [];
const SPLIT_KEY = 'awstrader.botPage.split';
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl';

/** What was loaded for the editor: the version and the text the editor opens with. */
interface Loaded {
  version: Version;
  initialText: string;
  /** When a draft was restored into the editor, the time it was written. */
  restoredDraftAt: number | null;
  /** A draft that cannot go into this locked version (carried to a new version by the banner's button). */
  lockedDraft: { source: string; savedAt: number } | null;
  /** Remounts the editor on every load. */
  key: number;
}

function message(e: unknown) {
  return e instanceof ApiError ? e.message : String(e);
}

function initialSplit() {
  const stored = Number(localStorage.getItem(SPLIT_KEY));
  return stored >= 0.25 && stored <= 0.85 ? stored : 0.62;
}

export function BotPage({ botId, version: requested }: { botId: string; version: string | null }) {
  const [bot, setBot] = useState<BotDetail | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [savedSource, setSavedSource] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  const [tab, setTab] = useState<Tab>('problems');
  const [lastResult, setLastResult] = useState<BacktestResult | null>(null);
  const [runSignal, setRunSignal] = useState(0);
  const [versionBusy, setVersionBusy] = useState(false);
  const [versionError, setVersionError] = useState<string | null>(null);
  const [split, setSplit] = useState(initialSplit);
  const editor = useRef<EditorHandle>(null);
  const workspace = useRef<HTMLDivElement>(null);
  const loadCount = useRef(0);

  const version = loaded?.version ?? null;
  const number = version?.number ?? null;
  const locked = version?.locked ?? false;
  const dirty = loaded !== null && !locked && text !== savedSource;

  // a locked version names the deployments running it (a deployment locks the version it runs)
  const [deployedAs, setDeployedAs] = useState<Deployment[]>([]);
  useEffect(() => {
    let live = true;
    setDeployedAs([]);
    if (!locked || number === null) return;
    listDeployments().then((all) => {
      if (live) setDeployedAs(all.filter((d) => d.botId === botId && d.version === number));
    }, () => undefined);
    return () => { live = false; };
  }, [botId, number, locked]);

  // ---- loading ------------------------------------------------------------------------------------------------------

  // The candles of the bot's backtest settings are on the first run's path: fetched from the start, next to the bot,
  // its version and the editor, not after them.
  useEffect(() => prefetchCandles(loadSettings(botId)), [botId]);

  const refreshBot = useCallback(async () => {
    const detail = await api.get<BotDetail>(`/api/bots/${encodeURIComponent(botId)}`);
    setBot(detail);
    return detail;
  }, [botId]);

  useEffect(() => {
    let cancelled = false;
    setLoadError(null);
    setLoaded(null); // never show the previous bot or version while the next one loads
    setBot((current) => (current && current.id === botId ? current : null));
    (async () => {
      const detail = await refreshBot();
      const wanted = requested ?? detail.versions[detail.versions.length - 1]?.number;
      if (!wanted) throw new ApiError(404, 'not_found', 'this bot has no versions', null);
      const v = await api.get<Version>(`/api/bots/${encodeURIComponent(botId)}/versions/${encodeURIComponent(wanted)}`);
      if (cancelled) return;
      const draft = readDraft(botId, v.number);
      const hasDraft = draft !== null && draft.source !== v.source;
      if (draft && !hasDraft) clearDraft(botId, v.number);
      const restore = hasDraft && !v.locked;
      const initialText = restore ? draft!.source : v.source;
      copiedToNewVersion.current = false;
      setLoaded({
        version: v, initialText, restoredDraftAt: restore ? draft!.savedAt : null,
        lockedDraft: hasDraft && v.locked ? draft : null, key: ++loadCount.current,
      });
      setText(initialText);
      setSavedSource(v.source);
      setSaveError(null);
      setSavedAt(null);
      setVersionError(null);
      setCursor({ line: 1, column: 1 });
    })().catch((e) => {
      if (!cancelled) setLoadError(message(e));
    });
    return () => {
      cancelled = true;
    };
  }, [botId, requested, refreshBot]);

  // ---- drafts and leaving with unsaved changes -------------------------------------------------------------------

  /** Set when the editor's unsaved code went into a new version: leaving for it loses nothing. */
  const copiedToNewVersion = useRef(false);
  const latest = useRef({ text, savedSource, dirty, number, locked });
  latest.current = { text, savedSource, dirty, number, locked };

  const flushDraft = useCallback(() => {
    const { text: t, savedSource: s, number: n, locked: l } = latest.current;
    if (n === null || l || copiedToNewVersion.current) return;
    if (t !== s) writeDraft(botId, n, t);
    else clearDraft(botId, n);
  }, [botId]);

  useEffect(() => {
    if (!loaded) return;
    const timer = window.setTimeout(flushDraft, 400);
    return () => window.clearTimeout(timer);
  }, [text, savedSource, loaded, flushDraft]);

  useEffect(() => {
    const unload = (e: BeforeUnloadEvent) => {
      flushDraft();
      if (latest.current.dirty) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', unload);
    window.addEventListener('pagehide', flushDraft);
    const removeGuard = beforeNavigate(() => {
      if (!latest.current.dirty || copiedToNewVersion.current) return true;
      flushDraft();
      return window.confirm(`Version ${latest.current.number} has unsaved changes. They stay as a draft in this browser.`
        + ' Leave without saving?');
    });
    return () => {
      window.removeEventListener('beforeunload', unload);
      window.removeEventListener('pagehide', flushDraft);
      removeGuard();
      flushDraft();
    };
  }, [flushDraft]);

  // ---- save ----------------------------------------------------------------------------------------------------------

  /** Saves the editor's code; the saved version, or null when it could not be saved. */
  const save = useCallback(async (): Promise<Version | null> => {
    const { text: source, number: n, locked: l } = latest.current;
    if (n === null || saving) return null;
    if (l) {
      setSaveError(`Version ${n} is locked; create a new version to change the code.`);
      return null;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await api.patch<Version>(`/api/bots/${encodeURIComponent(botId)}/versions/${n}`, { source });
      setLoaded((current) => current && current.version.number === saved.number ? { ...current, version: saved } : current);
      setSavedSource(saved.source);
      setSavedAt(Date.now());
      if (latest.current.text === saved.source) clearDraft(botId, n);
      if (saved.diagnostics.length > 0) setTab('problems');
      return saved;
    } catch (e) {
      setSaveError(`Not saved: ${message(e)}`);
      if (e instanceof ApiError && e.code === 'version_locked') {
        // locked meanwhile (a backtest was saved): show it; the edits stay in the draft
        flushDraft();
        const v = await api.get<Version>(`/api/bots/${encodeURIComponent(botId)}/versions/${n}`).catch(() => null);
        if (v) {
          setLoaded((current) => current && {
            ...current, version: v, lockedDraft: { source, savedAt: Date.now() },
          });
        }
        refreshBot().catch(() => undefined);
      }
      return null;
    } finally {
      setSaving(false);
    }
  }, [botId, saving, flushDraft, refreshBot]);

  // A run tries the code in the editor: unsaved edits of an editable version are saved first (which costs no
  // version: only keeping a run locks one).
  const currentVersion = useRef<Version | null>(null);
  currentVersion.current = loaded?.version ?? null;
  const prepareRun = useCallback(async (): Promise<Version | null> => {
    if (!latest.current.dirty) return currentVersion.current;
    return save();
  }, [save]);

  const run = useCallback(() => setRunSignal((n) => n + 1), []);

  // Ctrl/Cmd+S and Ctrl/Cmd+Enter outside the editor (inside, Monaco's own commands handle them).
  useEffect(() => {
    const keydown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.key === 's' || e.key === 'S') {
        e.preventDefault();
        save();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [save, run]);

  // ---- versions ------------------------------------------------------------------------------------------------------

  /** A new version holding the code in the editor (what the user is looking at, saved or not). */
  const createVersion = useCallback(async (type: 'minor' | 'major', major?: number, carry?: string) => {
    setVersionBusy(true);
    setVersionError(null);
    carry = carry ?? latest.current.text;
    try {
      let created = await api.post<Version>(`/api/bots/${encodeURIComponent(botId)}/versions`,
        major === undefined ? { type } : { type, major });
      if (carry !== undefined && created.source !== carry) {
        created = await api.patch<Version>(`/api/bots/${encodeURIComponent(botId)}/versions/${created.number}`,
          { source: carry });
      }
      // the edits live on in the new version: the old version's draft would only bring them back twice
      if (latest.current.number) clearDraft(botId, latest.current.number);
      await refreshBot();
      copiedToNewVersion.current = true;
      navigate(`/bots/${encodeURIComponent(botId)}?version=${created.number}`);
    } catch (e) {
      setVersionError(`Could not create the version: ${message(e)}`);
      setTab('versions');
    } finally {
      setVersionBusy(false);
    }
  }, [botId, refreshBot]);

  const onResult = useCallback((result: BacktestResult | null) => {
    setLastResult(result);
    if (result && result.errors.length > 0) setTab('console');
    // the results need the room when they arrive (charts, tables); the editor stays in view above (not remembered)
    if (result) setSplit((current) => Math.min(current, 0.35));
  }, []);

  // a kept run locks the version: pick that up
  const onKept = useCallback(() => {
    refreshBot().then((detail) => {
      const n = latest.current.number;
      const summary = detail.versions.find((v) => v.number === n);
      if (summary?.locked && !latest.current.locked) {
        setLoaded((current) => current && { ...current, version: { ...current.version, locked: true } });
      }
    }, () => undefined);
  }, [refreshBot]);

  const jump = useCallback((line: number, column: number) => editor.current?.reveal(line, column), []);

  const discardDraft = useCallback(() => {
    if (!loaded) return;
    clearDraft(botId, loaded.version.number);
    editor.current?.setText(savedSource);
    setLoaded({ ...loaded, restoredDraftAt: null });
  }, [botId, loaded, savedSource]);

  // ---- layout: the splitter between the editor and the backtest panel --------------------------------------------

  const setSplitClamped = useCallback((fraction: number, remember = true) => {
    const clamped = Math.min(0.85, Math.max(0.25, fraction));
    setSplit(clamped);
    if (remember) localStorage.setItem(SPLIT_KEY, String(clamped));
    return clamped;
  }, []);

  const dragSplit = useCallback((e: ReactPointerEvent<HTMLDivElement>) => {
    const box = workspace.current?.getBoundingClientRect();
    if (!box) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    // remembered once, when the drag ends, rather than on every pointer move
    let last: number | null = null;
    const move = (ev: PointerEvent) => {
      last = setSplitClamped((ev.clientY - box.top) / box.height, false);
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (last !== null) localStorage.setItem(SPLIT_KEY, String(last));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, [setSplitClamped]);

  const splitKeys = useCallback((e: ReactKeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowUp: -0.05, ArrowDown: 0.05, PageUp: -0.15, PageDown: 0.15 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      setSplitClamped(split + step);
    } else if (e.key === 'Home') {
      e.preventDefault();
      setSplitClamped(0.25);
    } else if (e.key === 'End') {
      e.preventDefault();
      setSplitClamped(0.85);
    }
  }, [split, setSplitClamped]);

  const tabKeys = useCallback((e: ReactKeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1
      : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length].id;
    setTab(target);
    document.getElementById(`bot-tab-${target}`)?.focus();
  }, [tab]);

  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const consoleCount = lastResult ? lastResult.errors.length + lastResult.logs.length : 0;
  const serverDiagnostics = version?.diagnostics ?? NO_DIAGNOSTICS;
  const lockedReason = number ? `Version ${number} is locked: used by a kept backtest or a deployment.` : '';
  const versions = useMemo(() => bot?.versions ?? [], [bot]);
  const editTarget = number ? nextMinor(versions.map((v) => v.number), Number(number.split('.')[0])) : '';

  if (loadError) {
    return (
      <div className="bot-page-message">
        <p className="error" role="alert">Could not open the bot: {loadError}</p>
        <a href={href('/bots')}>Back to your bots</a>
      </div>
    );
  }
  if (!bot) return <p className="loading" role="status">Loading the bot…</p>;

  const versionSwitch = (value: string) => (
    <div className="bot-version-switch">
      <label htmlFor="bot-version">Version</label>
      <select id="bot-version" value={value}
        onChange={(e) => navigate(`/bots/${encodeURIComponent(botId)}?version=${e.target.value}`)}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>{v.number}{v.locked ? ' (locked)' : ''}</option>
        ))}
      </select>
    </div>
  );

  if (!loaded || !version) {
    return (
      <div className="bot-page">
        <header className="bot-header">
          <h1 className="bot-name">{bot.name}</h1>
          {versionSwitch(requested ?? versions[versions.length - 1]?.number ?? '')}
        </header>
        <p className="loading" role="status">Loading version {requested ?? ''}…</p>
      </div>
    );
  }

  const status = saving ? 'Saving…'
    : locked ? 'Read-only'
    : dirty ? 'Unsaved changes'
    : savedAt !== null ? (version.diagnostics.length > 0
      ? `Saved at ${clock(savedAt)} with ${version.diagnostics.length} compile error${version.diagnostics.length === 1 ? '' : 's'}`
      : `Saved at ${clock(savedAt)}`)
    : 'Saved';

  return (
    <div className="bot-page">
      <header className="bot-header">
        <h1 className="bot-name">{bot.name}</h1>
        {versionSwitch(version.number)}
        <span role="status" className={`save-state ${dirty ? 'dirty' : locked ? 'readonly'
          : savedAt !== null && version.diagnostics.length > 0 ? 'failed' : 'clean'}`}>
          <span aria-hidden="true" className="save-dot" />{status}
        </span>
        <div className="bot-header-actions">
          <span className="shortcut-hint" aria-hidden="true">{MOD}+S save · {MOD}+Enter run backtest</span>
          <button type="button" className="primary" onClick={save} disabled={locked || saving}
            aria-keyshortcuts={MAC ? 'Meta+S' : 'Control+S'}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </header>

      {saveError && <p className="bot-alert error" role="alert">{saveError}</p>}
      {loaded.restoredDraftAt !== null && (
        <div className="bot-notice" role="status">
          <span>Restored unsaved draft from {clock(loaded.restoredDraftAt)}</span>
          <button type="button" onClick={discardDraft}>Discard</button>
        </div>
      )}
      {locked && (
        <div className="bot-locked" role="note" aria-label="Locked version">
          <LockIcon />
          <span>
            Version {version.number} is <strong>locked</strong>: used by a kept backtest or a deployment. It opens read-only.
            {deployedAs.length > 0 && <> Deployed as {deployedAs.map((d, i) => (
              <span key={d.id}>{i > 0 && ', '}<a href={href('/deployments/' + encodeURIComponent(d.id))}>{d.name}</a></span>
            ))}.</>}
            {loaded.lockedDraft && ` Your unsaved draft from ${clock(loaded.lockedDraft.savedAt)} goes into the new version.`}
          </span>
          <button type="button" className="primary" disabled={versionBusy}
            onClick={() => createVersion('minor', Number(version.number.split('.')[0]),
              loaded.lockedDraft?.source ?? version.source)}>
            Create version {editTarget} to edit
          </button>
        </div>
      )}

      <div className="workspace" ref={workspace}
        style={{ gridTemplateRows: `minmax(0, ${split}fr) auto minmax(0, ${1 - split}fr)` }}>
        <div className="workspace-top">
          <section className="editor-area" aria-label="Editor">
            <Suspense fallback={<p className="loading" role="status">Loading the editor…</p>}>
              <CodeEditor key={loaded.key} ref={editor} initialText={loaded.initialText} readOnly={locked}
                readOnlyReason={`${lockedReason} Create version ${editTarget} to edit.`}
                serverDiagnostics={serverDiagnostics} onChange={setText} onProblems={setProblems}
                onCursor={(line, column) => setCursor({ line, column })} onSave={save} onRun={run} />
            </Suspense>
            <div className="editor-status">
              <span>Ln {cursor.line}, Col {cursor.column}</span>
              <span>TypeScript</span>
              <span>{errorCount === 0 ? 'No errors' : `${errorCount} error${errorCount === 1 ? '' : 's'}`}</span>
              {locked && <span>Read-only</span>}
              <span className="editor-status-hint">{MAC ? 'Ctrl+Shift+M' : 'Ctrl+M'}: Tab moves focus · Alt+F1: accessibility help</span>
            </div>
          </section>
          <aside className="side-area" aria-label="Problems, console and versions">
            <div role="tablist" aria-label="Bot panels" className="side-tabs" onKeyDown={tabKeys}>
              {TABS.map((t) => {
                const count = t.id === 'problems' ? problems.length : t.id === 'console' ? consoleCount : versions.length;
                return (
                  <button key={t.id} id={`bot-tab-${t.id}`} type="button" role="tab" aria-selected={tab === t.id}
                    aria-controls={`bot-panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}>
                    {t.label}
                    <span className={`tab-count${t.id === 'problems' && errorCount > 0 ? ' has-errors' : ''}`}
                      aria-label={`(${count})`}>{count}</span>
                  </button>
                );
              })}
            </div>
            <div className="side-panel" role="tabpanel" id={`bot-panel-${tab}`} aria-labelledby={`bot-tab-${tab}`}
              tabIndex={0}>
              {tab === 'problems' && (
                <ProblemsPanel problems={problems} onJump={jump}
                  lastSaveClean={savedAt !== null && version.diagnostics.length === 0} />
              )}
              {tab === 'console' && <ConsolePanel result={lastResult} onJump={jump} />}
              {tab === 'versions' && (
                <VersionsPanel botId={botId} versions={versions} current={version.number} busy={versionBusy}
                  error={versionError} onCreate={(type) => createVersion(type)} />
              )}
            </div>
          </aside>
        </div>
        <div className="workspace-splitter" role="separator" aria-orientation="horizontal" tabIndex={0}
          aria-label="Resize the editor and the backtest panel" aria-valuemin={25} aria-valuemax={85}
          aria-valuenow={Math.round(split * 100)} onPointerDown={dragSplit} onKeyDown={splitKeys}
          onDoubleClick={() => setSplitClamped(split > 0.45 ? 0.3 : 0.62)} title="Drag, or double-click, to resize" />
        <div className="backtest-area">
          <BacktestPanel botId={botId} botName={bot.name} version={version} dirty={dirty} runSignal={runSignal} onResult={onResult}
            prepare={prepareRun} onKept={onKept} />
        </div>
      </div>
    </div>
  );
}
