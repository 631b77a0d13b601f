/** Every contract method's handler, in one table. A missing one fails the type check. */
import { appHandlers } from './app';
import type { Handlers } from './context';
import { credentialHandlers } from './credentials';
import { profileHandlers } from './profile';

export const handlers: Handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...credentialHandlers,
};
