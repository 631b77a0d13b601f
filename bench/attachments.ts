/**
 * Attaching a 20 MB PDF into a store of 10,000 activities (the Electron path: the main process
 * reads the chosen file), next to its floor (read + SHA-256 + durable write of the same bytes); and listing 10,000
 * activities (the handler, the JSON a transport sends, and the list's filter and sort).
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { createDispatcher } from '../electron/core/dispatch';
import { handlers } from '../electron/core/handlers/handler-table';
import { serializeDocument } from '../electron/core/store/document';
import { Store } from '../electron/core/store/store';
import { fsyncDirectory } from '../electron/core/store/durable-write';
import { filterActivities, EMPTY_FILTER } from '../renderer/src/model/activity-filters';
import { documentWith, median, RUNS, timed } from './common';

async function twentyMegabytePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Certificate');
  doc.attach(new Uint8Array(randomBytes(20 * 1024 * 1024)), 'scan.bin', { mimeType: 'application/octet-stream' });
  return doc.save({ useObjectStreams: false });
}

export async function benchAttachments(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-files-'));
  try {
    // Each sample, attach or floor, reads its own file, written at the same time as the others: a file
    // another sample has just read would be warm in the page cache, the others may not be.
    const files: string[] = [];
    const floorFiles: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const bytes = await twentyMegabytePdf();
      for (const [list, name] of [
        [files, 'certificate'],
        [floorFiles, 'floor-source'],
      ] as const) {
        const file = path.join(dir, `${name}-${i}.pdf`);
        writeFileSync(file, bytes);
        list.push(file);
      }
    }
    // Into a store of 10,000 activities, as the issue measures it.
    const dataDir = path.join(dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'db.json'), serializeDocument(documentWith(10000)));
    const store = await Store.open({ dataDir, owner: 'bench' });
    let next = 0;
    const dispatch = createDispatcher(handlers, {
      store,
      version: 'bench',
      today: () => '2026-11-22',
      chooseFile: async () => files[next] ?? null,
    });
    const added = await dispatch('activities:add', {
      title: 'Course',
      completedOn: '2025-01-01',
      contactMinutes: 60,
      status: 'completed',
    });
    if (!added.ok) throw new Error(added.error.message);
    const ownerId = (added.value as { id: string }).id;

    const attach: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      next = i;
      spawnSync('sync');
      attach.push(
        await timed(async () => {
          const result = await dispatch('attachments:choose', { ownerType: 'activity', ownerId });
          if (!result.ok) throw new Error(result.error.message);
        }),
      );
      // Each sample starts with the disk settled (what the previous one left written back), outside the timing.
      spawnSync('sync');
      floor.push(
        await timed(async () => {
          const bytes = await fs.readFile(floorFiles[i] as string);
          createHash('sha256').update(bytes).digest('hex');
          const temp = path.join(dir, `floor-${randomUUID()}`);
          const handle = await fs.open(temp, 'wx', 0o600);
          await handle.writeFile(bytes);
          await handle.sync();
          await handle.close();
          // A new file each time, kept, as each attach keeps its certificate: replacing one file would
          // hand the next write the memory the previous one just gave back.
          await fs.rename(temp, path.join(dir, `floor-${i}.pdf`));
          await fsyncDirectory(dir);
        }),
      );
    }
    await store.close();
    const size = (await fs.stat(files[0] as string)).size;
    console.log(
      JSON.stringify({
        figure: 'attach.pdf',
        activities: 10_000,
        bytes: size,
        ms: Number(median(attach).toFixed(2)),
        floor: 'read + SHA-256 + durable write of the same bytes',
        floor_ms: Number(median(floor).toFixed(2)),
        ratio: Number((median(attach) / median(floor)).toFixed(2)),
        samples: attach.map((x) => Math.round(x)),
        floors: floor.map((x) => Math.round(x)),
        target_ratio: 1.5,
      }),
    );

    const listDir = path.join(dir, 'list');
    await fs.mkdir(listDir);
    const doc = documentWith(10_000);
    const listStore = await Store.open({ dataDir: listDir, owner: 'bench' });
    await listStore.mutate(() => ({ doc, result: null }));
    const listDispatch = createDispatcher(handlers, { store: listStore, version: 'bench', today: () => '2026-11-22' });
    const list: number[] = [];
    const filter: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      list.push(await timed(async () => JSON.stringify(await listDispatch('activities:list', {}))));
      filter.push(
        await timed(() => filterActivities(doc.activities, [], [], { ...EMPTY_FILTER, query: 'program design' })),
      );
    }
    await listStore.close();
    console.log(
      JSON.stringify({
        figure: 'activities.list',
        activities: 10_000,
        ms: Number(median(list).toFixed(2)),
        note: 'handler + JSON as sent to the page',
      }),
    );
    console.log(
      JSON.stringify({
        figure: 'activities.filter',
        activities: 10_000,
        ms: Number(median(filter).toFixed(2)),
        note: 'search + sort in the page; the list draws only visible rows',
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
