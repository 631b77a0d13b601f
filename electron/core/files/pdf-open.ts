/**
 * Opening a certificate PDF with pdf-lib, the same way for intake and for the packet. A PDF
 * protected only against editing (an owner password, no user password) opens for anyone, so
 * it is read with the empty user password; one that needs a password to open is refused.
 * pdf-lib repairs what it can, so a cut-short file would often load: a PDF must also end
 * with its trailer (`startxref` … `%%EOF`), and every page's content must be there.
 */
import { EncryptedPDFError, PDFArray, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { activeContent } from './pdf-active';

export type OpenedPdf =
  | { ok: true; doc: PDFDocument; pages: number; editProtected: boolean; active: string[] }
  | { ok: false; reason: 'needs-password' | 'damaged' };

/** Bytes some producers append after the last `%%EOF` (besides white space and NULs, which any number of is fine). */
const TRAILING_ALLOWED = 1024;

/**
 * The end of a complete PDF: a `startxref` and an `%%EOF` in its last kilobytes. A few bytes
 * after the `%%EOF` are accepted, unless they start another section of the file (an update cut
 * short: `obj`, `xref`, `trailer`, `startxref`), which is damage.
 */
function hasTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0 || tail.lastIndexOf('startxref') < 0) return false;
  const after = tail.slice(eof + 5);
  return (
    after.replace(/[\s\0]/g, '').length <= TRAILING_ALLOWED && !/\bobj\b|\bxref\b|\btrailer\b|startxref/.test(after)
  );
}

/** Every page's content stream(s) present (a page may have none: a blank page has no /Contents). */
function pagesComplete(doc: PDFDocument): boolean {
  const refs = (value: unknown): PDFRef[] =>
    value instanceof PDFRef ? [value] : value instanceof PDFArray ? value.asArray().flatMap((v) => refs(v)) : [];
  return doc
    .getPages()
    .every((page) => refs(page.node.get(PDFName.of('Contents'))).every((ref) => doc.context.lookup(ref) !== undefined));
}

/** Counts pages and checks they are whole: a damaged file can fail here rather than on load. */
function counted(doc: PDFDocument, editProtected: boolean): OpenedPdf {
  try {
    if (!pagesComplete(doc)) return { ok: false, reason: 'damaged' };
    return { ok: true, doc, pages: doc.getPageCount(), editProtected, active: activeContent(doc) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  if (!hasTrailer(bytes)) return { ok: false, reason: 'damaged' };
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
