// Loads a saved backtest: its summary, its full result, and the candles its charts need.
import { useEffect, useState } from 'react';
import type { CandleColumns, SavedBacktest } from '../api/types';
import type { BacktestResult } from './result';
import { getBacktest, getResult } from './saved';
import { candlesFor } from './run';
import type { EngineSettings } from './settings';

export interface Loaded {
  meta: SavedBacktest | null; result: BacktestResult | null; candles: Record<string, CandleColumns> | null;
  error: string | null; candlesError: string | null;
}

export function useSavedBacktest(botId: string, id: string | null): Loaded {
  const [state, setState] = useState<Loaded>({ meta: null, result: null, candles: null, error: null, candlesError: null });
  useEffect(() => {
    let live = true;
    setState({ meta: null, result: null, candles: null, error: null, candlesError: null });
    if (!id) return;
    Promise.all([getBacktest(botId, id), getResult(botId, id)]).then(([meta, result]) => {
      if (!live) return;
      setState((s) => ({ ...s, meta, result }));
      candlesFor(result.config as unknown as EngineSettings).then(
        (candles) => { if (live) setState((s) => ({ ...s, candles })); },
        (e: Error) => { if (live) setState((s) => ({ ...s, candlesError: 'The candles could not be loaded: ' + e.message })); });
    }, (e: Error) => { if (live) setState((s) => ({ ...s, error: e.message })); });
    return () => { live = false; };
  }, [botId, id]);
  return state;
}
