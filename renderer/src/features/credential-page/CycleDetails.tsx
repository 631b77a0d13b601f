import { APPROVAL_LABELS } from '../../../../shared/domain/labels';
import type { CredentialEvaluation, CycleEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { ProgressBar } from '../../components/ProgressBar';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCredit, formatDate, formatMinutes, relativeDays } from '../../format';
import { useFullCycle } from './full-cycle';

const KIND_LABEL = { activity: 'Activity', specialization: 'Specialization', cpr: 'CPR/AED' } as const;

/** One cycle's evaluation: progress, deadline, what is missing, the CPR/AED check, and what counted. */
export function CycleDetails({
  e,
  cycle,
  version,
  onOpenActivity,
}: {
  e: CredentialEvaluation;
  cycle: CycleEvaluation;
  /** The report `cycle` comes from: another cycle's contributions are asked for once per report. */
  version: object;
  /** Where the page can open an activity: its rows in "What counts" become links to it. */
  onOpenActivity?: (activityId: string) => void;
}) {
  const credit = (v: number) => formatCredit(v, e);
  const full = useFullCycle(e.credentialId, cycle, version);
  const contributions = full.cycle?.contributions;
  return (
    <div className="cycle-details">
      <div className="cycle-head">
        <StatusBadge verdict={cycle.verdict} />
        <p className="cycle-period">
          {formatDate(cycle.start)} – {formatDate(cycle.end)}
        </p>
      </div>
      <div className="cycle-figures">
        <div>
          <p className="figure" aria-label={`${credit(cycle.earned)} of ${credit(cycle.required)}`}>
            {credit(cycle.earned)} <span className="figure-of">of {credit(cycle.required)}</span>
          </p>
          <ProgressBar value={cycle.earned} max={cycle.required} label={`Progress toward ${credit(cycle.required)}`} />
        </div>
        <dl className="facts">
          <div>
            <dt>Deadline</dt>
            <dd>
              {formatDate(cycle.end)} ({relativeDays(cycle.daysLeft)})
            </dd>
          </div>
          <div>
            <dt>Still needed</dt>
            <dd>
              {cycle.remaining > 0
                ? `${credit(cycle.remaining)} (${formatMinutes(cycle.remainingMinutes)})`
                : 'Nothing'}
            </dd>
          </div>
          {cycle.pacing && (
            <div>
              <dt>Pace</dt>
              <dd>{formatMinutes(cycle.pacing.minutesPerWeek)} a week</dd>
            </div>
          )}
          {cycle.cpr && (
            <div>
              <dt>CPR/AED</dt>
              <dd>
                {cycle.cpr.required ? 'Required' : 'Not required'}
                {cycle.cpr.credit > 0 ? `, counts ${credit(cycle.cpr.credit)}` : ''}
                {cycle.cpr.validUntil
                  ? `; your card is valid until ${formatDate(cycle.cpr.validUntil)}`
                  : cycle.cpr.required
                    ? '; no card recorded'
                    : ''}
              </dd>
            </div>
          )}
          {cycle.renewal && (
            <div>
              <dt>Renewed</dt>
              <dd>
                {formatDate(cycle.renewal.renewedOn)}
                {cycle.renewal.confirmation ? ` (confirmation ${cycle.renewal.confirmation})` : ''}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <p className={`verdict verdict-${cycle.verdict.state}`} aria-label="Verdict">
        {cycle.verdict.sentence}
      </p>
      {cycle.warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {cycle.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {cycle.reasons.length > 0 && (
        <ul className="reasons">
          {cycle.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {cycle.categories.length > 0 && (
        <table className="table compact">
          <caption>Categories</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Earned</th>
              <th scope="col">Minimum</th>
              <th scope="col">Maximum</th>
            </tr>
          </thead>
          <tbody>
            {cycle.categories.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.id} · {l.name}
                </th>
                <td>{credit(l.earned)}</td>
                <td>{l.min !== undefined ? credit(l.min) : '—'}</td>
                <td>{l.max !== undefined ? credit(l.max) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="table compact">
        <caption>What counts in this cycle</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">From</th>
            <th scope="col">Kind</th>
            <th scope="col">Counted</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {!contributions && (
            <tr>
              <td colSpan={5} className="muted" aria-busy={!full.error}>
                {full.error ?? 'Loading what counts in this cycle…'}
              </td>
            </tr>
          )}
          {contributions?.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Nothing yet in this cycle.
              </td>
            </tr>
          )}
          {contributions?.map((c) => (
            <tr key={`${c.kind}-${c.sourceId}`}>
              <td className="nowrap">{formatDate(c.date)}</td>
              <th scope="row">
                {onOpenActivity && c.kind === 'activity' ? (
                  <button type="button" className="link-button" onClick={() => onOpenActivity(c.sourceId)}>
                    {c.title}
                  </button>
                ) : (
                  c.title
                )}
              </th>
              <td>{KIND_LABEL[c.kind]}</td>
              <td>
                {credit(c.credited)}
                {c.credited !== c.raw && <span className="muted"> of {credit(c.raw)}</span>}
                {c.note && <span className="note"> {c.note}</span>}
              </td>
              <td>{c.planned ? 'Planned' : c.approval ? APPROVAL_LABELS[c.approval] : 'Counted'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
