/**
 * The one order Home lists credentials in, most urgent first, for its cards and its table alike
 * (as its next steps are): by the state of the cycle in force on the status ladder, then by the
 * days left; a card by whether it is still valid; a specialization, which does not expire, last.
 */
import { STATUS_URGENCY } from '../../../shared/domain/labels';
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';

function rankOf(e: CredentialEvaluation): { rank: number; days: number } {
  const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (cycle) return { rank: STATUS_URGENCY.indexOf(cycle.status), days: cycle.daysLeft };
  if (e.card) return { rank: e.card.status === 'valid' ? STATUS_URGENCY.indexOf('met') : 0, days: e.card.daysLeft };
  return { rank: STATUS_URGENCY.length, days: Infinity };
}

export function byUrgency<E extends CredentialEvaluation>(evaluations: readonly E[]): E[] {
  const ranked = evaluations.map((e) => ({ e, ...rankOf(e) }));
  return ranked.sort((a, b) => a.rank - b.rank || a.days - b.days).map((r) => r.e);
}
