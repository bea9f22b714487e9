// Problems: TypeScript's markers as you type and the compiler's diagnostics of the last save; a row jumps to its line.
import { SeverityIcon } from './icons';
import type { Problem } from './problems';

export function ProblemsPanel({ problems, lastSaveClean, onJump }: {
  problems: Problem[];
  /** True when the last save compiled without diagnostics (shown when there is nothing else to show). */
  lastSaveClean: boolean;
  onJump(line: number, column: number): void;
}) {
  if (problems.length === 0) {
    return (
      <p className="panel-empty">
        No problems.{lastSaveClean ? ' The last save compiled without errors.' : ''}
      </p>
    );
  }
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={`${p.source}-${p.line}-${p.column}-${i}`}>
          <button type="button" className={`problem problem-${p.severity}`} onClick={() => onJump(p.line, p.column)}>
            <span className="problem-icon"><SeverityIcon severity={p.severity} /><span className="visually-hidden">{p.severity}</span></span>
            <span className="problem-where">{p.line}:{p.column}</span>
            <span className="problem-message">{p.message}</span>
            <span className="problem-source">{p.source === 'compiler' ? 'compiler (last save)' : 'TypeScript'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
