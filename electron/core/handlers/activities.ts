/** `activities:*` handlers: an activity is entered once and allocated to any number of credentials. */
import { proposeAllocations } from '../../../shared/domain/rules/allocations';
import { reclaimFiles, releaseFiles } from '../files/attachment-files';
import { csvImport, spreadsheets } from '../lazy';
import {
  addActivity,
  removeActivity,
  restoreActivity,
  updateActivity,
} from '../../../shared/domain/records/operations/activities';
import { stampOf, type Handlers } from './context';

export const activityHandlers = {
  'activities:list': async (_input, { store }) => store.data.activities,

  'activities:add': async (fields, ctx) => ctx.store.mutate((doc) => addActivity(doc, fields, stampOf(ctx))),

  'activities:update': async ({ id, fields }, ctx) =>
    ctx.store.mutate((doc) => updateActivity(doc, id, fields, stampOf(ctx))),

  'activities:remove': async ({ id }, ctx) => {
    const removed = await ctx.store.mutate((doc) => removeActivity(doc, id));
    await releaseFiles(ctx.store, removed.attachments);
    return removed;
  },

  'activities:restore': async (removed, ctx) => {
    await reclaimFiles(ctx.store, removed.attachments);
    return ctx.store.mutate((doc) => restoreActivity(doc, removed, stampOf(ctx)));
  },

  'activities:previewCsv': async ({ csv, mapping }, { store, today }) => {
    const { guessMapping, interpretCsv, readCsv } = await spreadsheets();
    const table = readCsv(csv);
    const used = mapping ?? guessMapping(table.headers);
    const rows = interpretCsv(table, used, { ...store.data, today: today() });
    return {
      headers: table.headers,
      mapping: used,
      rows: rows.map((r) => ({ line: r.line, title: r.activity?.title ?? '', errors: r.errors })),
      valid: rows.filter((r) => r.activity).length,
      invalid: rows.filter((r) => !r.activity).length,
    };
  },

  'activities:importCsv': async (input, ctx) => {
    const { importCsv } = await csvImport();
    return ctx.store.mutate((doc) => importCsv(doc, input, stampOf(ctx)));
  },

  'activities:propose': async ({ contactMinutes }, { store }) =>
    proposeAllocations({ contactMinutes }, store.data.credentials, store.data.customTypes),
} satisfies Pick<
  Handlers,
  | 'activities:list'
  | 'activities:add'
  | 'activities:update'
  | 'activities:remove'
  | 'activities:restore'
  | 'activities:propose'
  | 'activities:previewCsv'
  | 'activities:importCsv'
>;
