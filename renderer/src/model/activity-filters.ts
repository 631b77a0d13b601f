/** Searching, filtering and sorting the activity list (all in memory; fast for 10,000). */
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';
import type { Activity, Attachment } from '../../../shared/schemas/entities';

export interface ActivityFilter {
  query: string;
  credentialId: string;
  /** Index of a cycle of the chosen credential, or '' for all. */
  cycle: string;
  status: '' | 'planned' | 'completed';
  missingCertificate: boolean;
  sort: 'date-desc' | 'date-asc' | 'title' | 'hours';
}

export const EMPTY_FILTER: ActivityFilter = {
  query: '',
  credentialId: '',
  cycle: '',
  status: '',
  missingCertificate: false,
  sort: 'date-desc',
};

export function filterActivities(
  activities: readonly Activity[],
  attachments: readonly Attachment[],
  evaluations: readonly CredentialEvaluation[],
  f: ActivityFilter,
): Activity[] {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  const withCertificate = new Set(attachments.filter((a) => a.ownerType === 'activity').map((a) => a.ownerId));
  const cycle =
    f.credentialId && f.cycle !== ''
      ? evaluations.find((e) => e.credentialId === f.credentialId)?.cycles[Number(f.cycle)]
      : undefined;
  const out = activities.filter((a) => {
    if (f.status && a.status !== f.status) return false;
    if (f.missingCertificate && withCertificate.has(a.id)) return false;
    if (f.credentialId && !a.allocations.some((x) => x.credentialId === f.credentialId)) return false;
    if (cycle && (a.completedOn < cycle.countFrom || a.completedOn > cycle.countUntil)) return false;
    if (words.length > 0) {
      const text = `${a.title} ${a.provider} ${a.code} ${a.notes}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  const byDate = (a: Activity, b: Activity) =>
    a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0;
  switch (f.sort) {
    case 'date-asc':
      return out.sort(byDate);
    case 'title':
      return out.sort((a, b) => a.title.localeCompare(b.title));
    case 'hours':
      return out.sort((a, b) => b.contactMinutes - a.contactMinutes);
    default:
      return out.sort((a, b) => byDate(b, a));
  }
}
