/**
 * Opening a certificate PDF with pdf-lib, the same way for intake and for the packet. A PDF
 * protected only against editing (an owner password, no user password) opens for anyone, so
 * it is read with the empty user password; one that needs a password to open is refused.
 */
import { EncryptedPDFError, PDFDocument } from '@cantoo/pdf-lib';

export type OpenedPdf =
  | { ok: true; doc: PDFDocument; pages: number; editProtected: boolean }
  | { ok: false; reason: 'needs-password' | 'damaged' };

/** Counting pages walks the page tree: a damaged file can fail there rather than on load. */
function counted(doc: PDFDocument, editProtected: boolean): OpenedPdf {
  try {
    return { ok: true, doc, pages: doc.getPageCount(), editProtected };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  try {
    return counted(await PDFDocument.load(bytes, { updateMetadata: false }), false);
  } catch (error) {
    if (!(error instanceof EncryptedPDFError)) return { ok: false, reason: 'damaged' };
  }
  try {
    return counted(await PDFDocument.load(bytes, { updateMetadata: false, password: '' }), true);
  } catch {
    return { ok: false, reason: 'needs-password' };
  }
}
