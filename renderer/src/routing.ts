/**
 * Each screen has an address in the page's hash (`#/timeline`, `#/credential/<id>`), so Back and
 * Forward move between screens and a reload keeps the screen.
 */
import { useCallback, useEffect, useState } from 'react';

export type View = 'credentials' | 'timeline' | 'activities' | 'settings' | 'read';
export interface Route {
  view: View;
  /** The credential open on the home view. */
  credentialId: string | null;
}

const PATHS: Record<View, string> = {
  credentials: '',
  timeline: 'timeline',
  activities: 'activities',
  settings: 'settings',
  read: 'read',
};

export function routeFromHash(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'credential' && second) return { view: 'credentials', credentialId: decodeURIComponent(second) };
  const view = (Object.keys(PATHS) as View[]).find((v) => PATHS[v] === first && first !== '');
  return { view: view ?? 'credentials', credentialId: null };
}

export function hashOf(route: Route): string {
  if (route.credentialId) return `#/credential/${encodeURIComponent(route.credentialId)}`;
  return `#/${PATHS[route.view]}`;
}

/** The current route, and a way to go somewhere (a new history entry). */
export function useRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = hashOf(next);
    if (hash !== window.location.hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, go];
}
