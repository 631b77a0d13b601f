/**
 * The timeline as data: one lane per credential, grouped by body; each cycle a bar with its
 * status and progress; activities as markers on every lane they count toward (the plan's
 * milestones as hollow marks); CPR/AED cards
 * as bands, flagged where a card ends before a deadline. Pure, so the drawing only positions.
 */
import {
  addDays,
  addMonths,
  formatLongDate,
  toDayNumber,
  type CalendarDate,
} from '../../../shared/domain/calendar-date';
import { lowerFirst, statusText } from '../../../shared/domain/labels';
import { formatAmount } from '../../../shared/domain/quantity';
import type { CredentialEvaluation, CycleEvaluation, CycleStatus } from '../../../shared/domain/rules/evaluation-types';
import type { Activity } from '../../../shared/schemas/entities';
import type { Milestone } from '../../../shared/domain/plan/milestones';

export interface LaneCycle {
  index: number;
  start: CalendarDate;
  end: CalendarDate;
  graceEnd: CalendarDate;
  status: CycleStatus;
  /** 0..1: earned over required (1 when nothing is required). */
  progress: number;
  label: string;
  /** The figures drawn on the bar where it is wide enough: "0.5 / 2.0 CEU". */
  figures: string;
  cycle: CycleEvaluation;
}

export interface Lane {
  credentialId: string;
  group: string;
  code: string;
  name: string;
  cycles: LaneCycle[];
  /** Specializations: from this date, open-ended. */
  openFrom?: CalendarDate;
  openNote?: string;
  /** Completion dates of the activities allocated to this credential. */
  markers: CalendarDate[];
  /** The plan's milestones toward this credential (hollow marks): when, and what, in words. */
  planned: { on: CalendarDate; label: string }[];
  evaluation: CredentialEvaluation;
}

export interface CardBand {
  credentialId: string;
  label: string;
  from: CalendarDate;
  until: CalendarDate;
  /** Deadlines the card ends before (a red flag on the band). */
  endsBefore: { code: string; deadline: CalendarDate }[];
}

export interface TimelineModel {
  lanes: Lane[];
  bands: CardBand[];
  /** The span that holds everything, for panning limits. */
  first: CalendarDate;
  last: CalendarDate;
}

export function buildTimeline(
  evaluations: readonly CredentialEvaluation[],
  activities: readonly Activity[],
  today: CalendarDate,
  milestones: readonly Milestone[] = [],
): TimelineModel {
  const plannedBy = new Map<string, { on: CalendarDate; label: string }[]>();
  for (const m of milestones)
    for (const t of m.toward) {
      const on = m.by ?? m.on;
      const what = m.kind === 'card' ? 'CPR/AED card renewed' : `${m.name} done`;
      plannedBy.set(t.credentialId, [
        ...(plannedBy.get(t.credentialId) ?? []),
        { on, label: `Planned: ${what} by ${formatLongDate(on)}` },
      ]);
    }
  const markersBy = new Map<string, CalendarDate[]>();
  for (const a of activities) {
    if (a.status !== 'completed') continue;
    for (const x of a.allocations) {
      const list = markersBy.get(x.credentialId) ?? [];
      list.push(a.completedOn);
      markersBy.set(x.credentialId, list);
    }
  }
  const lanes: Lane[] = [];
  const bands: CardBand[] = [];
  for (const e of evaluations) {
    if (e.card) {
      const endsBefore = evaluations.flatMap((other) => {
        const c = other.currentIndex === null ? undefined : other.cycles[other.currentIndex];
        return c?.cpr?.required &&
          !c.cpr.validWhenNeeded &&
          c.cpr.validUntil === e.card?.validUntil &&
          c.status !== 'renewed'
          ? [{ code: other.code, deadline: c.end }]
          : [];
      });
      bands.push({
        credentialId: e.credentialId,
        label: `${e.code} card`,
        from: e.card.validFrom,
        until: e.card.validUntil,
        endsBefore,
      });
      continue;
    }
    const cycles = e.cycles.map((c) => ({
      index: c.index,
      start: c.start,
      end: c.end,
      graceEnd: c.graceEnd,
      status: c.status,
      progress: c.required <= 0 ? 1 : Math.min(1, c.earned / c.required),
      figures: `${formatAmount(c.earned, e.decimals)} / ${formatAmount(c.required, e.decimals)} ${e.unit}`.trim(),
      label:
        `${e.code} cycle ${formatLongDate(c.start)} to ${formatLongDate(c.end)}: ${lowerFirst(statusText(c))}, ${formatAmount(c.earned, e.decimals)} of ${formatAmount(c.required, e.decimals)} ${e.unit}`.trim(),
      cycle: c,
    }));
    lanes.push({
      credentialId: e.credentialId,
      group: e.bodyName || e.bodyCode,
      code: e.code,
      name: e.name,
      cycles,
      ...(e.kind === 'specialization'
        ? {
            openFrom: e.issuedOn,
            openNote: e.countsToward
              .map((t) => `counts ${formatAmount(t.amount, e.decimals)} ${e.unit} toward ${t.code}`)
              .join('; '),
          }
        : {}),
      markers: (markersBy.get(e.credentialId) ?? []).sort(),
      planned: (plannedBy.get(e.credentialId) ?? []).sort((a, b) => a.on.localeCompare(b.on)),
      evaluation: e,
    });
  }
  lanes.sort((a, b) => a.group.localeCompare(b.group) || a.code.localeCompare(b.code));
  const dates = [
    today,
    ...lanes.flatMap((l) => [...l.cycles.flatMap((c) => [c.start, c.graceEnd]), ...(l.openFrom ? [l.openFrom] : [])]),
    ...bands.flatMap((b) => [b.from, b.until]),
    ...lanes.flatMap((l) => l.planned.map((p) => p.on)),
  ].sort();
  return { lanes, bands, first: dates[0] ?? today, last: dates[dates.length - 1] ?? today };
}

export type Zoom = 'quarter' | 'year' | 'five-years';
export const ZOOM_MONTHS: Record<Zoom, number> = { quarter: 3, year: 12, 'five-years': 60 };

/** The visible window for a zoom level, centred on `centre`. */
export function viewWindow(
  centre: CalendarDate,
  zoom: Zoom,
): { start: CalendarDate; end: CalendarDate; startDay: number; spanDays: number } {
  const months = ZOOM_MONTHS[zoom];
  const start = addMonths(centre, -Math.floor(months / 2));
  const end = addDays(addMonths(start, months), -1);
  const startDay = toDayNumber(start);
  return { start, end, startDay, spanDays: toDayNumber(end) - startDay + 1 };
}
