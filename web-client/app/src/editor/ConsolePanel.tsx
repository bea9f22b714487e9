// The last backtest's console: the bot's errors (stack frames bot.ts:LINE jump to the line) and its log lines.
import { memo } from 'react';
import type { BacktestResult } from '../backtest/result';
import { stackFrames } from './problems';
import { formatTime } from '../backtest/format';

const MAX_LINES = 5000;

function ConsolePanelBody({ result, onJump }: { result: BacktestResult | null; onJump(line: number, column: number): void }) {
  if (!result) return <p className="panel-empty">Run a backtest (Ctrl+Enter) to see the bot's console output and errors here.</p>;
  const logs = result.logs.length > MAX_LINES ? result.logs.slice(-MAX_LINES) : result.logs;
  const hidden = result.logs.length - logs.length + (result.droppedLogs ?? 0);
  return (
    <div className="console">
      {result.errors.length > 0 && (
        <section aria-label="Bot errors">
          <h3 className="console-heading error">{result.errors.length} bot error{result.errors.length === 1 ? '' : 's'}</h3>
          <ul className="console-errors">
            {result.errors.map((e, i) => (
              <li key={i} className="console-error">
                <div><time className="console-time">{formatTime(e.time)}</time> <span className="error">{e.message}</span></div>
                {stackFrames(e.stack).map((frame, j) => frame.line !== null ? (
                  <button key={j} type="button" className="stack-frame" onClick={() => onJump(frame.line!, frame.column ?? 1)}>
                    {frame.text}
                  </button>
                ) : <div key={j} className="stack-frame muted">{frame.text}</div>)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Console output">
        <h3 className="console-heading">
          Console · {result.logs.length} line{result.logs.length === 1 ? '' : 's'}
          {hidden > 0 ? ` (${hidden} not shown: past the limit)` : ''}
        </h3>
        {logs.length === 0 ? <p className="panel-empty">The bot logged nothing.</p> : (
          <ol className="console-lines">
            {logs.map((line) => (
              <li key={line.id} className={`console-line console-${line.type}`}>
                <time className="console-time">{formatTime(line.date)}</time>
                <span className="console-type">{line.type}</span>
                <span className="console-message">{line.message}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** Renders again only when its props change: typing in the editor or a form must not redraw the results. */
export const ConsolePanel = memo(ConsolePanelBody);
