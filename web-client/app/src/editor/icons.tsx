// Small inline icons (no emoji: the fonts of a Linux desktop often lack them). Decorative: text always says the same.

export function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M4.5 7V5a3.5 3.5 0 1 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5zm1.5 0h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: 'error' | 'warning' | 'info' }) {
  if (severity === 'warning') {
    return (
      <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M8 1.5 15 14H1L8 1.5zM7.25 6v4h1.5V6h-1.5zm0 5v1.5h1.5V11h-1.5z" />
      </svg>
    );
  }
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      {severity === 'error'
        ? <path stroke="#0f1420" strokeWidth="1.8" strokeLinecap="round" d="M5.5 5.5l5 5M10.5 5.5l-5 5" />
        : <path stroke="#0f1420" strokeWidth="1.8" strokeLinecap="round" d="M8 7v4.5M8 4.6v.1" />}
    </svg>
  );
}
