/**
 * Intake of a certificate file, before anything is stored: the size (checked before
 * reading), the signature (whatever the name says), and a parse of what it claims to be
 * (pdf-lib for PDFs; a full decode for images, with the pixel count capped).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { fileTypeFromBuffer } from 'file-type';
import { PNG } from 'pngjs';
import { AppError } from '../../../shared/errors';
import { openPdf } from './pdf-open';
import { certificateTooLarge, MAX_CERTIFICATE_BYTES } from '../../../shared/limits';
import { cleanText } from '../../../shared/schemas/clean-text';
import { decodeJpeg } from './jpeg-decode';
import { jpegDecodeBudgetMB, jpegFrame } from './jpeg-frame';

export { jpegFrame };

export const MAX_FILE_BYTES = MAX_CERTIFICATE_BYTES;
export const MAX_PIXELS = 40_000_000;

export const ACCEPTED_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type AcceptedMime = keyof typeof ACCEPTED_TYPES;
export type AcceptedExt = (typeof ACCEPTED_TYPES)[AcceptedMime];

export const ACCEPTED_TEXT = 'Recert accepts certificates as PDF, PNG or JPEG files';

export interface InspectedFile {
  sha256: string;
  mime: AcceptedMime;
  ext: AcceptedExt;
  size: number;
  /** Pages for a PDF, pixels (width × height) for an image. */
  pages?: number;
  width?: number;
  height?: number;
  /** A PDF protected against editing only (an owner password): it opens, renders and merges. */
  editProtected?: boolean;
  /** Active content a PDF carries, in words (JavaScript, automatic actions…). */
  activeContent?: string[];
}

/** What a refused file really is, in words. */
const KIND_WORDS: Record<string, string> = {
  exe: 'a Windows program',
  elf: 'a program',
  macho: 'a program',
  zip: 'a ZIP archive',
  docx: 'a Word document',
  gif: 'a GIF image',
  webp: 'a WebP image',
  heic: 'a HEIC photo',
  tif: 'a TIFF image',
  bmp: 'a BMP image',
};

function rejected(message: string): AppError {
  return new AppError('file_rejected', message, 'file');
}

export function tooLargeMessage(size: number): string {
  return certificateTooLarge(size);
}

/** Checks a chosen path before reading a byte: refuses links, non-files and anything over the cap. Returns its size. */
export async function checkCandidate(path: string): Promise<number> {
  let stat;
  try {
    stat = await fs.lstat(path);
  } catch {
    throw rejected('The file could not be found or read. It may have been moved; choose it again.');
  }
  if (stat.isSymbolicLink()) throw rejected('That is a link to another file. Choose the file itself.');
  if (!stat.isFile()) throw rejected('That is not a file.');
  if (stat.size > MAX_FILE_BYTES) throw rejected(tooLargeMessage(stat.size));
  return stat.size;
}

/** The quick part of the checks: size, real type and hash. Throws `file_rejected` with the reason. */
export async function identifyCertificate(bytes: Uint8Array, sha256?: string): Promise<InspectedFile> {
  if (bytes.length === 0) throw rejected('The file is empty.');
  if (bytes.length > MAX_FILE_BYTES) throw rejected(tooLargeMessage(bytes.length));
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as AcceptedMime | undefined;
  if (!mime || !(mime in ACCEPTED_TYPES)) {
    const what = detected
      ? (KIND_WORDS[detected.ext] ?? `a .${detected.ext} file`)
      : 'not a file type Recert recognises';
    throw rejected(`${ACCEPTED_TEXT}. This file is ${what}, whatever its name says.`);
  }
  return {
    sha256: sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    mime,
    ext: ACCEPTED_TYPES[mime],
    size: bytes.length,
  };
}

/** The thorough part: a parse of what the file claims to be (PDF pages, image pixels). */
export async function checkCertificateContent(
  bytes: Uint8Array,
  mime: AcceptedMime,
): Promise<Pick<InspectedFile, 'pages' | 'width' | 'height' | 'editProtected' | 'activeContent'>> {
  if (mime === 'application/pdf') return checkPdf(bytes);
  return mime === 'image/png' ? checkPng(bytes) : await checkJpeg(bytes);
}

