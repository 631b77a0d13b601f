/**
 * The five invariants of the verdict, as checks over one evaluated world: each returns what it
 * found wrong, or null. They recompute what they can from the records themselves (card
 * validity, which activities are the same source), so a slip in the engine does not hide
 * itself by agreeing with its own output.
 */
import { isDeepStrictEqual } from 'node:util';
import { addDays, addMonths, endOfMonth } from '../../../../../shared/domain/calendar-date';
import { buildCalendar } from '../../../../../shared/domain/calendar-ics';
import { findCredentialType } from '../../../../../shared/domain/catalog/catalog';
import { lowerFirst } from '../../../../../shared/domain/labels';
import { computeReminders, type Reminder } from '../../../../../shared/domain/reminders';
import { buildRenewalReport } from '../../../../../shared/domain/report/renewal-report';
import type { CredentialEvaluation, CycleEvaluation } from '../../../../../shared/domain/rules/evaluation-types';
import { CredentialEvaluationSchema } from '../../../../../shared/schemas/evaluation';
import type { Credential } from '../../../../../shared/schemas/entities';
import { describeCredential } from '../../../../../electron/cli/describe';
import { coverageLine } from '../../../../../renderer/src/model/coverage-line';
import type { World } from './generate';

type Check = (world: World, evaluations: readonly CredentialEvaluation[]) => string | null;

const inForce = (e: CredentialEvaluation): CycleEvaluation | undefined =>
  e.currentIndex === null ? undefined : e.cycles[e.currentIndex];

/** The last day a card is valid, worked out from the record and the catalog (not by the engine). */
function cardUntil(card: Credential): string {
  if (card.expiresOn) return card.expiresOn;
  const type = findCredentialType(card.typeId);
  const moved = addMonths(card.issuedOn, type?.validityMonths?.value ?? 24);
  return type?.validThroughEndOfMonth ? endOfMonth(moved) : moved;
}

/** 1. Covered ⇒ on the submission day every requirement holds: credit after caps, each category rule, a card the body accepts. */
export const coveredMeansEveryRuleHolds: Check = (world, evaluations) => {
  for (const e of evaluations) {
    const type = findCredentialType(e.typeId);
    if (!type) continue;
    for (const c of e.cycles) {
      if (!c.verdict.covered) continue;
      const where = `${e.code} cycle ending ${c.end}`;
      if (c.status !== 'met') return `${where}: covered with status ${c.status}`;
      const day = c.verdict.from ?? world.today;
      if (day < world.today || day > c.end) return `${where}: covered on ${day}, outside today…deadline`;
      if (c.verdict.by !== undefined && day > c.verdict.by)
        return `${where}: covered from ${day}, after its "by" ${c.verdict.by}`;
      const credited = c.contributions.reduce((n, x) => n + x.credited, 0);
      if (credited < c.required) return `${where}: covered with ${credited} of ${c.required}`;
      for (const x of c.contributions) if (x.credited > x.raw) return `${where}: ${x.title} credited above its amount`;
      for (const line of c.categories) {
        if (line.min !== undefined && line.earned < line.min) return `${where}: category ${line.id} below its minimum`;
        if (line.max !== undefined && line.earned > line.max) return `${where}: category ${line.id} above its maximum`;
      }
      const minCategories = type.minCategories?.value;
      if (
        minCategories !== undefined &&
        c.required > 0 &&
        c.categories.filter((l) => l.earned > 0).length < minCategories
      )
        return `${where}: covered from fewer than ${minCategories} categories`;
      const rule = type.cpr?.value;
      if (rule?.required && !e.coveredBy) {
        const needed = addDays(day, rule.validDaysAfterDeadline);
        const ok = world.credentials.some(
          (card) =>
            findCredentialType(card.typeId)?.kind === 'cpr' &&
            card.issuedOn <= day &&
            cardUntil(card) >= needed &&
            (!rule.handsOnRequired || card.handsOn === true),
        );
        if (!ok) return `${where}: covered on ${day} with no card the body accepts valid through ${needed}`;
      }
    }
  }
  return null;
};

