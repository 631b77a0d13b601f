/**
 * The packet's index page(s), drawn with pdfkit: each attachment's reference, name, what it
 * proves, its pages in the packet and its SHA-256, or why it could not be included.
 */
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportAttachment } from '../../../shared/domain/report/renewal-report';
import { FONT_FILES } from './fonts';
import { withBreakableText } from './text-runs';

export interface IndexEntry {
  attachment: ReportAttachment;
  /** "7" or "7–8" once placed; empty when not included. */
  pages: string;
  problem?: string;
}

const M = 54;
const W = 612 - 2 * M;

function newDoc(fontDir: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: M,
    autoFirstPage: false,
  });
  doc.registerFont('regular', path.join(fontDir, FONT_FILES.regular));
  doc.registerFont('bold', path.join(fontDir, FONT_FILES.bold));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The index pages. Page numbers are filled in by the caller (it renders twice: to count, then for real). */
export function renderIndex(
  rawEntries: readonly IndexEntry[],
  rawTitle: string,
  fontDir: string,
  rawMissing: readonly string[] = [],
): Promise<Buffer> {
  const entries = withBreakableText(rawEntries);
  const title = withBreakableText(rawTitle);
  const missing = withBreakableText(rawMissing);
  const { doc, done } = newDoc(fontDir);
  doc.addPage();
  doc.font('bold').fontSize(18).fillColor('#17202a').text('Index of attached certificates');
  doc.font('regular').fontSize(9.5).fillColor('#55606d').text(title);
  doc
    .moveDown(0.3)
    .text('Each file is identified by its SHA-256, so a reviewer can check that it is the file that was attached.');
  doc.moveDown(0.8);
  // What the summary claims with no file: said first, so a reviewer is not left to find the gaps.
  if (missing.length > 0) {
    doc.font('bold').fontSize(11).fillColor('#8a4b00').text('Missing proof');
    doc.font('regular').fontSize(9.5).fillColor('#17202a');
    for (const m of missing) doc.text(`•  ${m}`, M, doc.y, { width: W });
    doc.moveDown(0.8);
  }
  if (entries.length === 0)
    doc
      .font('regular')
      .fontSize(10)
      .fillColor('#17202a')
      .text('No certificates are attached to the activities of this cycle.');
  for (const e of entries) {
    const blockHeight = 58;
    if (doc.y + blockHeight > 792 - M - 20) doc.addPage();
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor('#0f6b5c').text(e.attachment.ref, M, y, { width: 34 });
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#17202a')
      .text(e.attachment.name, M + 38, y, { width: W - 130 });
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#55606d')
      .text(`Proves: ${e.attachment.proves}`, M + 38, doc.y, { width: W - 130 });
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor('#55606d')
      .text(`SHA-256 ${e.attachment.sha256}`, M + 38, doc.y, { width: W - 130 });
    const endY = doc.y;
    doc
      .font('bold')
      .fontSize(9.5)
      .fillColor(e.problem ? '#8a4b00' : '#17202a')
      .text(e.problem ? 'Not included' : `Page ${e.pages}`, M + W - 88, y, { width: 88, align: 'right' });
    doc.y = Math.max(endY, doc.y);
    if (e.problem)
      doc
        .font('regular')
        .fontSize(8.5)
        .fillColor('#8a4b00')
        .text(e.problem, M + 38, doc.y, { width: W - 40 });
    doc
      .moveTo(M, doc.y + 5)
      .lineTo(M + W, doc.y + 5)
      .lineWidth(0.5)
      .strokeColor('#d9dee4')
      .stroke();
    doc.y += 10;
  }
  doc.end();
  return done;
}
