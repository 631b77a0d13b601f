import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers/handler-table';
import { Store } from '../../electron/core/store/store';

const made: string[] = [];
const open: Store[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** A fresh temp data dir, removed after the test. */
export function tempDir(prefix = 'recert-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const FIXED_NOW = new Date('2026-11-22T10:00:00.000Z');
export const TODAY = '2026-11-22';

/** Opens a store (closed after the test). */
export async function openStore(dataDir = tempDir(), now = () => FIXED_NOW): Promise<Store> {
  const store = await Store.open({ dataDir, owner: 'a unit test', now });
  open.push(store);
  return store;
}

/** A store with the real handler table behind the dispatcher, as both transports use it. */
export async function openCore(dataDir = tempDir()) {
  const store = await openStore(dataDir);
  const dispatch = createDispatcher(handlers, { store, version: 'test', today: () => TODAY }, () => undefined);
  return { store, dispatch, dataDir };
}

/** Every file under `dir` with its bytes, to prove that nothing changed. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(current: string) {
    for (const entry of await fs.readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name !== 'recert.lock')
        out[path.relative(dir, full)] = (await fs.readFile(full)).toString('base64');
    }
  }
  await walk(dir);
  return out;
}

/** The case Recert was first built for: a NASM-CPT certified on 10 Mar 2025. */
export const NASM_CPT = {
  typeId: 'nasm-cpt',
  number: 'CPT-123456',
  issuedOn: '2025-03-10',
};
