/** The page's data for the renderer's model tests: the seed case, evaluated by the real rules. */
import { evaluateAll } from '../../../shared/domain/rules/evaluate';
import type { Activity, Attachment, Credential } from '../../../shared/schemas/entities';
import type { AppData } from '../../../renderer/src/data';
import { activity, credential } from '../shared/domain/fixtures';

export const TODAY = '2026-11-22';

export function appData(
  credentials: Credential[] = seedCredentials(),
  activities: Activity[] = [],
  attachments: Attachment[] = [],
): AppData {
  return {
    today: TODAY,
    profile: { name: 'Zoë', email: '' },
    credentials,
    customTypes: [],
    notices: [],
    report: {
      today: TODAY,
      catalogVersion: 'test',
      evaluations: evaluateAll({ credentials, activities, renewals: [], customTypes: [], today: TODAY }),
    },
    activities,
    attachments,
    fileProblems: [],
    capabilities: { chooseFile: false, openFile: false },
    reminders: [],
    reminderSettings: { enabled: true, thresholds: [30] },
    plannedCredentials: [],
  };
}

export function seedCredentials(): Credential[] {
  return [
    credential('cpt', 'nasm-cpt', '2025-03-10', { number: 'CPT-1' }),
    credential('ace', 'ace-cpt', '2025-06-01'),
    credential('ces', 'nasm-ces', '2025-09-15'),
    credential('card', 'cpr-arc', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
  ];
}

export { activity, credential };
