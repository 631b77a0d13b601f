/**
 * The exports of one credential's cycle: the renewal summary, the submission packet (the
 * summary, an index, then every certificate merged in), and a ZIP of the original files.
 * A certificate that cannot be merged is listed with the reason; the export still succeeds.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb, type PDFFont } from '@cantoo/pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { zipSync } from 'fflate';
import { formatLongDate, type CalendarDate } from '../../../shared/domain/calendar-date';
import type { ReportKind } from '../../../shared/export-kinds';
import {
  buildRenewalReport,
  type RenewalReport,
  type ReportAttachment,
} from '../../../shared/domain/report/renewal-report';
import { evaluateStored } from '../evaluation';
import { AppError } from '../../../shared/errors';
import { certificatePath } from '../files/certificate-store';
import type { RecertDocument } from '../store/document';
import { addOutline } from './pdf-outline';
import { stampPages } from './packet-stamps';
import { FONT_FILES } from './fonts';
import { renderIndex, type IndexEntry } from './packet-pages';
import { renderSummaryPdf } from './summary-pdf';
import { openPdf } from '../files/pdf-open';
import { EXPORT_KINDS } from '../../../shared/export-kinds';
import { stripPageActions } from '../files/pdf-active';
import { fileParts, type FileParts } from '../files/file-parts';
import { jpegFrame } from '../files/jpeg-frame';
import { placeJpeg, withImages, type StreamedJpeg } from './packet-images';

export interface ExportRequest {
  /** The credential's id or its number. */
  credential: string;
  /** The cycle, by its start or its deadline; the current one when left out. */
  cycle?: CalendarDate;
}

export interface ExportContext {
  doc: RecertDocument;
  dataDir: string;
  today: CalendarDate;
  now: Date;
  fontDir: string;
  appVersion: string;
}

/** Finds the credential and cycle, and builds the report model. */
export function reportFor(request: ExportRequest, ctx: ExportContext): RenewalReport {
  const credential = ctx.doc.credentials.find(
    (c) => c.id === request.credential || (c.number !== '' && c.number === request.credential),
  );
  if (!credential)
    throw new AppError('not_found', `No credential with the id or number "${request.credential}".`, 'credential');
  const evaluation = evaluateStored(ctx.doc, ctx.today).find((e) => e.credentialId === credential.id);
  if (!evaluation || evaluation.cycles.length === 0) {
    throw new AppError(
      'invalid_input',
      `${evaluation?.code ?? 'This credential'} has no renewal cycles (it does not expire), so there is nothing to summarise.`,
      'credential',
    );
  }
  const cycle = request.cycle
    ? evaluation.cycles.find((c) => c.start === request.cycle || c.end === request.cycle)
    : evaluation.cycles[evaluation.currentIndex ?? 0];
  if (!cycle) {
    const list = evaluation.cycles.map((c) => c.start).join(', ');
    throw new AppError(
      'invalid_input',
      `No cycle of ${evaluation.code} starts or ends on ${request.cycle}. Its cycles start on: ${list}.`,
      'cycle',
    );
  }
  return buildRenewalReport({
    profile: ctx.doc.profile,
    evaluation,
    cycle,
    activities: ctx.doc.activities,
    attachments: ctx.doc.attachments,
    generatedAt: ctx.now.toISOString(),
  });
}

