/**
 * The rule model: everything a certifying body says about renewing one credential, as
 * data. Every value that comes from a body carries where it came from, when it was last
 * checked, and whether a reliable source confirms it (unconfirmed values are shown to the
 * user with "verify with <body>").
 */
import type { CalendarDate } from '../calendar-date';
import type { Hundredths } from '../quantity';

/** A rule value with its provenance. */
export interface Sourced<T> {
  value: T;
  /** The page or document it comes from. */
  source: string;
  /** When it was last checked against that source. */
  verifiedOn: CalendarDate;
  /** False when no reliable source confirms it (or sources conflict). */
  confirmed: boolean;
  /** What is uncertain or in conflict, in plain words. */
  note?: string;
}

/** How a credential's cycles are laid out in time. */
export type CycleRule =
  /** N months from the certification date, ending on the same day of the month. */
  | { kind: 'anniversary'; months: number }
  /** N months from the certification date, ending on the last day of that month. */
  | { kind: 'end-of-month'; months: number }
  /** Ends on Dec 31 of the N-th calendar year, counting the year of certification as the first. */
  | { kind: 'year-end'; years: number }
  /** A calendar cycle shared by every holder (NSCA: 2024-01-01 to 2026-12-31, then every 3 years). */
  | { kind: 'fixed'; anchor: CalendarDate; years: number; proration: ProrationStep[] }
  /** Does not expire (NASM's CES and PES specializations). */
  | { kind: 'none' };

/** For a fixed cycle: what is required of someone certified from `fromMonth` months into the cycle. */
export interface ProrationStep {
  /** Months after the cycle's start from which this step applies (0 = certified before or at the start). */
  fromMonth: number;
  required: Hundredths;
  /** Category maximums for this step, by category id. */
  categoryMax: Record<string, Hundredths>;
}

export interface CprRule {
  required: boolean;
  /**
   * Credit the card earns toward the requirement: once per cycle, or (ACSM) once for each
   * calendar year in which a card was completed, from `creditSince` on.
   */
  credit: Hundredths;
  creditPer: 'cycle' | 'completion-year';
  /** The first day completions earn credit (ACSM: the per-year credit began on 1 Jan 2025). */
  creditSince?: CalendarDate;
  /** The card must be valid on the deadline, or for this many days after it (ISSA: 30). */
  validDaysAfterDeadline: number;
  handsOnRequired: boolean;
  /** The category the card's credit falls in, if the body has categories. */
  category?: string;
}

export interface CategoryRule {
  id: string;
  name: string;
  min?: Hundredths;
  max?: Hundredths;
  /** The most this category may count for in one calendar year of the cycle (ACSM committee service: 8 per year). */
  maxPerYear?: Hundredths;
  /** The most one activity may count for in this category (NSCA A: 2.0 per event). */
  maxPerActivity?: Hundredths;
}

/**
 * A span after a deadline, as the body words it: days, or calendar months ("1 year" is 12
 * months: a deadline of 10 Mar 2027 gives 10 Mar 2028, not 365 days later). From a deadline on
 * the last day of a month (cycles that end at a month's end), a month offset lands on the last
 * day of the month it reaches (30 Apr + 6 months = 31 Oct).
 */
export type Offset = { days: number } | { months: number };

export interface LateFee {
  /** The fee applies to submissions later than deadline + `after` … */
  after: Offset;
  /** … up to and including deadline + `through`. */
  through: Offset;
  feeCents: number;
}

/** What happens after the grace period. */
export type ReinstatementRule =
  | { kind: 'late-renewal'; until: Offset; then: 'retake-exam' | 'unknown' }
  | { kind: 'new-cycle-from-approval' }
  | { kind: 'retake-exam' }
  | { kind: 'unknown' };

/** How credits are shared between several credentials of one body. */
export type SharingRule =
  /** Each credential needs its own credits. */
  | 'separate'
  /** One set of credits counts toward every credential of the body (NSCA, ACE). */
  | 'shared'
  /**
   * Only the highest credential needs credits; it renews the others (ACSM, older rule).
   * Applied only when confirmed, or when the user turns it on for a credential: an
   * unconfirmed rule must never lower a requirement by itself.
   */
  | 'highest';

export interface Body {
  id: string;
  code: string;
  name: string;
  website: string;
  /** Other names certificates print for the body ("National Council on Strength & Fitness"). */
  aliases?: string[];
  /** Name of the unit ("CEU", "CEC"); empty for CPR providers. */
  unit: string;
  /** Credit per contact hour, in hundredths of the unit (NASM 10 = 0.1 per hour, ACSM 100, NCSF 50). */
  perHour: Sourced<Hundredths>;
  /** Decimals to show (NASM shows 2.0, ACSM shows 45). */
  decimals: 0 | 1;
  sharing: Sourced<SharingRule>;
  /** Other bodies whose credits this body accepts, converted as stated. */
  accepts?: Sourced<string[]>;
}

export type CredentialKind = 'certification' | 'specialization' | 'cpr';

export interface CredentialType {
  id: string;
  bodyId: string;
  code: string;
  name: string;
  kind: CredentialKind;
  cycle: Sourced<CycleRule>;
  /** Required credit per cycle (before proration), in hundredths. */
  required: Sourced<Hundredths>;
  cpr?: Sourced<CprRule>;
  categories: Sourced<CategoryRule[]>;
  minCategories?: Sourced<number>;
  /** Largest amount one activity may count for, any category. */
  maxPerActivity?: Sourced<Hundredths>;
  /** Largest amount one activity may count for in a category, by category id (NSCA A: 2.0 per event). */
  perActivityCaps?: Sourced<Record<string, Hundredths>>;
  /** A specialization that counts toward other credentials (NASM CES and PES: 1.9 CEU toward the CPT). */
  countsToward?: Sourced<{ typeId: string; amount: Hundredths }[]>;
  /** Rank among the body's credentials for the "highest" sharing rule. */
  rank?: number;
  /**
   * Days after the deadline in which the CE may still be completed and the renewal sent
   * (with a late fee where the body charges one).
   */
  graceDays?: Sourced<number>;
  /** The grace period in calendar months instead of days (ACSM: to June 30 after a Dec 31 deadline). */
  graceMonths?: Sourced<number>;
  lateFees?: Sourced<LateFee[]>;
  reinstatement?: Sourced<ReinstatementRule>;
  feeCents?: Sourced<number | null>;
  /** For CPR/AED cards: how long a card is valid. */
  validityMonths?: Sourced<number>;
  /** For CPR/AED cards: the validity runs to the end of the month it ends in (AHA's renewal date). */
  validThroughEndOfMonth?: boolean;
}
