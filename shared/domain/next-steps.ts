/**
 * "What do I do next?": one list of actions, most urgent first, derived from the verdicts (never
 * its own judgement of a cycle). Each step is one thing to do, by when, and the action that does
 * it; a step leaves the list once done (its verdict changes).
 */
import { creditText } from './rules/amount-text';
import { daysBetween, formatLongDate, type CalendarDate } from './calendar-date';
import { formatAmount, formatMinutes } from './quantity';
import { missingProof, missingProofText } from './report/missing-proof';
import type { CredentialEvaluation, CycleEvaluation } from './rules/evaluation-types';
import type { Attachment } from '../schemas/entities';
import { milestoneWords, type Milestone } from './plan/milestones';

export type StepAction =
  /** Open the activity form for this credential. */
  | 'log-activity'
  /** Add a CPR/AED card (a new one, or the first). */
  | 'add-card'
  /** Open the card's edit form (say whether it had a hands-on check). */
  | 'edit-card'
  /** Export the renewal packet of the cycle in force. */
  | 'export-packet'
  /** Record the renewal of the cycle in force. */
  | 'record-renewal'
  /** Open the credential, where its certificates are attached. */
  | 'attach'
  /** Open the credential's renewal plan (a kept milestone: a specialization, a card, a course). */
  | 'open-plan';

export interface NextStep {
  key: string;
  /** The credential the step is about; for `edit-card`, the card's own id. */
  credentialId: string;
  action: StepAction;
  /** The step in words: "Log 1.5 CEU (15 h) for CSCS by 31 Dec 2026". */
  text: string;
  /** Why, or what it achieves. */
  effect: string;
  /** The button's words. */
  button: string;
  due?: CalendarDate;
  /** 0 = lapsed, 1 = past a deadline, 2 = under way, 3 = covered (submit), 4 = paperwork, 5 = the plan, ahead. */
  rank: number;
}

const inForce = (e: CredentialEvaluation): CycleEvaluation | undefined =>
  e.currentIndex === null ? undefined : e.cycles[e.currentIndex];

const amount = (e: CredentialEvaluation, v: number) => creditText(v, e);

function cardSteps(e: CredentialEvaluation, c: CycleEvaluation, by: CalendarDate, rank: number): NextStep[] {
  const card = c.cpr;
  if (!card?.required || e.coveredBy) return [];
  const steps: NextStep[] = [];
  const confirm =
    c.status === 'confirm_hands_on' || c.verdict.missing.some((m) => m.startsWith('Confirm that your CPR/AED'));
  if (confirm && card.cardId)
    steps.push({
      key: `confirm:${e.credentialId}`,
      credentialId: card.cardId,
      action: 'edit-card',
      text: `Confirm that your CPR/AED card had a hands-on skills check`,
      effect:
        c.status === 'confirm_hands_on'
          ? `${e.bodyCode} accepts only a card with one; then ${e.code} is covered.`
          : `${e.bodyCode} accepts only a card with one.`,
      button: 'Open the card',
      due: by,
      rank,
    });
  const missingCard = c.verdict.missing.some((m) => /CPR\/AED card/.test(m) && !m.startsWith('Confirm'));
  if (!missingCard && !card.submitBy) return steps;
  const until = card.submitBy && !c.verdict.covered ? card.submitBy : undefined;
  steps.push({
    key: `card:${e.credentialId}`,
    credentialId: e.credentialId,
    action: 'add-card',
    text: card.validUntil
      ? `Renew your CPR/AED card before ${formatLongDate(by)}`
      : `Add your CPR/AED card (valid on ${formatLongDate(by)})`,
    effect: until
      ? `Yours ends on ${formatLongDate(until)}; ${e.bodyCode} needs a card valid when you submit.`
      : (c.verdict.missing.find((m) => /CPR\/AED card/.test(m) && !m.startsWith('Confirm')) ??
        `${e.bodyCode} needs a card valid when you submit.`),
    button: card.validUntil ? 'Add the new card' : 'Add your card',
    due: until ?? by,
    rank,
  });
  return steps;
}

