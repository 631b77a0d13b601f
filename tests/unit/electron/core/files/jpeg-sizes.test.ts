/**
 * Every valid photo up to the pixel cap is accepted, whatever its chroma subsampling (4:2:0,
 * 4:2:2, 4:4:4) and mode (baseline, progressive): the decoder's memory is sized from the photo's
 * own frame, and it decodes off the host's event loop. Over the cap is refused from the header,
 * before any decoding. (The whole matrix, 12 / 30 / 39.9 MP × three subsamplings × two modes,
 * with times and memory: `npm run bench -- jpeg`.)
 */
import { describe, expect, it } from 'vitest';
import { checkCertificateContent } from '../../../../../electron/core/files/intake';
import { decodeJpeg } from '../../../../../electron/core/files/jpeg-decode';
import { jpegDecodeBudgetMB, jpegFrame } from '../../../../../electron/core/files/jpeg-frame';
import { flatJpeg } from '../../../../fixtures/flat-jpeg';

const check = (bytes: Uint8Array) => checkCertificateContent(bytes, 'image/jpeg');

describe('photos up to 40 megapixels', () => {
  it.each(['4:4:4', '4:2:2', '4:2:0'] as const)('a 39.9 MP %s photo is accepted', async (subsampling) => {
    await expect(check(flatJpeg(7300, 5465, subsampling))).resolves.toMatchObject({ width: 7300, height: 5465 });
  });

  it('progressive photos too (30 MP 4:2:0, 12 MP 4:2:2)', async () => {
    await expect(check(flatJpeg(6325, 4743, '4:2:0', true))).resolves.toMatchObject({ width: 6325 });
    await expect(check(flatJpeg(4000, 3000, '4:2:2', true))).resolves.toMatchObject({ width: 4000 });
  });

  it('the budget follows the subsampling: a 4:4:4 photo needs more than a 4:2:0 one of the same size', () => {
    const budget = (s: '4:4:4' | '4:2:0') => jpegDecodeBudgetMB(jpegFrame(flatJpeg(6325, 4743, s))!);
    expect(budget('4:4:4')).toBeGreaterThan(budget('4:2:0') * 1.3);
    // The old fixed budget (the RGBA image twice over, 320 MB at the cap) was below both at 30 MP.
    expect(budget('4:2:0')).toBeGreaterThan(320);
  });

  it('a 48 MP photo is refused from its header, before any decoding, with its size', async () => {
    await expect(check(flatJpeg(8000, 6000, '4:2:0'))).rejects.toThrow(
      'This image is 8000 × 6000 pixels; certificates can be at most 40 megapixels.',
    );
  });

  it('a photo whose data is damaged is refused as damaged', async () => {
    const bytes = flatJpeg(640, 480, '4:2:0');
    // The huffman tables' segment marker overwritten: the scan cannot be decoded.
    const dht = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc4);
    bytes[dht + 1] = 0x01;
    await expect(check(bytes)).rejects.toThrow(/This JPEG image is damaged and could not be read/);
  });

  it('decodes off the event loop: the host answers other work while a photo decodes', async () => {
    let done = false;
    const decoding = decodeJpeg({ bytes: flatJpeg(4000, 3000, '4:4:4'), budgetMB: 400, maxMP: 40 }).then((r) => {
      done = true;
      return r;
    });
    // A decode on this thread would have finished before this turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    await expect(decoding).resolves.toEqual({ ok: true, width: 4000, height: 3000 });
  });
});
