// Puts a failed request's message at the form field it names (ApiError.field), in the words of the form's labels.
import { useState } from 'react';
import { ApiError } from '../api/client';
import { describe, sentence } from './ErrorMessage';

/** Where a failure goes: `field` (one of the form's, or null for the whole form) and the message to show. */
export interface PlacedError { field: string | null; message: string }

/**
 * `labels` maps the server's field names ("credentials.apiKey") to the form's labels ("API key"); a field the form
 * does not know goes to the whole form. `fieldOf` may pick a field for errors the server gives none (e.g. by code).
 */
export function placeError(error: unknown, labels: Record<string, string>,
  fieldOf?: (error: ApiError) => string | null): PlacedError {
  if (!(error instanceof ApiError)) return { field: null, message: describe(error) };
  let field = error.field ?? fieldOf?.(error) ?? null;
  if (field !== null && !(field in labels)) field = null;
  let message = error.message;
  const missing = /^field '([^']+)' is required$/.exec(message);
  if (missing) {
    message = (labels[missing[1]] ?? missing[1]) + ' is required';
  } else {
    // "credentials.apiKey must be 8 to 256 characters" → "API key must be 8 to 256 characters"
    const named = Object.keys(labels).sort((a, b) => b.length - a.length).find((name) => message.startsWith(name + ' '));
    if (named) message = labels[named] + message.slice(named.length);
  }
  return { field, message: sentence(message) };
}

/** A form's failures: one message at a field (which gets focus) or one for the whole form. */
export interface FormErrors<F extends string> {
  errors: Partial<Record<F, string>>;
  formError: string | null;
  /** Shows `message` at `field` and focuses it, or for the whole form when `field` is null; clears the rest. */
  fail: (field: F | null, message: string) => void;
  clear: () => void;
}

/** The errors of a form whose fields `focus` can move to (by ref, or by a data-field attribute). */
export function useFormErrors<F extends string = string>(focus: (field: F) => void): FormErrors<F> {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    errors,
    formError,
    fail: (field, message) => {
      if (field) {
        setErrors({ [field]: message } as Partial<Record<F, string>>);
        setFormError(null);
        focus(field);
      } else {
        setErrors({});
        setFormError(message);
      }
    },
    clear: () => {
      setErrors({});
      setFormError(null);
    },
  };
}
