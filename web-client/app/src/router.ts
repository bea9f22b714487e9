// Hash routes (#/bots/ID?version=1.0): the server serves one index.html, and a reload keeps the screen.
import { useEffect, useState } from 'react';

/** The current route: its path segments and query values. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

function current(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/bots';
  const [path, query] = hash.split('?');
  return { path: path.split('/').filter((s) => s.length > 0).map(decodeURIComponent), query: new URLSearchParams(query ?? '') };
}

/** Hands every listener the new route when the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    let accepted = window.location.hash;
    const changed = () => {
      // A link or the back button moved away: a guard (unsaved changes) may send the user back.
      if (window.location.hash !== accepted && !mayLeave()) {
        history.replaceState(null, '', accepted || '#/bots');
        return;
      }
      accepted = window.location.hash;
      setRoute(current());
    };
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

/** Moves to another screen; the screens' own `beforeNavigate` guards (unsaved changes) are asked first. */
export function navigate(to: string) {
  window.location.hash = to; // the hashchange listener asks the guards
}

const guards = new Set<() => boolean>();

/** Asks the screens' guards (unsaved changes) whether the user may leave; false when one refuses. */
export function mayLeave(): boolean {
  return [...guards].every((guard) => guard());
}

/** Registers a guard that may refuse navigation (answers false); returns its removal. */
export function beforeNavigate(guard: () => boolean): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** A link to a route: `href` keeps middle-click and keyboard behaviour of a real link. */
export function href(to: string) {
  return '#' + to;
}
