/** How the CLI prints a credential's evaluation for people (the JSON form is the contract's own). */
import { formatLongDate } from '../../shared/domain/calendar-date';
import { lowerFirst, statusText } from '../../shared/domain/labels';
import { formatAmount } from '../../shared/domain/quantity';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';

/** One credential in a few lines. */
export function describeCredential(e: CredentialEvaluation): string {
  const head = `- ${e.bodyCode} ${e.name}${e.number ? ` #${e.number}` : ''}`;
  if (e.card) return `${head}: valid until ${formatLongDate(e.card.validUntil)} (${e.card.status.replace('_', ' ')})`;
  if (e.cycles.length === 0) {
    const toward = e.countsToward.map((t) => `counts ${formatAmount(t.amount, 1)} toward ${t.code}`).join('; ');
    return `${head}: does not expire${toward ? `; ${toward}` : ''}`;
  }
  const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (!c) return `${head}: no current cycle`;
  const amount = (v: number) => `${formatAmount(v, e.decimals)} ${e.unit}`;
  const days = c.daysLeft >= 0 ? `${c.daysLeft} days` : `${-c.daysLeft} days ago`;
  return [
    `${head}: ${lowerFirst(statusText(c))}, ${amount(c.earned)} of ${amount(c.required)}, deadline ${formatLongDate(c.end)} (${days})`,
    `    ${c.verdict.sentence}`,
    ...c.warnings.map((w) => `    ! ${w}`),
  ].join('\n');
}
