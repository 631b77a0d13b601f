import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/schemas/entities';
import { certificatesDir } from '../../../../../electron/core/files/certificate-store';
import { checkCandidate, cleanDisplayName } from '../../../../../electron/core/files/intake';
import { openCore, snapshotDir, tempDir } from '../../../helpers';
import {
  ELF_PROGRAM,
  HTML_PAGE,
  makeEncryptedPdf,
  makeJpeg,
  makeLargePdf,
  makeOwnerOnlyPdf,
  makePdf,
  makePng,
} from './fixtures';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function withActivity() {
  const core = await openCore();
  const added = await core.dispatch('activities:add', {
    title: 'Corrective Exercise course',
    completedOn: '2025-09-15',
    contactMinutes: 900,
    status: 'completed',
  });
  if (!added.ok) throw new Error('setup');
  const activity = added.value as Activity;
  const upload = (name: string, bytes: Uint8Array, ownerId = activity.id) =>
    core.dispatch('attachments:upload', { ownerType: 'activity', ownerId, name, dataBase64: b64(bytes) });
  return { ...core, activity, upload };
}

let encrypted: Uint8Array;
let large: Uint8Array;
beforeAll(async () => {
  encrypted = await makeEncryptedPdf();
  large = await makeLargePdf(30);
});

describe('certificate intake refuses, changing nothing', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string, RegExp]> = [
    [
      'an executable renamed .pdf',
      () => ELF_PROGRAM,
      'certificate.pdf',
      /accepts certificates as PDF, PNG or JPEG files. This file is a program, whatever its name says/,
    ],
    [
      'an HTML file renamed .png',
      () => HTML_PAGE,
      'photo.png',
      /PDF, PNG or JPEG.*not a file type Recert recognises, whatever its name says/,
    ],
    ['an empty file', () => new Uint8Array(0), 'empty.pdf', /The file is empty/],
    ['a PDF that needs a password to open', () => encrypted, 'locked.pdf', /This PDF needs a password to open/],
    ['a broken PDF', async () => (await makePdf()).subarray(0, 40), 'broken.pdf', /This PDF (is damaged|has no pages)/],
    ['a broken PNG', () => makePng().subarray(0, 60), 'broken.png', /This PNG image is damaged/],
  ];

  it.each(cases)('%s', async (_label, bytes, name, message) => {
    const { upload, store, dataDir } = await withActivity();
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    const hadFolder = existsSync(certificatesDir(dataDir));
    const result = await upload(name, await bytes());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file_rejected', message: expect.stringMatching(message) },
    });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);
    // Not even an empty certificates folder (the first upload of a new data folder stages there).
    expect(existsSync(certificatesDir(dataDir))).toBe(hadFolder);
  });

  it('a 30 MB PDF, uploaded: refused by size before it is decoded', async () => {
    const { upload, store, dataDir } = await withActivity();
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    expect(large.length).toBeGreaterThan(30 * 1024 * 1024);
    const result = await upload('big.pdf', large);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/larger than 25 MB/) },
    });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);
  });

  it('a 30 MB PDF, from disk: refused by its size before it is read', async () => {
    const file = path.join(tempDir(), 'big.pdf');
    await fs.writeFile(file, large);
    await expect(checkCandidate(file)).rejects.toMatchObject({
      code: 'file_rejected',
      message: expect.stringMatching(/is 30\.\d MB; certificates can be at most 25 MB/),
    });
  });

  it('a link to a file is refused', async () => {
    const dir = tempDir();
    await fs.writeFile(path.join(dir, 'real.pdf'), await makePdf());
    await fs.symlink(path.join(dir, 'real.pdf'), path.join(dir, 'link.pdf'));
    await expect(checkCandidate(path.join(dir, 'link.pdf'))).rejects.toMatchObject({ code: 'file_rejected' });
  });
});

