/**
 * Each screen has an address in the page's hash (`#/timeline`, `#/credential/<id>`): the route
 * read from a hash, and the hash of a route. Pure, so it has its own tests.
 */
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
