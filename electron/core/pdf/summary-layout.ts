/** The summary's page geometry, colours and the one spacing rule every section follows. */

export const PAGE = { width: 612, height: 792, margin: 54 };
export const INK = '#17202a';
export const MUTED = '#55606d';
export const RULE = '#d9dee4';
export const ACCENT = '#0f6b5c';
const FOOTER_SPACE = 36;

export type Doc = PDFKit.PDFDocument;

export const contentWidth = PAGE.width - 2 * PAGE.margin;
export const bottomLimit = PAGE.height - PAGE.margin - FOOTER_SPACE;

/** Starts a new page when `height` no longer fits above the footer; true when it did. */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottomLimit) return false;
  doc.addPage();
  return true;
}
