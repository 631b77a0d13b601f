/** `customTypes:*` handlers: credential types the user defines when the catalog lacks theirs. */
import { addCustomType } from '../../../shared/domain/records/operations/custom-types';
import { stampOf, type Handlers } from './context';

export const customTypeHandlers = {
  'customTypes:list': async (_input, { store }) => store.data.customTypes,

  'customTypes:add': async (fields, ctx) => ctx.store.mutate((doc) => addCustomType(doc, fields, stampOf(ctx))),
} satisfies Pick<Handlers, 'customTypes:list' | 'customTypes:add'>;
