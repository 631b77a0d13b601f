/** Everything the screens show, loaded in one call, and reloaded after every change. */
import type { MethodOutput } from '../../shared/contract';
import type { AppErrorInfo } from '../../shared/errors';
import type {
  Activity,
  Attachment,
  Credential,
  CustomType,
  Notice,
  PlannedCredential,
  Profile,
} from '../../shared/schemas/entities';
import { applyListChange } from '../../shared/list-change';
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
  /** Credentials kept in the renewal plan, not earned yet. */
  plannedCredentials: PlannedCredential[];
}

export type Loaded = AppData | { error: AppErrorInfo };

/**
 * Loads what the screens show: one call, one evaluation on the other side. The certificate files
 * are checked only when asked (the first load, and "Check files"); after a change the last check
 * stands, less any attachment that is gone. The activities last received are kept with their
 * version, so unchanged ones are not sent again. The app's state owner (app-state.ts) holds one.
 */
export function createLoader(): (checkFiles: boolean) => Promise<Loaded> {
  /** The last answer of `attachments:check`: changes do not re-hash every file. */
  let fileProblems: AppData['fileProblems'] = [];
  /** The activities last received, with their version. */
  let activities: { version: string; list: Activity[] } | null = null;
  return async (checkFiles) => {
    // The copy whose version is sent: a change in the answer applies to it (not to whatever a load meanwhile left).
    const base = activities;
    const [overview, check] = await Promise.all([
      api.app.overview(base ? { have: { activities: base.version } } : {}),
      checkFiles ? api.attachments.check({}) : Promise.resolve(null),
    ]);
    if (!overview.ok) return { error: overview.error };
    if (check && !check.ok) return { error: check.error };
    if (check) fileProblems = check.value.problems;
    const o = overview.value;
    // The whole list; or what changed since `base`, applied to it; or `base` itself, unchanged.
    const list =
      o.activities ?? (o.activityChanges && base ? applyListChange(base.list, o.activityChanges) : (base?.list ?? []));
    activities = { version: o.versions.activities, list };
    const present = new Set(o.attachments.map((a) => a.id));
    fileProblems = fileProblems.filter((p) => present.has(p.attachmentId));
    return {
      today: o.status.today,
      profile: o.profile,
      credentials: o.credentials,
      customTypes: o.customTypes,
      notices: o.status.notices,
      report: o.report,
      activities: list,
      attachments: o.attachments,
      fileProblems,
      capabilities: o.status.capabilities,
      reminders: o.reminders,
      reminderSettings: o.reminderSettings,
      plannedCredentials: o.plannedCredentials,
    };
  };
}
