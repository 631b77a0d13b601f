/**
 * The review screen's files, read one at a time (OCR uses the whole machine): each file's state,
 * its progress while it is read, cancelling, and the proposal turned into a draft once read. The
 * queue lives outside the screen, so going to another screen and back loses no card (and a
 * reading goes on meanwhile).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import { certificateTooLarge } from '../../../../shared/limits';
import { api } from '../../api';
import type { AppData } from '../../data';
import { fileToBase64, MAX_UPLOAD_BYTES } from '../../files';
import { draftFromReading, type Origins, type Reading, type ReviewDraft } from '../../model/review-drafts';

export interface ReadItem {
  key: string;
  file: File;
  status: 'waiting' | 'reading' | 'ready' | 'saving' | 'saved' | 'failed' | 'cancelled';
  fraction: number;
  reading?: Reading;
  draft?: ReviewDraft;
  origins?: Origins;
  error?: AppErrorInfo | null;
  savedText?: string;
}

const PROGRESS_EVERY_MS = 250;
let items: ReadItem[] = [];
let counter = 0;
let latestData: AppData | null = null;
const listeners = new Set<() => void>();

function set(next: ReadItem[]): void {
  items = next;
  for (const listener of listeners) listener();
}

function update(key: string, patch: Partial<ReadItem>): void {
  set(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
}

/** Starts the next waiting file when none is being read. */
function pump(): void {
  if (items.some((i) => i.status === 'reading')) return;
  const next = items.find((i) => i.status === 'waiting');
  if (!next) return;
  const { key, file } = next;
  update(key, { status: 'reading' });
  const poll = setInterval(() => {
    void api.certificates.progress({ readId: key }).then((r) => {
      if (r.ok && r.value.fraction !== null && items.some((i) => i.key === key && i.status === 'reading'))
        update(key, { fraction: r.value.fraction });
    });
  }, PROGRESS_EVERY_MS);
  void (async () => {
    const result = await api.certificates.read({ name: file.name, dataBase64: await fileToBase64(file), readId: key });
    clearInterval(poll);
    if (!items.some((i) => i.key === key)) return pump();
    if (!result.ok)
      update(key, { status: result.error.code === 'cancelled' ? 'cancelled' : 'failed', error: result.error });
    else if (latestData) {
      const { draft, origins } = draftFromReading(result.value, latestData);
      update(key, { status: 'ready', fraction: 1, reading: result.value, draft, origins, error: null });
    }
    pump();
  })();
}

function add(files: readonly File[]): void {
  set([
    ...items,
    ...files.map((file): ReadItem => {
      const key = `r${Date.now().toString(36)}-${++counter}`;
      // Over the size cap: said at once, never sent.
      return file.size > MAX_UPLOAD_BYTES
        ? {
            key,
            file,
            status: 'failed',
            fraction: 0,
            error: { code: 'file_rejected', message: certificateTooLarge(file.size) },
          }
        : { key, file, status: 'waiting', fraction: 0 };
    }),
  ]);
  pump();
}

function cancel(item: ReadItem): void {
  if (item.status === 'reading') void api.certificates.cancel({ readId: item.key });
  else discard(item.key);
}

function discard(key: string): void {
  set(items.filter((i) => i.key !== key));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useReadingQueue(data: AppData) {
  useEffect(() => {
    latestData = data;
  }, [data]);
  const current = useSyncExternalStore(
    subscribe,
    () => items,
    () => items,
  );
  return {
    items: current,
    add: useCallback((files: readonly File[]) => add(files), []),
    update: useCallback((key: string, patch: Partial<ReadItem>) => update(key, patch), []),
    cancel: useCallback((item: ReadItem) => cancel(item), []),
    discard: useCallback((key: string) => discard(key), []),
  };
}
