/**
 * A certificate's text: from its text layer when it has one, otherwise by OCR of the picture
 * (a photo, or a scanned PDF page drawn first). Only the first pages of a long PDF are read, and
 * the result says so.
 */
import { MAX_PAGES_READ, MIN_TEXT_LAYER_CHARS } from '../../../shared/limits';
import { recognise, type OcrJob } from './ocr';
import { readPdfPages } from './pdf-pages';
import type { TextCell } from '../../../shared/domain/certificate-reading/layout';

export interface CertificateText {
  text: string;
  /** Where the text came from. */
  method: 'text' | 'ocr';
  pagesRead: number;
  pageCount: number;
  /** Where each run of text sits, when every page read has a text layer (OCR gives words only). */
  layout?: TextCell[];
}

/** More than any page's height in points (A0 is 3,370 pt tall). */
const PAGE_GAP = 10_000;

const hasTextLayer = (lines: string[]) => lines.join('').replace(/\s/g, '').length >= MIN_TEXT_LAYER_CHARS;

export async function readCertificateFile(
  bytes: Uint8Array,
  ext: 'pdf' | 'png' | 'jpg',
  job: OcrJob = {},
): Promise<CertificateText> {
  if (ext !== 'pdf') return { text: await recognise(bytes, job), method: 'ocr', pagesRead: 1, pageCount: 1 };
  const { pages, pageCount } = await readPdfPages(bytes, (lines) => !hasTextLayer(lines));
  const scans = pages.filter((p) => p.png);
  const texts: string[] = [];
  let done = 0;
  for (const page of pages) {
    if (!page.png) texts.push(page.lines.join('\n'));
    else {
      const base = done;
      texts.push(await recognise(page.png, { ...job, progress: (f) => job.progress?.((base + f) / scans.length) }));
      done++;
    }
  }
  // Pages one under the other: a later page's cells sit below the earlier page's.
  const layout = pages.flatMap((p, n) => p.cells.map((c) => ({ ...c, y: c.y + n * PAGE_GAP })));
  return {
    text: texts.join('\n'),
    method: scans.length > 0 ? 'ocr' : 'text',
    pagesRead: Math.min(pageCount, MAX_PAGES_READ),
    pageCount,
    ...(scans.length === 0 ? { layout } : {}),
  };
}
