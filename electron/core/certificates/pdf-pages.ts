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

// Not named `require`: the ESM build declares its own.
const resolveFrom = createRequire(import.meta.url);
const pdfjsDir = path.dirname(resolveFrom.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;
const pdfjs = (): Promise<PdfJs> =>
  (loaded ??= import(pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.mjs')).href) as Promise<PdfJs>);

export interface PdfPage {
  lines: string[];
  /** The page as a PNG, only when it has (almost) no text layer and `render` asked for it. */
  png?: Buffer;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/** Items grouped into lines by their baseline, top to bottom, left to right. */
function toLines(items: TextItem[]): string[] {
  const rows: { y: number; height: number; parts: { x: number; str: string }[] }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [, , , , x = 0, y = 0] = item.transform;
    const row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, Math.min(r.height, item.height) * 0.5));
    if (row) row.parts.push({ x, str: item.str });
    else rows.push({ y, height: item.height || 10, parts: [{ x, str: item.str }] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((r) =>
      r.parts
        .sort((a, b) => a.x - b.x)
        .map((p) => p.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
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
      const lines = toLines(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[]);
      if (!needsPicture(lines)) {
        pages.push({ lines });
        continue;
      }
      pages.push({ lines, png: await drawPage(page) });
      page.cleanup();
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
