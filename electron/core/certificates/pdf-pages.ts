/**
 * A certificate PDF's pages, through pdf.js in the core: each page's text layer as lines (in
 * reading order), and, for a page with no text (a scan), the page drawn as a PNG for OCR. Only
 * the first MAX_PAGES_READ pages are read. Fonts and decoders come from the installed pdfjs-dist
 * folder: nothing is fetched.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/errors';
import { MAX_PAGES_READ } from '../../../shared/limits';
import {
  captionColumns,
  columnStarts,
  splitRow,
  type TextCell,
} from '../../../shared/domain/certificate-reading/layout';

// Not named `require`: the ESM build declares its own.
const resolveFrom = createRequire(import.meta.url);
const pdfjsDir = path.dirname(resolveFrom.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;
const pdfjs = (): Promise<PdfJs> =>
  (loaded ??= import(pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.mjs')).href) as Promise<PdfJs>);

export interface PdfPage {
  lines: string[];
  /** The page's text as cells, with size and place, top to bottom (empty for a scan). */
  cells: TextCell[];
  /** The page as a PNG, only when it has (almost) no text layer and `render` asked for it. */
  png?: Buffer;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Items grouped into rows by their baseline (top to bottom), and each row into cells: runs of
 * text left to right (splitRow: a table's columns, a footer's spread-out parts).
 */
function toCells(items: TextItem[], pageTop: number): TextCell[] {
  const rows: { y: number; height: number; parts: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const y = item.transform[5] ?? 0;
    const row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, Math.min(r.height, item.height) * 0.5));
    if (row) row.parts.push(item);
    else rows.push({ y, height: item.height || 10, parts: [item] });
  }
  const sorted = rows.sort((a, b) => b.y - a.y);
  const split = (r: (typeof rows)[number], columns: readonly number[]) => {
    const box = (i: TextItem) => ({ x: xOf(i), right: xOf(i) + i.width, size: i.height || r.height });
    return splitRow(
      r.parts.sort((a, b) => xOf(a) - xOf(b)),
      box,
      columns,
    ).map((run) => cellOf(run, pageTop - r.y, r.height));
  };
  const cellRows: TextCell[][] = [];
  let columns: number[] = [];
  for (const r of sorted) {
    const row = split(r, columns);
    cellRows.push(row);
    columns = columnStarts(row);
  }
  // Small captions under a row of values ("Name" · "Course" under "Chloe Anderson  Gentle Yoga"):
  // the values' row is split where the captions start.
  cellRows.forEach((row, i) => {
    const under = captionColumns(row, cellRows[i + 1] ?? []);
    if (under.length > 0) cellRows[i] = split(sorted[i]!, under);
  });
  return cellRows.flat().filter((c) => c.text.length > 0);
}

const xOf = (item: TextItem) => item.transform[4] ?? 0;

/**
 * "S U M M I T": letter-spaced text, which pdf.js gives with a space between every letter, or
 * every pair a font kerns together ("P I L AT E S"): most pieces a single letter.
 */
function letterSpaced(str: string): boolean {
  const pieces = str.trim().split(' ');
  return (
    /^(?:\S{1,2} ){2,}\S{1,2}[.,]?$/u.test(str.trim()) &&
    pieces.filter((p) => [...p].length === 1).length * 3 >= pieces.length * 2
  );
}
const unspaced = (str: string) => (letterSpaced(str) ? str.replace(/ /g, '') : str);

/**
 * Letter-spaced text's word breaks. pdf.js puts a space between every letter of
 * "M E R I D I A N C O A C H I N G", so the breaks between words are lost from the text layer;
 * the page's drawing still shows each space, so the words are found there ("MERIDIAN COACHING").
 * Only read when the page has such text (drawing operations cost more than the text layer).
 */
async function respaceLetterSpaced(page: Page, items: TextItem[], ops: PdfJs['OPS']): Promise<void> {
  const spaced = items.filter((i) => letterSpaced(i.str));
  if (spaced.length === 0) return;
  const list = await page.getOperatorList();
  let shown = '';
  list.fnArray.forEach((fn, n) => {
    if (fn !== ops.showText && fn !== ops.showSpacedText) return;
    for (const glyph of (list.argsArray[n] as unknown[][])[0] ?? [])
      if (glyph && typeof glyph === 'object') shown += (glyph as { unicode?: string }).unicode ?? '';
  });
  for (const item of spaced) {
    const letters = [...item.str.replace(/\s/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const found = new RegExp(letters.join(' ?'), 'u').exec(shown)?.[0];
    if (found && found.includes(' ')) item.str = found;
  }
}

/**
 * One cell's text. Items that touch are one word (pdf.js gives a ligature like "fi" as its own
 * item); others are spaced.
 */
function cellOf(run: TextItem[], y: number, rowHeight: number): TextCell {
  const size = Math.max(...run.map((i) => i.height || rowHeight));
  // A short word of a letter-spaced line comes as its own item too short to tell ("O N" in
  // "N A T I O N A L  C O U N C I L  O N  S T R E N G T H"): spaced like the words around it.
  const spacedRun = run.some((i) => letterSpaced(i.str));
  const word = (str: string) =>
    spacedRun && /^(?:\S ){1,2}\S$/u.test(str.trim()) ? str.replace(/ /g, '') : unspaced(str);
  let text = word(run[0]!.str);
  run.slice(1).forEach((item, n) => {
    const gap = xOf(item) - (xOf(run[n]!) + run[n]!.width);
    text += (gap >= 0.1 * size || /\s$/.test(text) ? ' ' : '') + word(item.str);
  });
  const last = run.at(-1)!;
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    size,
    x: xOf(run[0]!),
    y,
    width: xOf(last) + last.width - xOf(run[0]!),
  };
}

type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** A scanned page drawn at about 200 dpi (at most 2,400 pixels wide), as a PNG for OCR. */
async function drawPage(page: Page): Promise<Buffer> {
  try {
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(200 / 72, 2400 / base.width) });
    // pdf.js draws on @napi-rs/canvas in Node (installed with the app).
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
    return canvas.toBuffer('image/png');
  } catch {
    throw new AppError(
      'file_rejected',
      'The pages of this PDF are pictures, and Recert could not draw them to read them. Attach it and fill in the entry yourself.',
      'file',
    );
  }
}

export async function readPdfPages(
  bytes: Uint8Array,
  needsPicture: (lines: string[]) => boolean,
): Promise<{ pages: PdfPage[]; pageCount: number }> {
  const lib = await pdfjs();
  let doc;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
      wasmUrl: `${path.join(pdfjsDir, 'wasm')}/`,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException')
      throw new AppError(
        'file_rejected',
        'This PDF needs a password to open, so Recert cannot read it. Save a copy without a password and try again.',
        'file',
      );
    throw new AppError('file_rejected', 'Recert could not open this PDF to read it.', 'file');
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES_READ); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const top = page.getViewport({ scale: 1 }).viewBox[3] ?? 0;
      const items = content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[];
      await respaceLetterSpaced(page, items, lib.OPS);
      const cells = toCells(items, top);
      const lines = cells.map((c) => c.text);
      if (!needsPicture(lines)) {
        pages.push({ lines, cells });
        continue;
      }
      pages.push({ lines, cells: [], png: await drawPage(page) });
      page.cleanup();
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
