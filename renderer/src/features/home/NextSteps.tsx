/**
 * Home's first answer: what to do next, one row per action, most urgent first, each with the
 * button that does it. Derived from the verdicts (shared/domain/next-steps.ts); a step leaves the
 * list once its verdict changes.
 */
import { nextSteps, type NextStep } from '../../../../shared/domain/next-steps';
import { planMilestones } from '../../../../shared/domain/plan/milestones';
import { useRef } from 'react';
import { useCommand } from '../../command-bus';
import type { AppData } from '../../data';
import { formatDate } from '../../format';
import './home.css';

export function NextSteps({ data, onStep }: { data: AppData; onStep: (step: NextStep) => void }) {
  // The View menu's "Next Steps": the keyboard goes to the list.
  const heading = useRef<HTMLHeadingElement>(null);
  useCommand('go-next-steps', () => heading.current?.focus());
  if (data.credentials.length === 0) return null;
  const evaluations = data.report.evaluations;
  const steps = nextSteps(evaluations, data.attachments, data.today, planMilestones(data, evaluations));
  return (
    <section className="card next-steps" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" ref={heading} tabIndex={-1}>
        Next steps
      </h2>
      {steps.length === 0 ? (
        <p className="muted">Nothing to do right now: every credential is covered or renewed.</p>
      ) : (
        <ol className="step-list">
          {steps.map((step) => (
            <li key={step.key} className={`step step-rank-${step.rank}`}>
              <div className="step-words">
                <strong className="step-text" title={step.text}>
                  {step.text}
                </strong>
                <span className="step-effect" id={`step-effect-${step.key}`} title={step.effect}>
                  {step.effect}
                </span>
              </div>
              {step.due && <span className="step-due">{formatDate(step.due)}</span>}
              <button
                type="button"
                className={step.rank <= 2 ? 'button button-primary' : 'button'}
                aria-describedby={`step-effect-${step.key}`}
                onClick={() => onStep(step)}
              >
                {step.button}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