/** Checks bytes that claim to be a certificate. Throws `file_rejected` with the reason. */
export async function inspectCertificate(bytes: Uint8Array): Promise<InspectedFile> {
  const base = await identifyCertificate(bytes);
  return { ...base, ...(await checkCertificateContent(bytes, base.mime)) };
}

async function checkPdf(bytes: Uint8Array): Promise<{ pages: number; editProtected?: true; activeContent?: string[] }> {
  const opened = await openPdf(bytes);
  if (!opened.ok && opened.reason === 'needs-password')
    throw rejected(
      'This PDF needs a password to open, so it could not be checked or merged into a renewal packet. Save or print an unprotected copy and attach that.',
    );
  if (!opened.ok)
    throw rejected('This PDF is damaged and could not be read. Download or export it again and attach the new copy.');
  const { pages } = opened;
  if (pages < 1) throw rejected('This PDF has no pages. Download or export it again and attach the new copy.');
  return {
    pages,
    ...(opened.editProtected ? { editProtected: true as const } : {}),
    ...(opened.active.length > 0 ? { activeContent: opened.active } : {}),
  };
}

function checkPixels(width: number, height: number): void {
  if (width < 1 || height < 1) throw rejected('This image has no pixels.');
  if (width * height > MAX_PIXELS) {
    throw rejected(
      `This image is ${width} × ${height} pixels; certificates can be at most 40 megapixels. Save a smaller copy and try again.`,
    );
  }
}

function checkPng(bytes: Uint8Array): { width: number; height: number } {
  // The size is in the header (IHDR): check it before decoding, so a "decompression bomb" is never expanded.
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 26) throw rejected('This PNG image is damaged and could not be read.');
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  checkPixels(width, height);
  // What decoding holds in memory depends on the bit depth and channels too: 16-bit colour
  // doubles it. Refuse before decoding what would take more than an 8-bit RGBA image at the cap.
  const bitDepth = view.readUInt8(24);
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[view.readUInt8(25)] ?? 4;
  if ((width * height * channels * bitDepth) / 8 > MAX_PIXELS * 4)
    throw rejected(
      `This PNG image is ${width} × ${height} pixels in ${bitDepth}-bit colour, too large to check. Save it as an 8-bit PNG or a JPEG and try again.`,
    );
  try {
    const png = PNG.sync.read(view);
    return { width: png.width, height: png.height };
  } catch {
    throw rejected('This PNG image is damaged and could not be read. Save it again and attach the new copy.');
  }
}

async function checkJpeg(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  // Size and precision come from the header, before decoding, so an oversized image is never expanded.
  const frame = jpegFrame(bytes);
  if (!frame)
    throw rejected('This JPEG image is damaged and could not be read. Save it again and attach the new copy.');
  checkPixels(frame.width, frame.height);
  if (frame.precision !== 8)
    throw rejected(
      `This JPEG image uses ${frame.precision}-bit samples, which Recert cannot check. Save it as an ordinary 8-bit JPEG or a PDF and try again.`,
    );
  // Decoded off the host's event loop, with the memory this image's own subsampling needs.
  const decoded = await decodeJpeg({ bytes, budgetMB: jpegDecodeBudgetMB(frame), maxMP: MAX_PIXELS / 1_000_000 });
  if (!decoded.ok) {
    if (/maxResolutionInMP/i.test(decoded.message))
      throw rejected('This image is larger than 40 megapixels. Save a smaller copy and try again.');
    throw rejected('This JPEG image is damaged and could not be read. Save it again and attach the new copy.');
  }
  checkPixels(decoded.width, decoded.height);
  return { width: decoded.width, height: decoded.height };
}

/** The original name as display text only: no folders, no control characters, at most 200 characters. */
export function cleanDisplayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = cleanText(base).trim();
  const safe = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'certificate' : cleaned;
  return safe.slice(0, 200);
}
