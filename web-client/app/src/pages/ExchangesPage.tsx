// Exchange accounts. (Placeholder.)
export function ExchangesPage() {
  return <h1>Exchange accounts</h1>;
}
