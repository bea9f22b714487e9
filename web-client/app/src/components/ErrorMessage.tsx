// A failed request or check, announced to assistive technology (role="alert"); renders nothing without an error.
import { ApiError } from '../api/client';
import './components.css';

/** Props: `error` (text, an Error/ApiError, or null for none), optional `id`. */
export function ErrorMessage({ error, id }: { error: string | Error | null | undefined; id?: string }) {
  if (!error) return null;
  return <div id={id} className="error-message" role="alert">{typeof error === 'string' ? error : describe(error)}</div>;
}

/** A sentence for users from any failure: the server's message with a capital and a full stop. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return sentence(error.message);
  if (error instanceof Error) return sentence(error.message);
  return 'Something went wrong.';
}

/** "the email is wrong" → "The email is wrong." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'Something went wrong.';
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?…)]$/.test(capital) ? capital : capital + '.';
}

/** A list that could not be loaded: why, and Try again; while it loads (`loaded` false, no error), a status line. */
export function ListLoading({ what, loaded, error, onRetry }: {
  what: string; loaded: boolean; error: string | null; onRetry: () => void;
}) {
  if (error) {
    return (
      <div className="load-failed">
        <ErrorMessage error={`The ${what} could not be loaded: ${error}`} />
        <button type="button" onClick={onRetry}>Try again</button>
      </div>
    );
  }
  return loaded ? null : <p className="muted" role="status">Loading {what}…</p>;
}
