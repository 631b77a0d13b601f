/** Reminders and their settings, the calendar file, and backups. */
import { buildCalendar } from '../../../shared/domain/calendar-ics';
import { milestoneWords, planMilestones } from '../../../shared/domain/plan/milestones';
import { evaluateStored } from '../evaluation';
import { updateReminderSettings } from '../../../shared/domain/records/operations/settings';
import { backups } from '../lazy';
import { currentReminders } from '../reminders';
import { backupTooLarge, MAX_BACKUP_FILE_BYTES } from '../../../shared/limits';
import { readChosen, rememberChosen } from '../files/chosen-files';
import { chooseFile, type HandlerContext, type Handlers } from './context';
import { deliver } from './deliver';

/** The backup's bytes: sent by the page, or read from the file the main process chose. */
async function backupBytes(input: { dataBase64?: string; fileId?: string }, ctx: HandlerContext): Promise<Uint8Array> {
  if (input.fileId !== undefined) return readChosen(ctx.store, input.fileId, MAX_BACKUP_FILE_BYTES, backupTooLarge);
  return new Uint8Array(Buffer.from(input.dataBase64 ?? '', 'base64'));
}

export const dataHandlers = {
  'settings:reminders': async (_input, { store }) => store.data.settings.reminders,

  'settings:updateReminders': async (reminders, { store }) =>
    store.mutate((doc) => updateReminderSettings(doc, reminders)),

  'reminders:list': async (_input, { store, today }) => ({ reminders: currentReminders(store, today()) }),

  'calendar:export': async (_input, ctx) => {
    const doc = ctx.store.data;
    const today = ctx.today();
    const evaluations = evaluateStored(doc, today);
    const ics = buildCalendar(evaluations, {
      thresholds: doc.settings.reminders.enabled ? doc.settings.reminders.thresholds : [],
      now: ctx.store.now().toISOString(),
      planned: planMilestones(doc, evaluations)
        .map((m) => ({ m, words: milestoneWords(m, today) }))
        .filter(({ words }) => words.day >= today)
        .map(({ m, words }) => ({ id: m.id, day: words.day, title: words.title, detail: words.detail })),
    });
    return deliver(ctx, 'calendar', 'Recert deadlines.ics', new TextEncoder().encode(ics));
  },

  'backup:create': async ({ passphrase }, ctx) => {
    const bytes = await (await backups()).createBackup(ctx.store, passphrase);
    const name = `Recert backup ${ctx.today()}${passphrase ? '.zip.enc' : '.zip'}`;
    return deliver(ctx, passphrase ? 'backupEncrypted' : 'backup', name, bytes);
  },

  'backup:choose': async (_input, ctx) => {
    const file = await chooseFile(ctx, 'backup');
    return file === null
      ? { cancelled: true as const }
      : rememberChosen(ctx.store, file, MAX_BACKUP_FILE_BYTES, backupTooLarge);
  },

  'backup:test': async ({ passphrase, ...file }, ctx) =>
    (await (await backups()).openBackup(await backupBytes(file, ctx), passphrase, ctx.today())).summary,

  'backup:restore': async ({ passphrase, ...file }, ctx) =>
    (await backups()).restoreBackup(ctx.store, await backupBytes(file, ctx), passphrase, ctx.today()),
} satisfies Pick<
  Handlers,
  | 'settings:reminders'
  | 'settings:updateReminders'
  | 'reminders:list'
  | 'calendar:export'
  | 'backup:create'
  | 'backup:choose'
  | 'backup:test'
  | 'backup:restore'
>;
