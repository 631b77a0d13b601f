/** `credentials:*` handlers: the user's credentials (free fields until the catalog issue). */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Credential, CredentialFields } from '../../../shared/schemas/entities';
import type { Handlers } from './context';

function notFound(): AppError {
  return new AppError(
    'not_found',
    'That credential no longer exists. It may have been deleted; reload the list.',
    'id',
  );
}

/** Copies the typed fields onto a record, dropping an expiry the user cleared. */
function withFields(base: Omit<Credential, keyof CredentialFields>, fields: CredentialFields): Credential {
  const { expiresOn, ...rest } = fields;
  return expiresOn === undefined ? { ...base, ...rest } : { ...base, ...rest, expiresOn };
}

export const credentialHandlers = {
  'credentials:list': async (_input, { store }) => store.data.credentials,

  'credentials:add': async (fields, { store }) =>
    store.mutate((doc) => {
      const stamp = store.now().toISOString();
      const credential = withFields({ id: randomUUID(), createdAt: stamp, updatedAt: stamp }, fields);
      return { doc: { ...doc, credentials: [...doc.credentials, credential] }, result: credential };
    }),

  'credentials:update': async ({ id, fields }, { store }) =>
    store.mutate((doc) => {
      const current = doc.credentials.find((c) => c.id === id);
      if (!current) throw notFound();
      const updated = withFields({ id, createdAt: current.createdAt, updatedAt: store.now().toISOString() }, fields);
      const credentials = doc.credentials.map((c) => (c.id === id ? updated : c));
      return { doc: { ...doc, credentials }, result: updated };
    }),

  'credentials:remove': async ({ id }, { store }) =>
    store.mutate((doc) => {
      if (!doc.credentials.some((c) => c.id === id)) throw notFound();
      return { doc: { ...doc, credentials: doc.credentials.filter((c) => c.id !== id) }, result: { id } };
    }),
} satisfies Pick<Handlers, 'credentials:list' | 'credentials:add' | 'credentials:update' | 'credentials:remove'>;
