/**
 * The reader on phone photos of the held-out certificate designs, per batch (design-floors.ts):
 * a change that helps the development designs only must not cost the held-out ones. One OCR
 * engine reads every batch; it is stopped when the file is done.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { measureDesigns } from '../../../../../bench/certificate-designs';
import { stopOcr } from '../../../../../electron/core/certificates/ocr';
import { BATCHES } from './design-floors';

afterAll(() => stopOcr());

describe('photos of certificates from designs the reader has not seen', () => {
  it.each(BATCHES)(
    'held-out designs $designs: no fewer right, and no more wrong shown as sure',
    async ({ designs, photoHeldOut }) => {
      const [r] = await measureDesigns('photo', ['held-out'], designs, true);
      expect(r!.wrongButSure, 'wrong while shown as sure').toBeLessThanOrEqual(photoHeldOut.wrongButSure);
      expect(r!.right, `${r!.right}/${r!.total}`).toBeGreaterThanOrEqual(photoHeldOut.right);
    },
    180_000,
  );
});
