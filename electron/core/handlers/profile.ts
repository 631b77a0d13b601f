/** `profile:*` handlers: the holder's name and e-mail. */
import type { Handlers } from './context';

export const profileHandlers = {
  'profile:get': async (_input, { store }) => store.data.profile,

  'profile:update': async (profile, { store }) =>
    store.mutate((doc) => ({ doc: { ...doc, profile }, result: profile })),
} satisfies Pick<Handlers, 'profile:get' | 'profile:update'>;
