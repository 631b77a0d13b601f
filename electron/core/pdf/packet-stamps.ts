/** The packet's page stamps: its own page numbers, and each certificate page's reference. */
import { rgb, StandardFonts, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * Every page of the packet is numbered across the whole packet ("Packet page 5 of 7"), and every
 * certificate page carries its reference from the index ("C2 ·"), PDFs as well as images, so a
 * page separated from the rest still says what it is.
 */
export async function stampPages(
  out: PDFDocument,
  outline: readonly { title: string; pageIndex: number }[],
): Promise<void> {
  const font = await out.embedFont(StandardFonts.Helvetica);
  const total = out.getPageCount();
  const firstCertificate = outline.find((o) => /^C\d+ · /.test(o.title))?.pageIndex ?? total;
  out.getPages().forEach((page, i) => {
    // The certificate this page belongs to: the last outline entry at or before it.
    const entry = i >= firstCertificate ? [...outline].reverse().find((o) => o.pageIndex <= i) : undefined;
    const ref = entry?.title.split(' · ')[0];
    const text = `${ref ? `${ref} · p` : 'P'}acket page ${i + 1} of ${total}`;
    const size = 7.5;
    const width = font.widthOfTextAtSize(text, size);
    const { width: pageWidth } = page.getSize();
    const x = pageWidth - 18 - width;
    page.drawRectangle({ x: x - 3, y: 8, width: width + 6, height: size + 5, color: rgb(1, 1, 1), opacity: 0.85 });
    page.drawText(text, { x, y: 11, size, font, color: rgb(0.33, 0.38, 0.43) });
  });
}
