/** `customTypes:*` handlers: credential types the user defines when the catalog lacks theirs. */
import { randomUUID } from 'node:crypto';
import type { Handlers } from './context';

export const customTypeHandlers = {
  'customTypes:list': async (_input, { store }) => store.data.customTypes,

  'customTypes:add': async (fields, { store }) =>
    store.mutate((doc) => {
      const { cycleMonths, ...rest } = fields;
      const customType = { id: randomUUID(), ...rest, ...(cycleMonths === undefined ? {} : { cycleMonths }) };
      return { doc: { ...doc, customTypes: [...doc.customTypes, customType] }, result: customType };
    }),
} satisfies Pick<Handlers, 'customTypes:list' | 'customTypes:add'>;
