// The bot's versions: open one, see which are locked, create a new minor or major version from the editor's code.
import type { VersionSummary } from '../api/types';
import { href } from '../router';
import { nextMajor, nextMinor } from './drafts';
import { LockIcon } from './icons';

function created(iso: string) {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function VersionsPanel({ botId, versions, current, busy, error, onCreate }: {
  botId: string;
  versions: VersionSummary[];
  current: string;
  busy: boolean;
  error: string | null;
  onCreate(type: 'minor' | 'major'): void;
}) {
  const numbers = versions.map((v) => v.number);
  const newestMajor = Number(numbers[numbers.length - 1]?.split('.')[0] ?? 1);
  return (
    <div className="versions">
      <div className="versions-actions">
        <button type="button" onClick={() => onCreate('minor')} disabled={busy}>
          New minor version ({nextMinor(numbers, newestMajor)})
        </button>
        <button type="button" onClick={() => onCreate('major')} disabled={busy}>
          New major version ({nextMajor(numbers)})
        </button>
      </div>
      <p className="muted versions-note">A new version starts from the code in the editor, saved or not. Runs lock
        nothing; a version is locked once one of its runs is kept (or it is deployed).</p>
      {error && <p className="error" role="alert">{error}</p>}
      <table>
        <caption className="visually-hidden">Versions of this bot</caption>
        <thead>
          <tr><th scope="col">Version</th><th scope="col">Created</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.number} className={v.number === current ? 'current' : undefined}>
              <td>
                <a href={href(`/bots/${encodeURIComponent(botId)}?version=${v.number}`)}
                  aria-current={v.number === current ? 'page' : undefined}>{v.number}</a>
                {v.number === current && <span className="muted"> (open)</span>}
              </td>
              <td className="nowrap">{created(v.createdAt)}</td>
              <td>
                {v.locked
                  ? <span className="lock"><LockIcon /> locked: used by a kept backtest or a deployment</span>
                  : <span className="muted">editable</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
