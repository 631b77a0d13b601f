/** Each screen's address (renderer/src/model/routes.ts): read from the hash and written back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash, type View } from '../../../renderer/src/model/routes';

describe('routes', () => {
  it('each screen has its address, Home the empty one', () => {
    expect(routeFromHash('')).toEqual({ view: 'credentials', credentialId: null });
    expect(routeFromHash('#/timeline')).toEqual({ view: 'timeline', credentialId: null });
    expect(routeFromHash('#/activities')).toEqual({ view: 'activities', credentialId: null });
    expect(routeFromHash('#/settings')).toEqual({ view: 'settings', credentialId: null });
    expect(routeFromHash('#/read')).toEqual({ view: 'read', credentialId: null });
    expect(hashOf({ view: 'credentials', credentialId: null })).toBe('#/');
  });

  it('an address Recert does not know opens Home; a credential without an id too', () => {
    expect(routeFromHash('#/nowhere')).toEqual({ view: 'credentials', credentialId: null });
    expect(routeFromHash('#/credential/')).toEqual({ view: 'credentials', credentialId: null });
  });

  it('a credential’s address carries its id, encoded', () => {
    expect(hashOf({ view: 'credentials', credentialId: 'a b/c' })).toBe('#/credential/a%20b%2Fc');
    expect(routeFromHash('#/credential/a%20b%2Fc')).toEqual({ view: 'credentials', credentialId: 'a b/c' });
  });

  it('any route survives the trip through its address (property)', () => {
    const views: View[] = ['credentials', 'timeline', 'activities', 'settings', 'read'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...views).map((view) => ({ view, credentialId: null })),
          fc.string({ minLength: 1, maxLength: 40 }).map((id) => ({ view: 'credentials' as View, credentialId: id })),
        ),
        (route) => {
          expect(routeFromHash(hashOf(route))).toEqual(route);
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
