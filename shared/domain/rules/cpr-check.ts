/**
 * The CPR/AED card in one cycle: which card the renewal can rely on, on which days, what it
 * earns, and what to tell the user. A card counts (and a body that requires one is satisfied)
 * only when it is valid on the day the body needs it: the day the renewal is submitted, or
 * (ISSA) for N days after it. Before the renewal is sent, that day is any day from today to
 * the last day the renewal can be sent; the card that allows the latest one is used.
 */
import { addDays, formatLongDate, type CalendarDate } from '../calendar-date';
import type { Hundredths } from '../quantity';
import type { CprRule } from '../catalog/types';
import { amountText } from './amount-text';
import { cardForSubmission, completionYears, type CardValidity } from './cpr-cards';
import type { Cycle } from './cycles';
import type { EffectiveType } from './effective-type';
import type { Contribution, CprCheck } from './evaluation-types';

export interface CprOutcome {
  check: CprCheck;
  /** The card's credit, when it counts. */
  contribution?: Contribution;
  /** False when the body requires a card and none can be relied on. */
  satisfied: boolean;
  /** The card relied on has no hands-on skills check recorded, and the body accepts only a card with one. */
  handsOnUnknown: boolean;
  /** When the card rule is unmet: what is wrong, as an item of the verdict's "missing" list. */
  problem?: string;
  /** The card relied on ends first, and another would last longer once its hands-on check is confirmed. */
  hint?: string;
  warnings: string[];
  reasons: string[];
}

/** The days on which this cycle's renewal would be submitted, as the rules see them today. */
export function submissionWindow(
  cycle: Cycle,
  today: CalendarDate,
  lateUntil?: CalendarDate,
): { from: CalendarDate; until: CalendarDate; open: boolean } {
  if (cycle.renewal) return { from: cycle.renewal.renewedOn, until: cycle.renewal.renewedOn, open: false };
  const opened = cycle.openedOn !== undefined && cycle.openedOn <= today;
  const last = today <= cycle.end ? cycle.end : today <= cycle.graceEnd ? cycle.graceEnd : lateUntil;
  if (last === undefined || (today < cycle.start && !opened)) return { from: cycle.end, until: cycle.end, open: false };
  return { from: today, until: last, open: true };
}

function cardCredit(rule: CprRule, cycle: Cycle, cards: readonly CardValidity[]): Hundredths {
  if (rule.creditPer === 'cycle') return rule.credit;
  return rule.credit * completionYears(cards, cycle.countFrom, cycle.graceEnd, rule.creditSince).length;
}

