/**
 * The renewal plan: for each certification, the cycle under way and the next two, each with
 * what counts, what is planned, what is still missing (and at what pace), the CPR/AED card it
 * needs, the verdict as things stand and the verdict once the plan is carried out (the same
 * engine, on the plan's world: what-if.ts), and ways to fill the rest (suggestions.ts).
 * Pure: the records are never changed; planned items never count toward a real verdict.
 */
import { addDays, daysBetween, formatLongDate, maxDate, type CalendarDate } from '../calendar-date';
import { AppError } from '../../errors';
import { findCredentialType } from '../catalog/catalog';
import { evaluateAll, type EvaluationInput } from '../rules/evaluate';
import type { CredentialEvaluation, CycleEvaluation } from '../rules/evaluation-types';
import { cardWindow, suggestionsFor } from './suggestions';
import type { CredentialPlan, PlanCycle, PlanItem } from './types';
import { cycleIn, judgedOn, planWorld } from './what-if';

/** The cycle under way and the next two. */
const CYCLES_AHEAD = 3;

type Input = Omit<EvaluationInput, 'today'>;

/** The cycles to plan, by start and end: the one in force, then each next one in turn. */
function cyclesAhead(input: Input, e: CredentialEvaluation, today: CalendarDate): CycleEvaluation[] {
  const first = e.currentIndex !== null ? e.cycles[e.currentIndex] : undefined;
  if (!first || first.status === 'lapsed') return first ? [first] : [];
  const out = [first];
  const ends = e.cycles.slice(0, (e.currentIndex ?? 0) + 1).map((c) => c.end);
  while (out.length < CYCLES_AHEAD) {
    const last = out.at(-1)!;
    const world = planWorld(input, [], [{ credentialId: e.credentialId, cycleEnds: ends }]);
    const asOf = maxDate(today, addDays(last.end, 1));
    const next = evaluateAll({ ...world, today: asOf })
      .find((x) => x.credentialId === e.credentialId)
      ?.cycles.find((c) => c.end > last.end);
    if (!next) break;
    out.push(next);
    ends.push(next.end);
  }
  return out;
}

/** A planned CPR/AED card (by its type, never by the words of its label). */
const isCard = (i: PlanItem) => i.kind === 'credential' && findCredentialType(i.typeId)?.kind === 'cpr';

const inCycle = (on: CalendarDate, c: { start: CalendarDate; end: CalendarDate }) => on >= c.start && on <= c.end;

function planWord(ifPlanned: CycleEvaluation, names: string[], cardPlanned: boolean): string {
  if (!ifPlanned.verdict.covered) return ifPlanned.verdict.word;
  if (names.length === 0 && !cardPlanned) return ifPlanned.verdict.word;
  const done =
    names.length > 0 ? `your planned ${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} completed` : '';
  const card = cardPlanned ? 'your CPR/AED card is renewed' : '';
  return `Covered once ${[done, card].filter(Boolean).join(' and ')}`;
}

function cardLine(cycle: CycleEvaluation, today: CalendarDate, cardTypeId: string | undefined): PlanCycle['card'] {
  const cpr = cycle.cpr;
  if (!cpr?.required) return undefined;
  if (cpr.validWhenNeeded)
    return {
      ...(cpr.validUntil ? { validUntil: cpr.validUntil } : {}),
      text: `${cpr.cardName ?? 'Your CPR/AED card'} is valid until ${formatLongDate(cpr.validUntil!)}: it covers this renewal.`,
    };
  const months = findCredentialType(cardTypeId ?? 'cpr-aha')?.validityMonths?.value ?? 24;
  const window = cardWindow(cpr.neededOn, today, months);
  const ends =
    cpr.validUntil && cpr.validUntil >= today
      ? `Your card ends on ${formatLongDate(cpr.validUntil)}${cycle.verdict.covered && cpr.submitBy ? ': submit by then, or renew it' : ': renew it'}`
      : 'Renew your CPR/AED card';
  return {
    ...(cpr.validUntil ? { validUntil: cpr.validUntil } : {}),
    renewFrom: window.from,
    renewBy: window.by,
    text: `${ends} between ${formatLongDate(window.from)} and ${formatLongDate(window.by)} so it is valid when you submit (by ${formatLongDate(cpr.neededOn)}).`,
  };
}

