// The app shell: who is signed in, the navigation, and which screen the route shows.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, api, whenSignedOut } from './api/client';
import { ErrorMessage, describe } from './components/ErrorMessage';
import { ErrorBoundary } from './components/ErrorBoundary';
import type { Account } from './api/types';
import { href, mayLeave, navigate, useRoute } from './router';
import { AuthPage } from './pages/AuthPage';
import { BotsPage } from './pages/BotsPage';
import { BotPage } from './pages/BotPage';
import { ExchangesPage } from './pages/ExchangesPage';
import { BacktestPage } from './pages/BacktestPage';
import { ComparePage } from './pages/ComparePage';
import { DeploymentsPage } from './pages/DeploymentsPage';
import { DeploymentPage } from './pages/DeploymentPage';
import './shell.css';

/** The title of each screen. */
function defaultTitle(path: string[], signedIn: boolean): string {
  const [section, id, sub] = path;
  if (!signedIn) return section === 'signup' ? 'Sign up' : 'Log in';
  if (section === 'exchanges') return 'Exchange accounts';
  if (section === 'deployments') return id ? 'Deployment' : 'Deployments';
  if (section === 'bots' && id && sub === 'backtests') return 'Backtest';
  if (section === 'bots' && id && sub === 'compare') return 'Compare backtests';
  if (section === 'bots' && id) return 'Bot';
  return 'Bots';
}

/** Moves focus to the screen's main region (the skip link; a link to "#main" would change the hash route). */
function skipToContent(event: React.MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

export function App() {
  const route = useRoute();
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const wasSignedIn = useRef(false);
  wasSignedIn.current = !!account;

  useEffect(() => {
    // a 401 from any request: the session ended (expired, or logged out elsewhere): back to the login screen
    whenSignedOut(() => {
      if (wasSignedIn.current) setNotice('Your session has ended. Log in again to continue where you were.');
      setAccount(null);
    });
    api.get<Account>('/api/auth/me').then(setAccount, () => setAccount(null));
  }, []);

  const section = route.path[0];
  const signedIn = !!account;
  // a layout effect runs before the screens' own (passive) title effects, which may refine it
  useLayoutEffect(() => {
    if (account !== undefined) document.title = defaultTitle(route.path, signedIn) + ' · AWS Trader';
  }, [route, signedIn, account]);

  const onSignedIn = useCallback((who: Account) => {
    setAccount(who);
    setNotice(null);
    // after a session ended the user comes back to the screen they were on; else to their bots
    const [at] = window.location.hash.replace(/^#\/?/, '').split(/[/?]/);
    if (at === '' || at === 'login' || at === 'signup') navigate('/bots');
  }, []);

  const [logOutError, setLogOutError] = useState<string | null>(null);
  const logOut = useCallback(async () => {
    // unsaved edits: the user is asked first, and Cancel keeps the session (and the screen) as it was
    if (!mayLeave()) return;
    setLogOutError(null);
    try {
      await api.post('/api/auth/logout');
    } catch (error) {
      // 401: the session was already gone. Anything else: the session may still be valid, so say so
      if (!(error instanceof ApiError && error.status === 401)) {
        setLogOutError('Logging out failed: ' + describe(error) + ' Try again.');
        return;
      }
    }
    setNotice(null);
    setAccount(null);
    navigate('/login');
  }, []);

  if (account === undefined) return <p className="loading" role="status">Loading…</p>;
  if (account === null) {
    return <AuthPage mode={section === 'signup' ? 'signup' : 'login'} onSignedIn={onSignedIn} notice={notice} />;
  }

  const [, id, sub, subId] = route.path;
  let screen;
  if (section === 'exchanges') screen = <ExchangesPage />;
  else if (section === 'deployments' && id) screen = <DeploymentPage deploymentId={id} />;
  else if (section === 'deployments') screen = <DeploymentsPage />;
  else if (section === 'bots' && id && sub === 'backtests' && subId) screen = <BacktestPage botId={id} backtestId={subId} />;
  else if (section === 'bots' && id && sub === 'compare') {
    screen = <ComparePage botId={id} left={route.query.get('a')} right={route.query.get('b')} />;
  } else if (section === 'bots' && id) screen = <BotPage botId={id} version={route.query.get('version')} />;
  else screen = <BotsPage />;

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToContent}>Skip to content</a>
      <header className="topbar">
        <a className="brand" href={href('/bots')}><span className="logo-mark" aria-hidden="true">◆</span> AWS Trader</a>
        <nav aria-label="Main">
          <a href={href('/bots')} aria-current={section === 'bots' || section === undefined ? 'page' : undefined}>Bots</a>
          <a href={href('/deployments')} aria-current={section === 'deployments' ? 'page' : undefined}>Deployments</a>
          <a href={href('/exchanges')} aria-current={section === 'exchanges' ? 'page' : undefined}>Exchange accounts</a>
          <a href="/api/docs">REST API</a>
        </nav>
        <span className="who" title="Signed in as">{account.email}</span>
        <button type="button" onClick={logOut}>Log out</button>
      </header>
      {logOutError && <div className="shell-alert"><ErrorMessage error={logOutError} /></div>}
      <main id="main" tabIndex={-1}><ErrorBoundary resetKey={route.path.join("/")}>{screen}</ErrorBoundary></main>
    </div>
  );
}
