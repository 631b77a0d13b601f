/** `profile:*` handlers: the holder's name and e-mail. */
import { updateProfile } from '../../../shared/domain/records/operations/settings';
import type { Handlers } from './context';

export const profileHandlers = {
  'profile:get': async (_input, { store }) => store.data.profile,

  'profile:update': async (profile, { store }) => store.mutate((doc) => updateProfile(doc, profile)),
} satisfies Pick<Handlers, 'profile:get' | 'profile:update'>;