/** "NASM-CPT renewal summary 2025-03-10 to 2027-03-10.pdf" */
export function exportFileName(report: RenewalReport, kind: ReportKind): string {
  const what = kind === 'summary' ? 'renewal summary' : kind === 'packet' ? 'renewal packet' : 'certificates';
  const safe = `${report.credential.code} ${what} ${report.cycle.start} to ${report.cycle.end}`.replace(
    /[\\/:*?"<>|]/g,
    '-',
  );
  return `${safe}.${EXPORT_KINDS[kind].extension}`;
}

export async function exportSummary(report: RenewalReport, ctx: ExportContext): Promise<Buffer> {
  return renderSummaryPdf(report, { fontDir: ctx.fontDir, appVersion: ctx.appVersion });
}

type Loaded =
  | { attachment: ReportAttachment; kind: 'pdf'; pdf: PDFDocument; pages: number }
  /** A JPEG: only its header is kept; its bytes are copied into the packet when it is written. */
  | { attachment: ReportAttachment; kind: 'jpeg'; image: StreamedJpeg; pages: 1 }
  | { attachment: ReportAttachment; kind: 'image'; bytes: Buffer; pages: 1 }
  | { attachment: ReportAttachment; kind: 'problem'; problem: string; pages: 0 };

/** Reads one certificate for merging, or says why it cannot be merged. */
async function loadCertificate(attachment: ReportAttachment, dataDir: string): Promise<Loaded> {
  let bytes: Buffer;
  const file = certificatePath(dataDir, attachment.sha256, attachment.ext);
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { attachment, kind: 'problem', problem: 'The file is missing from the certificates folder.', pages: 0 };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
    return {
      attachment,
      kind: 'problem',
      problem: 'The file has changed since it was attached, so it is not the file this index identifies.',
      pages: 0,
    };
  }
  if (attachment.mime === 'image/jpeg') {
    const frame = jpegFrame(bytes);
    // 8-bit grey, RGB or CMYK (nearly every JPEG) goes in as it is; anything else through pdf-lib.
    if (frame && frame.precision === 8 && [1, 3, 4].includes(frame.components))
      return {
        attachment,
        kind: 'jpeg',
        image: { path: file, sha256: attachment.sha256, size: bytes.length, ...frame },
        pages: 1,
      };
  }
  if (attachment.mime !== 'application/pdf') return { attachment, kind: 'image', bytes, pages: 1 };
  const opened = await openPdf(bytes);
  if (opened.ok) return { attachment, kind: 'pdf', pdf: opened.doc, pages: opened.pages };
  return {
    attachment,
    kind: 'problem',
    problem:
      opened.reason === 'needs-password'
        ? 'The PDF needs a password to open and cannot be merged.'
        : 'The PDF could not be read.',
    pages: 0,
  };
}

export interface PacketResult {
  /** The packet, as parts: its photos are copied from the certificates folder when it is written. */
  file: FileParts;
  /** Certificates that were listed but not merged, with the reason. */
  problems: { ref: string; name: string; problem: string }[];
  pages: { summary: number; index: number; certificates: number };
}

export async function exportPacket(report: RenewalReport, ctx: ExportContext): Promise<PacketResult> {
  // The packet's stamps number every page: the summary inside it has no numbering of its own.
  const summaryBytes = await renderSummaryPdf(report, {
    fontDir: ctx.fontDir,
    appVersion: ctx.appVersion,
    inPacket: true,
  });
  const summary = await PDFDocument.load(summaryBytes);
  const loaded: Loaded[] = [];
  for (const attachment of report.attachments) loaded.push(await loadCertificate(attachment, ctx.dataDir));

  // The index lists page numbers that depend on its own length: render it once to count its pages.
  const entriesWith = (indexPages: number): IndexEntry[] => {
    let page = summary.getPageCount() + indexPages + 1;
    return loaded.map((l) => {
      if (l.kind === 'problem') return { attachment: l.attachment, pages: '', problem: l.problem };
      const first = page;
      page += l.pages;
      return { attachment: l.attachment, pages: l.pages > 1 ? `${first}–${first + l.pages - 1}` : String(first) };
    });
  };
  const draft = await PDFDocument.load(
    await renderIndex(entriesWith(1), report.title, ctx.fontDir, report.missingProof),
  );
  const indexPdf = await PDFDocument.load(
    await renderIndex(entriesWith(draft.getPageCount()), report.title, ctx.fontDir, report.missingProof),
  );
  const out = await PDFDocument.create();
  out.registerFontkit(fontkit);
  // The full font (pdf-lib's subsetting does not work with this fork), embedded once for every caption.
  const captionFont = loaded.some((l) => l.kind === 'image' || l.kind === 'jpeg')
    ? await out.embedFont(await fs.readFile(path.join(ctx.fontDir, FONT_FILES.regular)), { subset: false })
    : null;
  const outline: { title: string; pageIndex: number }[] = [{ title: 'Renewal summary', pageIndex: 0 }];
  const placed: Parameters<typeof placeJpeg>[4] = [];
  for (const page of await out.copyPages(summary, summary.getPageIndices())) out.addPage(page);
  outline.push({ title: 'Index of certificates', pageIndex: out.getPageCount() });
  for (const page of await out.copyPages(indexPdf, indexPdf.getPageIndices())) out.addPage(page);
  for (const l of loaded) {
    if (l.kind === 'problem') continue;
    outline.push({ title: `${l.attachment.ref} · ${l.attachment.name}`, pageIndex: out.getPageCount() });
    if (l.kind === 'pdf') {
      for (const page of await out.copyPages(l.pdf, l.pdf.getPageIndices())) {
        // The packet goes to a certifying body: no page of it runs anything.
        stripPageActions(page);
        out.addPage(page);
      }
    } else if (captionFont) {
      await addImagePage(out, l.attachment, l.kind === 'jpeg' ? l.image : l.bytes, captionFont, placed);
    }
  }
  await stampPages(out, outline);
  addOutline(out, outline);
  out.setTitle(report.title.replace('summary', 'packet'), { showInWindowTitleBar: true });
  out.setAuthor(report.holder.name);
  out.setSubject(report.subject);
  out.setKeywords([report.credential.code, 'continuing education', 'renewal packet']);
  out.setCreator(`Recert ${ctx.appVersion}`);
  out.setProducer('Recert (pdfkit, pdf-lib)');
  out.setCreationDate(ctx.now);
  out.setModificationDate(ctx.now);
  const base = await out.save({ useObjectStreams: false });
  return {
    file: fileParts(withImages(base, out, placed)),
    problems: loaded.flatMap((l) =>
      l.kind === 'problem' ? [{ ref: l.attachment.ref, name: l.attachment.name, problem: l.problem }] : [],
    ),
    pages: {
      summary: summary.getPageCount(),
      index: indexPdf.getPageCount(),
      certificates: loaded.reduce((n, l) => n + l.pages, 0),
    },
  };
}

