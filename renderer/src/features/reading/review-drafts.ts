/**
 * A read certificate as the review card edits it: the proposal turned into form values (with
 * where each came from), what is still missing, and, on confirming, the calls that record it
 * (an activity with the certificate attached, or the card credential with its scan).
 */
import type { MethodOutput } from '../../../../shared/contract';
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import { formatAmount, parseAmount } from '../../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import type { AppData } from '../../data';
import { fileToBase64 } from '../../files';
import { inputError } from '../../forms';
import type { AllocationDraft } from '../activities/allocation-drafts';
import { allocationsFrom, draftsFor } from '../activities/allocation-drafts';

export type Reading = MethodOutput<'certificates:read'>;

/** Where a filled field came from: the certificate's words, and how sure the reading is. */
export interface Origin {
  source: string;
  confidence: number;
}
export const UNSURE_BELOW = 0.7;

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

type Outcome = { ok: true; text: string } | { ok: false; error: AppErrorInfo };

async function attach(
  file: File,
  ownerType: 'activity' | 'credential',
  ownerId: string,
  role: 'certificate' | 'card_front',
) {
  return api.attachments.upload({ ownerType, ownerId, role, name: file.name, dataBase64: await fileToBase64(file) });
}

/** "It's the same course": attaches the file to the activity the user already has; records nothing else. */
export async function attachToExisting(file: File, activity: { id: string; title: string }): Promise<Outcome> {
  const attached = await attach(file, 'activity', activity.id, 'certificate');
  return attached.ok
    ? { ok: true, text: `Attached ${file.name} to “${activity.title}”, which you already had; nothing else was added.` }
    : attached;
}

/** Records the confirmed entry and attaches the file to it. */
export async function confirmDraft(draft: ReviewDraft, file: File, data: AppData): Promise<Outcome> {
  if (draft.kind === 'card') {
    const existing = data.credentials.find((c) => c.id === draft.replacesId);
    const saved = existing
      ? await api.credentials.update({
          id: existing.id,
          fields: {
            typeId: existing.typeId,
            number: existing.number,
            issuedOn: draft.issuedOn,
            expiresOn: draft.expiresOn,
            ...(existing.handsOn !== undefined ? { handsOn: existing.handsOn } : {}),
            notes: existing.notes,
            overrides: existing.overrides,
          },
        })
      : await api.credentials.add({ typeId: draft.cardTypeId, issuedOn: draft.issuedOn, expiresOn: draft.expiresOn });
    if (!saved.ok) return saved;
    const attached = await attach(file, 'credential', saved.value.id, 'card_front');
    const name = findCredentialType(saved.value.typeId)?.code ?? 'CPR/AED card';
    return attached.ok
      ? { ok: true, text: `${existing ? 'Updated' : 'Added'} your ${name}, with ${file.name} attached.` }
      : { ok: true, text: `${existing ? 'Updated' : 'Added'} your ${name}. ${attached.error.message}` };
  }
  const hours = parseAmount(draft.hours);
  if (hours === null)
    return { ok: false, error: inputError('contactMinutes', 'Contact hours must be a number such as 1.5.') };
  const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));
  const built = allocationsFrom(draft.allocations, evaluations);
  if ('error' in built) return { ok: false, error: built.error };
  const saved = await api.activities.add({
    title: draft.title,
    provider: draft.provider,
    code: draft.code,
    completedOn: draft.completedOn,
    contactMinutes: Math.round((hours * 60) / 100),
    delivery: 'online',
    status: 'completed',
    notes: '',
    allocations: built.allocations,
    ...(draft.separateCourse ? { separateCourse: true } : {}),
  });
  if (!saved.ok) return saved;
  const attached = await attach(file, 'activity', saved.value.id, 'certificate');
  return attached.ok
    ? { ok: true, text: `Saved “${saved.value.title}”, with ${file.name} attached.` }
    : { ok: true, text: `Saved “${saved.value.title}”. ${attached.error.message}` };
}
