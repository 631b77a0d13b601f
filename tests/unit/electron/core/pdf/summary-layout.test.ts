/** The summary's layout: the attestation stays with the rest whenever it fits, and never splits. */
import { describe, expect, it } from 'vitest';
import { exportPacket, exportSummary, reportFor } from '../../../../../electron/core/pdf/exports';
import { partsToBytes } from '../../../../../electron/core/files/file-parts';
import { setUp } from './export-setup';
import { pdfInfo, pdfText, saveTemp } from './pdf-tools';

async function summary(activities: number): Promise<string> {
  const { ctx } = await setUp(activities, false);
  return saveTemp(await exportSummary(reportFor({ credential: 'CPT-123456' }, ctx()), ctx()));
}

describe('the summary’s attestation', () => {
  it('fits on page 1 with a short cycle (it used to sit alone on page 2)', async () => {
    const file = await summary(1);
    expect(pdfInfo(file).Pages).toBe('1');
    expect(pdfText(file, 1)).toMatch(/Attestation[\s\S]*Signature\s+Date/);
  });

  it('moves whole to the next page when it does not fit, heading, text and signature lines together', async () => {
    for (const n of [2, 3, 4, 5, 8]) {
      const file = await summary(n);
      const pages = Number(pdfInfo(file).Pages);
      const withHeading = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1)).filter((t) =>
        t.includes('Attestation'),
      );
      expect(withHeading).toHaveLength(1);
      expect(withHeading[0]).toMatch(/Attestation[\s\S]*true copies of the originals I hold\.[\s\S]*Signature/);
    }
  });
});

describe('the packet’s pages', () => {
  it('are numbered across the whole packet, and each certificate page carries its reference', async () => {
    const { ctx } = await setUp(2, true);
    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    const file = saveTemp(await partsToBytes(packet.file));
    const pages = Number(pdfInfo(file).Pages);
    const first = packet.pages.summary + packet.pages.index;
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      if (p <= first) expect(text).toMatch(new RegExp(`(^|\\n)\\s*Packet page ${p} of ${pages}`));
      else expect(text).toMatch(new RegExp(`C\\d+ · packet page ${p} of ${pages}`));
    }
    // The CES PDF (2 pages) is C2 on both of its pages, as the index says.
    expect(pdfText(file, first + 2)).toContain(`C2 · packet page ${first + 2} of ${pages}`);
    expect(pdfText(file, first + 3)).toContain(`C2 · packet page ${first + 3} of ${pages}`);
  });
});