export function checkCpr(
  cycle: Cycle,
  effective: EffectiveType,
  allCards: readonly CardValidity[],
  today: CalendarDate,
  lateUntil?: CalendarDate,
): CprOutcome | null {
  const rule = effective.type.cpr?.value;
  if (!rule) return null;
  const body = effective.body.code;
  const warnings: string[] = [];
  const reasons: string[] = [];
  const cards = rule.handsOnRequired ? allCards.filter((c) => c.handsOn !== false) : allCards;
  const window = submissionWindow(cycle, today, lateUntil);
  // A card whose hands-on check is recorded is relied on first; one not recorded only when no such card will do.
  const found =
    (rule.handsOnRequired
      ? cardForSubmission(
          cards.filter((c) => c.handsOn === true),
          window.from,
          window.until,
          rule.validDaysAfterDeadline,
        )
      : undefined) ?? cardForSubmission(cards, window.from, window.until, rule.validDaysAfterDeadline);
  const latest = [...allCards].sort((a, b) => (a.until > b.until ? -1 : 1))[0];
  const neededOn = addDays(found?.submitBy ?? window.until, rule.validDaysAfterDeadline);
  const check: CprCheck = {
    required: rule.required,
    credit: rule.credit,
    handsOnRequired: rule.handsOnRequired,
    neededOn: addDays(window.until, rule.validDaysAfterDeadline),
    validWhenNeeded: found !== undefined && found.submitBy >= window.until,
    ...(found
      ? {
          cardId: found.card.credentialId,
          cardName: found.card.name,
          provider: found.card.provider,
          validUntil: found.card.until,
        }
      : latest
        ? { cardName: latest.name, provider: latest.provider, validUntil: latest.until }
        : {}),
    ...(found && found.submitBy < window.until ? { submitBy: found.submitBy } : {}),
    ...(found && found.submitFrom > today && window.open ? { submitFrom: found.submitFrom } : {}),
  };
  const credit = found ? cardCredit(rule, cycle, cards) : 0;
  const contribution: Contribution | undefined =
    found && credit > 0
      ? {
          kind: 'cpr',
          sourceId: found.card.credentialId,
          // Credit per year of completion (ACSM) comes from the years cards were completed in, not
          // from the card relied on at submission: the row says which years.
          title:
            rule.creditPer === 'completion-year'
              ? `CPR/AED completed in ${completionYears(cards, cycle.countFrom, cycle.graceEnd, rule.creditSince).join(' and ')} (${amountText(rule.credit, effective)} a year); the card relied on: ${found.card.name}, valid until ${formatLongDate(found.card.until)}`
              : `CPR/AED card (${found.card.name}), valid until ${formatLongDate(found.card.until)}`,
          date: found.card.from,
          category: rule.category ?? '',
          raw: credit,
          credited: 0,
          planned: false,
        }
      : undefined;
  const satisfied = !rule.required || found !== undefined;
  const handsOnUnknown = found !== undefined && rule.handsOnRequired && found.card.handsOn === undefined;
  const after = rule.validDaysAfterDeadline;
  const need =
    after > 0
      ? `${body} needs a card valid at least ${after} days after you submit`
      : `${body} needs a card that is valid when you submit`;
  const longer =
    found && rule.handsOnRequired && found.submitBy < window.until && window.open
      ? cardForSubmission(
          cards.filter((c) => c.handsOn === undefined),
          window.from,
          window.until,
          rule.validDaysAfterDeadline,
        )
      : undefined;
  const hint =
    longer && found && longer.submitBy > found.submitBy
      ? `Your ${longer.card.name} (valid until ${formatLongDate(longer.card.until)}) would count instead once you confirm it had a hands-on skills check.`
      : undefined;
  const outcome = (problem?: string): CprOutcome => ({
    check,
    ...(contribution ? { contribution } : {}),
    satisfied,
    handsOnUnknown,
    ...(problem ? { problem } : {}),
    ...(hint ? { hint } : {}),
    warnings,
    reasons,
  });
  // Past or renewed cycles are history: their numbers stay, the advice does not.
  if (!window.open) {
    if (rule.required && !found && !cycle.renewal && cycle.start <= today)
      return outcome(`No CPR/AED card was valid on ${formatLongDate(neededOn)}: ${need}.`);
    return outcome();
  }
  if (found && found.submitFrom > today)
    warnings.push(`Your CPR/AED card counts from ${formatLongDate(found.submitFrom)}; submit on or after that day.`);
  if (!rule.required || found) return outcome();
  const noHandsOn = allCards.find((c) => c.handsOn === false && c.until >= window.from);
  if (noHandsOn)
    return outcome(
      `Your CPR/AED card (${noHandsOn.name}) had no hands-on skills check, which ${body} requires: take a course with one and add the new card.`,
    );
  // It outlives the deadline, but not by the days the body needs after submission (ISSA).
  if (latest && latest.until >= window.until)
    return outcome(
      `Your CPR/AED card ends on ${formatLongDate(latest.until)}, less than ${after} days after the last day you can submit (${formatLongDate(window.until)}): ${need}. Renew it and add the new card.`,
    );
  if (latest && latest.until < today)
    return outcome(
      `Your CPR/AED card expired on ${formatLongDate(latest.until)}: ${need}. Renew it and add the new card.`,
    );
  if (latest)
    return outcome(
      `Your CPR/AED card is not valid on any day you can submit (it ends on ${formatLongDate(latest.until)}): ${need}. Renew it and add the new card.`,
    );
  return outcome(
    `No CPR/AED card recorded: ${need}. Add your card${rule.handsOnRequired ? ' (from a course with a hands-on skills check)' : ''}.`,
  );
}
