/**
 * What a cycle claims without proof: each counted activity or specialization with no certificate
 * attached, and the CPR/AED card the renewal relies on with no scan of it. The home screen lists
 * these, the packet export asks about them first, and the packet's index names them.
 */
import type { CalendarDate } from '../calendar-date';
import type { CycleEvaluation } from '../rules/evaluation-types';
import type { Attachment } from '../../schemas/entities';

export interface MissingProof {
  /** The activity or credential that has no file. */
  ownerId: string;
  kind: 'activity' | 'specialization' | 'cpr';
  title: string;
  date: CalendarDate;
}

export function missingProof(
  cycle: CycleEvaluation,
  attachments: readonly Pick<Attachment, 'ownerId'>[],
): MissingProof[] {
  const proven = new Set(attachments.map((a) => a.ownerId));
  const missing: MissingProof[] = [];
  for (const c of cycle.contributions) {
    if (c.planned || c.raw === 0 || proven.has(c.sourceId)) continue;
    if (missing.some((m) => m.ownerId === c.sourceId)) continue;
    missing.push({ ownerId: c.sourceId, kind: c.kind, title: c.title, date: c.date });
  }
  // A card the renewal needs is proof even when it earns no credit.
  const card = cycle.cpr?.required ? cycle.cpr.cardId : undefined;
  if (card && !proven.has(card) && !missing.some((m) => m.ownerId === card))
    missing.push({ ownerId: card, kind: 'cpr', title: cycle.cpr?.cardName ?? 'CPR/AED card', date: cycle.start });
  return missing;
}

/** "an activity has no certificate" / "3 activities and the CPR/AED card have no file attached". */
export function missingProofText(missing: readonly MissingProof[]): string {
  const activities = missing.filter((m) => m.kind !== 'cpr').length;
  const card = missing.some((m) => m.kind === 'cpr');
  const parts = [
    ...(activities > 0 ? [activities === 1 ? '1 activity' : `${activities} activities`] : []),
    ...(card ? ['the CPR/AED card'] : []),
  ];
  const one = activities + (card ? 1 : 0) === 1;
  return `${parts.join(' and ')} ${one ? 'has' : 'have'} no certificate attached`;
}
