/**
 * A packet's photos are not held in memory: the packet is the document pdf-lib writes, then each
 * JPEG copied from the certificates folder as it is written. The picture must still be on its
 * page, and a photo that changes after the packet was made must fail the save, leaving nothing.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { partsToBytes, writeParts } from '../../../../../electron/core/files/file-parts';
import { certificatePath } from '../../../../../electron/core/files/certificate-store';
import { exportPacket, reportFor } from '../../../../../electron/core/pdf/exports';
import { tempDir } from '../../../helpers';
import { setUp } from './export-setup';
import { qpdfCheck } from './pdf-tools';

/** The colour at (`x`, `y`) points from the top left of page `page`, drawn by poppler at 72 dpi. */
function colourAt(file: string, page: number, x: number, y: number): [number, number, number] {
  const prefix = path.join(tempDir('recert-render-'), 'p');
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const at = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
}

describe('a packet with photos, written part by part', () => {
  it('carries each photo as it was attached (the JPEG bytes themselves), drawn on its page', async () => {
    const { ctx, store, dataDir } = await setUp(2);
    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    // The photo is a part copied from the certificates folder, not bytes made in memory.
    const jpg = store.data.attachments.find((a) => a.ext === 'jpg')!;
    const photoPath = certificatePath(dataDir, jpg.sha256, 'jpg');
    expect(packet.file.parts).toContainEqual({ path: photoPath, size: jpg.size, sha256: jpg.sha256 });
    const out = path.join(tempDir(), 'packet.pdf');
    await writeParts(out, packet.file);
    const written = await fs.readFile(out);
    expect(written.length).toBe(packet.file.size);
    expect(Buffer.from(await partsToBytes(packet.file)).equals(written)).toBe(true);
    expect(written.includes(await fs.readFile(photoPath))).toBe(true);
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    // The photo (flat grey 200, 300 × 190, drawn at 1.5×) sits under its caption, centred.
    const page = packet.pages.summary + packet.pages.index + 1;
    for (const channel of colourAt(out, page, 306, 250)) expect(Math.abs(channel - 200)).toBeLessThan(6);
    for (const channel of colourAt(out, page, 306, 500)) expect(channel).toBeGreaterThan(250);
  });

  it('fails the save when a photo changed after the packet was made, and leaves no file', async () => {
    const { ctx, store, dataDir } = await setUp(1);
    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    const jpg = store.data.attachments.find((a) => a.ext === 'jpg')!;
    const photoPath = certificatePath(dataDir, jpg.sha256, 'jpg');
    const bytes = await fs.readFile(photoPath);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0xff;
    await fs.chmod(photoPath, 0o644);
    await fs.writeFile(photoPath, bytes);
    const folder = tempDir();
    await expect(writeParts(path.join(folder, 'packet.pdf'), packet.file)).rejects.toThrow(
      /changed while the export was written\. Export again\./,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
