// Placeholder for the backtest panel (the backtest helper's real file replaces it): the props the bot page passes.
import type { Version } from '../api/types';
import type { BacktestResult } from './result';

export interface BacktestPanelProps {
  botId: string;
  version: Version;
  dirty: boolean;
  runSignal: number;
  onResult: (result: BacktestResult | null) => void;
}

export function BacktestPanel({ version, dirty, runSignal }: BacktestPanelProps) {
  return (
    <section aria-label="Backtest">
      <h2>Backtest</h2>
      <p className="muted">Version {version.number}{dirty ? ' (unsaved changes)' : ''}; run requests: {runSignal}.</p>
    </section>
  );
}
