/** Files a trainer would have on disk: a certificate PDF, a wrong photo, and a file that is not a certificate. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { UserFile } from './fixtures';

export async function certificatePdf(name = 'CES certificate.pdf'): Promise<UserFile> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([792, 612]);
  page.drawText('Certificate of Completion', { x: 200, y: 420, size: 32, font });
  page.drawText('NASM Corrective Exercise Specialist', { x: 210, y: 360, size: 20, font });
  page.drawText('1.9 CEU · 15 Sep 2025', { x: 300, y: 320, size: 16, font });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) };
}

export function wrongPng(name = 'wrong photo.png'): UserFile {
  const png = new PNG({ width: 120, height: 80 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 60, 60, 255], i);
  return { name, mimeType: 'image/png', buffer: PNG.sync.write(png) };
}

export const notAPdf: UserFile = {
  name: 'notes.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('<html><body>not a pdf</body></html>'),
};

/** A certificate from the project's corpus (tests/fixtures/certificates). */
export function corpusFile(name: string): UserFile {
  const buffer = readFileSync(path.resolve(import.meta.dirname, '../fixtures/certificates', name));
  const mimeType = name.endsWith('.pdf') ? 'application/pdf' : name.endsWith('.png') ? 'image/png' : 'image/jpeg';
  return { name, mimeType, buffer };
}

/** Drops `files` on the element at `selector`, as files dragged from the desktop would be. */
export async function dropFiles(page: Page, selector: string, files: UserFile[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (all) => {
      const data = new DataTransfer();
      for (const { name, type, bytes } of all) data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return data;
    },
    files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] })),
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

/** A large photo of nothing but noise: slow to read, so a reading of it can be cancelled. */
export function noisyPhoto(name = 'blurry.jpg'): UserFile {
  const width = 2600;
  const height = 2000;
  const data = Buffer.alloc(width * height * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const v = seed & 0xff;
    data.set([v, v, v, 255], i);
  }
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(jpeg.encode({ data, width, height }, 80).data) };
}
