// The bots list: open, create (blank or from a sample), rename, delete; an empty state for the first bot.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Bot, BotDetail, NewBot } from '../api/types';
import { loadSamples, type Sample } from '../api/samples';
import { href, navigate } from '../router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, ListLoading, describe } from '../components/ErrorMessage';
import { FormField } from '../components/FormField';
import { placeError } from '../components/fieldErrors';
import { formatDateTime, timeAgo } from '../components/format';
import './pages.css';

type Open = { kind: 'create' } | { kind: 'rename'; bot: Bot } | { kind: 'delete'; bot: Bot } | null;

export function BotsPage() {
  const [bots, setBots] = useState<Bot[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  // versions per bot: one small request per bot, a few at a time, after the list shows
  const [versions, setVersions] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!bots) return;
    let cancelled = false;
    const queue = bots.filter((bot) => !(bot.id in versions)).slice(0, 200);
    const worker = async () => {
      for (let bot = queue.shift(); bot && !cancelled; bot = queue.shift()) {
        try {
          const detail = await api.get<BotDetail>('/api/bots/' + encodeURIComponent(bot.id));
          if (!cancelled) setVersions((known) => ({ ...known, [detail.id]: detail.versions.length }));
        } catch {
          // the count is a nicety: the column shows a dash
        }
      }
    };
    for (let i = 0; i < 4; i++) void worker();
    return () => { cancelled = true; };
  }, [bots]);

  const load = useCallback(() => {
    setLoadError(null);
    api.get<Bot[]>('/api/bots').then(
      (list) => setBots([...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
      (error) => setLoadError(describe(error)),
    );
  }, []);
  useEffect(load, [load]);

  const close = () => setOpen(null);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Bots</h1>
          <p className="muted">Your trading bots. Open one to edit its code, backtest it and manage its versions.</p>
        </div>
        {bots && bots.length > 0 && (
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>New bot</button>
        )}
      </div>
      <p className="status-message" role="status">{status}</p>
      <ListLoading what="bots" loaded={bots !== null} error={loadError} onRetry={load} />
      {bots && bots.length === 0 && (
        <section className="empty-state" aria-labelledby="no-bots">
          <div className="empty-icon" aria-hidden="true">⟡</div>
          <h2 id="no-bots">Create your first bot</h2>
          <p className="muted">
            Start from a blank bot or from one of the samples — an SMA crossover, a grid, a trend follower and more —
            then backtest it on real Bitfinex candles.
          </p>
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>Create a bot</button>
        </section>
      )}
      {bots && bots.length > 0 && (
        <div className="table-panel">
          <table className="data-table">
            <caption className="visually-hidden">Your bots, most recently updated first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="number">Versions</th>
                <th scope="col">Last updated</th>
                <th scope="col">Created</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {bots.map((bot) => (
                <tr key={bot.id}>
                  <th scope="row" className="name-cell"><a href={href('/bots/' + encodeURIComponent(bot.id))}>{bot.name}</a>
                    {bot.description && <span className="bot-description">{bot.description}</span>}</th>
                  <td className="number">{versions[bot.id] ?? <span className="muted" aria-label="not known yet">–</span>}</td>
                  <td><time dateTime={bot.updatedAt} title={formatDateTime(bot.updatedAt)}>{timeAgo(bot.updatedAt)}</time></td>
                  <td className="muted"><time dateTime={bot.createdAt}>{formatDateTime(bot.createdAt)}</time></td>
                  <td className="actions-cell">
                    <button type="button" onClick={() => setOpen({ kind: 'rename', bot })}
                      aria-label={`Rename ${bot.name}`}>Rename</button>
                    <button type="button" className="danger" onClick={() => setOpen({ kind: 'delete', bot })}
                      aria-label={`Delete ${bot.name}`}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'create' && (
        <CreateBotDialog onClose={close} onCreated={(created) => {
          setOpen(null);
          navigate('/bots/' + encodeURIComponent(created.bot.id));
        }} />
      )}
      {open?.kind === 'rename' && (
        <RenameBotDialog bot={open.bot} onClose={close} onRenamed={(renamed) => {
          setBots((list) => list && list.map((b) => (b.id === renamed.id ? renamed : b)));
          setStatus(`Renamed “${open.bot.name}” to “${renamed.name}”.`);
          setOpen(null);
        }} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog title="Delete bot?" danger confirmLabel="Delete bot" onClose={close}
          message={<p>“{open.bot.name}” will be deleted with all its versions and saved backtests. This cannot be undone.</p>}
          onConfirm={async () => {
            await api.delete('/api/bots/' + encodeURIComponent(open.bot.id));
            setBots((list) => list && list.filter((b) => b.id !== open.bot.id));
            setStatus(`Deleted “${open.bot.name}”.`);
          }} />
      )}
    </div>
  );
}

const BLANK = 'blank';

/** Name + where to start from (blank or a sample); creating opens the new bot in the editor. */
function CreateBotDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (created: NewBot) => void }) {
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [start, setStart] = useState(BLANK);
  const [samples, setSamples] = useState<Sample[] | null>(null);
  const [samplesError, setSamplesError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groupId = useId();

  useEffect(() => {
    loadSamples().then(setSamples, (error) => setSamplesError(describe(error)));
  }, []);

  const choose = (id: string) => {
    setStart(id);
    // the name follows the sample until the user types one
    if (!nameTouched) setName(id === BLANK ? '' : (samples?.find((s) => s.id === id)?.name ?? ''));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setNameError('Give the bot a name.');
      document.getElementById(groupId + '-name')?.focus();
      return;
    }
    const sample = samples?.find((s) => s.id === start);
    setBusy(true);
    setNameError(null);
    setFormError(null);
    try {
      onCreated(await api.post<NewBot>('/api/bots', sample ? { name: name.trim(), source: sample.source, description: sample.description } : { name: name.trim() }));
    } catch (error) {
      const placed = placeError(error, { name: 'Name' });
      if (placed.field === 'name') setNameError(placed.message);
      else setFormError(placed.message);
      setBusy(false);
    }
  };

  return (
    <Dialog title="New bot" onClose={onClose} wide footer={
      <>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" form={groupId + '-form'} className="primary" aria-disabled={busy}>
          {busy ? 'Creating…' : 'Create bot'}
        </button>
      </>
    }>
      <form id={groupId + '-form'} onSubmit={submit} noValidate>
        <FormField label="Name" id={groupId + '-name'} value={name} maxLength={100} autoComplete="off" data-autofocus
          onChange={(e) => { setName(e.target.value); setNameTouched(e.target.value !== ''); }} error={nameError} />
        <fieldset className="start-from">
          <legend>Start from</legend>
          <div className="start-options">
            <StartOption id={BLANK} group={groupId} checked={start === BLANK} onChoose={choose} name="Blank bot"
              description="An empty onData function: write your strategy from scratch." />
            {samples?.map((sample) => (
              <StartOption key={sample.id} id={sample.id} group={groupId} checked={start === sample.id} onChoose={choose}
                name={sample.name} description={sample.description} />
            ))}
          </div>
          {!samples && !samplesError && <p className="muted" role="status">Loading the sample bots…</p>}
          <ErrorMessage error={samplesError && 'The sample bots could not be loaded: ' + samplesError} />
        </fieldset>
        <ErrorMessage error={formError} />
      </form>
    </Dialog>
  );
}

function StartOption({ id, group, name, description, checked, onChoose }: {
  id: string; group: string; name: string; description: string; checked: boolean; onChoose: (id: string) => void;
}) {
  const inputId = `${group}-start-${id}`;
  return (
    <div className={'start-option' + (checked ? ' checked' : '')}>
      <input type="radio" name={group + '-start'} id={inputId} value={id} checked={checked}
        onChange={() => onChoose(id)} aria-describedby={inputId + '-description'} />
      <label htmlFor={inputId}>
        <span className="start-name">{name}</span>
        <span className="start-description" id={inputId + '-description'}>
          {description.charAt(0).toUpperCase() + description.slice(1)}
        </span>
      </label>
    </div>
  );
}

function RenameBotDialog({ bot, onClose, onRenamed }: { bot: Bot; onClose: () => void; onRenamed: (bot: Bot) => void }) {
  const [name, setName] = useState(bot.name);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setError('Give the bot a name.');
      return;
    }
    if (name.trim() === bot.name) {
      onClose();
      return;
    }
    setBusy(true);
    setError(null);
    setFormError(null);
    try {
      onRenamed(await api.patch<Bot>('/api/bots/' + encodeURIComponent(bot.id), { name: name.trim() }));
    } catch (failure) {
      const placed = placeError(failure, { name: 'Name' });
      if (placed.field === 'name') setError(placed.message);
      else setFormError(placed.message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Rename “${bot.name}”`} onClose={onClose} footer={
      <>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" form={formId} className="primary" aria-disabled={busy}>{busy ? 'Saving…' : 'Rename'}</button>
      </>
    }>
      <form id={formId} onSubmit={submit} noValidate>
        <FormField label="Name" value={name} maxLength={100} autoComplete="off" data-autofocus error={error}
          onChange={(e) => setName(e.target.value)} onFocus={(e) => e.target.select()} />
        <ErrorMessage error={formError} />
      </form>
    </Dialog>
  );
}
