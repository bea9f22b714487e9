// The server's REST API as typed functions. Every failure becomes an ApiError carrying the server's
// {"error": {"code", "message", "field"}} so screens can show the message next to the field it names.

/** A failed request: the server's error code, message and (when it names one) the field at fault. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field: string | null) {
    super(message);
  }
}

/**
 * A body that is already JSON text (e.g. the engine's result embedded byte for byte), sent gzipped
 * (Content-Encoding: gzip): a full-history result is tens of megabytes as text and a few once packed.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

function gzip(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

async function request<T>(method: string, path: string, body?: unknown, unreachable?: string): Promise<T> {
  let response: Response;
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
  if (body instanceof JsonText) headers['Content-Encoding'] = 'gzip';
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : body instanceof JsonText ? await gzip(body.text) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', unreachable ?? 'The server cannot be reached. Check that it is running and try again.', null);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    // not JSON: handled below
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; field?: string | null } } | null)?.error;
    if (response.status === 401 && onSignedOut) onSignedOut();
    throw new ApiError(response.status, error?.code ?? 'http_' + response.status,
      error?.message ?? `The server answered ${response.status} ${response.statusText}.`, error?.field ?? null);
  }
  return parsed as T;
}

let onSignedOut: (() => void) | null = null;

/** Called whenever the server says the session is gone (401), so the app can show the login screen. */
export function whenSignedOut(callback: () => void) {
  onSignedOut = callback;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  // without a body (POST /api/auth/logout) none is sent: routes that take none refuse one
  post: <T>(path: string, body?: unknown, unreachable?: string) => request<T>('POST', path, body, unreachable),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
