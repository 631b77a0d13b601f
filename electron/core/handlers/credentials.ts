/** `credentials:*` handlers: the user's credentials, each an instance of a catalog or custom type. */
import { randomUUID } from 'node:crypto';
import { CATALOG_VERSION } from '../../../shared/domain/catalog/catalog';
import { credentialProblem } from '../../../shared/domain/records/credential-rules';
import { evaluateAll } from '../../../shared/domain/rules/evaluate';
import { AppError } from '../../../shared/errors';
import type { Credential, CredentialFields } from '../../../shared/schemas/entities';
import type { RecertDocument } from '../store/document';
import { releaseFiles } from '../files/attachment-files';
import type { Handlers } from './context';

function notFound(): AppError {
  return new AppError(
    'not_found',
    'That credential no longer exists. It may have been deleted; reload the list.',
    'id',
  );
}

/** The domain's credential rules, as the handler's error (fields prefixed as in the input). */
function checkCredential(doc: RecertDocument, fields: CredentialFields, prefix = '', id?: string): void {
  const problem = credentialProblem({ ...fields, ...(id ? { id } : {}) }, doc);
  if (problem) throw new AppError('invalid_input', problem.message, `${prefix}${problem.field}`);
}

/** Copies the typed fields onto a record, dropping an expiry the user cleared. */
function withFields(base: Pick<Credential, 'id' | 'createdAt' | 'updatedAt'>, fields: CredentialFields): Credential {
  const { expiresOn, ...rest } = fields;
  return expiresOn === undefined ? { ...base, ...rest } : { ...base, ...rest, expiresOn };
}

export const credentialHandlers = {
  'credentials:list': async (_input, { store }) => store.data.credentials,

  'credentials:add': async (fields, { store }) =>
    store.mutate((doc) => {
      checkCredential(doc, fields);
      const stamp = store.now().toISOString();
      const credential = withFields({ id: randomUUID(), createdAt: stamp, updatedAt: stamp }, fields);
      return { doc: { ...doc, credentials: [...doc.credentials, credential] }, result: credential };
    }),

  'credentials:update': async ({ id, fields }, { store }) =>
    store.mutate((doc) => {
      const current = doc.credentials.find((c) => c.id === id);
      if (!current) throw notFound();
      checkCredential(doc, fields, 'fields.', id);
      const updated = withFields({ id, createdAt: current.createdAt, updatedAt: store.now().toISOString() }, fields);
      const credentials = doc.credentials.map((c) => (c.id === id ? updated : c));
      return { doc: { ...doc, credentials }, result: updated };
    }),

  'credentials:remove': async ({ id }, ctx) => {
    const removed = await ctx.store.mutate((doc) => {
      if (!doc.credentials.some((c) => c.id === id)) throw notFound();
      const attachments = doc.attachments.filter((a) => a.ownerType === 'credential' && a.ownerId === id);
      // Its renewals and the shares of activities allocated to it go with it; the activities stay.
      const activities = doc.activities.map((a) =>
        a.allocations.some((x) => x.credentialId === id)
          ? { ...a, allocations: a.allocations.filter((x) => x.credentialId !== id) }
          : a,
      );
      return {
        doc: {
          ...doc,
          credentials: doc.credentials.filter((c) => c.id !== id),
          renewals: doc.renewals.filter((r) => r.credentialId !== id),
          activities,
          attachments: doc.attachments.filter((a) => !attachments.includes(a)),
        },
        result: attachments,
      };
    });
    await releaseFiles(ctx.store, removed);
    return { id };
  },

  'credentials:evaluate': async (_input, { store, today }) => {
    const date = today();
    const doc = store.data;
    return {
      today: date,
      catalogVersion: CATALOG_VERSION,
      evaluations: evaluateAll({
        credentials: doc.credentials,
        activities: doc.activities,
        renewals: doc.renewals,
        customTypes: doc.customTypes,
        today: date,
      }),
    };
  },
} satisfies Pick<
  Handlers,
  'credentials:list' | 'credentials:add' | 'credentials:update' | 'credentials:remove' | 'credentials:evaluate'
>;
