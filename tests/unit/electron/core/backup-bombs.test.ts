/**
 * Zip bombs and lying archives are refused before they are expanded (issue: a 5 MB backup
 * with one 5 GB entry took 4.3 GB and two minutes before). Each case keeps the current data.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { NASM_CPT, openCore, snapshotDir } from '../../helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** A backup whose manifest lists `files` as given (sizes and hashes may be made to lie). */
function backupOf(files: Record<string, Uint8Array>, listed?: Record<string, { size: number; sha256: string }>) {
  const manifest = {
    format: 'recert-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: '2026-11-22T10:00:00.000Z',
    files: Object.entries(files).map(([path, bytes]) => ({
      path,
      size: bytes.length,
      sha256: sha(bytes),
      ...listed?.[path],
    })),
  };
  return zipSync({ ...files, 'recert-backup.json': strToU8(JSON.stringify(manifest)) }, { level: 9 });
}

/** Rewrites the uncompressed size the archive declares for `name` (local header and central directory). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const at =
      sig === 0x04034b50
        ? { size: 22, nameLen: 26, name: 30 }
        : sig === 0x02014b50
          ? { size: 24, nameLen: 28, name: 46 }
          : null;
    if (!at) continue;
    const len = view.getUint16(i + at.nameLen, true);
    const here = out.subarray(i + at.name, i + at.name + len);
    if (len === nameBytes.length && here.every((b, k) => b === nameBytes[k])) view.setUint32(i + at.size, size, true);
  }
  return out;
}

const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024);
const DB = 'db.json';
const CERT = `certificates/${'a'.repeat(64)}.pdf`;

describe('zip bombs and lying archives', () => {
  it.each([
    [
      'one huge entry (declared 4 GB)',
      () => declareSize(backupOf({ [DB]: zeros(1) }), DB, 0xfffffff0),
      /a size Recert does not accept|does not match the manifest/,
    ],
    [
      'sizes that lie (64 MB of zeros declared as 100 bytes, manifest agreeing)',
      () => declareSize(backupOf({ [DB]: zeros(64) }, { [DB]: { size: 100, sha256: 'f'.repeat(64) } }), DB, 100),
      /larger than the backup’s manifest says/,
    ],
    [
      'many entries (20,001)',
      () =>
        zipSync(
          Object.fromEntries(
            Array.from({ length: 20_001 }, (_, i) => [
              `certificates/${String(i).padStart(64, '0')}.pdf`,
              new Uint8Array(1),
            ]),
          ),
        ),
      /more than 20000 entries/,
    ],
    [
      'a zip64-sized entry',
      () => declareSize(backupOf({ [CERT]: zeros(1) }), CERT, 0xffffffff),
      /not readable|size Recert does not accept|does not match/,
    ],
    [
      'a bomb behind a traversal name',
      () => backupOf({ '../../bomb.bin': zeros(64) }),
      /entry that is not allowed \("\.\.\/\.\.\/bomb\.bin"\)/,
    ],
  ])('refuses %s before expanding it, changing nothing', async (_label, make, message) => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    const data = b64(make());
    for (const method of ['backup:test', 'backup:restore'] as const) {
      const result = await dispatch(method, { dataBase64: data });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'file_rejected', message: expect.stringMatching(message) },
      });
    }
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);
  });
});
