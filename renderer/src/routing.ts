/**
 * The page's route as React state, kept in the address's hash (model/routes.ts says how), so
 * Back and Forward move between screens and a reload keeps the screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { hashOf, routeFromHash, type Route } from './model/routes';

export type { Route, View } from './model/routes';

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
