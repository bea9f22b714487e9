// A saved backtest's full result. (Placeholder.)
export function BacktestPage({ botId, backtestId }: { botId: string; backtestId: string }) {
  return <h1>Backtest {botId} {backtestId}</h1>;
}
