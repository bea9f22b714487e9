// The bots list. (Placeholder.)
export function BotsPage() {
  return <h1>Bots</h1>;
}
