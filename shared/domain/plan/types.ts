/** What the renewal plan says: per credential, the cycle under way and the next two. */
import type { CalendarDate } from '../calendar-date';
import type { Hundredths } from '../quantity';
import type { Verdict } from '../rules/evaluation-types';

/**
 * Something the user plans to do, not done: a credential to earn (a specialization that counts
 * toward another, or a renewed CPR/AED card) or a course. A planned course the user logged
 * (an activity with status "planned") is part of the plan too. Planned items never count toward
 * a real verdict.
 */
export type PlanItem =
  /** A credential to earn on `on` (a card: in the window from `on` to `by`). */
  | { kind: 'credential'; typeId: string; on: CalendarDate; by?: CalendarDate; label: string }
  | {
      kind: 'activity';
      title: string;
      on: CalendarDate;
      minutes: number;
      allocations: { credentialId: string; amountHundredths: Hundredths }[];
    };

/** A way to fill what a cycle is missing, from the catalog, with its effect and its source. */
export interface Suggestion {
  /** Stable for the same data and day: `recert plan --with <id>` and the page's what-if use it. */
  id: string;
  /** "NASM-PES (1.9 CEU) + a valid CPR/AED card (0.1 CEU)". */
  text: string;
  /** What it adds toward this cycle, in the body's unit. */
  effect: Hundredths;
  /** Where the catalog says so. */
  source: string;
  items: PlanItem[];
}

export interface PlanCycle {
  start: CalendarDate;
  end: CalendarDate;
  required: Hundredths;
  /** What already counts (completed, approved). */
  counted: Hundredths;
  /** What the plan adds (planned courses and credentials, at their rules). */
  planned: Hundredths;
  /** Still missing once the plan is carried out, in the body's unit, and in contact minutes. */
  missing: Hundredths;
  missingMinutes: number;
  /** Contact minutes per week from today (or the cycle's start) to the deadline for what is missing. */
  minutesPerWeek: number;
  /** The CPR/AED card the renewal needs valid when it is sent, and the window to renew it in. */
  card?: { validUntil?: CalendarDate; renewFrom?: CalendarDate; renewBy?: CalendarDate; text: string };
  /** The verdict as things stand (planned items never count). */
  real: Verdict;
  /** The verdict once everything planned in the cycle is done, by the same engine. */
  ifPlanned: Verdict;
  /** The plan's verdict in words ("Covered once your planned NASM-PES is completed"). */
  planWord: string;
  /** What is planned in the cycle, in words. */
  plannedItems: string[];
  suggestions: Suggestion[];
}

export interface CredentialPlan {
  credentialId: string;
  code: string;
  unit: string;
  decimals: number;
  cycles: PlanCycle[];
}
