/** Reminders and their settings, the calendar file, and backups. */
import { buildCalendar } from '../../../shared/domain/calendar-ics';
import { evaluateAll } from '../../../shared/domain/rules/evaluate';
import { backups } from '../lazy';
import { currentReminders } from '../reminders';
import type { Handlers } from './context';
import { deliver } from './deliver';

const fromBase64 = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));

export const dataHandlers = {
  'settings:reminders': async (_input, { store }) => store.data.settings.reminders,

  'settings:updateReminders': async (reminders, { store }) =>
    store.mutate((doc) => {
      const next = { ...reminders, thresholds: [...new Set(reminders.thresholds)].sort((a, b) => b - a) };
      return { doc: { ...doc, settings: { ...doc.settings, reminders: next } }, result: next };
    }),

  'reminders:list': async (_input, { store, today }) => ({ reminders: currentReminders(store, today()) }),

  'calendar:export': async (_input, ctx) => {
    const doc = ctx.store.data;
    const ics = buildCalendar(evaluateAll({ ...doc, today: ctx.today() }), {
      thresholds: doc.settings.reminders.enabled ? doc.settings.reminders.thresholds : [],
      now: ctx.store.now().toISOString(),
    });
    return deliver(ctx, 'calendar', 'Recert deadlines.ics', new TextEncoder().encode(ics));
  },

  'backup:create': async ({ passphrase }, ctx) => {
    const bytes = await (await backups()).createBackup(ctx.store, passphrase);
    const name = `Recert backup ${ctx.today()}${passphrase ? '.zip.enc' : '.zip'}`;
    return deliver(ctx, passphrase ? 'backupEncrypted' : 'backup', name, bytes);
  },

  'backup:test': async ({ dataBase64, passphrase }, ctx) =>
    (await (await backups()).openBackup(fromBase64(dataBase64), passphrase, ctx.today())).summary,

  'backup:restore': async ({ dataBase64, passphrase }, ctx) =>
    (await backups()).restoreBackup(ctx.store, fromBase64(dataBase64), passphrase, ctx.today()),
} satisfies Pick<
  Handlers,
  | 'settings:reminders'
  | 'settings:updateReminders'
  | 'reminders:list'
  | 'calendar:export'
  | 'backup:create'
  | 'backup:test'
  | 'backup:restore'
>;
