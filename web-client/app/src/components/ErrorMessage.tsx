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
