/**
 * The reader on certificate designs it was not written against (tests/fixtures/certificates/
 * designs), per split. This records where it stands (issue: ≥ 98% and nothing wrong while shown
 * as sure on the held-out split is the goal, not yet met) and fails if a change makes either
 * split worse: a change that helps the development designs only must not cost the held-out ones.
 */
import { describe, expect, it } from 'vitest';
import { measureDesigns } from '../../../../../bench/certificate-designs';
import { DESIGNS } from '../../../../fixtures/certificates/designs/designs';

/**
 * Where the reader stands. Designs 16–45 measured before any tuning on them: dev 116 and 18,
 * held-out 64 and 4; designs 46–60 made after tuning on 1–45, read on first sight: 73/86 fields
 * right, 4 wrong while shown as sure (all in their development part). Designs 61–75, written
 * in one go and read on first sight: development 47/63 fields (4 wrong while sure), held-out
 * 29/32 (1 wrong while sure, in the held-out part, never looked at: it is the 1 allowed below,
 * a record of where the reader stands, not the goal of 0). After tuning on their development
 * part only: development 303/307, held-out 139/153.
 */
/** Photos of the held-out designs (OCR), designs 1–75. */
const PHOTO_HELD_OUT_RIGHT = 120;

const FLOOR = {
  dev: { right: 303, wrongButSure: 0 },
  'held-out': { right: 139, wrongButSure: 1 },
};

describe('certificates from designs the reader has not seen', () => {
  it('splits by design: a third of the designs are held out', () => {
    expect(DESIGNS.filter((d) => d.split === 'held-out').length).toBe(Math.floor(DESIGNS.length / 3));
  });

  it('reads no fewer fields right, and shows no more wrong fields as sure, on either split', async () => {
    for (const r of await measureDesigns()) {
      expect(r.right, `${r.split}: ${r.right}/${r.total}`).toBeGreaterThanOrEqual(FLOOR[r.split].right);
      expect(r.wrongButSure, `${r.split}: wrong while shown as sure`).toBeLessThanOrEqual(FLOOR[r.split].wrongButSure);
    }
  }, 60_000);

  it('photos of the held-out designs: no field wrong while shown as sure, and no fewer right', async () => {
    const [r] = await measureDesigns('photo', ['held-out']);
    expect(r!.wrongButSure, 'wrong while shown as sure').toBe(0);
    expect(r!.right, `${r!.right}/${r!.total}`).toBeGreaterThanOrEqual(PHOTO_HELD_OUT_RIGHT);
  }, 180_000);
});
