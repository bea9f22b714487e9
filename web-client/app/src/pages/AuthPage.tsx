// Sign up and log in. (Placeholder: the auth screens' helper fills it in.)
import type { Account } from '../api/types';

export function AuthPage({ mode }: { mode: 'login' | 'signup'; onSignedIn: (account: Account) => void }) {
  return <h1>{mode === 'login' ? 'Log in' : 'Sign up'}</h1>;
}
