/**
 * The process the soak test starts many times (bundled to plain JavaScript, so it starts
 * fast): `race DIR HOLD_MS` tries to take the data dir's lock and holds it; `write DIR [JOURNAL_LIMIT]
 * [COUNT]` opens the store and writes records (until killed, or COUNT of them and then closes
 * cleanly), printing each one once it is acknowledged.
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { acquireLock } from '../electron/core/store/lock';
import { Store } from '../electron/core/store/store';

const [mode, dir, hold] = process.argv.slice(2) as [string, string, string | undefined];

if (mode === 'race') {
  try {
    const lock = await acquireLock(dir, `soak ${process.pid}`);
    writeSync(1, 'owner\n');
    await new Promise((r) => setTimeout(r, Number(hold ?? 1500)));
    await lock.release();
  } catch (error) {
    writeSync(1, `refused ${(error as { code?: string }).code ?? 'error'}\n`);
  }
} else {
  const limit = Number(hold ?? 0);
  const count = Number(process.argv[5] ?? Infinity);
  const store = await Store.open({
    dataDir: dir,
    owner: 'soak writer',
    ...(limit > 0 ? { journalLimitBytes: limit } : {}),
  });
  // Numbers go on from what the folder already holds (a second run after a first).
  const first = store.data.credentials.length;
  for (let n = first; n < first + count; n++) {
    const stamp = new Date().toISOString();
    await store.mutate((doc) => ({
      doc: {
        ...doc,
        credentials: [
          ...doc.credentials,
          {
            id: `soak-${n}-${randomUUID().slice(0, 8)}`,
            typeId: 'nasm-cpt',
            number: String(n),
            issuedOn: '2025-03-10',
            notes: '',
            overrides: {},
            createdAt: stamp,
            updatedAt: stamp,
          },
        ],
      },
      result: null,
    }));
    // Written synchronously: once this line is out, the write was acknowledged.
    writeSync(1, `ack ${n}\n`);
  }
  await store.close();
  writeSync(1, 'closed\n');
}