describe('certificate intake accepts', () => {
  it('a PDF protected only against editing (no password to open), and says which it was', async () => {
    const { upload } = await withActivity();
    const result = await upload('provider certificate.pdf', await makeOwnerOnlyPdf());
    expect(result).toMatchObject({
      ok: true,
      value: {
        attachment: { ext: 'pdf' },
        note: expect.stringMatching(/^This PDF is protected against editing \(not against opening\)/),
      },
    });
  });

  it('a PDF, stored as certificates/<sha256>.pdf with mode 0600', async () => {
    const { upload, dataDir } = await withActivity();
    const result = await upload('NASM CES certificate.pdf', await makePdf());
    expect(result.ok).toBe(true);
    const { attachment } = (
      result as { value: { attachment: { sha256: string; ext: string; name: string; mime: string } } }
    ).value;
    expect(attachment).toMatchObject({ ext: 'pdf', mime: 'application/pdf', name: 'NASM CES certificate.pdf' });
    const stored = path.join(certificatesDir(dataDir), `${attachment.sha256}.pdf`);
    expect((await fs.stat(stored)).mode & 0o777).toBe(0o600);
  });

  it('PNG and JPEG images', async () => {
    const { upload } = await withActivity();
    expect(await upload('card-front.png', makePng())).toMatchObject({
      ok: true,
      value: { attachment: { ext: 'png' } },
    });
    expect(await upload('card-back.jpg', makeJpeg())).toMatchObject({
      ok: true,
      value: { attachment: { ext: 'jpg' } },
    });
  });

  it('a file named ../../escape.pdf stays inside certificates/, its name only display text', async () => {
    const { upload, dataDir } = await withActivity();
    const result = await upload('../../escape.pdf', await makePdf());
    expect(result).toMatchObject({ ok: true, value: { attachment: { name: 'escape.pdf' } } });
    expect(existsSync(path.join(dataDir, '..', 'escape.pdf'))).toBe(false);
    expect(existsSync(path.join(dataDir, '..', '..', 'escape.pdf'))).toBe(false);
    const names = await fs.readdir(certificatesDir(dataDir));
    expect(names.every((n) => /^[0-9a-f]{64}\.pdf$/.test(n))).toBe(true);
  });

  it('a Unicode name is kept as it is', async () => {
    const { upload } = await withActivity();
    const result = await upload('Zertifikat – Zoë Müller-Łukasik 証明書.pdf', await makePdf());
    expect(result).toMatchObject({
      ok: true,
      value: { attachment: { name: 'Zertifikat – Zoë Müller-Łukasik 証明書.pdf' } },
    });
  });

  it('eight uploads of one file to one activity at once make one record; the others are told it is there', async () => {
    const { upload, store } = await withActivity();
    const pdf = await makePdf('Concurrent');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(`copy ${i}.pdf`, pdf)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(7).fill('conflict'));
    expect(store.data.attachments).toHaveLength(1);
  });

  it('the same file twice is stored once, and the user is told where it already is', async () => {
    const { upload, dispatch, dataDir, store } = await withActivity();
    const pdf = await makePdf('Same bytes');
    await upload('first.pdf', pdf);
    const again = await upload('again.pdf', pdf);
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already attached here \(as “first.pdf”\)/) },
    });
    const other = await dispatch('activities:add', {
      title: 'Second course',
      completedOn: '2025-10-01',
      contactMinutes: 60,
      status: 'completed',
    });
    const otherId = (other as { value: Activity }).value.id;
    const second = await upload('copy.pdf', pdf, otherId);
    expect(second).toMatchObject({
      ok: true,
      value: { alsoAttachedTo: ['the activity “Corrective Exercise course”'] },
    });
    expect(await fs.readdir(certificatesDir(dataDir))).toHaveLength(1);
    expect(store.data.attachments).toHaveLength(2);
  });

  it('cleans names: folders, control characters and direction overrides', () => {
    expect(cleanDisplayName('C:\\Users\\zoe\\Desktop\\cert.pdf')).toBe('cert.pdf');
    expect(cleanDisplayName('/etc/../cert\u0000\u0007.pdf')).toBe('cert.pdf');
    expect(cleanDisplayName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanDisplayName('..')).toBe('certificate');
  });
});

