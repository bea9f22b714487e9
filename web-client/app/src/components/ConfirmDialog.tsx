// Asks before doing something that cannot be undone; shows why it failed (e.g. the server's 409) without closing.
import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ErrorMessage, describe } from './ErrorMessage';

/** Props: `title`, `message`, `confirmLabel` (e.g. "Delete bot"), `danger`, `onConfirm` (may return a promise; a
 * rejection is shown in the dialog), `onClose` (Cancel, Escape, and after onConfirm succeeds). */
export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onClose }: {
  title: string; message: ReactNode; confirmLabel: string; danger?: boolean;
  onConfirm: () => Promise<unknown> | unknown; onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(describe(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} description={message} footer={
      <>
        <button type="button" onClick={onClose} data-autofocus>Cancel</button>
        <button type="button" className={danger ? 'danger-solid' : 'primary'} onClick={confirm} aria-disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </>
    }>
      <ErrorMessage error={error} />
    </Dialog>
  );
}
