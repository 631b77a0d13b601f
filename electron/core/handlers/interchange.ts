/** `data:*` handlers: everything the user entered, out to one JSON file and back in. */
import { exportData, importData } from '../interchange';
import type { Handlers } from './context';
import { deliver } from './deliver';

export const interchangeHandlers = {
  'data:export': async (_input, ctx) => {
    const data = exportData(ctx.store.data, ctx.store.now());
    const bytes = new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
    const saved = await deliver(ctx, 'data', `Recert data ${ctx.today()}.json`, bytes);
    const counts = { credentials: data.credentials.length, activities: data.activities.length };
    return { ...saved, ...counts, renewals: data.renewals.length };
  },

  'data:import': async ({ data }, ctx) => {
    const added = await importData(ctx.store, data, ctx.today());
    return {
      customTypes: added.customTypes ?? 0,
      credentials: added.credentials ?? 0,
      renewals: added.renewals ?? 0,
      activities: added.activities ?? 0,
    };
  },
} satisfies Pick<Handlers, 'data:export' | 'data:import'>;