/** A positive claim of coverage in words ("Not covered yet", "covered once you confirm…" are not). */
const CLAIM = /(?<!\bnot |\bas )\bcovered\b(?! once)|(?<!\bnot )\brequirement met\b/i;

/** The PDF summary's model for a cycle, as the export builds it. */
const reportOf = (build: typeof buildRenewalReport, world: World, e: CredentialEvaluation, c: CycleEvaluation) =>
  build({
    profile: { name: 'Holder', email: '' },
    evaluation: e,
    cycle: c,
    activities: world.activities,
    attachments: [],
    generatedAt: `${world.today}T10:00:00.000Z`,
  });

/** Every sentence each surface shows for a credential's cycle in force. */
export function surfaceTexts(world: World, e: CredentialEvaluation, reminders: readonly Reminder[]): string[] {
  const c = inForce(e);
  if (!c) return [];
  const report = reportOf(buildRenewalReport, world, e, c);
  const line = coverageLine(e);
  return [
    describeCredential(e),
    line.badge.word,
    line.detail,
    report.cycle.status,
    report.requirement.verdict,
    report.cpr?.state ?? '',
    ...report.warnings,
    ...reminders.filter((r) => r.credentialId === e.credentialId).flatMap((r) => [r.title, r.message]),
  ];
}

/** 2. No surface says covered unless the verdict is covered. */
export const noCoveredWordsUnlessCovered: Check = (world, evaluations) => {
  const reminders = computeReminders(evaluations, { enabled: true, thresholds: [365, 90, 30] });
  for (const e of evaluations) {
    const c = inForce(e);
    if (!c || c.verdict.covered) continue;
    const claim = surfaceTexts(world, e, reminders).find((t) => CLAIM.test(t));
    if (claim) return `${e.code} (${c.status}, not covered) says: ${claim}`;
  }
  const calendar = buildCalendar(evaluations, { thresholds: [30], now: `${world.today}T10:00:00.000Z` }).replace(
    /\r\n /g,
    '',
  );
  for (const e of evaluations)
    for (const c of e.cycles)
      if (!c.verdict.covered && calendar.includes(c.verdict.sentence) && CLAIM.test(c.verdict.sentence))
        return `calendar: ${c.verdict.sentence}`;
  return null;
};

const CPR_WORDS = /\b(cpr|aed|bls|basic life support|cardiopulmonary|heartsaver)\b/i;
const fold = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** 3. Each source counts at most once per cycle, and no more is credited than the distinct sources hold. */
export const eachSourceOnce: Check = (world, evaluations) => {
  const byId = new Map(world.activities.map((a) => [a.id, a]));
  for (const e of evaluations) {
    const type = findCredentialType(e.typeId);
    for (const c of e.cycles) {
      const where = `${e.code} cycle ending ${c.end}`;
      const counted = c.contributions.filter((x) => x.credited > 0);
      const ids = counted.map((x) => x.sourceId);
      if (new Set(ids).size !== ids.length) return `${where}: a source credited twice`;
      const courses = new Set<string>();
      for (const x of counted) {
        if (x.credited > x.raw) return `${where}: ${x.title} credited ${x.credited} of ${x.raw}`;
        if (x.kind !== 'activity') continue;
        const activity = byId.get(x.sourceId);
        if (!activity) return `${where}: credited activity ${x.sourceId} does not exist`;
        if (
          type?.cpr &&
          (CPR_WORDS.test(activity.title) || (type.cpr.value.category && x.category === type.cpr.value.category))
        )
          return `${where}: the CPR/AED course "${activity.title}" counted beside the card`;
        const key = `${fold(activity.title)}|${activity.completedOn}`;
        if (courses.has(key) && activity.separateCourse !== true) return `${where}: "${activity.title}" counted twice`;
        courses.add(key);
      }
      const ceiling = new Map<string, number>();
      for (const x of c.contributions) ceiling.set(x.sourceId, Math.max(ceiling.get(x.sourceId) ?? 0, x.raw));
      const total = counted.reduce((n, x) => n + x.credited, 0);
      if (total > [...ceiling.values()].reduce((n, v) => n + v, 0))
        return `${where}: more credited than the sources hold`;
    }
  }
  return null;
};

