/**
 * Recording, removing and restoring a certificate's attachment, as pure operations on the
 * records. The file itself is the caller's: checked and put in place before the record that
 * names it is saved (electron/core/handlers/attachments.ts), released after a removal.
 */
import { AppError } from '../../../errors';
import type { Attachment } from '../../../schemas/entities';
import type { Outcome, Records, Stamp } from './types';

type Target = Pick<Attachment, 'ownerType' | 'ownerId' | 'role'>;

/** What the checks found out about the file. */
export interface CheckedFile {
  sha256: string;
  ext: Attachment['ext'];
  mime: Attachment['mime'];
  size: number;
  /** JavaScript or automatic actions in a PDF (kept, never run, removed from packets). */
  activeContent?: string[];
  /** A PDF protected against editing (not against opening). */
  editProtected?: boolean;
}

/** "the activity “Corrective Exercise course”" or "your credential no. CPT-1": what an attachment belongs to. */
export function describeOwner(doc: Records, a: Pick<Attachment, 'ownerType' | 'ownerId'>): string {
  if (a.ownerType === 'activity') {
    const activity = doc.activities.find((x) => x.id === a.ownerId);
    return activity ? `the activity “${activity.title}”` : 'a deleted activity';
  }
  const credential = doc.credentials.find((c) => c.id === a.ownerId);
  return credential
    ? `your credential ${credential.number ? `no. ${credential.number}` : `(${credential.typeId})`}`
    : 'a deleted credential';
}

/** Refuses an owner that is not there (deleted meanwhile, or never was). */
export function assertOwner(doc: Records, target: { ownerType: string; ownerId: string }): void {
  const found =
    target.ownerType === 'activity'
      ? doc.activities.some((a) => a.id === target.ownerId)
      : doc.credentials.some((c) => c.id === target.ownerId);
  if (!found) throw new AppError('invalid_input', `Owner: that ${target.ownerType} does not exist.`, 'ownerId');
}

/** Records a checked file as attached to its owner; the same file twice on one owner is refused. */
export function addAttachment<D extends Records>(
  doc: D,
  input: { target: Target; file: CheckedFile; name: string },
  stamp: Pick<Stamp, 'now' | 'newId'>,
): Outcome<D, { attachment: Attachment; alsoAttachedTo: string[]; note?: string }> {
  const { target, file } = input;
  assertOwner(doc, target);
  // Checked against the document of the write queue: eight uploads of one file at once make one record.
  const duplicate = doc.attachments.find(
    (a) => a.sha256 === file.sha256 && a.ownerType === target.ownerType && a.ownerId === target.ownerId,
  );
  if (duplicate) throw new AppError('conflict', `This file is already attached here (as “${duplicate.name}”).`, 'file');
  const alsoAttachedTo = [
    ...new Set(doc.attachments.filter((a) => a.sha256 === file.sha256).map((a) => describeOwner(doc, a))),
  ];
  const attachment: Attachment = {
    id: stamp.newId(),
    ...target,
    sha256: file.sha256,
    ext: file.ext,
    mime: file.mime,
    size: file.size,
    name: input.name,
    ...(file.activeContent ? { activeContent: true } : {}),
    addedAt: stamp.now,
  };
  const notes = [
    file.editProtected
      ? 'This PDF is protected against editing (not against opening): Recert reads it and merges it into packets as it is.'
      : '',
    file.activeContent
      ? `This PDF carries ${file.activeContent.join(', ')}. Recert keeps your file as it is, shows it only in its own preview, and removes them from renewal packets.`
      : '',
  ].filter(Boolean);
  return {
    doc: { ...doc, attachments: [...doc.attachments, attachment] },
    result: { attachment, alsoAttachedTo, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) },
  };
}

export function removeAttachment<D extends Records>(doc: D, id: string): Outcome<D, Attachment> {
  const attachment = doc.attachments.find((a) => a.id === id);
  if (!attachment) throw new AppError('not_found', 'That attachment no longer exists.', 'id');
  return { doc: { ...doc, attachments: doc.attachments.filter((a) => a.id !== id) }, result: attachment };
}

/** Puts back a removed attachment (undo), to an owner that is still there. */
export function restoreAttachment<D extends Records>(doc: D, attachment: Attachment): Outcome<D, Attachment> {
  assertOwner(doc, attachment);
  if (doc.attachments.some((a) => a.id === attachment.id))
    throw new AppError('conflict', 'That attachment is already there.', 'id');
  return { doc: { ...doc, attachments: [...doc.attachments, attachment] }, result: attachment };
}
