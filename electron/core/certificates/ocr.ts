/**
 * On-device OCR with tesseract.js: its engine (WebAssembly) comes from the installed package
 * (`tesseract.js-core`) and its models from resources/ocr (shipped with Recert), read from disk;
 * the cache is off, so nothing is fetched or written. Recognition runs in tesseract.js's own
 * worker thread, one image at a time; a job can be cancelled (the worker is ended and a new one
 * starts with the next job). The worker is kept for a minute after its last job, then ended.
 */
import { AppError } from '../../../shared/errors';
import { resourceDir } from '../resources';
import { onShutdown } from '../shutdown';
import { columnStarts, splitRow, type TextCell } from '../../../shared/domain/certificate-reading/layout';
import { ocrLetters } from '../../../shared/domain/certificate-reading/ocr-letters';

const IDLE_MS = 60_000;

type Worker = import('tesseract.js').Worker;
type PSM = import('tesseract.js').PSM;
interface Engine {
  worker: Worker;
  /** Tesseract's page segmentation mode for each way of cutting a page (OcrJob.layout). */
  pageSeg: Record<'block' | 'auto', PSM>;
}
interface Running {
  engine: Promise<Engine>;
  progress: (fraction: number) => void;
}
let current: Running | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * The languages read, each a model in resources/ocr. The twelve European languages and
 * Vietnamese keep holders' names whole (ł, ś, ø, ã, ő, ė, ș, ğ, þ, ễ: English alone drops or
 * swaps them); English comes last, which read more of the development designs' fields right than
 * English first (photos 331 of 369 against 325; scans 326 against 321; English alone 316 and 314).
 */
export const OCR_LANGUAGES = [
  'fra',
  'deu',
  'pol',
  'por',
  'spa',
  'ces',
  'hun',
  'dan',
  'isl',
  'lit',
  'vie',
  'ron',
  'tur',
  'eng',
] as const;

/** Where the models are (Tesseract's LSTM "best_int" models: smaller and more accurate than the legacy ones). */
export function modelDir(): string {
  return resourceDir('ocr', 'eng.traineddata.gz');
}

function start(): Running {
  const running: Running = { progress: () => undefined, engine: undefined as unknown as Promise<Engine> };
  running.engine = (async () => {
    const { createWorker, OEM, PSM } = await import('tesseract.js');
    const worker = await createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
      langPath: modelDir(),
      gzip: true,
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => {
        if (m.status === 'recognizing text') running.progress(m.progress);
      },
      errorHandler: () => undefined,
    });
    // Photos carry no resolution; saying one keeps the engine from guessing it (and printing that it did).
    await worker.setParameters({ user_defined_dpi: '300' });
    return { worker, pageSeg: { block: PSM.SINGLE_BLOCK, auto: PSM.AUTO } };
  })();
  return running;
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  if (current === running) current = undefined;
  try {
    await (await running.engine).worker.terminate();
  } catch {
    // Already gone.
  }
}

export interface OcrJob {
  progress?: (fraction: number) => void;
  signal?: AbortSignal;
  /**
   * How the page is cut into text: as one block (the default: a certificate's centred lines and a
   * card's text read best so), or found by the engine's page layout analysis ("auto": a ruled
   * table or columns, which the one-block pass may drop whole).
   */
  layout?: 'block' | 'auto';
}

const cancelled = () => new AppError('cancelled', 'Reading was cancelled.');

type Line = import('tesseract.js').Line;

/** A word that is only a table's rule, as OCR reads it ("|", "]"). */
const RULE = /^[|[\]¦]+$/;

/** The middle value (a line's letter height, robust to one tall or squashed word). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * What OCR read, as cells (like a PDF's text layer, pdf-pages.ts): each line's words, split
 * into cells (splitRow: a table's columns, a footer's parts), with the letters' height
 * in pixels as the size, and the engine's confidence in its least sure word (0–1).
 */
export function cellsOfLines(lines: readonly Line[]): TextCell[] {
  const cells: TextCell[] = [];
  let columns: number[] = [];
  for (const line of lines) {
    const words = line.words.filter((w) => w.text.trim()).sort((a, b) => a.bbox.x0 - b.bbox.x0);
    const size = median(words.filter((w) => !RULE.test(w.text)).map((w) => w.bbox.y1 - w.bbox.y0)) || 10;
    // A ruled table's lines, read as bars between its cells: each bar ends a cell.
    const between: (typeof words)[] = [[]];
    for (const word of words) {
      if (RULE.test(word.text)) between.push([]);
      else between.at(-1)!.push(word);
    }
    const runs = between.flatMap((part) => splitRow(part, (w) => ({ x: w.bbox.x0, right: w.bbox.x1, size }), columns));
    if (runs.length === 0) continue;
    const row = runs.map((run) => {
      const first = run[0]!;
      const last = run.at(-1)!;
      return {
        text: run.map((w) => w.text).join(' '),
        size,
        x: first.bbox.x0,
        y: line.bbox.y1,
        width: last.bbox.x1 - first.bbox.x0,
        confidence: Math.min(...run.map((w) => w.confidence)) / 100,
      };
    });
    cells.push(...row);
    columns = columnStarts(row);
  }
  return cells;
}

/** The text in an image (PNG or JPEG bytes), as cells in reading order. */
export function recognise(image: Uint8Array, job: OcrJob = {}): Promise<TextCell[]> {
  const run = queue.then(async () => {
    if (job.signal?.aborted) throw cancelled();
    clearTimeout(idle);
    const running = (current ??= start());
    running.progress = job.progress ?? (() => undefined);
    // Ending the worker leaves its pending job unanswered: the abort answers it instead.
    let onAbort = () => undefined as void;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        reject(cancelled());
        void stop(running);
      };
    });
    job.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const { worker, pageSeg } = await Promise.race([running.engine, aborted]);
      await worker.setParameters({ tessedit_pageseg_mode: pageSeg[job.layout ?? 'block'] });
      const result = await Promise.race([
        worker.recognize(Buffer.from(image), { rotateAuto: true }, { blocks: true, text: false }),
        aborted,
      ]);
      if (job.signal?.aborted) throw cancelled();
      const lines = (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      return ocrLetters(cellsOfLines(lines));
    } catch (error) {
      if (job.signal?.aborted) throw cancelled();
      await stop(running);
      throw error instanceof AppError
        ? error
        : new AppError('internal', 'Recert could not read the text in this picture.');
    } finally {
      job.signal?.removeEventListener('abort', onAbort);
      idle = setTimeout(() => void stop(current), IDLE_MS);
      idle.unref?.();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Ends the worker now (tests, the CLI after its command, the app on quit). */
export function stopOcr(): Promise<void> {
  clearTimeout(idle);
  return stop(current);
}
onShutdown(stopOcr);
