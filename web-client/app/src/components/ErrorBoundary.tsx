// Keeps one screen's bug from blanking the whole app: shows what broke and a way back, and reports it to the console.
import { Component, type ReactNode } from 'react';

/** Props: the screen to guard; `resetKey` (e.g. the route) clears the error when it changes. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; key: string }> {
  state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error) {
    console.error('screen failed:', error);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="panel screen-error">
        <h1>This screen failed</h1>
        <p>{this.state.error.message}</p>
        <p>Your saved work is safe; unsaved code is kept as a draft in this browser.</p>
        <button type="button" onClick={() => window.location.reload()}>Reload</button>
      </div>
    );
  }
}
