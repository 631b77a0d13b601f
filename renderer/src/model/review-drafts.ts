/**
 * A read certificate as the review card edits it: the proposal turned into form values (with
 * where each came from) and what is still missing. Pure, so it has its own tests; confirming
 * it is features/reading/review-actions.ts.
 */
import type { MethodOutput } from '../../../shared/contract';
import { formatAmount, parseAmount } from '../../../shared/domain/quantity';
import type { AppData } from '../data';
import type { AllocationDraft } from './allocation-drafts';
import { draftsFor } from './allocation-drafts';

export type Reading = MethodOutput<'certificates:read'>;

/** Where a filled field came from: the certificate's words, and how sure the reading is. */
export interface Origin {
  source: string;
  confidence: number;
}
export { UNSURE_BELOW } from '../../../shared/domain/certificate-reading/calibration';

export interface ReviewDraft {
  kind: 'course' | 'card';
  title: string;
  provider: string;
  code: string;
  completedOn: string;
  hours: string;
  allocations: AllocationDraft[];
  cardTypeId: string;
  /** The card credential this card renews ('' for a new card). */
  replacesId: string;
  issuedOn: string;
  expiresOn: string;
  /** The user said this reading is another course than the one it looks like. */
  separateCourse?: boolean;
}

export type DraftField = 'holder' | 'title' | 'provider' | 'code' | 'completedOn' | 'hours' | 'issuedOn' | 'expiresOn';
export type Origins = Partial<Record<DraftField, Origin>> & { allocations?: Record<string, Origin> };

const origin = (f: Origin | undefined): Origin | undefined => f && { source: f.source, confidence: f.confidence };
const hoursText = (minutes: number) => formatAmount(Math.round((minutes * 100) / 60), 0);

/** The form values and their origins for a reading. A picture that is not a certificate leaves the form empty. */
export function draftFromReading(reading: Reading, data: AppData): { draft: ReviewDraft; origins: Origins } {
  const { activity, card, holder } = reading.proposal;
  const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));
  const allocations = draftsFor(data, null).map((row) => {
    const proposed = activity?.allocations.find((a) => a.credentialId === row.credentialId);
    const e = evaluations.get(row.credentialId);
    return proposed && e
      ? {
          ...row,
          included: true,
          amount: formatAmount(proposed.amountHundredths, e.decimals),
          category: proposed.category ?? '',
          ...(proposed.approval ? { approval: proposed.approval } : {}),
        }
      : row;
  });
  const draft: ReviewDraft = {
    kind: reading.proposal.kind === 'card' ? 'card' : 'course',
    title: activity?.title?.value ?? '',
    provider: activity?.provider?.value ?? card?.provider?.value ?? '',
    code: activity?.code?.value ?? '',
    completedOn: activity?.completedOn?.value ?? '',
    hours: activity?.contactMinutes ? hoursText(activity.contactMinutes.value) : '',
    allocations,
    cardTypeId: card?.typeId ?? 'cpr-aha',
    replacesId: card?.replacesId ?? '',
    issuedOn: card?.issuedOn?.value ?? '',
    expiresOn: card?.expiresOn?.value ?? '',
  };
  const origins: Origins = {
    holder: origin(holder),
    title: origin(activity?.title),
    provider: origin(activity?.provider ?? card?.provider),
    code: origin(activity?.code),
    completedOn: origin(activity?.completedOn),
    hours: origin(activity?.contactMinutes),
    issuedOn: origin(card?.issuedOn),
    expiresOn: origin(card?.expiresOn),
    allocations: Object.fromEntries(
      (activity?.allocations ?? []).map((a) => [a.credentialId, { source: a.source, confidence: a.confidence }]),
    ),
  };
  return { draft, origins };
}

/** What the card still needs before it can be confirmed, in words; null when complete. */
export function missingIn(draft: ReviewDraft): string | null {
  const missing =
    draft.kind === 'card'
      ? [!draft.issuedOn && 'the issue date', !draft.expiresOn && 'the date it is valid through']
      : [
          !draft.title.trim() && 'a title',
          !draft.completedOn && 'the completion date',
          !(parseAmount(draft.hours) ?? 0) && 'the contact hours',
        ];
  const list = missing.filter((m): m is string => Boolean(m));
  return list.length === 0 ? null : `Needs ${list.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}
