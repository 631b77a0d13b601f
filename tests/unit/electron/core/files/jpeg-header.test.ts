/**
 * A JPEG's size and precision are read from its frame header before anything is decoded: an image
 * over the pixel cap, or with 12-bit samples, is refused without being expanded in memory.
 */
import { describe, expect, it } from 'vitest';
import { inspectCertificate, jpegFrame } from '../../../../../electron/core/files/intake';
import { makeJpeg, withFrame } from './fixtures';

describe('a JPEG, judged by its header first', () => {
  it('reads the frame header of an ordinary JPEG', () => {
    expect(jpegFrame(makeJpeg(300, 190))).toMatchObject({ width: 300, height: 190, precision: 8, components: 3 });
    expect(jpegFrame(makeJpeg(300, 190))?.sampling).toHaveLength(3);
  });

  it('refuses an image over 40 megapixels before decoding it', async () => {
    // The exact words come from the header check (the decoder's own limit says it differently).
    const huge = withFrame(makeJpeg(64, 40), { width: 9000, height: 5000 });
    await expect(inspectCertificate(huge)).rejects.toThrow(
      'This image is 9000 × 5000 pixels; certificates can be at most 40 megapixels.',
    );
  });

  it('refuses 12-bit samples, and a JPEG with no frame header, with what to do', async () => {
    await expect(inspectCertificate(withFrame(makeJpeg(64, 40), { precision: 12 }))).rejects.toThrow(
      /12-bit samples.*ordinary 8-bit JPEG/,
    );
    const headless = new Uint8Array([0xff, 0xd8, 0xff, 0xd9, ...new Array(20).fill(0)]);
    await expect(inspectCertificate(headless)).rejects.toThrow(/damaged/);
  });
});