/** 4. One state in force, the earliest unmet deadline; a lapse is never hidden, never met. */
export const oneStateInForce: Check = (world, evaluations) => {
  for (const e of evaluations) {
    if (e.cycles.length === 0) continue;
    const lastRenewed = e.cycles.reduce((n, c, i) => (c.status === 'renewed' ? i : n), -1);
    const started = e.cycles.some((c) => c.status !== 'upcoming');
    if (started && e.currentIndex === null) return `${e.code}: no state in force`;
    for (const c of e.cycles)
      if (c.status === 'lapsed' && (c.met || c.verdict.covered)) return `${e.code}: a lapsed cycle is met`;
    if (e.currentIndex === null) continue;
    const current = e.cycles[e.currentIndex] as CycleEvaluation;
    const skipped = e.cycles[lastRenewed + 1];
    if (e.currentIndex > lastRenewed + 1)
      return `${e.code}: cycle ending ${skipped?.end} (${skipped?.status}) is unmet before the one in force`;
    for (const c of e.cycles.slice(lastRenewed + 1)) {
      if (c.index !== current.index && world.today > c.end)
        return `${e.code}: the missed deadline ${c.end} is not the state in force (${current.end} is)`;
      if (c.status !== 'renewed' && c.status !== 'upcoming' && c.end < current.end)
        return `${e.code}: an earlier unmet deadline ${c.end} than the one shown (${current.end})`;
    }
    if (current.status === 'lapsed' && e.currentIndex !== e.cycles.length - 1)
      return `${e.code}: a later cycle is shown after the lapse of ${current.end}`;
  }
  return null;
};

/** The surfaces invariant 5 compares (a test swaps one for a slipped copy to show the check bites). */
export const SURFACES = { cli: describeCredential, home: coverageLine, report: buildRenewalReport };

/** 5. The CLI, the JSON, the home card and the PDF carry the same verdict for the cycle in force. */
export const oneVerdictEverywhere =
  (surfaces: typeof SURFACES): Check =>
  (world, evaluations) => {
    for (const e of evaluations) {
      const c = inForce(e);
      if (!c) continue;
      const v = c.verdict;
      const cli = surfaces.cli(e);
      if (!cli.includes(`: ${lowerFirst(v.word)},`) || !cli.includes(v.sentence))
        return `${e.code}: the CLI says\n${cli}`;
      const json = CredentialEvaluationSchema.parse(JSON.parse(JSON.stringify(e)));
      const back = json.currentIndex === null ? undefined : json.cycles[json.currentIndex];
      if (!isDeepStrictEqual(back?.verdict, v)) return `${e.code}: the JSON verdict differs`;
      const line = surfaces.home(e);
      if (line.badge.word !== v.word || line.badge.state !== v.state)
        return `${e.code}: the home card says ${line.badge.word}`;
      const report = reportOf(surfaces.report, world, e, c);
      if (report.cycle.status !== v.word || report.requirement.verdict !== v.sentence)
        return `${e.code}: the PDF says ${report.cycle.status}: ${report.requirement.verdict}`;
    }
    return null;
  };

export const INVARIANTS = {
  'covered ⇒ every requirement holds on the submission day': coveredMeansEveryRuleHolds,
  'no surface says covered unless the verdict is covered': noCoveredWordsUnlessCovered,
  'each source counts once per cycle': eachSourceOnce,
  'one state in force, the earliest unmet deadline, a lapse never hidden': oneStateInForce,
  'the CLI, the JSON, the home card and the PDF carry the same verdict': oneVerdictEverywhere(SURFACES),
} as const;
