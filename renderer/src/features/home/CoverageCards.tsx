/**
 * The answer people open Recert for, first: one card per credential, most urgent first, with
 * where it stands in a line ("covered · 2.0 of 2.0 CEU · submit by 1 Feb 2027", "1.9 CEU (19 h)
 * left · 38 days"). A card opens its credential.
 */
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { StatusBadge } from '../../components/StatusBadge';
import type { AppData } from '../../data';
import { coverageLine } from '../../model/coverage-line';
import { byUrgency } from '../../model/urgency';
import './home.css';

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
  const cards = byUrgency(data.report.evaluations);
  if (cards.length === 0) return null;
  return (
    <section aria-label="Where you stand" className="coverage">
      <ul className="coverage-list">
        {cards.map((e) => (
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
