/** `app:*` handlers: status and notices. */
import { AppError } from '../../../shared/errors';
import type { Handlers } from './context';

export const appHandlers = {
  'app:status': async (_input, { store, version, today, chooseFile, openPath }) => ({
    version,
    today: today(),
    capabilities: { chooseFile: chooseFile !== undefined, openFile: openPath !== undefined },
    dataDir: store.dataDir,
    schemaVersion: store.data.schemaVersion,
    notices: store.data.settings.notices,
  }),

  'app:dismissNotice': async ({ id }, { store }) =>
    store.mutate((doc) => {
      if (!doc.settings.notices.some((n) => n.id === id)) {
        throw new AppError('not_found', 'That message was already dismissed.', 'id');
      }
      const notices = doc.settings.notices.filter((n) => n.id !== id);
      return { doc: { ...doc, settings: { ...doc.settings, notices } }, result: { notices } };
    }),
} satisfies Pick<Handlers, 'app:status' | 'app:dismissNotice'>;
