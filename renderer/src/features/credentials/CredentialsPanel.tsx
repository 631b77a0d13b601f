import { useState } from 'react';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { StatusBadge } from '../../components/StatusBadge';
import type { AppData } from '../../data';
import { byUrgency } from '../../model/urgency';
import { formatCredit, formatDate, relativeDays } from '../../format';
import { AddCredentialDialog } from './AddCredentialDialog';
import { useCommand } from '../../command-bus';
import './credentials.css';

interface CredentialsPanelProps {
  data: AppData;
  onOpen: (id: string) => void;
  onChanged: () => Promise<void>;
  announce: (message: string) => void;
}

/** Where each credential stands, in one line each. */
function Standing({ e }: { e: CredentialEvaluation }) {
  if (e.card) {
    return (
      <span className={e.card.status === 'valid' ? '' : 'text-warning'}>
        {e.card.status === 'expired' ? 'Expired' : 'Valid until'} {formatDate(e.card.validUntil)}
      </span>
    );
  }
  if (e.cycles.length === 0) {
    const toward = e.countsToward.map((t) => `counts ${formatCredit(t.amount, e)} toward ${t.code}`).join(', ');
    return <span>Does not expire{toward ? `; ${toward}` : ''}</span>;
  }
  const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (!cycle) return <span>—</span>;
  return (
    <span className="standing">
      <StatusBadge verdict={cycle.verdict} />
      <span>
        {formatCredit(cycle.earned, e)} of {formatCredit(cycle.required, e)}
      </span>
    </span>
  );
}

function Deadline({ e }: { e: CredentialEvaluation }) {
  const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (!cycle) return <span>—</span>;
  return (
    <span>
      <span className="nowrap">{formatDate(cycle.end)}</span>{' '}
      <span className="muted">({relativeDays(cycle.daysLeft)})</span>
    </span>
  );
}

/** The user's credentials with where each stands; a click opens one. */
export function CredentialsPanel({ data, onOpen, onChanged, announce }: CredentialsPanelProps) {
  const [adding, setAdding] = useState(false);
  useCommand('add-credential', () => setAdding(true));
  const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));

  return (
    <section className="card" aria-labelledby="credentials-heading">
      <div className="card-header">
        <h2 id="credentials-heading">Credentials</h2>
        {/* With nothing yet, the welcome's button is the one call to action. */}
        {data.credentials.length > 0 && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add credential
          </button>
        )}
      </div>
      {data.credentials.length === 0 ? (
        <div className="welcome">
          <p className="empty-title">Welcome to Recert</p>
          <p>No credentials yet. Three steps and Recert keeps track for you:</p>
          <ol>
            <li>Add the certifications you hold (your NASM Certified Personal Trainer, say) and your CPR/AED card.</li>
            <li>Log the courses you complete, with their certificates, or import the spreadsheet you keep.</li>
            <li>Before each deadline, export the renewal summary and packet.</li>
          </ol>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add credential
          </button>
        </div>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Number</th>
              <th scope="col">Where you stand</th>
              <th scope="col">Deadline</th>
            </tr>
          </thead>
          <tbody>
            {inHomeOrder(data).map((c) => {
              const e = evaluations.get(c.id);
              if (!e) return null;
              const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
              const warnings = [...e.warnings, ...(cycle?.warnings ?? [])];
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button row-title"
                      data-credential-id={c.id}
                      onClick={() => onOpen(c.id)}
                    >
                      <span className="code">{e.code}</span> {e.code === e.name ? '' : e.name}
                    </button>
                    <span className="muted row-sub">{e.bodyName}</span>
                    {warnings.length > 0 && (
                      <span className="row-warning">
                        <span aria-hidden="true">⚠ </span>
                        {warnings[0]}
                        {warnings.length > 1 ? ` (+${warnings.length - 1} more)` : ''}
                      </span>
                    )}
                  </th>
                  <td className="nowrap">{c.number || '—'}</td>
                  <td>
                    <Standing e={e} />
                  </td>
                  <td>
                    <Deadline e={e} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddCredentialDialog
        open={adding}
        customTypes={data.customTypes}
        credentials={data.credentials}
        onClose={() => setAdding(false)}
        onAdded={async (credential) => {
          setAdding(false);
          announce('Credential added.');
          await onChanged();
          onOpen(credential.id);
        }}
      />
    </section>
  );
}

/** The credentials in the order of Home's cards (most urgent first); any not evaluated yet, last. */
function inHomeOrder(data: AppData) {
  const order = byUrgency(data.report.evaluations).map((e) => e.credentialId);
  const at = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...data.credentials].sort((a, b) => at(a.id) - at(b.id));
}
