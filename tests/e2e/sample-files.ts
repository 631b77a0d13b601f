/** Files a trainer would have on disk: a certificate PDF, a wrong photo, and a file that is not a certificate. */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
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
