/**
 * Generated records for the invariants: any certification in the catalog (and sometimes a
 * second one of the same body, a NASM specialization), CPR/AED cards with random dates and
 * hands-on yes/no/unknown, activities with random amounts, categories and dates (CPR/AED
 * courses and courses logged twice among them), renewals of real cycles, and a `today` from 5
 * years before to 5 years after the catalog's date.
 */
import fc from 'fast-check';
import { addDays, addMonths, calendarDateOf, daysBetween } from '../../../../../shared/domain/calendar-date';
import { CREDENTIAL_TYPES, findBody } from '../../../../../shared/domain/catalog/catalog';
import type { CredentialType } from '../../../../../shared/domain/catalog/types';
import { deriveCycles } from '../../../../../shared/domain/rules/cycles';
import { effectiveType, graceEndOf } from '../../../../../shared/domain/rules/effective-type';
import type { Activity, Credential, Renewal } from '../../../../../shared/schemas/entities';

const stamp = '2026-01-01T00:00:00.000Z';

export const CERTIFICATIONS = CREDENTIAL_TYPES.filter((t) => t.kind === 'certification');

/** A day from `from` to `to` (inclusive). */
export const dayBetween = (from: string, to: string) => {
  const start = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10)) / 86_400_000;
  const end = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) / 86_400_000;
  return fc.integer({ min: 0, max: end - start }).map((n) => addDays(from, n));
};

const TITLES = [
  'Functional training workshop',
  'Nutrition for performance',
  'Heartsaver CPR AED',
  'Adult CPR/AED with skills check',
  'Kettlebell foundations',
  'Functional Training Workshop',
];

export interface World {
  today: string;
  credentials: Credential[];
  activities: Activity[];
  renewals: Renewal[];
}

function credential(id: string, typeId: string, issuedOn: string, extra: Partial<Credential> = {}): Credential {
  return { id, typeId, number: '', issuedOn, notes: '', overrides: {}, createdAt: stamp, updatedAt: stamp, ...extra };
}

/** The categories an allocation may name for a type (its own, the CPR category, none, a stray one). */
function categoriesOf(type: CredentialType): string[] {
  return [...type.categories.value.map((c) => c.id), type.cpr?.value.category ?? '', '', 'stray'];
}

/** Cards issued up to 3 years before today (a record entered today cannot be dated later). */
const cardArb = fc.record({
  typeId: fc.constantFrom('cpr-aha', 'cpr-arc'),
  daysBefore: fc.integer({ min: 0, max: 1100 }),
  months: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  handsOn: fc.constantFrom(true, true, false, undefined),
});

/** Completed up to 5 years before today; planned ones up to a year after. */
const activityArb = fc.record({
  title: fc.constantFrom(...TITLES),
  daysBefore: fc.integer({ min: -365, max: 1800 }),
  /** Most courses fall between the certification date and today; some before it (they never count). */
  inLife: fc.constantFrom(true, true, true, true, false),
  /** A share of the requirement, in thousandths (so two or three courses often meet it). */
  share: fc.integer({ min: 1, max: 1500 }),
  /** Logged again: the same title and date as an earlier activity. */
  copyOf: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
  categoryPick: fc.nat(),
  approval: fc.constantFrom(
    'approved' as const,
    'approved' as const,
    'approved' as const,
    'petition_pending' as const,
    'petition_approved' as const,
    'rejected' as const,
  ),
  planned: fc.constantFrom(false, false, false, false, false, true),
  separateCourse: fc.constantFrom(undefined, undefined, true),
  toSecond: fc.boolean(),
  hours: fc.integer({ min: 1, max: 40 }),
});

