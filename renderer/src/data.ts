/** Everything the screens show, loaded in one round of calls, and reloaded after every change. */
import type { MethodOutput } from '../../shared/contract';
import type { AppErrorInfo } from '../../shared/errors';
import type { Activity, Attachment, Credential, CustomType, Notice, Profile } from '../../shared/schemas/entities';
import { api } from './api';

export interface AppData {
  today: string;
  profile: Profile;
  credentials: Credential[];
  customTypes: CustomType[];
  notices: Notice[];
  report: MethodOutput<'credentials:evaluate'>;
  activities: Activity[];
  attachments: Attachment[];
  /** Attachments whose file is missing or changed (checked at start and on demand). */
  fileProblems: MethodOutput<'attachments:check'>['problems'];
  capabilities: MethodOutput<'app:status'>['capabilities'];
  reminders: MethodOutput<'reminders:list'>['reminders'];
  reminderSettings: MethodOutput<'settings:reminders'>;
}

export type Loaded = AppData | { error: AppErrorInfo };

export async function loadAll(): Promise<Loaded> {
  const [status, profile, credentials, customTypes, report, activities, attachments, check] = await Promise.all([
    api.app.status({}),
    api.profile.get({}),
    api.credentials.list({}),
    api.customTypes.list({}),
    api.credentials.evaluate({}),
    api.activities.list({}),
    api.attachments.list({}),
    api.attachments.check({}),
  ]);
  const [reminders, reminderSettings] = await Promise.all([api.reminders.list({}), api.settings.reminders({})]);
  if (!reminders.ok) return { error: reminders.error };
  if (!reminderSettings.ok) return { error: reminderSettings.error };
  for (const r of [status, profile, credentials, customTypes, report, activities, attachments, check])
    if (!r.ok) return { error: r.error };
  if (
    !status.ok ||
    !profile.ok ||
    !credentials.ok ||
    !customTypes.ok ||
    !report.ok ||
    !activities.ok ||
    !attachments.ok ||
    !check.ok
  ) {
    throw new Error('unreachable');
  }
  return {
    today: status.value.today,
    profile: profile.value,
    credentials: credentials.value,
    customTypes: customTypes.value,
    notices: status.value.notices,
    report: report.value,
    activities: activities.value,
    attachments: attachments.value,
    fileProblems: check.value.problems,
    capabilities: status.value.capabilities,
    reminders: reminders.value.reminders,
    reminderSettings: reminderSettings.value,
  };
}
