// Saved backtests on the server (server/.../BacktestsApi): save (locks the version), list, full result, delete.
import { api, JsonText } from '../api/client';
import type { SavedBacktest } from '../api/types';
import type { BacktestResult } from './result';

const base = (botId: string) => `/api/bots/${encodeURIComponent(botId)}/backtests`;

/** Saves the engine's result JSON byte for byte (the text is embedded, not re-serialized). */
export function saveBacktest(botId: string, version: string, resultJson: string): Promise<SavedBacktest> {
  return api.post<SavedBacktest>(base(botId),
    new JsonText('{"version":' + JSON.stringify(version) + ',"result":' + resultJson + '}'),
    'The server cannot be reached: the backtest was not saved.');
}

export const listBacktests = (botId: string, version?: string) =>
  api.get<SavedBacktest[]>(base(botId) + (version ? '?version=' + encodeURIComponent(version) : ''));
export const getBacktest = (botId: string, id: string) => api.get<SavedBacktest>(`${base(botId)}/${encodeURIComponent(id)}`);
export const getResult = (botId: string, id: string) =>
  api.get<BacktestResult>(`${base(botId)}/${encodeURIComponent(id)}/result`);
export const deleteBacktest = (botId: string, id: string) => api.delete(`${base(botId)}/${encodeURIComponent(id)}`);
