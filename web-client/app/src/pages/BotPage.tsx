// A bot: the editor, its versions, problems, console, and the backtest panel. (Placeholder.)
export function BotPage({ botId, version }: { botId: string; version: string | null }) {
  return <h1>Bot {botId} {version}</h1>;
}