/** A world of records and a day to look at it on. */
export const worldArb: fc.Arbitrary<World> = fc
  .record({
    type: fc.constantFrom(...CERTIFICATIONS),
    secondPick: fc.option(fc.nat(), { nil: undefined }),
    // Certified from 6 years before today to a year after (some credentials not started yet).
    issuedBefore: fc.oneof(fc.integer({ min: -60, max: 800 }), fc.integer({ min: -365, max: 2200 })),
    today: dayBetween('2021-12-06', '2031-12-06'),
    specialization: fc.option(
      fc.record({ typeId: fc.constantFrom('nasm-ces', 'nasm-pes'), daysBefore: fc.integer({ min: 0, max: 1500 }) }),
      { nil: undefined },
    ),
    cards: fc.array(cardArb, { maxLength: 3 }),
    activities: fc.array(activityArb, { maxLength: 12 }),
    renewals: fc.array(fc.record({ pick: fc.nat(), offset: fc.integer({ min: -120, max: 500 }) }), { maxLength: 3 }),
  })
  .map((g) => {
    const issuedOn = addDays(g.today, -g.issuedBefore);
    const credentials: Credential[] = [credential('c1', g.type.id, issuedOn)];
    const sameBody = CERTIFICATIONS.filter((t) => t.bodyId === g.type.bodyId && t.id !== g.type.id);
    if (g.secondPick !== undefined && sameBody.length > 0)
      credentials.push(credential('c2', (sameBody[g.secondPick % sameBody.length] as CredentialType).id, issuedOn));
    if (g.specialization && g.type.bodyId === 'nasm')
      credentials.push(credential('spec', g.specialization.typeId, addDays(g.today, -g.specialization.daysBefore)));
    g.cards.forEach((card, i) => {
      const cardIssued = addDays(g.today, -card.daysBefore);
      credentials.push(
        credential(`card${i}`, card.typeId, cardIssued, {
          ...(card.months !== undefined ? { expiresOn: addMonths(cardIssued, card.months) } : {}),
          ...(card.handsOn !== undefined ? { handsOn: card.handsOn } : {}),
        }),
      );
    });
    const activities: Activity[] = [];
    g.activities.forEach((a, i) => {
      const target = a.toSecond && credentials[1]?.id === 'c2' ? 'c2' : 'c1';
      const type = (target === 'c2' ? sameBody[(g.secondPick ?? 0) % sameBody.length] : g.type) as CredentialType;
      const categories = categoriesOf(type);
      const copied = a.copyOf !== undefined && i > 0 ? activities[a.copyOf % i] : undefined;
      const life = Math.max(0, g.issuedBefore);
      const daysBefore = copied
        ? daysBetween(copied.completedOn, g.today)
        : a.inLife && a.daysBefore >= 0
          ? a.daysBefore % (life + 1)
          : a.daysBefore;
      activities.push({
        id: `a${i}`,
        title: copied?.title ?? a.title,
        provider: 'Provider',
        code: '',
        completedOn: addDays(g.today, -Math.abs(daysBefore)),
        contactMinutes: a.hours * 60,
        delivery: 'online',
        status: a.planned || daysBefore < 0 ? 'planned' : 'completed',
        notes: '',
        allocations: [
          {
            credentialId: target,
            amountHundredths: Math.min(
              10_000,
              Math.max(1, Math.round((Math.max(type.required.value, 100) * a.share) / 1000)),
            ),
            category: categories[a.categoryPick % categories.length] as string,
            approval: a.approval,
          },
        ],
        ...(a.separateCourse ? { separateCourse: true } : {}),
        createdAt: stamp,
        updatedAt: stamp,
      });
    });
    // Renewals of real cycles of the first credential, sent some days around their deadline and
    // never after today (the record rules refuse a renewal dated in the future).
    const effective = effectiveType(credentials[0] as Credential, []);
    const renewals: Renewal[] = [];
    if (effective) {
      const ends = deriveCycles({
        rule: effective.type.cycle.value,
        certifiedOn: issuedOn,
        required: effective.type.required.value,
        renewals: [],
        today: g.today,
        graceEndOf: (d) => graceEndOf(effective, d),
        restartAfterLapse: false,
      }).map((c) => c.end);
      for (const r of g.renewals) {
        if (ends.length === 0) break;
        const cycleEnd = ends[r.pick % ends.length] as string;
        const renewedOn = addDays(cycleEnd, r.offset);
        if (renewals.some((x) => x.cycleEnd === cycleEnd) || renewedOn > g.today) continue;
        renewals.push({
          id: `r${renewals.length}`,
          credentialId: 'c1',
          cycleEnd,
          renewedOn,
          confirmation: '',
          createdAt: stamp,
        });
      }
    }
    return { today: g.today, credentials, activities, renewals };
  });

/** The body code of a type, for messages. */
export const bodyCode = (typeId: string) => findBody(CERTIFICATIONS.find((t) => t.id === typeId)?.bodyId ?? '')?.code;

export { calendarDateOf };
