/**
 * From what a certificate says to what Recert proposes to record: an activity whose credits go
 * to the user's own credentials (NASM CEUs to their NASM-CPT; a body they hold nothing of is left
 * out, and said), contact hours converted at the body's rate where only hours are printed, and
 * warnings for a name that is not theirs and for an entry that looks like one they already have.
 * A CPR/AED card becomes a card credential, or updates the one they have.
 */
import { findSameCourse } from '../rules/same-source';
import { compareDates, formatLongDate, type CalendarDate } from '../calendar-date';
import { findBody } from '../catalog/catalog';
import { creditForMinutes, formatAmount, minutesForCredit, type Hundredths } from '../quantity';
import type { Activity, Attachment, Credential, CustomType } from '../../schemas/entities';
import { effectiveType } from '../rules/effective-type';
import { bodyDisplay } from './bodies';
import { sameName, yourName } from './names';
import type { CertificateReading, ReadField } from './read-text';

export interface ProposedAllocation {
  credentialId: string;
  amountHundredths: Hundredths;
  category?: string;
  /** What the amount comes from, in words ("0.8 ACE CECs, as printed"). */
  source: string;
  confidence: number;
  /**
   * A body credits only approved courses or an accepted petition: credit worked out from contact
   * hours alone is proposed as a petition not yet decided, never as approved credit.
   */
  approval?: 'petition_pending';
}

export interface CertificateProposal {
  kind: CertificateReading['kind'];
  activity?: {
    title?: ReadField<string>;
    provider?: ReadField<string>;
    code?: ReadField<string>;
    completedOn?: ReadField<CalendarDate>;
    contactMinutes?: ReadField<number>;
    allocations: ProposedAllocation[];
  };
  card?: {
    typeId: string;
    /** The user's card credential this card renews, when they have one. */
    replacesId?: string;
    issuedOn?: ReadField<CalendarDate>;
    expiresOn?: ReadField<CalendarDate>;
    provider?: ReadField<string>;
  };
  holder?: ReadField<string>;
  warnings: string[];
  /** What the user already has that this reading repeats (the same file, or the same course). */
  alreadyHave?: { reason: 'file' | 'course'; activityId?: string; text: string };
  /** Nothing could be read as a certificate: said plainly, the form left for the user. */
  empty: boolean;
}

export interface ProposalContext {
  credentials: readonly Credential[];
  customTypes: readonly CustomType[];
  activities: readonly Activity[];
  attachments: readonly Attachment[];
  profileName: string;
  /** The file's hash, to find it already attached. */
  sha256?: string;
  /** Today, on the user's calendar: a date read after it is doubted. */
  today?: CalendarDate;
}

/** A completion or issue date after today is misread (or mistyped by the provider): never sure. */
function notAfterToday<T extends ReadField<CalendarDate> | undefined>(
  field: T,
  today: CalendarDate | undefined,
  warnings: string[],
): T {
  if (!field || !today || compareDates(field.value, today) <= 0) return field;
  warnings.push(`The certificate's date reads as ${formatLongDate(field.value)}, which is after today: check it.`);
  return { ...field, confidence: Math.min(field.confidence, 0.5) };
}

const CARD_TYPES: Record<string, string> = { aha: 'cpr-aha', arc: 'cpr-arc' };

function proposeCard(reading: CertificateReading, ctx: ProposalContext): NonNullable<CertificateProposal['card']> {
  const typeId = CARD_TYPES[reading.cardBodyId ?? ''] ?? 'cpr-aha';
  const cards = ctx.credentials
    .filter((c) => effectiveType(c, ctx.customTypes)?.type.kind === 'cpr')
    .sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
  const replaces = cards[0];
  return {
    typeId,
    ...(replaces ? { replacesId: replaces.id } : {}),
    ...(reading.completedOn ? { issuedOn: reading.completedOn } : {}),
    ...(reading.expiresOn ? { expiresOn: reading.expiresOn } : {}),
    ...(reading.provider ? { provider: reading.provider } : {}),
  };
}

/** The credentials a body's credit counts toward: its certifications (not its specializations or cards). */
function holdersOf(bodyId: string, ctx: ProposalContext) {
  return ctx.credentials.flatMap((c) => {
    const effective = effectiveType(c, ctx.customTypes);
    if (!effective || effective.body.id !== bodyId || effective.type.kind !== 'certification') return [];
    return [{ credential: c, effective }];
  });
}

