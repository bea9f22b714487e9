// A saved backtest's full result (#/bots/ID/backtests/BID).
import { href } from '../router';
import { ResultsView } from '../backtest/ResultsView';
import { useSavedBacktest } from '../backtest/useSaved';
import { formatSavedAt, period } from '../backtest/format';
import { useBotName } from './ComparePage';
import '../backtest/backtest.css';

export function BacktestPage({ botId, backtestId }: { botId: string; backtestId: string }) {
  const { meta, result, candles, error, candlesError } = useSavedBacktest(botId, backtestId);
  const botName = useBotName(botId);
  return (
    <div className="bt-page">
      <nav aria-label="Breadcrumb" className="bt-breadcrumb">
        <a href={href('/bots')}>Bots</a> ›{' '}
        <a href={href(`/bots/${botId}${meta ? '?version=' + meta.version : ''}`)}>{botName ?? 'Bot'}{meta ? ` version ${meta.version}` : ''}</a> ›{' '}
        <span aria-current="page">Backtest</span>
      </nav>
      <h1>Backtest{result ? ` of ${(result.config.pairs as string[]).join(', ')} at ${String(result.config.runInterval)}` : ''}</h1>
      {meta && result && (
        <p className="muted">
          Version {meta.version} · saved {formatSavedAt(meta.createdAt)} UTC ·{' '}
          {period(result.config, 'start of data', 'end of data')} ·
          fees {String(result.config.fees)} · slippage {String(result.config.slippage)} · warm-up {String(result.config.warmup)}
        </p>
      )}
      {error && <p role="alert" className="error">The backtest could not be loaded: {error}</p>}
      {!error && !result && <p role="status" className="muted">Loading the backtest…</p>}
      {result && <ResultsView result={result} candles={candles} candlesError={candlesError} />}
    </div>
  );
}
