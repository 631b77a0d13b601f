/**
 * The answer people open Recert for, first: one card per credential, most urgent first, with
 * where it stands in a line ("covered · 2.0 of 2.0 CEU · submit by 1 Feb 2027", "1.9 CEU (19 h)
 * left · 38 days"). A card opens its credential.
 */
import { STATUS_URGENCY } from '../../../../shared/domain/labels';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { StatusBadge } from '../../components/StatusBadge';
import type { AppData } from '../../data';
import { coverageLine } from '../../model/coverage-line';
import './home.css';

interface Card {
  e: CredentialEvaluation;
  /** Lower is more urgent. */
  rank: number;
  days: number;
}

function cardsOf(data: AppData): Card[] {
  const cards: Card[] = [];
  for (const e of data.report.evaluations) {
    const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    if (cycle) cards.push({ e, rank: STATUS_URGENCY.indexOf(cycle.status), days: cycle.daysLeft });
    else if (e.card)
      cards.push({ e, rank: e.card.status === 'valid' ? STATUS_URGENCY.indexOf('met') : 0, days: e.card.daysLeft });
    // A specialization does not expire: nothing to do, listed after everything that has a deadline.
    else cards.push({ e, rank: STATUS_URGENCY.length, days: Infinity });
  }
  return cards.sort((a, b) => a.rank - b.rank || a.days - b.days);
}

function Line({ e }: { e: CredentialEvaluation }) {
  const line = coverageLine(e);
  return (
    <>
      <StatusBadge verdict={line.badge} />
      {line.amount && <span>{line.amount}</span>}
      <span className={line.quiet ? 'muted' : undefined}>{line.detail}</span>
    </>
  );
}

export function CoverageCards({ data, onOpen }: { data: AppData; onOpen: (id: string) => void }) {
  const cards = cardsOf(data);
  if (cards.length === 0) return null;
  return (
    <section aria-label="Where you stand" className="coverage">
      <ul className="coverage-list">
        {cards.map(({ e }) => (
          <li key={e.credentialId}>
            <button type="button" className="coverage-card" onClick={() => onOpen(e.credentialId)}>
              <span className="coverage-code">{e.code}</span>
              <span className="coverage-line">
                <Line e={e} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
