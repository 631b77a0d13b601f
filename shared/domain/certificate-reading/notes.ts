/** What the user should be told about a reading, in the app and in the CLI alike. */
import { MAX_PAGES_READ } from '../../limits';
import type { CertificateProposal } from './propose';

export const NOTHING_READ =
  'Recert found nothing it could read as a certificate in this file. Fill in the entry yourself, or choose another file.';

export function readingNotes(
  proposal: Pick<CertificateProposal, 'empty'>,
  text: { method: 'text' | 'ocr'; pageCount: number },
): string[] {
  const notes: string[] = [];
  if (proposal.empty) notes.push(NOTHING_READ);
  if (text.pageCount > MAX_PAGES_READ)
    notes.push(
      `This PDF has ${text.pageCount} pages; Recert read the first ${MAX_PAGES_READ}, where certificates usually are. Check the entry against the rest.`,
    );
  if (text.method === 'ocr' && !proposal.empty)
    notes.push('Read from the picture: check each field against the certificate.');
  return notes;
}
