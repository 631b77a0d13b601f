/** Opening the store and writing one change, for 1,000 and 10,000 activities, next to their floors. */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeDocument } from '../electron/core/store/document';
import { Store } from '../electron/core/store/store';
import { documentWith, floorWrite, median, print, RUNS, timed } from './common';

export async function benchStore(): Promise<void> {
  for (const count of [1000, 10000]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-'));
    try {
      const text = serializeDocument(documentWith(count));
      await fs.writeFile(path.join(dir, 'db.json'), text);
      // Warm-up: the first open of a day also writes the daily snapshot; measure the steady state.
      await (await Store.open({ dataDir: dir, owner: 'bench' })).close();

      const parse: number[] = [];
      const open: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        parse.push(await timed(() => JSON.parse(text)));
        let store: Store | undefined;
        open.push(await timed(async () => (store = await Store.open({ dataDir: dir, owner: 'bench' }))));
        await store?.close();
      }
      print('store.open', count, median(open), median(parse), 'JSON.parse of the same bytes', 2, text.length);

      const store = await Store.open({ dataDir: dir, owner: 'bench' });
      const write: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        floor.push(await floorWrite(dir, text));
        write.push(
          await timed(() =>
            store.mutate((doc) => ({ doc: { ...doc, profile: { ...doc.profile, name: `Run ${i}` } }, result: null })),
          ),
        );
      }
      await store.close();
      print(
        'store.write',
        count,
        median(write),
        median(floor),
        'writeFile + fsync + rename of the same bytes',
        1.5,
        text.length,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
