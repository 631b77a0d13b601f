/**
 * Ways to fill what a cycle is missing, from the catalog, each with its effect and its source:
 * a specialization of the same body that counts toward the credential and that the user does not
 * hold (with a CPR/AED card valid at submission where the renewal needs one), the card alone, and
 * one course approved by several of the user's bodies at once. Best first: what covers the
 * cycle, then what adds most.
 */
import { creditText } from '../rules/amount-text';
import { addDays, addMonths, formatLongDate, maxDate, minDate, type CalendarDate } from '../calendar-date';
import { CREDENTIAL_TYPES, findBody, findCredentialType } from '../catalog/catalog';
import { creditForMinutes, type Hundredths } from '../quantity';
import type { CredentialEvaluation, CycleEvaluation } from '../rules/evaluation-types';
import type { PlanItem, Suggestion } from './types';

export interface SuggestionContext {
  evaluation: CredentialEvaluation;
  /** The cycle as it would stand with the plan so far. */
  cycle: CycleEvaluation;
  today: CalendarDate;
  /** Type ids of every credential the user holds or plans. */
  held: ReadonlySet<string>;
  /** The user's CPR/AED card type (to renew the same kind), if any. */
  cardTypeId?: string;
  /** Other certifications, of other bodies, with what their cycle under way still misses. */
  others: {
    credentialId: string;
    code: string;
    bodyCode: string;
    unit: string;
    perHour: Hundredths;
    decimals: number;
    missing: Hundredths;
    /** The end of that credential's cycle under way. */
    end: CalendarDate;
  }[];
}

const amount = (value: Hundredths, unit: string, decimals: number) => creditText(value, { unit, decimals });

/** When a planned course or credential is done: ninety days into what is left of the cycle, a month before its end at the latest. */
export function plannedOn(start: CalendarDate, end: CalendarDate, today: CalendarDate): CalendarDate {
  const from = maxDate(today, start);
  return maxDate(from, minDate(addDays(from, 90), addDays(end, -30)));
}

/**
 * The window to renew a card in so it is valid on `neededOn` (the last day the renewal can be
 * sent): from the first day a new card would still be valid then, to that day.
 */
export function cardWindow(
  neededOn: CalendarDate,
  today: CalendarDate,
  validityMonths: number,
): { from: CalendarDate; by: CalendarDate } {
  const from = maxDate(today, addDays(addMonths(neededOn, -validityMonths), 1));
  return { from, by: maxDate(from, neededOn) };
}

function cardItem(ctx: SuggestionContext): { item: PlanItem; text: string } | undefined {
  const cpr = ctx.cycle.cpr;
  if (!cpr?.required || cpr.validWhenNeeded) return undefined;
  const typeId = ctx.cardTypeId ?? 'cpr-aha';
  const months = findCredentialType(typeId)?.validityMonths?.value ?? 24;
  const window = cardWindow(cpr.neededOn, ctx.today, months);
  return {
    item: { kind: 'credential', typeId, on: window.from, by: window.by, label: 'renewed CPR/AED card' },
    text: `${cpr.handsOnRequired ? 'a card with a hands-on skills check' : 'a new card'}, between ${formatLongDate(window.from)} and ${formatLongDate(window.by)}`,
  };
}

export function suggestionsFor(ctx: SuggestionContext): Suggestion[] {
  const { evaluation: e, cycle } = ctx;
  const on = plannedOn(cycle.start, cycle.end, ctx.today);
  const missing = cycle.remaining;
  const card = cardItem(ctx);
  const cardCredit = cycle.cpr?.required ? cycle.cpr.credit : 0;
  const out: Suggestion[] = [];
  for (const type of CREDENTIAL_TYPES) {
    const counts = type.countsToward?.value.find((c) => c.typeId === e.typeId);
    if (!counts || ctx.held.has(type.id)) continue;
    const withCard = card && cardCredit > 0;
    out.push({
      id: `earn:${type.id}:${cycle.end}`,
      text: `${type.code} (${amount(counts.amount, e.unit, e.decimals)})${withCard ? ` + a valid CPR/AED card (${amount(cardCredit, e.unit, e.decimals)})` : ''}`,
      effect: counts.amount + (withCard ? cardCredit : 0),
      source: type.countsToward!.source,
      items: [{ kind: 'credential', typeId: type.id, on, label: type.code }, ...(card ? [card.item] : [])],
    });
  }
  if (card)
    out.push({
      id: `card:${cycle.end}`,
      text: `Renew your CPR/AED card: ${card.text}`,
      effect: cardCredit,
      source: findCredentialType(e.typeId)?.cpr?.source ?? '',
      items: [card.item],
    });
  const others = ctx.others.filter((o) => o.missing > 0);
  if (missing > 0 && others.length > 0) {
    const hours = Math.max(1, Math.ceil(cycle.remainingMinutes / 60));
    const minutes = hours * 60;
    // Done while every one of those cycles is still under way.
    const sharedEnd = others.reduce((end, o) => minDate(end, o.end), cycle.end);
    const courseOn = plannedOn(cycle.start, sharedEnd, ctx.today);
    const mine = creditForMinutes(minutes, e.perHour);
    const shares = others.map((o) => ({ ...o, credit: creditForMinutes(minutes, o.perHour) }));
    out.push({
      id: `course:${hours}h:${cycle.end}`,
      text: `One ${hours}-hour course approved by ${[e.bodyCode, ...shares.map((s) => s.bodyCode)].join(' and ')}: ${[
        amount(mine, e.unit, e.decimals),
        ...shares.map((s) => amount(s.credit, s.unit, s.decimals)),
      ].join(' + ')}`,
      effect: mine,
      source: 'Each body’s credit per contact hour, from the catalog',
      items: [
        {
          kind: 'activity',
          title: `A ${hours}-hour course approved by ${[e.bodyCode, ...shares.map((s) => s.bodyCode)].join(' and ')}`,
          on: courseOn,
          minutes,
          allocations: [
            { credentialId: e.credentialId, amountHundredths: mine },
            ...shares.map((s) => ({ credentialId: s.credentialId, amountHundredths: s.credit })),
          ],
        },
      ],
    });
  }
  if (missing > 0) {
    const hours = Math.max(1, Math.ceil(cycle.remainingMinutes / 60));
    out.push({
      id: `courses:${e.credentialId}:${cycle.end}`,
      text: `${e.bodyCode}-approved courses: ${amount(missing, e.unit, e.decimals)} (about ${hours} h)`,
      effect: missing,
      source: findBody(findCredentialType(e.typeId)?.bodyId ?? '')?.perHour.source ?? '',
      items: [
        {
          kind: 'activity',
          title: `${e.bodyCode}-approved courses`,
          on,
          minutes: hours * 60,
          allocations: [{ credentialId: e.credentialId, amountHundredths: missing }],
        },
      ],
    });
  }
  const covers = (s: Suggestion) => (s.effect >= missing && (!card || s.items.some((i) => i === card.item)) ? 1 : 0);
  return out.sort((a, b) => covers(b) - covers(a) || b.effect - a.effect);
}