/** The plan for every certification (or only `credentialId`), with `items` planned. */
export function planAll(
  input: EvaluationInput,
  items: readonly PlanItem[] = [],
  credentialId?: string,
): CredentialPlan[] {
  const { today, ...records } = input;
  const real = evaluateAll(input);
  const held = new Set([
    ...records.credentials.map((c) => c.typeId),
    ...items.flatMap((i) => (i.kind === 'credential' ? [i.typeId] : [])),
  ]);
  const cardTypeId =
    real.find((e) => e.kind === 'cpr' && e.card && e.card.daysLeft >= 0)?.typeId ??
    real.find((e) => e.kind === 'cpr')?.typeId;
  const certifications = real.filter((e) => e.known && e.kind === 'certification' && e.cycles.length > 0);
  return certifications
    .filter((e) => !credentialId || e.credentialId === credentialId)
    .map((e) => {
      const ahead = cyclesAhead(records, e, today);
      const renewedBefore: CalendarDate[] = e.cycles.slice(0, e.currentIndex ?? 0).map((c) => c.end);
      const cycles = ahead.map((c, k): PlanCycle => {
        const renewed = [
          { credentialId: e.credentialId, cycleEnds: [...renewedBefore, ...ahead.slice(0, k).map((x) => x.end)] },
        ];
        const real =
          k === 0 ? c : (cycleIn(planWorld(records, [], renewed), e.credentialId, c.end, maxDate(today, c.start)) ?? c);
        const mine = items.filter((i) => inCycle(i.on, c));
        const loggedPlans = records.activities.filter(
          (a) =>
            a.status === 'planned' &&
            inCycle(a.completedOn, c) &&
            a.allocations.some((x) => x.credentialId === e.credentialId),
        );
        const dates = [...mine.map((i) => i.on), ...loggedPlans.map((a) => a.completedOn)];
        const world = planWorld(records, items, renewed);
        const ifPlanned = cycleIn(world, e.credentialId, c.end, judgedOn(c.start, c.end, today, dates)) ?? real;
        const names = [
          ...mine.flatMap((i) => (isCard(i) ? [] : i.kind === 'credential' ? [i.label] : [`“${i.title}”`])),
          ...loggedPlans.map((a) => `“${a.title}”`),
        ];
        const cardPlanned = mine.some(isCard);
        const weeks = Math.max(1, daysBetween(maxDate(today, c.start), c.end) / 7);
        const others = certifications
          .filter((o) => o.bodyCode !== e.bodyCode && o.currentIndex !== null)
          .map((o) => ({
            credentialId: o.credentialId,
            code: o.code,
            bodyCode: o.bodyCode,
            unit: o.unit,
            perHour: o.perHour,
            decimals: o.decimals,
            missing: o.cycles[o.currentIndex!]!.remaining,
            end: o.cycles[o.currentIndex!]!.end,
          }));
        return {
          start: c.start,
          end: c.end,
          required: ifPlanned.required,
          counted: real.earned,
          planned: Math.max(0, ifPlanned.earned - real.earned),
          missing: ifPlanned.remaining,
          missingMinutes: ifPlanned.remainingMinutes,
          minutesPerWeek: Math.ceil(ifPlanned.remainingMinutes / weeks),
          ...(cardLine(ifPlanned, today, cardTypeId) ? { card: cardLine(ifPlanned, today, cardTypeId)! } : {}),
          real: real.verdict,
          ifPlanned: ifPlanned.verdict,
          planWord: planWord(ifPlanned, names, cardPlanned),
          plannedItems: [...names, ...(cardPlanned ? ['renewed CPR/AED card'] : [])],
          suggestions:
            ifPlanned.verdict.covered || ifPlanned.status === 'lapsed'
              ? []
              : suggestionsFor({
                  evaluation: e,
                  cycle: ifPlanned,
                  today,
                  held,
                  ...(cardTypeId ? { cardTypeId } : {}),
                  others: k === 0 ? others : [],
                }),
        };
      });
      return { credentialId: e.credentialId, code: e.code, unit: e.unit, decimals: e.decimals, cycles };
    });
}

/**
 * The plan with what-if applied: the suggestions named by id (as the plan without them lists
 * them) and the items given, on top of what the user kept (`kept`: planned credentials still to
 * do). An unknown suggestion is refused in words, nothing tried. `items` is what was tried.
 */
export function planWith(
  input: EvaluationInput,
  request: { credentialId?: string; with: readonly string[]; items: readonly PlanItem[] },
  kept: readonly PlanItem[] = [],
): { today: CalendarDate; plans: CredentialPlan[]; items: PlanItem[] } {
  if (request.credentialId && !input.credentials.some((c) => c.id === request.credentialId))
    throw new AppError('not_found', 'That credential no longer exists.', 'credentialId');
  const items = [...request.items];
  if (request.with.length > 0) {
    const offered = new Map(
      planAll(input, [...kept, ...items])
        .flatMap((p) => p.cycles.flatMap((c) => c.suggestions))
        .map((s) => [s.id, s]),
    );
    for (const id of request.with) {
      const suggestion = offered.get(id);
      if (!suggestion)
        throw new AppError(
          'invalid_input',
          `The plan has no suggestion “${id}” (run \`recert plan\` to list them).`,
          'with',
        );
      items.push(...suggestion.items);
    }
  }
  return { today: input.today, plans: planAll(input, [...kept, ...items], request.credentialId), items };
}
