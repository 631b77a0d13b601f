/**
 * The certificate files behind attachments that are removed or brought back: a file no
 * attachment uses any more goes to the trash (so an undo can restore it), and comes back on undo.
 */
import type { Attachment } from '../../../shared/schemas/entities';
import type { Store } from '../store/store';
import { trashCertificateFile, untrashCertificateFile } from './certificate-store';

/** Moves the files of removed attachments to the trash, unless another attachment still uses them. */
export async function releaseFiles(store: Store, removed: readonly Attachment[]): Promise<void> {
  for (const a of removed) {
    if (!store.data.attachments.some((x) => x.sha256 === a.sha256))
      await trashCertificateFile(store.dataDir, a.sha256, a.ext);
  }
}

/** Brings back the files of restored attachments (undo). */
export async function reclaimFiles(store: Store, restored: readonly Attachment[]): Promise<void> {
  for (const a of restored) await untrashCertificateFile(store.dataDir, a.sha256, a.ext);
}
