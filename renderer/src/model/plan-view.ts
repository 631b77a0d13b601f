/**
 * What the plan panel shows, worked out from two answers of `plan:get`: the plan as it is and
 * the plan with what the user is trying. Pure, so it has its own tests.
 */
import { creditText } from '../../../shared/domain/rules/amount-text';
import { formatLongDate } from '../../../shared/domain/calendar-date';
import type { CredentialPlan, PlanCycle } from '../../../shared/domain/plan/types';
import { formatAmount } from '../../../shared/domain/quantity';

/** One verdict that what-if changes: "NASM-CPT, 11 Mar 2027 – 10 Mar 2029: At risk → Covered once …". */
export interface PlanChange {
  credentialId: string;
  code: string;
  cycle: string;
  before: string;
  after: string;
}

const span = (c: { start: string; end: string }) => `${formatLongDate(c.start)} – ${formatLongDate(c.end)}`;

/** A cycle's plan in words: its verdict, and what is still missing when something is. */
function planState(
  plan: Pick<CredentialPlan, 'unit' | 'decimals'>,
  c: Pick<PlanCycle, 'planWord' | 'missing'>,
): string {
  return c.missing > 0 ? `${c.planWord} (${formatAmount(c.missing, plan.decimals)} ${plan.unit} missing)` : c.planWord;
}

/** Every cycle, of every credential, whose plan (verdict or what is missing) differs between `before` and `after`. */
export function planChanges(before: readonly CredentialPlan[], after: readonly CredentialPlan[]): PlanChange[] {
  const out: PlanChange[] = [];
  for (const plan of after) {
    const was = before.find((p) => p.credentialId === plan.credentialId);
    for (const cycle of plan.cycles) {
      const old = was?.cycles.find((c) => c.end === cycle.end);
      const from = planState(plan, old ?? { planWord: cycle.real.word, missing: cycle.missing + cycle.planned });
      const to = planState(plan, cycle);
      if (from !== to)
        out.push({ credentialId: plan.credentialId, code: plan.code, cycle: span(cycle), before: from, after: to });
    }
  }
  return out;
}

/** A cycle's figures in one line: "0.0 of 2.0 CEU counted; 2.0 CEU missing (about 20 h, 0.2 h a week)". */
export function cycleFigures(plan: Pick<CredentialPlan, 'unit' | 'decimals'>, c: PlanCycle): string {
  const amount = (v: number) => creditText(v, plan);
  const hours = (minutes: number) => `${formatAmount(Math.round((minutes * 100) / 60), 0)} h`;
  const planned = c.planned > 0 ? `, ${amount(c.planned)} planned` : '';
  const missing =
    c.missing > 0
      ? `; ${amount(c.missing)} missing (about ${hours(c.missingMinutes)}, ${hours(c.minutesPerWeek)} a week)`
      : '';
  return `${formatAmount(c.counted, plan.decimals)} of ${amount(c.required)} counted${planned}${missing}`;
}

/** A source in a few words: a page's site ("nasm.org"), or the text itself when it is not an address. */
export function sourceLabel(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

export { span as cycleSpan };
