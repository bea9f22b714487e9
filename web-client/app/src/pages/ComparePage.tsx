// Two saved backtests side by side. (Placeholder.)
export function ComparePage({ botId, left, right }: { botId: string; left: string | null; right: string | null }) {
  return <h1>Compare {botId} {left} {right}</h1>;
}
