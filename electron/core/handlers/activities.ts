/** `activities:*` handlers: an activity is entered once and allocated to any number of credentials. */
import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { activityProblem } from '../../../shared/domain/records/activity-rules';
import { proposeAllocations } from '../../../shared/domain/rules/allocations';
import { AppError } from '../../../shared/errors';
import type { Activity, ActivityFields } from '../../../shared/schemas/entities';
import type { RecertDocument } from '../store/document';
import { reclaimFiles, releaseFiles } from '../files/attachment-files';
import { spreadsheets } from '../lazy';
import type { Handlers } from './context';

/** The domain's activity rules, as the handler's error (fields prefixed as in the input). */
function checkActivity(
  doc: RecertDocument,
  fields: ActivityFields,
  today: CalendarDate,
  prefix = '',
  id?: string,
): void {
  const problem = activityProblem({ ...fields, ...(id ? { id } : {}) }, { ...doc, today });
  if (problem) throw new AppError('invalid_input', problem.message, `${prefix}${problem.field}`);
}

function notFound(): AppError {
  return new AppError('not_found', 'That activity no longer exists. It may have been deleted; reload the list.', 'id');
}

export const activityHandlers = {
  'activities:list': async (_input, { store }) => store.data.activities,

  'activities:add': async (fields, { store, today }) =>
    store.mutate((doc) => {
      checkActivity(doc, fields, today());
      const stamp = store.now().toISOString();
      const activity: Activity = { id: randomUUID(), ...fields, createdAt: stamp, updatedAt: stamp };
      return { doc: { ...doc, activities: [...doc.activities, activity] }, result: activity };
    }),

  'activities:update': async ({ id, fields }, { store, today }) =>
    store.mutate((doc) => {
      const current = doc.activities.find((a) => a.id === id);
      if (!current) throw notFound();
      checkActivity(doc, fields, today(), 'fields.', id);
      const updated: Activity = { id, ...fields, createdAt: current.createdAt, updatedAt: store.now().toISOString() };
      return { doc: { ...doc, activities: doc.activities.map((a) => (a.id === id ? updated : a)) }, result: updated };
    }),

  'activities:remove': async ({ id }, ctx) => {
    const removed = await ctx.store.mutate((doc) => {
      const activity = doc.activities.find((a) => a.id === id);
      if (!activity) throw notFound();
      const attachments = doc.attachments.filter((a) => a.ownerType === 'activity' && a.ownerId === id);
      return {
        doc: {
          ...doc,
          activities: doc.activities.filter((a) => a.id !== id),
          attachments: doc.attachments.filter((a) => !attachments.includes(a)),
        },
        result: { activity, attachments },
      };
    });
    await releaseFiles(ctx.store, removed.attachments);
    return removed;
  },

  'activities:restore': async ({ activity, attachments }, ctx) => {
    await reclaimFiles(ctx.store, attachments);
    return ctx.store.mutate((doc) => {
      if (doc.activities.some((a) => a.id === activity.id))
        throw new AppError('conflict', 'That activity is already there.', 'activity.id');
      checkActivity(doc, { ...activity, status: 'planned' }, ctx.today(), 'activity.');
      return {
        doc: { ...doc, activities: [...doc.activities, activity], attachments: [...doc.attachments, ...attachments] },
        result: activity,
      };
    });
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
