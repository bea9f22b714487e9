// The app shell: who is signed in, the navigation, and which screen the route shows.
import { useCallback, useEffect, useState } from 'react';
import { api, whenSignedOut } from './api/client';
import type { Account } from './api/types';
import { href, navigate, useRoute } from './router';
import { AuthPage } from './pages/AuthPage';
import { BotsPage } from './pages/BotsPage';
import { BotPage } from './pages/BotPage';
import { ExchangesPage } from './pages/ExchangesPage';
import { BacktestPage } from './pages/BacktestPage';
import { ComparePage } from './pages/ComparePage';

export function App() {
  const route = useRoute();
  const [account, setAccount] = useState<Account | null | undefined>(undefined);

  useEffect(() => {
    whenSignedOut(() => setAccount(null));
    api.get<Account>('/api/auth/me').then(setAccount, () => setAccount(null));
  }, []);

  const signedIn = useCallback((who: Account) => {
    setAccount(who);
    navigate('/bots');
  }, []);

  const logOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setAccount(null);
      navigate('/login');
    }
  }, []);

  if (account === undefined) return <p className="loading" role="status">Loading…</p>;
  if (account === null) {
    return <AuthPage mode={route.path[0] === 'signup' ? 'signup' : 'login'} onSignedIn={signedIn} />;
  }

  const [section, id, sub, subId] = route.path;
  let screen;
  if (section === 'exchanges') screen = <ExchangesPage />;
  else if (section === 'bots' && id && sub === 'backtests' && subId) screen = <BacktestPage botId={id} backtestId={subId} />;
  else if (section === 'bots' && id && sub === 'compare') {
    screen = <ComparePage botId={id} left={route.query.get('a')} right={route.query.get('b')} />;
  } else if (section === 'bots' && id) screen = <BotPage botId={id} version={route.query.get('version')} />;
  else screen = <BotsPage />;

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={href('/bots')}>AWS Trader</a>
        <nav aria-label="Main">
          <a href={href('/bots')} aria-current={section !== 'exchanges' ? 'page' : undefined}>Bots</a>
          <a href={href('/exchanges')} aria-current={section === 'exchanges' ? 'page' : undefined}>Exchange accounts</a>
        </nav>
        <span className="who">{account.email}</span>
        <button type="button" onClick={logOut}>Log out</button>
      </header>
      <main>{screen}</main>
    </div>
  );
}
