/** Certificate files made in the test itself: PDFs with pdf-lib, images with pngjs and jpeg-js, encryption with qpdf. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

export async function makePdf(text = 'Certificate of completion', pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++)
    doc.addPage([612, 792]).drawText(`${text} (${i + 1})`, { x: 72, y: 700, size: 18, font });
  return doc.save();
}

export function makePng(width = 64, height = 40): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([20, 120, 100, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

export function makeJpeg(width = 64, height = 40): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 200);
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data);
}

export async function makeEncryptedPdf(userPassword = 'user-pass', plainBytes?: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-pdf-'));
  const plain = path.join(dir, 'plain.pdf');
  const encrypted = path.join(dir, 'encrypted.pdf');
  writeFileSync(plain, plainBytes ?? (await makePdf()));
  execFileSync('qpdf', ['--encrypt', userPassword, 'owner-pass', '256', '--', plain, encrypted]);
  return new Uint8Array(readFileSync(encrypted));
}

/** A PDF protected against editing only: an owner password, no user password (it opens for anyone). */
export function makeOwnerOnlyPdf(plainBytes?: Uint8Array): Promise<Uint8Array> {
  return makeEncryptedPdf('', plainBytes);
}

/** A PDF of about `megabytes` (a valid one, padded with a large stream). */
export async function makeLargePdf(megabytes: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  // Random bytes do not compress, so the file really is this large.
  const padding = new Uint8Array(randomBytes(megabytes * 1024 * 1024));
  doc.attach(padding, 'padding.bin', { mimeType: 'application/octet-stream' });
  return doc.save({ useObjectStreams: false });
}

export const ELF_PROGRAM = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
export const HTML_PAGE = new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>');

/** A certificate PDF carrying JavaScript when it opens, a page action and a link that launches a program. */
export async function makeActivePdf(text = 'Certificate with actions'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText(text, { x: 72, y: 700, size: 18, font });
  const js = doc.context.register(
    doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
  );
  doc.catalog.set(PDFName.of('OpenAction'), js);
  page.node.set(PDFName.of('AA'), doc.context.obj({ O: js }));
  const launch = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 600, 300, 620],
    A: { S: 'Launch', F: PDFString.of('calc.exe') },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(launch)]));
  return doc.save({ useObjectStreams: false });
}

/** The same JPEG with its frame header saying something else. */
export function withFrame(
  bytes: Uint8Array,
  patch: { width?: number; height?: number; precision?: number },
): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let pos = 2; pos < out.length - 9;) {
    const marker = out[pos + 1] as number;
    const length = ((out[pos + 2] as number) << 8) | (out[pos + 3] as number);
    if (marker >= 0xc0 && marker <= 0xc3) {
      if (patch.precision !== undefined) out[pos + 4] = patch.precision;
      if (patch.height !== undefined) out.set([patch.height >> 8, patch.height & 0xff], pos + 5);
      if (patch.width !== undefined) out.set([patch.width >> 8, patch.width & 0xff], pos + 7);
      return out;
    }
    pos += 2 + length;
  }
  throw new Error('no frame header');
}
