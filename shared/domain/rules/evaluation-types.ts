/** What the evaluation reports, for the screens, the CLI and the PDF summary. */
import type { CalendarDate } from '../calendar-date';
import type { CredentialKind } from '../catalog/types';
import type { Hundredths } from '../quantity';
import type { Approval, Renewal } from '../../schemas/entities';

/**
 * The states of a cycle, one in force on any day (see `verdict.ts`). `met` is "covered";
 * `confirm_hands_on` is covered but for a card whose hands-on skills check is not recorded,
 * where the body accepts only a card with one.
 */
export type CycleStatus =
  | 'met'
  | 'confirm_hands_on'
  | 'on_track'
  | 'at_risk'
  | 'due_soon'
  | 'in_grace'
  | 'late_renewal'
  | 'lapsed'
  | 'renewed'
  | 'upcoming';

/**
 * The one verdict of a cycle: its state, the word and the sentence that say it, and each rule
 * still unmet. Every surface (home, credential page, timeline, reminders, calendar, PDF, CLI)
 * renders these; none writes its own.
 */
export interface Verdict {
  state: CycleStatus;
  /** True only when the renewal can be submitted now (or from `from`) and every rule holds on that day. */
  covered: boolean;
  /** The status in words: "Covered", "Covered if you submit by 1 Feb 2027", "At risk", "Lapsed"… */
  word: string;
  /** One or two sentences: where the cycle stands, what is missing, by when, and what it costs. */
  sentence: string;
  /** Each unmet rule in words, in the body's unit and in hours ("0.8 CEC (8 h) still needed"). */
  missing: string[];
  /** The day the verdict names: submit by, renew by, late renewal until, or the deadline. */
  by?: CalendarDate;
  /** Covered only from this day on (the card that counts starts later). */
  from?: CalendarDate;
  /** The late fee that applies today, when the body states it. */
  feeCents?: number;
}

export interface Contribution {
  kind: 'activity' | 'specialization' | 'cpr';
  /** The activity or credential it comes from. */
  sourceId: string;
  title: string;
  date: CalendarDate;
  category: string;
  /** What was allocated or earned before caps. */
  raw: Hundredths;
  /** What counts after caps (0 when pending, planned or rejected). */
  credited: Hundredths;
  approval?: Approval;
  /** Planned (not completed) activities: shown as what-if, never counted. */
  planned: boolean;
  note?: string;
  /** The specialization this activity completes (its code), whose credit it carries. */
  completes?: string;
  /**
   * This source is the same as another that already counts (a CPR/AED course and the card it
   * produced; a course logged twice): credited nothing, explained in `note`.
   */
  sameAs?: string;
}

export interface CategoryLine {
  id: string;
  name: string;
  min?: Hundredths;
  max?: Hundredths;
  raw: Hundredths;
  earned: Hundredths;
}

export interface CprCheck {
  required: boolean;
  credit: Hundredths;
  handsOnRequired: boolean;
  /** The day the card must still be valid on (the last day the renewal can be sent, plus any days the body adds). */
  neededOn: CalendarDate;
  /** The card (credential) that counts for this cycle. */
  cardId?: string;
  cardName?: string;
  /** The card's provider as printed ("AHA", "Red Cross"). */
  provider?: string;
  validUntil?: CalendarDate;
  /** A card is valid on every day the renewal could still be sent. */
  validWhenNeeded: boolean;
  /** The card covers the renewal only if it is sent by this day (it ends before the deadline). */
  submitBy?: CalendarDate;
  /** The card that counts starts later than today: submit on or after this day. */
  submitFrom?: CalendarDate;
}

export interface Pacing {
  daysLeft: number;
  /** Contact minutes per week still needed to finish by the deadline. */
  minutesPerWeek: number;
}

export interface CycleEvaluation {
  index: number;
  start: CalendarDate;
  end: CalendarDate;
  countFrom: CalendarDate;
  countUntil: CalendarDate;
  graceEnd: CalendarDate;
  status: CycleStatus;
  required: Hundredths;
  /** The full requirement before proration. */
  requiredFull: Hundredths;
  prorated: boolean;
  /** Credit after caps. */
  earned: Hundredths;
  /** Everything allocated before caps (approved or not). */
  allocated: Hundredths;
  remaining: Hundredths;
  remainingMinutes: number;
  met: boolean;
  categories: CategoryLine[];
  cpr: CprCheck | null;
  contributions: Contribution[];
  /** The overview left this cycle's contributions out (only the current cycle's are sent): ask `credentials:cycle`. */
  contributionsLeftOut?: boolean;
  /** Days from today to the deadline (negative after it). */
  daysLeft: number;
  pacing: Pacing | null;
  renewal?: Renewal;
  reinstated: boolean;
  lateFeeCents?: number;
  /**
   * When `met` holds only if the renewal is sent by an earlier day than the deadline (a
   * CPR/AED card that ends before it): that day.
   */
  submitBy?: CalendarDate;
  /** Late renewal (after the grace period): the last day the body accepts it. */
  lateRenewalUntil?: CalendarDate;
  /** The one verdict: what every surface shows for this cycle. */
  verdict: Verdict;
  reasons: string[];
  warnings: string[];
}

/** A rule value that is not confirmed by a reliable source. */
export interface UnconfirmedFlag {
  field: string;
  note: string;
  source: string;
}

export interface CardStatus {
  validFrom: CalendarDate;
  validUntil: CalendarDate;
  daysLeft: number;
  status: 'valid' | 'expiring_soon' | 'expired';
}

export interface CredentialEvaluation {
  credentialId: string;
  typeId: string;
  known: boolean;
  code: string;
  name: string;
  bodyCode: string;
  bodyName: string;
  kind: CredentialKind;
  unit: string;
  decimals: 0 | 1;
  perHour: Hundredths;
  number: string;
  issuedOn: CalendarDate;
  cycles: CycleEvaluation[];
  /** The cycle today falls in (or the last one, in grace or lapsed). */
  currentIndex: number | null;
  /** ACSM: the credential whose renewal covers this one. */
  coveredBy?: string;
  card?: CardStatus;
  /** Specializations: what they count toward. */
  countsToward: { typeId: string; code: string; amount: Hundredths }[];
  unconfirmed: UnconfirmedFlag[];
  overridden: string[];
  warnings: string[];
}
