// Saved backtests on the server (server/.../BacktestsApi): save (locks the version), list, full result, delete.
import { api, ApiError } from '../api/client';
import type { SavedBacktest } from '../api/types';
import type { BacktestResult } from './result';

const base = (botId: string) => `/api/bots/${encodeURIComponent(botId)}/backtests`;

/** Saves the engine's result JSON byte for byte (the text is embedded, not re-serialized). */
export async function saveBacktest(botId: string, version: string, resultJson: string): Promise<SavedBacktest> {
  let response: Response;
  try {
    response = await fetch(base(botId), {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: '{"version":' + JSON.stringify(version) + ',"result":' + resultJson + '}',
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached: the backtest was not saved.', null);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // handled below
  }
  if (!response.ok) {
    const e = (parsed as { error?: { code?: string; message?: string; field?: string | null } } | null)?.error;
    throw new ApiError(response.status, e?.code ?? 'http_' + response.status,
      e?.message ?? `The server answered ${response.status}.`, e?.field ?? null);
  }
  return parsed as SavedBacktest;
}

export const listBacktests = (botId: string, version?: string) =>
  api.get<SavedBacktest[]>(base(botId) + (version ? '?version=' + encodeURIComponent(version) : ''));
export const getBacktest = (botId: string, id: string) => api.get<SavedBacktest>(`${base(botId)}/${encodeURIComponent(id)}`);
export const getResult = (botId: string, id: string) =>
  api.get<BacktestResult>(`${base(botId)}/${encodeURIComponent(id)}/result`);
export const deleteBacktest = (botId: string, id: string) => api.delete(`${base(botId)}/${encodeURIComponent(id)}`);