function allocationsFor(reading: CertificateReading, ctx: ProposalContext, warnings: string[]): ProposedAllocation[] {
  const out: ProposedAllocation[] = [];
  const stated = new Set<string>();
  for (const credit of reading.credits) {
    const unitText = `${formatAmount(credit.amount, 0)} ${credit.bodyId ? `${credit.bodyId.toUpperCase()} ` : ''}${credit.unit}s`;
    if (!credit.bodyId) {
      warnings.push(
        `The certificate states ${unitText} without saying for which body: add it to the right credential yourself.`,
      );
      continue;
    }
    stated.add(credit.bodyId);
    const holders = holdersOf(credit.bodyId, ctx);
    if (holders.length === 0) {
      warnings.push(
        `The certificate states ${unitText} for ${bodyDisplay(credit.bodyId)}; you hold no credential of theirs, so it is left out.`,
      );
      continue;
    }
    // One course counts once per body unless the body shares credits across its credentials.
    const shared = holders[0]!.effective.body.sharing.value !== 'separate';
    for (const { credential, effective } of shared ? holders : holders.slice(0, 1)) {
      const category = effective.type.categories.value.find((k) => k.id === credit.category)?.id;
      out.push({
        credentialId: credential.id,
        amountHundredths: credit.amount,
        ...(category ? { category } : {}),
        source: `${unitText}, as printed`,
        confidence: credit.confidence,
      });
    }
  }
  // Only contact hours printed: offer the catalog's conversion for each certification, to check.
  const minutes = reading.contactMinutes?.value;
  if (reading.credits.length === 0 && minutes) {
    const converted = ctx.credentials.flatMap((c) => {
      const effective = effectiveType(c, ctx.customTypes);
      if (!effective || effective.type.kind !== 'certification' || stated.has(effective.body.id)) return [];
      const amount = creditForMinutes(minutes, effective.body.perHour.value);
      return amount > 0
        ? [
            {
              credentialId: c.id,
              amountHundredths: amount,
              source: `${formatAmount(minutes * (100 / 60), 0)} contact hours at ${effective.body.code}'s ${formatAmount(effective.body.perHour.value, 0)} ${effective.body.unit} per hour; not approved by ${effective.body.code}: counts only if ${effective.body.code} accepts a petition`,
              confidence: 0.5,
              approval: 'petition_pending' as const,
            },
          ]
        : [];
    });
    if (converted.length > 0)
      warnings.push(
        'The certificate prints contact hours and no approval: it is proposed as a petition to each body you hold (the hours at its rate), counted only once the body accepts it.',
      );
    out.push(...converted);
  }
  return out;
}

/** The same file already attached, or the same course already logged (title and date, or code and date). */
function alreadyHave(reading: CertificateReading, ctx: ProposalContext): CertificateProposal['alreadyHave'] {
  const same = ctx.sha256 ? ctx.attachments.find((a) => a.sha256 === ctx.sha256) : undefined;
  const twin =
    reading.title && reading.completedOn
      ? findSameCourse(
          { title: reading.title.value, completedOn: reading.completedOn.value, code: reading.code?.value ?? '' },
          ctx.activities,
        )
      : undefined;
  if (twin)
    return {
      reason: same ? 'file' : 'course',
      activityId: twin.id,
      text: `You already have “${twin.title}” on ${formatLongDate(twin.completedOn)}${same ? `, with this file attached (as “${same.name}”)` : ''}.`,
    };
  if (same) return { reason: 'file', text: `This file is already attached (as “${same.name}”).` };
  return undefined;
}

/** No contact time printed: the time the first stated credit stands for, at its body's rate (less sure). */
function minutesFromCredits(reading: CertificateReading): ReadField<number> | undefined {
  for (const credit of reading.credits) {
    const body = credit.bodyId ? findBody(credit.bodyId) : undefined;
    const minutes = body ? minutesForCredit(credit.amount, body.perHour.value) : 0;
    if (body && minutes > 0)
      return { value: minutes, source: `${credit.source} (at ${body.code}'s rate per contact hour)`, confidence: 0.6 };
  }
  return undefined;
}

/** The proposal for one certificate. Pure: nothing is recorded until the user confirms. */
export function proposeFromReading(read: CertificateReading, ctx: ProposalContext): CertificateProposal {
  const warnings: string[] = [];
  const completedOn = notAfterToday(read.completedOn, ctx.today, warnings);
  const holder = yourName(read.holder, ctx.profileName);
  const reading: CertificateReading = {
    ...read,
    ...(completedOn ? { completedOn } : {}),
    ...(holder ? { holder } : {}),
  };
  if (reading.holder && ctx.profileName.trim() && !sameName(reading.holder.value, ctx.profileName))
    warnings.push(`The certificate is made out to “${reading.holder.value}”, not to ${ctx.profileName}.`);
  const repeats = alreadyHave(reading, ctx);
  if (repeats) warnings.push(repeats.text);
  const base = {
    kind: reading.kind,
    ...(reading.holder ? { holder: reading.holder } : {}),
    ...(repeats ? { alreadyHave: repeats } : {}),
  };
  if (reading.kind === 'unknown')
    return { ...base, warnings, empty: !reading.holder && !reading.completedOn && !reading.provider };
  if (reading.kind === 'card') return { ...base, card: proposeCard(reading, ctx), warnings, empty: false };
  const allocations = allocationsFor(reading, ctx, warnings);
  const contactMinutes = reading.contactMinutes ?? minutesFromCredits(reading);
  return {
    ...base,
    activity: {
      ...(reading.title ? { title: reading.title } : {}),
      ...(reading.provider ? { provider: reading.provider } : {}),
      ...(reading.code ? { code: reading.code } : {}),
      ...(reading.completedOn ? { completedOn: reading.completedOn } : {}),
      ...(contactMinutes ? { contactMinutes } : {}),
      allocations,
    },
    warnings,
    empty: false,
  };
}
