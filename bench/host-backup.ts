/**
 * A large backup through the browser host, both ways, as a user runs it (run by hand:
 * `npx tsx bench/host-backup.ts`; about 1.5 GB of temp files). The host is the built one
 * (`npm run web`'s), in its own process. 22 certificates of 20 MB (440 MB) are attached; the
 * backup is made and downloaded from /files/<id> to a file, uploaded to a second host as a stream
 * and restored there. Prints sizes, times, and each host's peak RSS (VmHWM, as the kernel counts it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PDFDocument } from '@cantoo/pdf-lib';

const root = path.resolve(import.meta.dirname, '..');
const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'recert-host-backup-'));

interface Host {
  child: ChildProcess;
  base: string;
  token: string;
}

async function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/web.mjs'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(out);
      if (m) resolve(`${m[1]} ${m[2]}`);
    });
  });
  const [base, token] = url.split(' ') as [string, string];
  return { child, base, token };
}

/** The host's peak RSS so far, then stops it. */
async function stopHost(host: Host): Promise<number> {
  const status = readFileSync(`/proc/${host.child.pid}/status`, 'utf8');
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  host.child.kill('SIGTERM');
  await new Promise((r) => host.child.on('exit', r));
  return peak;
}

type Answer = { id: string; downloadPath: string; certificates: number };

async function call(host: Host, method: string, input: unknown): Promise<Answer> {
  const r = await fetch(`${host.base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-recert-token': host.token },
    body: JSON.stringify(input),
  });
  const answer = (await r.json()) as { ok: boolean; value?: Answer; error?: { message: string } };
  if (!answer.ok || !answer.value) throw new Error(`${method}: ${answer.error?.message}`);
  return answer.value;
}

try {
  const first = await startHost(path.join(temp, 'a'));
  const credential = await call(first, 'credentials:add', { typeId: 'nasm-cpt', issuedOn: '2025-03-10' });
  for (let i = 0; i < 22; i++) {
    const doc = await PDFDocument.create();
    doc.addPage([612, 792]).drawText(`Certificate ${i}`);
    doc.attach(new Uint8Array(randomBytes(20 * 1024 * 1024)), 'scan.bin', { mimeType: 'application/octet-stream' });
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    await call(first, 'attachments:upload', {
      ownerType: 'credential',
      ownerId: credential.id,
      name: `c${i}.pdf`,
      dataBase64: bytes.toString('base64'),
    });
  }
  let t = performance.now();
  const made = await call(first, 'backup:create', {});
  const file = path.join(temp, 'backup.zip');
  const response = await fetch(`${first.base}${made.downloadPath}`, { headers: { 'x-recert-token': first.token } });
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(file));
  const madeMs = performance.now() - t;
  const size = (await fs.stat(file)).size;
  const firstPeak = await stopHost(first);

  const second = await startHost(path.join(temp, 'b'));
  t = performance.now();
  const uploaded = await fetch(`${second.base}/upload`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-recert-token': second.token },
    body: Readable.toWeb(createReadStream(file)) as never,
    duplex: 'half',
  } as RequestInit).then((r) => r.json() as Promise<{ ok: boolean; value: { fileId: string } }>);
  const restored = await call(second, 'backup:restore', { fileId: uploaded.value.fileId });
  const restoreMs = performance.now() - t;
  const secondPeak = await stopHost(second);
  console.log(
    JSON.stringify({
      figure: 'browser host backup, both ways',
      certificates_mb: 440,
      backup_mb: Number((size / 1024 / 1024).toFixed(0)),
      create_and_download_ms: Number(madeMs.toFixed(0)),
      upload_and_restore_ms: Number(restoreMs.toFixed(0)),
      restored_certificates: restored.certificates,
      host_peak_rss_mb: { making: Number(firstPeak.toFixed(0)), restoring: Number(secondPeak.toFixed(0)) },
    }),
  );
} finally {
  await fs.rm(temp, { recursive: true, force: true });
}
