// Unsaved edits are kept per bot and version in localStorage, so a reload, a crash or a closed tab never loses them.

/** A draft: the edited text and when it was last written (epoch ms). */
export interface Draft { source: string; savedAt: number }

const key = (botId: string, version: string) => `awstrader.draft.${botId}.${version}`;

export function readDraft(botId: string, version: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(botId, version));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return typeof draft.source === 'string' && typeof draft.savedAt === 'number' ? draft : null;
  } catch {
    return null;
  }
}

/** Stores the draft; answers false when the browser refuses (storage full or disabled). */
export function writeDraft(botId: string, version: string, source: string): boolean {
  try {
    localStorage.setItem(key(botId, version), JSON.stringify({ source, savedAt: Date.now() } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(botId: string, version: string) {
  try {
    localStorage.removeItem(key(botId, version));
  } catch {
    // nothing to clear
  }
}

/** HH:MM in the user's time zone. */
export function clock(epochMs: number) {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** The next minor version of a major: its highest minor + 1, e.g. "1.3" when 1.0–1.2 exist. */
export function nextMinor(numbers: string[], major: number): string {
  const minors = numbers.map((n) => n.split('.').map(Number)).filter(([m]) => m === major).map(([, minor]) => minor);
  return `${major}.${(minors.length > 0 ? Math.max(...minors) : -1) + 1}`;
}

/** The next major version: the highest major + 1, e.g. "3.0". */
export function nextMajor(numbers: string[]): string {
  return `${Math.max(0, ...numbers.map((n) => Number(n.split('.')[0]))) + 1}.0`;
}
