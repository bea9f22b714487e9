// Sign up and log in: one card, switched by #/signup and #/login; every failure shows at the field it names.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Account } from '../api/types';
import { href } from '../router';
import { ErrorMessage } from '../components/ErrorMessage';
import { FormField } from '../components/FormField';
import { placeError, useFormErrors } from '../components/fieldErrors';
import './pages.css';

type Field = 'email' | 'password' | 'confirm';
const LABELS: Record<Field, string> = { email: 'Email', password: 'Password', confirm: 'Confirm password' };

/** `notice`: why the screen shows (e.g. the session ended), shown above the form. */
export function AuthPage({ mode, onSignedIn, notice }: {
  mode: 'login' | 'signup'; onSignedIn: (account: Account) => void; notice?: string | null;
}) {
  const signup = mode === 'signup';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const { errors, formError, fail, clear } = useFormErrors<Field>((field) => inputs.current[field]?.focus());

  // switching between the two screens starts clean (the email stays: it is often the same)
  useEffect(() => {
    setPassword('');
    setConfirm('');
    clear();
  }, [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (email.trim() === '') return fail('email', 'Enter your email address.');
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return fail('email', 'Enter an email address such as name@example.com.');
    if (password === '') return fail('password', signup ? 'Choose a password.' : 'Enter your password.');
    if (signup && confirm !== password) return fail('confirm', 'The two passwords differ; type the same password twice.');
    setBusy(true);
    clear();
    try {
      const account = await api.post<Account>(signup ? '/api/auth/signup' : '/api/auth/login',
        { email: email.trim(), password });
      onSignedIn(account);
    } catch (error) {
      const placed = placeError(error, LABELS, (e) => (e.code === 'email_taken' ? 'email' : null));
      fail(placed.field as Field | null, placed.message);
      setBusy(false);
    }
  };

  const field = (name: Field) => ({
    error: errors[name],
    ref: (element: HTMLInputElement | null) => { inputs.current[name] = element; },
  });

  return (
    <div className="auth-screen">
      <main className="auth-card" id="main" tabIndex={-1}>
        <p className="auth-brand" aria-hidden="true"><span className="logo-mark">◆</span> AWS Trader</p>
        <h1>{signup ? 'Create your account' : 'Log in'}</h1>
        <p className="muted auth-lead">
          {signup ? 'Write trading bots in TypeScript, backtest them on real candles, and run them on your exchanges.'
            : 'Welcome back. Log in to your bots, backtests and exchange accounts.'}
        </p>
        {notice && <p className="status-message" role="status">{notice}</p>}
        <form onSubmit={submit} noValidate aria-label={signup ? 'Sign up' : 'Log in'}>
          <FormField label="Email" type="email" name="email" autoComplete={signup ? 'email' : 'username'}
            value={email} onChange={(e) => setEmail(e.target.value)} {...field('email')} />
          <FormField label="Password" type="password" name="password"
            autoComplete={signup ? 'new-password' : 'current-password'}
            hint={signup ? '12+ characters, not a common one.' : undefined}
            value={password} onChange={(e) => setPassword(e.target.value)} {...field('password')} />
          {signup && (
            <FormField label="Confirm password" type="password" name="confirm" autoComplete="new-password"
              value={confirm} onChange={(e) => setConfirm(e.target.value)} {...field('confirm')} />
          )}
          <ErrorMessage error={formError} />
          <button type="submit" className="primary auth-submit" aria-disabled={busy}>
            {busy ? (signup ? 'Creating account…' : 'Logging in…') : (signup ? 'Create account' : 'Log in')}
          </button>
        </form>
        <p className="auth-switch">
          {signup ? <>Already have an account? <a href={href('/login')}>Log in</a></>
            : <>New to AWS Trader? <a href={href('/signup')}>Create an account</a></>}
        </p>
      </main>
    </div>
  );
}
