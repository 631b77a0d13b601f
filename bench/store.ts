/**
 * Opening the store, one change (a journal line), and folding the journal into db.json (the whole
 * document written), for 1,000 and 10,000 activities, next to their floors.
 */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeDocument } from '../electron/core/store/document';
import { Store } from '../electron/core/store/store';
import { documentWith, floorAppend, floorWrite, median, print, RUNS, timed } from './common';

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

      // One change: a line appended to the journal and flushed. Floor: appending and flushing the same bytes.
      const store = await Store.open({ dataDir: dir, owner: 'bench' });
      const journal = path.join(dir, 'db.journal');
      const write: number[] = [];
      const floor: number[] = [];
      let line = 0;
      for (let i = 0; i < RUNS; i++) {
        const before = await fs.stat(journal).then(
          (s) => s.size,
          () => 0,
        );
        write.push(
          await timed(() =>
            store.mutate((doc) => ({ doc: { ...doc, profile: { ...doc.profile, name: `Run ${i}` } }, result: null })),
          ),
        );
        line = (await fs.stat(journal)).size - before;
        floor.push(await floorAppend(dir, 'x'.repeat(line)));
      }
      print('store.write', count, median(write), median(floor), 'append + fdatasync of the same bytes', 1.5, line);

      // The journal folded into db.json (past its size limit, and when the store closes): the whole
      // document written. Floor: serialising it once, then writeFile + fsync + rename of the text.
      const fold: number[] = [];
      const foldFloor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        foldFloor.push(await timed(() => floorWrite(dir, JSON.stringify(store.data))));
        await store.mutate((doc) => ({
          doc: { ...doc, profile: { ...doc.profile, name: `Fold ${i}` } },
          result: null,
        }));
        fold.push(await timed(() => store.flush()));
      }
      await store.close();
      print(
        'store.fold',
        count,
        median(fold),
        median(foldFloor),
        'JSON.stringify + writeFile + fsync + rename of the document',
        1.5,
        text.length,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
