// A bot: the editor, its versions, problems, console, and the backtest panel.
// (Minimal stand-in until the editor's BotPage lands: loads the version and shows the backtest panel.)
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Version } from '../api/types';
import { BacktestPanel } from '../backtest/BacktestPanel';

export function BotPage({ botId, version }: { botId: string; version: string | null }) {
  const [loaded, setLoaded] = useState<Version | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<Version>(`/api/bots/${botId}/versions/${version ?? '1.0'}`).then(setLoaded, (e: Error) => setError(e.message));
  }, [botId, version]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!loaded) return <p role="status">Loading…</p>;
  return (
    <div>
      <h1>Bot {botId} {loaded.number}</h1>
      <BacktestPanel botId={botId} version={loaded} dirty={false} runSignal={0} onResult={() => {}} />
    </div>
  );
}
