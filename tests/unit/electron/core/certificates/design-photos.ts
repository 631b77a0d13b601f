/**
 * The reader on phone photos of the held-out certificate designs, per batch (design-floors.ts):
 * a change that helps the development designs only must not cost the held-out ones. The batches
 * are read in two halves, one per test file, so that the two run side by side (OCR keeps one core
 * busy); each file's OCR engine reads all its batches and is stopped when the file is done.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { measureDesigns } from '../../../../../bench/certificate-designs';
import { stopOcr } from '../../../../../electron/core/certificates/ocr';
import { DESIGNS } from '../../../../fixtures/certificates/designs/designs';
import { BATCHES } from './design-floors';

const heldOut = ([from, to]: [number, number]) =>
  DESIGNS.filter((d) => {
    const n = Number(/^d(\d+)/.exec(d.id)?.[1]);
    return d.split === 'held-out' && n >= from && n <= to;
  }).length;

/** The batches in order, cut where half of the held-out designs have been read. */
export function half(which: 'first' | 'second'): typeof BATCHES {
  const total = BATCHES.reduce((n, b) => n + heldOut(b.designs), 0);
  let seen = 0;
  return BATCHES.filter((b) => {
    const first = seen < total / 2;
    seen += heldOut(b.designs);
    return which === 'first' ? first : !first;
  });
}

export function describePhotoFloors(which: 'first' | 'second'): void {
  afterAll(() => stopOcr());

  describe(`photos of certificates from designs the reader has not seen (${which} half of the batches)`, () => {
    it.each(half(which))(
      'held-out designs $designs: no fewer right, and no more wrong shown as sure',
      async ({ designs, photoHeldOut }) => {
        const [r] = await measureDesigns('photo', ['held-out'], designs, true);
        expect(r!.wrongButSure, 'wrong while shown as sure').toBeLessThanOrEqual(photoHeldOut.wrongButSure);
        expect(r!.right, `${r!.right}/${r!.total}`).toBeGreaterThanOrEqual(photoHeldOut.right);
      },
      180_000,
    );
  });
}