/** The steps for one credential's cycle in force. */
function stepsFor(e: CredentialEvaluation, attachments: readonly Attachment[]): NextStep[] {
  const c = inForce(e);
  if (!c || c.status === 'renewed' || c.status === 'upcoming') return [];
  const v = c.verdict;
  const by = v.by ?? c.end;
  const id = e.credentialId;
  if (c.status === 'lapsed')
    return [
      {
        key: `lapsed:${id}`,
        credentialId: id,
        action: 'record-renewal',
        text: `${e.code} lapsed: record the renewal if you renewed`,
        effect: v.sentence,
        button: 'Mark as renewed…',
        due: by,
        rank: 0,
      },
    ];
  const steps: NextStep[] = [];
  const late = c.status === 'in_grace' || c.status === 'late_renewal';
  const rank = late ? 1 : v.covered ? 3 : 2;
  const fee = v.feeCents !== undefined ? ` (late fee $${formatAmount(v.feeCents, 0)})` : '';
  if (c.remaining > 0 || v.missing.some((m) => m.startsWith('Category') || m.includes('categories')))
    steps.push({
      key: `log:${id}`,
      credentialId: id,
      action: 'log-activity',
      text:
        c.remaining > 0
          ? `Log ${amount(e, c.remaining)} (${formatMinutes(c.remainingMinutes)}) for ${e.code} by ${formatLongDate(by)}`
          : `Log credit in the categories ${e.code} still needs by ${formatLongDate(by)}`,
      effect: v.missing.filter((m) => !/CPR\/AED card/.test(m)).join(' ') + fee,
      button: 'Log activity',
      due: by,
      rank,
    });
  steps.push(...cardSteps(e, c, by, rank));
  if (v.covered || (late && v.missing.length === 0))
    steps.push({
      key: `submit:${id}`,
      credentialId: id,
      action: 'export-packet',
      text: `Submit your ${e.code} renewal (covered) by ${formatLongDate(by)}${fee}`,
      effect: v.sentence,
      button: 'Export packet',
      due: by,
      rank,
    });
  const proof = missingProof(c, attachments);
  if (proof.length > 0 && (v.covered || late))
    steps.push({
      key: `proof:${id}`,
      credentialId: id,
      action: 'attach',
      text: `${e.code}: ${missingProofText(proof)}`,
      effect: `${proof.map((p) => p.title).join('; ')}. Attach them so your renewal packet has its proof.`,
      button: 'Attach',
      due: by,
      rank: 4,
    });
  return steps;
}

/** The plan's milestones as steps (a card already asked for by a renewal in force is not asked twice). */
function planSteps(milestones: readonly Milestone[], today: CalendarDate, others: readonly NextStep[]): NextStep[] {
  return milestones.flatMap((m): NextStep[] => {
    const first = m.toward[0];
    if (!first) return [];
    if (
      m.kind === 'card' &&
      others.some((s) => s.action === 'add-card' && s.due && s.due >= m.on && s.due <= (m.by ?? s.due))
    )
      return [];
    const words = milestoneWords(m, today);
    return [
      {
        key: m.key,
        credentialId: first.credentialId,
        action: 'open-plan',
        text: words.title,
        effect: words.detail,
        button: 'Open the plan',
        due: words.day,
        rank: words.late ? 1 : 5,
      },
    ];
  });
}

/**
 * Every step, most urgent first: lapses, then by the day each is due, covered renewals after work
 * still to do. The plan's milestones (what the user kept in the plan) are steps too.
 */
export function nextSteps(
  evaluations: readonly CredentialEvaluation[],
  attachments: readonly Attachment[],
  today: CalendarDate,
  milestones: readonly Milestone[] = [],
): NextStep[] {
  const verdictSteps = evaluations.flatMap((e) => stepsFor(e, attachments));
  const steps = [...verdictSteps, ...planSteps(milestones, today, verdictSteps)];
  const days = (s: NextStep) => (s.due ? daysBetween(today, s.due) : Infinity);
  return steps.sort(
    (a, b) => (a.rank === 0 || b.rank === 0 ? a.rank - b.rank : 0) || days(a) - days(b) || a.rank - b.rank,
  );
}
