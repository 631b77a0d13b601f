/** Intake against damaged and oversized files: refused from what can be checked before decoding. */
import { describe, expect, it } from 'vitest';
import { inspectCertificate } from '../../../../../electron/core/files/intake';
import { makePdf } from './fixtures';

describe('damaged PDFs', () => {
  it('every truncation of a valid PDF is refused as damaged (pdf-lib alone let most of them through)', async () => {
    const whole = await makePdf('Certificate of completion, cut short', 3);
    await expect(inspectCertificate(whole)).resolves.toMatchObject({ pages: 3 });
    const cuts = Array.from({ length: 120 }, (_, i) => Math.floor(((i + 1) * whole.length) / 121));
    const accepted: number[] = [];
    for (const cut of cuts) {
      const result = await inspectCertificate(whole.subarray(0, cut)).catch((e: Error) => e);
      if (!(result instanceof Error)) accepted.push(cut);
      else expect(result.message).toMatch(/This PDF is damaged|not a file type|PDF, PNG or JPEG/);
    }
    expect(accepted).toEqual([]);
  });

  it('a few bytes after %%EOF (some producers pad the file) are accepted; an update cut short after it is not', async () => {
    const whole = await makePdf('Certificate of completion, padded', 1);
    const padded = new Uint8Array([...whole, ...Buffer.from('\r\n\0\0  garbage from the producer \x1a\n')]);
    await expect(inspectCertificate(padded)).resolves.toMatchObject({ pages: 1 });
    const cutUpdate = new Uint8Array([...whole, ...Buffer.from('\n12 0 obj\n<< /Type /Annot')]);
    await expect(inspectCertificate(cutUpdate)).rejects.toMatchObject({
      message: expect.stringMatching(/This PDF is damaged/),
    });
    const spaces = new Uint8Array([...whole, ...Buffer.alloc(2000, 0x20)]);
    await expect(inspectCertificate(spaces)).resolves.toMatchObject({ pages: 1 });
    const tooMuch = new Uint8Array([...whole, ...Buffer.alloc(2000, 0x41)]);
    await expect(inspectCertificate(tooMuch)).rejects.toMatchObject({
      message: expect.stringMatching(/This PDF is damaged/),
    });
  });
});

describe('image decoding stays bounded', () => {
  it('a 16-bit RGBA PNG just under 40 megapixels is refused from its header, before decoding', async () => {
    // Only the header: the refusal must come before any pixel is read.
    const header = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(7000, 16);
    header.writeUInt32BE(5700, 20);
    header.writeUInt8(16, 24);
    header.writeUInt8(6, 25);
    await expect(inspectCertificate(new Uint8Array(header))).rejects.toMatchObject({
      code: 'file_rejected',
      message: expect.stringMatching(/7000 × 5700 pixels in 16-bit colour, too large to check/),
    });
  });
});
