// Shared shapes of the bot page's panels (kept out of the api/ and backtest/ files other screens own).

/** One row of the problems panel: a TypeScript marker (as you type) or a compile diagnostic of the last save. */
export interface Problem {
  source: 'typescript' | 'compiler';
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  message: string;
}

/** What the page asks of the editor: jump to a place and focus, or replace the text (discarding a draft). */
export interface EditorHandle {
  reveal(line: number, column: number): void;
  setText(text: string): void;
  focus(): void;
}

/** The 1-based line and column of frames `bot.ts:LINE` or `bot.ts:LINE:COL` in a bot error's stack. */
export function stackFrames(stack: string | null): { text: string; line: number | null; column: number | null }[] {
  if (!stack) return [];
  return stack.split('\n').filter((l) => l.trim().length > 0).map((text) => {
    const match = /bot\.ts:(\d+)(?::(\d+))?/.exec(text);
    return { text: text.trim(), line: match ? Number(match[1]) : null, column: match && match[2] ? Number(match[2]) : null };
  });
}
