/** `activities:*` handlers: an activity is entered once and allocated to any number of credentials. */
import { randomUUID } from 'node:crypto';
import { proposeAllocations } from '../../../shared/domain/rules/allocations';
import { AppError } from '../../../shared/errors';
import type { Activity, ActivityFields } from '../../../shared/schemas/entities';
import { reclaimFiles, releaseFiles } from '../files/attachment-files';
import { spreadsheets } from '../lazy';
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

  'activities:importCsv': async ({ csv, mapping, skipBadRows }, { store, today }) => {
    const { guessMapping, interpretCsv, readCsv } = await spreadsheets();
    return store.mutate((doc) => {
      const table = readCsv(csv);
      const rows = interpretCsv(table, mapping ?? guessMapping(table.headers), { ...doc, today: today() });
      const bad = rows.filter((r) => !r.activity);
      if (rows.length === 0) throw new AppError('invalid_input', 'The CSV file has no rows under its header.', 'csv');
      if (skipBadRows && bad.length === rows.length)
        throw new AppError(
          'invalid_input',
          `Nothing was imported: no row of the file can be imported (${rows.length} with errors).`,
          'csv',
        );
      if (bad.length > 0 && !skipBadRows) {
        const first = bad.slice(0, 3).map((r) => `row ${r.line}: ${r.errors.join('; ')}`);
        throw new AppError(
          'invalid_input',
          `Nothing was imported: ${bad.length} of ${rows.length} rows have errors (${first.join(' · ')}${bad.length > 3 ? ' …' : ''}). Fix the mapping or the file, then import again.`,
          'csv',
        );
      }
      const stamp = store.now().toISOString();
      const added: Activity[] = rows
        .filter((r) => r.activity)
        .map((r) => ({
          id: randomUUID(),
          ...(r.activity as ActivityFields),
          createdAt: stamp,
          updatedAt: stamp,
        }));
      const skipped = bad.map((r) => ({ line: r.line, errors: r.errors }));
      return {
        doc: { ...doc, activities: [...doc.activities, ...added] },
        result: { imported: added.length, skipped },
      };
    });
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
