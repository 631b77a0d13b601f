import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCredit, formatDate } from '../../format';

interface CyclesTableProps {
  e: CredentialEvaluation;
  selected: number;
  onSelect: (index: number) => void;
}

/** Every cycle of the credential, past to next; the chosen one is shown in detail above. */
export function CyclesTable({ e, selected, onSelect }: CyclesTableProps) {
  return (
    <table className="table compact">
      <caption>All cycles</caption>
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          <th scope="col">Status</th>
          <th scope="col">Earned</th>
          <th scope="col">Renewal</th>
        </tr>
      </thead>
      <tbody>
        {e.cycles.map((c) => (
          <tr key={c.index} className={c.index === selected ? 'selected' : undefined}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-pressed={c.index === selected}
                onClick={() => onSelect(c.index)}
              >
                {formatDate(c.start)} – {formatDate(c.end)}
              </button>
            </th>
            <td>
              <StatusBadge verdict={c.verdict} />
            </td>
            <td>
              {formatCredit(c.earned, e)} of {formatCredit(c.required, e)}
            </td>
            <td>
              {c.renewal
                ? `${formatDate(c.renewal.renewedOn)}${c.renewal.confirmation ? ` · ${c.renewal.confirmation}` : ''}`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
