/**
 * A JPEG's size and precision are read from its frame header before anything is decoded: an image
 * over the pixel cap, or with 12-bit samples, is refused without being expanded in memory.
 */
import { describe, expect, it } from 'vitest';
import { inspectCertificate, jpegFrame } from '../../../../../electron/core/files/intake';
import { makeJpeg } from './fixtures';

/** The same JPEG with its frame header saying something else. */
function withFrame(bytes: Uint8Array, patch: { width?: number; height?: number; precision?: number }): Uint8Array {
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

describe('a JPEG, judged by its header first', () => {
  it('reads the frame header of an ordinary JPEG', () => {
    expect(jpegFrame(makeJpeg(300, 190))).toEqual({ width: 300, height: 190, precision: 8 });
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
