/**
 * What a home card says about one credential, as data: the badge (the verdict's own word and
 * state), the amount, and one line of detail. The React card only lays it out; the invariant
 * tests hold it to the verdict (tests/unit/shared/domain/invariants/).
 */
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';
import { formatCredit, formatDate, formatMinutes, relativeDays } from '../format';

export interface CoverageLine {
  /** The badge: a state of the status scale (its tone and icon) and its word. */
  badge: { state: string; word: string };
  amount?: string;
  detail: string;
  /** Muted detail (a note, not a warning). */
  quiet: boolean;
}

export function coverageLine(e: CredentialEvaluation): CoverageLine {
  const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (!cycle && e.card)
    return {
      badge: {
        state: e.card.status === 'valid' ? 'met' : e.card.status === 'expiring_soon' ? 'due_soon' : 'lapsed',
        word: e.card.status === 'expired' ? 'Expired' : 'Valid',
      },
      detail: `${e.card.status === 'expired' ? 'ended' : 'until'} ${formatDate(e.card.validUntil)} (${relativeDays(e.card.daysLeft)})`,
      quiet: false,
    };
  if (!cycle)
    return {
      badge: { state: 'met', word: 'Does not expire' },
      detail: e.countsToward.map((t) => `counts ${formatCredit(t.amount, e)} toward ${t.code}`).join(', '),
      quiet: true,
    };
  const v = cycle.verdict;
  const amount = `${formatCredit(cycle.earned, e)} of ${formatCredit(cycle.required, e)}`;
  const underWay = cycle.status === 'on_track' || cycle.status === 'at_risk' || cycle.status === 'due_soon';
  const detail = v.covered
    ? `${cycle.submitBy ? 'submit' : 'deadline'} by ${formatDate(v.by ?? cycle.end)}`
    : underWay && cycle.remaining > 0
      ? `${formatCredit(cycle.remaining, e)} (${formatMinutes(cycle.remainingMinutes)}) left · ${relativeDays(cycle.daysLeft)}`
      : v.sentence;
  return { badge: { state: v.state, word: v.word }, amount, detail, quiet: v.covered || underWay };
}
