/** What the evaluation reports, for the screens, the CLI and the PDF summary. */
import type { CalendarDate } from '../calendar-date';
import type { CredentialKind } from '../catalog/types';
import type { Hundredths } from '../quantity';
import type { Approval, Renewal } from '../../schemas/entities';

export type CycleStatus =
  'met' | 'on_track' | 'at_risk' | 'due_soon' | 'in_grace' | 'late_renewal' | 'lapsed' | 'renewed' | 'upcoming';

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
