/**
 * The one verdict of a cycle: its state, the word and the sentence every surface shows, and
 * each rule still unmet. Computed here once; the home screen, the credential page, the
 * timeline, reminders, the calendar, the PDF and the CLI render it and never write their own.
 *
 * "Covered" is said only when the renewal can be submitted and, on that day, the credit after
 * caps reaches the requirement, every category rule holds, and a card the body accepts is
 * valid, its hands-on skills check recorded where the body requires one.
 */
import { formatLongDate, type CalendarDate } from '../calendar-date';
import { STATUS_LABELS } from '../labels';
import { formatMinutes } from '../quantity';
import type { Renewal } from '../../schemas/entities';
import { amountText } from './amount-text';
import type { CprOutcome } from './cpr-check';
import type { EffectiveType } from './effective-type';
import type { CycleStatus, Verdict } from './evaluation-types';

export interface VerdictInput {
  status: CycleStatus;
  effective: EffectiveType;
  start: CalendarDate;
  end: CalendarDate;
  graceEnd: CalendarDate;
  daysLeft: number;
  required: number;
  remaining: number;
  remainingMinutes: number;
  /** Category rules unmet, each a sentence (from the evaluation of the cycle). */
  shortfalls: readonly string[];
  cpr: CprOutcome | null;
  /** Another credential's renewal covers this one (ACSM "highest"): no card or credit of its own. */
  coveredBy?: string;
  lateUntil?: CalendarDate;
  feeCents?: number;
  renewal?: Renewal;
}

const money = (cents: number) => `$${cents % 100 === 0 ? cents / 100 : (cents / 100).toFixed(2)}`;

function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} left`;
  return `${-days} day${days === -1 ? '' : 's'} ago`;
}

/** Each unmet rule, in the order a trainer would act on them: credit, categories, card. */
function missingOf(input: VerdictInput): string[] {
  const { effective, remaining, remainingMinutes, cpr } = input;
  const missing: string[] = [];
  if (remaining > 0)
    missing.push(`${amountText(remaining, effective)} (${formatMinutes(remainingMinutes)}) still needed.`);
  missing.push(...input.shortfalls);
  if (input.coveredBy) return missing;
  if (cpr?.problem) missing.push(cpr.problem);
  else if (cpr?.handsOnUnknown)
    missing.push(
      `Confirm that your CPR/AED card (${cpr.check.cardName ?? 'the card'}) had a hands-on skills check: ${effective.body.code} accepts only a card with one.`,
    );
  return missing;
}

function lapsedAdvice(effective: EffectiveType): string {
  const body = effective.body.code;
  const rule = effective.type.reinstatement;
  const kind = rule?.value.kind;
  if (kind === 'retake-exam' || (rule?.value.kind === 'late-renewal' && rule.value.then === 'retake-exam'))
    return `If not, ${body} asks you to retake the exam.`;
  if (kind === 'new-cycle-from-approval')
    return `If not, ${body} reinstates on request: ${rule?.note ?? 'see its reinstatement rules.'}`;
  return `If not, ask ${body} how to reinstate (its rules after this point are not stated).`;
}

export function cycleVerdict(input: VerdictInput): Verdict {
  const { status, effective, end } = input;
  const body = effective.body.code;
  const missing = status === 'renewed' || status === 'upcoming' ? [] : missingOf(input);
  const fee = input.feeCents;
  const feeText = fee !== undefined ? `, with a late fee of ${money(fee)}` : '';
  const base = { state: status, missing, ...(fee !== undefined ? { feeCents: fee } : {}) };
  const card = input.cpr?.check;
  switch (status) {
    case 'renewed':
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.renewed,
        sentence: `Renewed on ${formatLongDate(input.renewal?.renewedOn ?? end)}.`,
      };
    case 'upcoming':
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.upcoming,
        sentence: `Starts on ${formatLongDate(input.start)}; ${amountText(input.required, effective)} due by ${formatLongDate(end)}.`,
        by: end,
      };
    case 'met': {
      const from = card?.submitFrom;
      const by = card?.submitBy;
      if (by)
        return {
          ...base,
          covered: true,
          word: `Covered if you submit by ${formatLongDate(by)}`,
          sentence: `Covered if you submit by ${formatLongDate(by)}, while your CPR/AED card is valid; after that, renew the card first (the deadline is ${formatLongDate(end)}).${input.cpr?.hint ? ` ${input.cpr.hint}` : ''}`,
          by,
          ...(from ? { from } : {}),
        };
      return {
        ...base,
        covered: true,
        word: from ? `Covered from ${formatLongDate(from)}` : STATUS_LABELS.met,
        sentence: from
          ? `Covered from ${formatLongDate(from)}, when your CPR/AED card starts; submit between then and ${formatLongDate(end)}.`
          : `Covered: you can submit your renewal now (deadline ${formatLongDate(end)}, ${daysText(input.daysLeft)}).`,
        by: end,
        ...(from ? { from } : {}),
      };
    }
    case 'confirm_hands_on':
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.confirm_hands_on,
        sentence: `Covered once you confirm your CPR/AED card had a hands-on skills check: ${body} accepts only a card with one. ${
          card?.submitBy
            ? `Then submit by ${formatLongDate(card.submitBy)}, while the card is valid (the deadline is ${formatLongDate(end)}).`
            : `Deadline ${formatLongDate(end)} (${daysText(input.daysLeft)}).`
        }`,
        by: card?.submitBy ?? end,
      };
    case 'in_grace':
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.in_grace,
        sentence: `The deadline (${formatLongDate(end)}) has passed. ${
          missing.length === 0
            ? 'Your CE is complete: renew'
            : `${missing.join(' ')} Complete what is missing and renew`
        } by ${formatLongDate(input.graceEnd)}${feeText}.`,
        by: input.graceEnd,
      };
    case 'late_renewal':
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.late_renewal,
        sentence: `Late renewal: your CE was complete by ${formatLongDate(input.graceEnd)}, so ${body} accepts the renewal until ${formatLongDate(input.lateUntil ?? input.graceEnd)}${feeText}.${
          missing.length > 0 ? ` ${missing.join(' ')}` : ''
        }`,
        by: input.lateUntil ?? input.graceEnd,
      };
    case 'lapsed': {
      const closed = input.lateUntil ?? input.graceEnd;
      return {
        ...base,
        covered: false,
        word: STATUS_LABELS.lapsed,
        sentence: `Lapsed: no renewal is recorded for the cycle that ended on ${formatLongDate(end)}, and ${body}'s window to renew it closed on ${formatLongDate(closed)}. If you renewed, record it. ${lapsedAdvice(effective)}`,
        by: closed,
      };
    }
    default: {
      // on_track, at_risk, due_soon: under way, not covered yet.
      const ends =
        card?.submitBy && missing.length > 0
          ? [
              `Your CPR/AED card ends on ${formatLongDate(card.submitBy)}, before the deadline: renew it before you submit.`,
              ...(input.cpr?.hint ? [input.cpr.hint] : []),
            ]
          : [];
      return {
        ...base,
        missing: [...missing, ...ends],
        covered: false,
        word: STATUS_LABELS[status],
        sentence: `Not covered yet. ${[...missing, ...ends].join(' ')} Deadline ${formatLongDate(end)} (${daysText(input.daysLeft)}).`,
        by: end,
      };
    }
  }
}
