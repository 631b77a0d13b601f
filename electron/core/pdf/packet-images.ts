/**
 * JPEG certificates in a packet without holding them in memory: each page draws an image object
 * whose number is reserved in the document pdf-lib writes; the objects themselves (the JPEG bytes,
 * embedded as they are, DCTDecode) are appended after it as an incremental update, copied from the
 * certificates folder when the file is written.
 */
import {
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import type { FilePart } from '../files/file-parts';

export interface StreamedJpeg {
  path: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  /** 1 grey, 3 RGB, 4 CMYK. */
  components: number;
  precision: number;
}

interface Placed extends StreamedJpeg {
  ref: PDFRef;
}

/** Draws `image` on `page` in the given box, through an object to be appended later. */
export function placeJpeg(
  out: PDFDocument,
  page: PDFPage,
  image: StreamedJpeg,
  box: { x: number; y: number; width: number; height: number },
  placed: Placed[],
): void {
  const ref = out.context.nextRef();
  const name = page.node.newXObject('Image', ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width, 0, 0, box.height, box.x, box.y),
    drawObject(name),
    popGraphicsState(),
  );
  placed.push({ ...image, ref });
}

const COLOR_SPACES: Record<number, string> = { 1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK' };
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** The offset of the last cross-reference section of a PDF pdf-lib wrote. */
function lastXref(base: Uint8Array): number {
  const tail = Buffer.from(base.subarray(Math.max(0, base.length - 64))).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('The packet has no cross-reference offset.');
  return Number(match[1]);
}

/**
 * The packet as parts: the document pdf-lib wrote, then each image object (its header in memory,
 * its bytes copied from the file), then a cross-reference section for them and a trailer that
 * points back to the document's own.
 */
export function withImages(base: Uint8Array, out: PDFDocument, placed: readonly Placed[]): FilePart[] {
  if (placed.length === 0) return [base];
  const parts: FilePart[] = [base];
  let offset = base.length;
  const entries: { number: number; offset: number }[] = [];
  const push = (part: FilePart) => {
    parts.push(part);
    offset += part instanceof Uint8Array ? part.length : part.size;
  };
  push(ascii('\n'));
  for (const image of placed) {
    entries.push({ number: image.ref.objectNumber, offset });
    const decode = image.components === 4 ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
    push(
      ascii(
        `${image.ref.objectNumber} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace ${COLOR_SPACES[image.components] ?? '/DeviceRGB'} /BitsPerComponent ${image.precision} /Filter /DCTDecode${decode} /Length ${image.size} >>\nstream\n`,
      ),
    );
    push({ path: image.path, size: image.size, sha256: image.sha256 });
    push(ascii('\nendstream\nendobj\n'));
  }
  const xrefAt = offset;
  const rows = entries.map((e) => `${e.number} 1\n${String(e.offset).padStart(10, '0')} 00000 n\r\n`).join('');
  const trailer = out.context.trailerInfo;
  const info = trailer.Info ? ` /Info ${trailer.Info.toString()}` : '';
  const id = trailer.ID ? ` /ID ${trailer.ID.toString()}` : '';
  push(
    ascii(
      `xref\n${rows}trailer\n<< /Size ${out.context.largestObjectNumber + 1} /Root ${trailer.Root!.toString()}${info}${id} /Prev ${lastXref(base)} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    ),
  );
  return parts;
}
