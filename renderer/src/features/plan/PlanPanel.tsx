import { useEffect, useState } from 'react';
import type { CredentialPlan, PlanItem } from '../../../../shared/domain/plan/types';
import type { PlannedCredential } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { keptMessage } from '../../../../shared/domain/plan/milestones';
import { cycleFigures, cycleSpan, planChanges, sourceLabel } from '../../model/plan-view';
import './plan.css';

interface PlanPanelProps {
  credentialId: string;
  /** The data's version: a change asks for the plan again. */
  version: object;
  /** Planned courses kept become planned activities (never counted until done). */
  onKept: (message: string) => Promise<void>;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Plans = { plans: CredentialPlan[]; items: PlanItem[]; kept: PlannedCredential[] };

/**
 * The renewal plan of one credential: this cycle and the next two, each with what counts, what
 * is missing and at what pace, the CPR/AED card it needs, and suggestions to try. Trying one
 * shows every verdict it changes, on every credential (one course can serve several), before →
 * after; nothing is saved until "Keep the planned courses".
 */
export function PlanPanel({ credentialId, version, onKept }: PlanPanelProps) {
  const [base, setBase] = useState<Plans | null>(null);
  const [trying, setTrying] = useState<string[]>([]);
  // The plan with what is tried, for the list it was asked with.
  const [answer, setAnswer] = useState<{ key: string; plans: Plans } | null>(null);
  const key = trying.join('\n');
  const tried = trying.length > 0 && answer?.key === key ? answer.plans : null;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.plan.get({ with: [], items: [] }).then((r) => {
      if (!current) return;
      if (r.ok) setBase(r.value);
      else setError(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    if (trying.length === 0) return;
    let current = true;
    void api.plan.get({ with: trying, items: [] }).then((r) => {
      if (!current) return;
      if (r.ok) setAnswer({ key: trying.join('\n'), plans: r.value });
      else setError(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [trying, version]);

  const shown = (tried ?? base)?.plans.find((p) => p.credentialId === credentialId);
  // Suggestions come from the plan without what is tried (their ids are that plan's).
  const offered = base?.plans.find((p) => p.credentialId === credentialId);
  const changes = base && tried ? planChanges(base.plans, tried.plans) : [];
  async function keep() {
    if (!tried) return;
    const result = await api.plan.keep({ items: tried.items });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setTrying([]);
    await onKept(keptMessage(result.value));
  }

  async function forget(p: PlannedCredential) {
    const result = await api.plan.forget({ id: p.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    await onKept(`${sentenceCase(p.label)} taken out of your plan.`);
  }

  if (!shown || !offered)
    return error ? (
      <p className="error" role="alert">
        {error}
      </p>
    ) : null;
  return (
    <div className="plan-panel">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {base && base.kept.length > 0 && (
        <div className="plan-kept">
          <h4>In your plan</h4>
          <ul>
            {base.kept.map((p) => (
              <li key={p.id}>
                {sentenceCase(p.label)},{' '}
                {p.by ? `between ${formatDate(p.on)} and ${formatDate(p.by)}` : `by ${formatDate(p.on)}`}{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Take ${p.label} out of the plan`}
                  onClick={() => void forget(p)}
                >
                  Take out
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="plan-cycles">
        {shown.cycles.map((c, i) => {
          const suggestions = offered.cycles[i]?.suggestions ?? [];
          return (
            <li key={c.end} className="plan-cycle">
              <div className="plan-cycle-head">
                <strong>{cycleSpan(c)}</strong> <StatusBadge verdict={c.real} />
                {c.planWord !== c.real.word && (
                  <span className="plan-after">
                    <span aria-hidden="true">→</span> <span className="visually-hidden">with the plan:</span>
                    {c.planWord}
                  </span>
                )}
              </div>
              <p>{cycleFigures(shown, c)}.</p>
              {c.plannedItems.length > 0 && <p>Planned: {c.plannedItems.join(', ')}.</p>}
              {c.card && <p>{c.card.text}</p>}
              {suggestions.length > 0 && (
                <ul className="plan-suggestions" aria-label={`Ways to fill ${cycleSpan(c)}`}>
                  {suggestions.map((s) => {
                    const on = trying.includes(s.id);
                    return (
                      <li key={s.id}>
                        <button
                          type="button"
                          className="button button-small"
                          aria-pressed={on}
                          onClick={() => setTrying((t) => (on ? t.filter((x) => x !== s.id) : [...t, s.id]))}
                        >
                          {on ? 'Trying' : 'Try'}
                        </button>{' '}
                        {s.text}
                        {s.source && (
                          <span className="plan-source" title={s.source}>
                            {' '}
                            (source: {sourceLabel(s.source)})
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {trying.length > 0 && (
        <div className="plan-what-if" aria-live="polite">
          <h4>What changes</h4>
          {changes.length === 0 ? (
            <p className="muted">No verdict changes.</p>
          ) : (
            <ul>
              {changes.map((x) => (
                <li key={`${x.credentialId}|${x.cycle}`}>
                  {x.code}, {x.cycle}: {x.before} <span aria-hidden="true">→</span>{' '}
                  <span className="visually-hidden">becomes </span>
                  {x.after}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            Nothing is saved while you try. Keep the plan to add its steps to Home and the calendar: planned courses
            become planned activities (they count once you mark them done); a planned credential or card counts once you
            add it.
          </p>
          <div className="plan-actions">
            <button type="button" className="button button-primary" disabled={!tried} onClick={() => void keep()}>
              Keep the plan
            </button>
            <button type="button" className="button" onClick={() => setTrying([])}>
              Stop trying
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
