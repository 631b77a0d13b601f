/**
 * Run by bench/packet.ts in two processes: `setup DIR` builds a data folder with 200
 * activities and 100 attachments (50 photos of about 2 MB, 50 one-page PDFs); `export DIR`
 * opens it in a fresh process, builds the packet and writes it to a file, timed, with the
 * process's peak RSS as the kernel counts it, next to its floor (reading and hashing the same
 * attachment bytes). bench/packet.ts runs it built to plain JavaScript, as the app runs.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from '@cantoo/pdf-lib';
import jpeg from 'jpeg-js';
import { certificatePath, storeCertificateFile } from '../electron/core/files/certificate-store';
import { exportPacket, reportFor } from '../electron/core/pdf/exports';
import { resolveFontDir } from '../electron/core/pdf/fonts';
import { Store } from '../electron/core/store/store';
import { writeParts } from '../electron/core/files/file-parts';
import path from 'node:path';
import type { Activity, Attachment } from '../shared/schemas/entities';

const [mode, dir] = process.argv.slice(2) as [string, string];
if (mode === 'setup') await setup(dir);
else await runExport(dir);

async function setup(dir: string): Promise<void> {
  const store = await Store.open({ dataDir: dir, owner: 'bench' });
  const stamp = new Date().toISOString();
  const credentialId = randomUUID();
  // One noisy 2 MB photo; the others differ by a JPEG comment, so each has its own hash.
  const width = 1400;
  const height = 1000;
  const photo = Buffer.from(jpeg.encode({ data: randomBytes(width * height * 4), width, height }, 92).data);
  const attachments: Attachment[] = [];
  const activities: Activity[] = [];
  for (let i = 0; i < 200; i++) {
    const id = randomUUID();
    activities.push({
      id,
      title: `Course ${i + 1}: resistance training for special populations`,
      provider: 'Provider',
      code: `CEP${i}`,
      completedOn: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      contactMinutes: 60,
      delivery: 'online',
      status: 'completed',
      notes: '',
      allocations: [{ credentialId, amountHundredths: 10, category: '', approval: 'approved' }],
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (i >= 100) continue;
    let bytes: Uint8Array;
    let ext: 'jpg' | 'pdf';
    if (i % 2 === 0) {
      const comment = Buffer.from(`photo ${i}`);
      const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
      bytes = Buffer.concat([photo.subarray(0, 2), segment, photo.subarray(2)]);
      ext = 'jpg';
    } else {
      const pdf = await PDFDocument.create();
      pdf.addPage([612, 792]).drawText(`Certificate ${i}`);
      bytes = await pdf.save();
      ext = 'pdf';
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await storeCertificateFile(dir, sha256, ext, bytes);
    attachments.push({
      id: randomUUID(),
      ownerType: 'activity',
      ownerId: id,
      role: 'certificate',
      sha256,
      ext,
      mime: ext === 'jpg' ? 'image/jpeg' : 'application/pdf',
      size: bytes.length,
      name: `certificate-${i}.${ext}`,
      addedAt: stamp,
    });
  }
  await store.mutate((doc) => ({
    doc: {
      ...doc,
      credentials: [
        {
          id: credentialId,
          typeId: 'nasm-cpt',
          number: 'CPT-1',
          issuedOn: '2025-03-10',
          notes: '',
          overrides: {},
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
      activities,
      attachments,
    },
    result: null,
  }));
  await store.close();
}

async function runExport(dir: string): Promise<void> {
  const store = await Store.open({ dataDir: dir, owner: 'bench' });
  const attachments = store.data.attachments;
  const ctx = {
    doc: store.data,
    dataDir: dir,
    today: '2026-11-22',
    now: new Date(),
    fontDir: resolveFontDir(),
    appVersion: 'bench',
  };

  const floorStart = performance.now();
  for (const a of attachments)
    createHash('sha256')
      .update(await fs.readFile(certificatePath(dir, a.sha256, a.ext)))
      .digest('hex');
  const floor = performance.now() - floorStart;

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const packet = await exportPacket(reportFor({ credential: 'CPT-1' }, ctx), ctx);
  // To the file, as the desktop app and the CLI save it.
  const out = path.join(dir, 'packet.pdf');
  const made = performance.now() - start;
  await writeParts(out, packet.file);
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  // The kernel's own peak for this process (kB), which a timer cannot miss.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  await store.close();
  const photoBytes = attachments.filter((a) => a.ext === 'jpg').reduce((n, a) => n + a.size, 0);
  console.log(
    JSON.stringify({
      figure: 'packet',
      activities: 200,
      attachments: 100,
      photo_mb_each: Number((photoBytes / 50 / 1024 / 1024).toFixed(2)),
      pages: packet.pages,
      output_mb: Number((packet.file.size / 1024 / 1024).toFixed(1)),
      ms_made: Number(made.toFixed(0)),
      ms: Number(ms.toFixed(0)),
      target_ms: 2000,
      floor: 'read + SHA-256 of the same attachments',
      floor_ms: Number(floor.toFixed(0)),
      peak_rss_mb: Number((Math.max(peak, maxRss) / 1024 / 1024).toFixed(0)),
      rss_before_mb: Number((baseline / 1024 / 1024).toFixed(0)),
      target_peak_mb: 300,
    }),
  );
}
