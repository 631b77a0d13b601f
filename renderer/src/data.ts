/** Everything the screens show, loaded in one round of calls, and reloaded after every change. */
import type { MethodOutput } from '../../shared/contract';
import type { AppErrorInfo } from '../../shared/errors';
import type { Credential, CustomType, Notice, Profile } from '../../shared/schemas/entities';
import { api } from './api';

export interface AppData {
  today: string;
  profile: Profile;
  credentials: Credential[];
  customTypes: CustomType[];
  notices: Notice[];
  report: MethodOutput<'credentials:evaluate'>;
}

export type Loaded = AppData | { error: AppErrorInfo };

export async function loadAll(): Promise<Loaded> {
  const [status, profile, credentials, customTypes, report] = await Promise.all([
    api.app.status({}),
    api.profile.get({}),
    api.credentials.list({}),
    api.customTypes.list({}),
    api.credentials.evaluate({}),
  ]);
  for (const r of [status, profile, credentials, customTypes, report]) if (!r.ok) return { error: r.error };
  if (!status.ok || !profile.ok || !credentials.ok || !customTypes.ok || !report.ok) throw new Error('unreachable');
  return {
    today: status.value.today,
    profile: profile.value,
    credentials: credentials.value,
    customTypes: customTypes.value,
    notices: status.value.notices,
    report: report.value,
  };
}