describe('removing, undo and integrity', () => {
  it('removing the last reference moves the file out; undo brings it back', async () => {
    const { upload, dispatch, dataDir } = await withActivity();
    const added = await upload('cert.pdf', await makePdf());
    const { attachment } = (added as { value: { attachment: { id: string; sha256: string } } }).value;
    const file = path.join(certificatesDir(dataDir), `${attachment.sha256}.pdf`);
    const removed = await dispatch('attachments:remove', { id: attachment.id });
    expect(removed.ok).toBe(true);
    expect(existsSync(file)).toBe(false);
    await dispatch('attachments:restore', {
      attachment: (removed as { value: { attachment: object } }).value.attachment,
    });
    expect(existsSync(file)).toBe(true);
    const read = await dispatch('attachments:read', { id: attachment.id });
    expect(read.ok && (read.value as { mime: string }).mime).toBe('application/pdf');
  });

  it('a file still used elsewhere stays when one attachment is removed', async () => {
    const { upload, dispatch, dataDir } = await withActivity();
    const pdf = await makePdf('shared');
    const first = await upload('a.pdf', pdf);
    const other = await dispatch('activities:add', {
      title: 'Other',
      completedOn: '2025-10-01',
      contactMinutes: 60,
      status: 'completed',
    });
    await upload('b.pdf', pdf, (other as { value: Activity }).value.id);
    const { attachment } = (first as { value: { attachment: { id: string; sha256: string } } }).value;
    await dispatch('attachments:remove', { id: attachment.id });
    expect(existsSync(path.join(certificatesDir(dataDir), `${attachment.sha256}.pdf`))).toBe(true);
  });

  it('flags a missing or changed file, never dropping the record', async () => {
    const { upload, dispatch, dataDir, store } = await withActivity();
    const a = await upload('a.pdf', await makePdf('A'));
    const b = await upload('b.png', makePng(10, 10));
    const shaA = (a as { value: { attachment: { sha256: string } } }).value.attachment.sha256;
    const shaB = (b as { value: { attachment: { sha256: string } } }).value.attachment.sha256;
    await fs.rm(path.join(certificatesDir(dataDir), `${shaA}.pdf`));
    await fs.chmod(path.join(certificatesDir(dataDir), `${shaB}.png`), 0o600);
    await fs.appendFile(path.join(certificatesDir(dataDir), `${shaB}.png`), 'tampered');
    const check = await dispatch('attachments:check', {});
    expect(check).toEqual({
      ok: true,
      value: {
        checked: 2,
        problems: [
          { attachmentId: expect.any(String), name: 'a.pdf', status: 'missing' },
          { attachmentId: expect.any(String), name: 'b.png', status: 'changed' },
        ],
      },
    });
    expect(store.data.attachments).toHaveLength(2);
  });

  it('deleting an activity removes its attachments; restoring brings both back', async () => {
    const { upload, dispatch, activity, dataDir, store } = await withActivity();
    const added = await upload('cert.pdf', await makePdf());
    const sha = (added as { value: { attachment: { sha256: string } } }).value.attachment.sha256;
    const removed = await dispatch('activities:remove', { id: activity.id });
    expect(store.data.attachments).toHaveLength(0);
    expect(existsSync(path.join(certificatesDir(dataDir), `${sha}.pdf`))).toBe(false);
    const restored = await dispatch('activities:restore', (removed as { value: object }).value);
    expect(restored.ok).toBe(true);
    expect(store.data.attachments).toHaveLength(1);
    expect(existsSync(path.join(certificatesDir(dataDir), `${sha}.pdf`))).toBe(true);
  });
});

describe('recert status shows file integrity', () => {
  it('lists each attachment with ok, missing or changed', async () => {
    const { main } = await import('../../../../../electron/cli/recert');
    const { upload, dataDir, store } = await withActivity();
    const a = await upload('a.pdf', await makePdf('A'));
    await upload('b.png', makePng(12, 12));
    const sha = (a as { value: { attachment: { sha256: string } } }).value.attachment.sha256;
    await fs.rm(path.join(certificatesDir(dataDir), `${sha}.pdf`));
    await store.close();
    let out = '';
    await main(['status', '--json', '--data-dir', dataDir], {
      out: (t) => (out += t),
      err: () => undefined,
      env: {},
      today: () => '2026-11-22',
    });
    expect(JSON.parse(out).attachments.map((x: { name: string; integrity: string }) => [x.name, x.integrity])).toEqual([
      ['a.pdf', 'missing'],
      ['b.png', 'ok'],
    ]);
  });
});