const LETTER: [number, number] = [612, 792];
const MARGIN = 54;

/** One page for an image certificate: a caption, then the image scaled to fit (embedded as is, never re-encoded). */
async function addImagePage(
  out: PDFDocument,
  attachment: ReportAttachment,
  source: Buffer | StreamedJpeg,
  font: PDFFont,
  placed: Parameters<typeof placeJpeg>[4],
): Promise<void> {
  const page = out.addPage(LETTER);
  const width = LETTER[0] - 2 * MARGIN;
  let y = LETTER[1] - MARGIN - 12;
  page.drawText(`${attachment.ref} · ${attachment.name}`, {
    x: MARGIN,
    y,
    size: 11,
    font,
    color: rgb(0.09, 0.13, 0.16),
    maxWidth: width,
    lineHeight: 14,
  });
  y -= 16;
  page.drawText(`Proves: ${attachment.proves}`, {
    x: MARGIN,
    y,
    size: 9,
    font,
    color: rgb(0.33, 0.38, 0.43),
    maxWidth: width,
    lineHeight: 12,
  });
  const top = y - 14;
  const image = Buffer.isBuffer(source)
    ? attachment.mime === 'image/png'
      ? await out.embedPng(source)
      : await out.embedJpg(source)
    : source;
  const scale = Math.min(width / image.width, (top - MARGIN) / image.height, 1.5);
  const w = image.width * scale;
  const h = image.height * scale;
  const box = { x: MARGIN + (width - w) / 2, y: top - h, width: w, height: h };
  if (Buffer.isBuffer(source)) page.drawImage(image as Awaited<ReturnType<PDFDocument['embedJpg']>>, box);
  else placeJpeg(out, page, source, box, placed);
}

/** The original files, with readable names ("C1 – Corrective Exercise course – certificate.pdf"), and a manifest. */
export async function exportZip(report: RenewalReport, ctx: ExportContext): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const manifest = [`${report.title}`, `Generated ${formatLongDate(report.generatedAt.slice(0, 10))}`, ''];
  for (const a of report.attachments) {
    // Names were cleaned of control characters at intake; only characters file systems refuse remain.
    const readable = `${a.ref} – ${a.name}`.replace(/[\\/:*?"<>|]/g, '-');
    try {
      files[readable] = new Uint8Array(await fs.readFile(certificatePath(ctx.dataDir, a.sha256, a.ext)));
      manifest.push(`${readable}\tSHA-256 ${a.sha256}\tproves: ${a.proves}`);
    } catch {
      manifest.push(`${readable}\tMISSING from the certificates folder`);
    }
  }
  files['manifest.txt'] = new TextEncoder().encode(`${manifest.join('\n')}\n`);
  return zipSync(files, { level: 0 });
}
