/**
 * What the review screen does with a confirmed reading: records the entry (or the card) and
 * attaches the file to it, or attaches the file to the course the user already had. The
 * drafts themselves are pure (renderer/src/model/review-drafts.ts).
 */
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';
import { parseAmount } from '../../../../shared/domain/quantity';
import type { AppErrorInfo } from '../../../../shared/errors';
import { api } from '../../api';
import type { AppData } from '../../data';
import { fileToBase64 } from '../../files';
import { inputError } from '../../forms';
import { allocationsFrom } from '../../model/allocation-drafts';
import type { ReviewDraft } from '../../model/review-drafts';

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
