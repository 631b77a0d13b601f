/** The words for statuses and approvals, the same on every screen, in the CLI and in the PDF. */
import type { Approval } from '../schemas/entities';
import type { CycleEvaluation, CycleStatus } from './rules/evaluation-types';
import { STATUS_SCALE } from './status-scale';

/** The words of the status scale (shared/domain/status-scale.ts), by state. */
export const STATUS_LABELS = Object.fromEntries(
  Object.entries(STATUS_SCALE).map(([state, s]) => [state, s.word]),
) as Record<CycleStatus, string>;

/** Most urgent first: the order the home screen lists credentials in, and the CLI too. */
export const STATUS_URGENCY: readonly CycleStatus[] = [
  'lapsed',
  'late_renewal',
  'in_grace',
  'at_risk',
  'due_soon',
  'on_track',
  'confirm_hands_on',
  'met',
  'renewed',
  'upcoming',
];

export const APPROVAL_LABELS: Record<Approval, string> = {
  approved: 'Approved',
  petition_pending: 'Petition pending',
  petition_approved: 'Petition approved',
  rejected: 'Rejected',
};

/**
 * A cycle's status in words, with the condition when there is one ("Covered if you submit by
 * 1 Feb 2027"): the verdict's own word (shared/domain/rules/verdict.ts).
 */
export function statusText(cycle: Pick<CycleEvaluation, 'verdict'>): string {
  return cycle.verdict.word;
}

/** "Covered if …" → "covered if …", for use inside a sentence (month names keep their capital). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
