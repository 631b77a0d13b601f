/** `credentials:*` handlers: the user's credentials, each an instance of a catalog or custom type. */
import { CATALOG_VERSION } from '../../../shared/domain/catalog/catalog';
import { evaluateStored } from '../evaluation';
import { AppError } from '../../../shared/errors';
import { releaseFiles } from '../files/attachment-files';
import {
  addCredential,
  removeCredential,
  updateCredential,
} from '../../../shared/domain/records/operations/credentials';
import { stampOf, type Handlers } from './context';

export const credentialHandlers = {
  'credentials:list': async (_input, { store }) => store.data.credentials,

  'credentials:add': async (fields, ctx) => ctx.store.mutate((doc) => addCredential(doc, fields, stampOf(ctx))),

  'credentials:update': async ({ id, fields }, ctx) =>
    ctx.store.mutate((doc) => updateCredential(doc, id, fields, stampOf(ctx))),

  'credentials:remove': async ({ id }, ctx) => {
    const attachments = await ctx.store.mutate((doc) => removeCredential(doc, id));
    await releaseFiles(ctx.store, attachments);
    return { id };
  },

  'credentials:evaluate': async (_input, { store, today }) => {
    const date = today();
    const doc = store.data;
    return {
      today: date,
      catalogVersion: CATALOG_VERSION,
      evaluations: evaluateStored(doc, date),
    };
  },

  'credentials:cycle': async ({ credentialId, cycleEnd }, { store, today }) => {
    const evaluation = evaluateStored(store.data, today()).find((e) => e.credentialId === credentialId);
    if (!evaluation) throw new AppError('not_found', 'That credential no longer exists.', 'credentialId');
    const cycle = evaluation.cycles.find((c) => c.end === cycleEnd);
    if (!cycle)
      throw new AppError('invalid_input', `${evaluation.code} has no cycle ending on ${cycleEnd}.`, 'cycleEnd');
    return cycle;
  },
} satisfies Pick<
  Handlers,
  | 'credentials:list'
  | 'credentials:add'
  | 'credentials:update'
  | 'credentials:remove'
  | 'credentials:evaluate'
  | 'credentials:cycle'
>;
