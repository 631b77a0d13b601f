/**
 * A certificate's text: from its text layer when it has one, otherwise by OCR of the picture
 * (a photo, or a scanned PDF page drawn first). Only the first pages of a long PDF are read, and
 * the result says so.
 */
import { MAX_PAGES_READ, MIN_TEXT_LAYER_CHARS } from '../../../shared/limits';
import { recognise, type OcrJob } from './ocr';
import { readPdfPages } from './pdf-pages';
import type { TextCell } from '../../../shared/domain/certificate-reading/layout';
import { fieldsFound, missesEssentials } from '../../../shared/domain/certificate-reading/completeness';
import { readCertificateText } from '../../../shared/domain/certificate-reading/read-text';

export interface CertificateText {
  text: string;
  /** Where the text came from. */
  method: 'text' | 'ocr';
  pagesRead: number;
  pageCount: number;
  /** Where each run of text sits (from the text layer, or from OCR's word boxes). */
  layout: TextCell[];
}

/** More than any page's height in points (A0 is 3,370 pt tall). */
const PAGE_GAP = 10_000;

const hasTextLayer = (lines: string[]) => lines.join('').replace(/\s/g, '').length >= MIN_TEXT_LAYER_CHARS;

const readCells = (cells: readonly TextCell[]) => readCertificateText(cells.map((c) => c.text).join('\n'), cells);

/**
 * One picture's text. OCR reads the page as one block first, which reads a certificate's centred
 * lines and a card best; when that reading misses what every certificate prints, the engine may
 * have dropped a ruled table or a column whole, so the page is read again with its own layout
 * analysis, and the reading that found more is kept (the first on a tie).
 */
async function ocrPage(image: Uint8Array, job: OcrJob): Promise<TextCell[]> {
  const block = await recognise(image, job);
  const first = readCells(block);
  if (!missesEssentials(first)) return block;
  const auto = await recognise(image, { signal: job.signal, layout: 'auto' });
  return fieldsFound(readCells(auto)) > fieldsFound(first) ? auto : block;
}

export async function readCertificateFile(
  bytes: Uint8Array,
  ext: 'pdf' | 'png' | 'jpg',
  job: OcrJob = {},
): Promise<CertificateText> {
  if (ext !== 'pdf') {
    const cells = await ocrPage(bytes, job);
    return { text: cells.map((c) => c.text).join('\n'), method: 'ocr', pagesRead: 1, pageCount: 1, layout: cells };
  }
  const { pages, pageCount } = await readPdfPages(bytes, (lines) => !hasTextLayer(lines));
  const scans = pages.filter((p) => p.png);
  const layout: TextCell[] = [];
  let done = 0;
  for (const [n, page] of pages.entries()) {
    let cells = page.cells;
    if (page.png) {
      const base = done;
      cells = await ocrPage(page.png, { ...job, progress: (f) => job.progress?.((base + f) / scans.length) });
      done++;
    }
    // Pages one under the other: a later page's cells sit below the earlier page's.
    layout.push(...cells.map((c) => ({ ...c, y: c.y + n * PAGE_GAP })));
  }
  return {
    text: layout.map((c) => c.text).join('\n'),
    method: scans.length > 0 ? 'ocr' : 'text',
    pagesRead: Math.min(pageCount, MAX_PAGES_READ),
    pageCount,
    layout,
  };
}
