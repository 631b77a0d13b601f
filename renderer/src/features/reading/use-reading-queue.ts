/**
 * The review screen's files, read one at a time (OCR uses the whole machine): each file's state,
 * its progress while it is read, cancelling, and the proposal turned into a draft once read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import { certificateTooLarge } from '../../../../shared/limits';
import { api } from '../../api';
import type { AppData } from '../../data';
import { fileToBase64, MAX_UPLOAD_BYTES } from '../../files';
import { draftFromReading, type Origins, type Reading, type ReviewDraft } from './review-drafts';

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

let counter = 0;
const PROGRESS_EVERY_MS = 250;

export function useReadingQueue(data: AppData) {
  const [items, setItems] = useState<ReadItem[]>([]);
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  }, [data]);
  const update = useCallback(
    (key: string, patch: Partial<ReadItem>) =>
      setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i))),
    [],
  );

  const add = useCallback((files: readonly File[]) => {
    setItems((all) => [
      ...all,
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
  }, []);

  // One reading at a time: the next waiting file starts when none is being read.
  const next = items.find((i) => i.status === 'waiting');
  const busy = items.some((i) => i.status === 'reading');
  const started = useRef(new Set<string>());
  useEffect(() => {
    if (!next || busy || started.current.has(next.key)) return;
    const { key, file } = next;
    started.current.add(key);
    update(key, { status: 'reading' });
    const poll = setInterval(() => {
      void api.certificates.progress({ readId: key }).then((r) => {
        if (r.ok && r.value.fraction !== null) update(key, { fraction: r.value.fraction });
      });
    }, PROGRESS_EVERY_MS);
    void (async () => {
      const result = await api.certificates.read({
        name: file.name,
        dataBase64: await fileToBase64(file),
        readId: key,
      });
      clearInterval(poll);
      if (!result.ok)
        return update(key, { status: result.error.code === 'cancelled' ? 'cancelled' : 'failed', error: result.error });
      const { draft, origins } = draftFromReading(result.value, dataRef.current);
      update(key, { status: 'ready', fraction: 1, reading: result.value, draft, origins, error: null });
    })();
  }, [next, busy, update]);

  const cancel = useCallback((item: ReadItem) => {
    if (item.status === 'reading') void api.certificates.cancel({ readId: item.key });
    else setItems((all) => all.filter((i) => i.key !== item.key));
  }, []);
  const discard = useCallback((key: string) => setItems((all) => all.filter((i) => i.key !== key)), []);

  return { items, add, update, cancel, discard };
}
