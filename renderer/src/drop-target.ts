/**
 * Files dropped anywhere on the window go to what is open: the certificates panel shown last (an
 * activity's, a credential's, the open activity form), or else to the review screen, which reads
 * each certificate and proposes its entry.
 */
import { useEffect, useRef } from 'react';

type Receiver = (file: File) => void;
const receivers: Receiver[] = [];

/** This panel receives files dropped on the window while it is shown (the latest shown wins). */
export function useDropTarget(receive: Receiver): void {
  const latest = useRef(receive);
  useEffect(() => {
    latest.current = receive;
  });
  useEffect(() => {
    const handler: Receiver = (file) => latest.current(file);
    receivers.push(handler);
    return () => {
      receivers.splice(receivers.indexOf(handler), 1);
    };
  }, []);
}

/** Hands dropped files to the panel shown last, one by one; false when no panel is shown. */
export function deliverDroppedFiles(files: readonly File[]): boolean {
  const receiver = receivers[receivers.length - 1];
  if (!receiver) return false;
  for (const file of files) receiver(file);
  return true;
}

/** Files dropped with no panel shown wait here for the review screen, which opens to read them. */
let waiting: File[] = [];
export function holdFilesForReading(files: readonly File[]): void {
  waiting = [...waiting, ...files];
}
export function takeFilesForReading(): File[] {
  const files = waiting;
  waiting = [];
  return files;
}

/**
 * Files dropped anywhere on the window: to the certificates panel shown last, else held for the
 * review screen, which `openReading` opens to read them.
 */
export function useDropAnywhere(openReading: () => void): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      if (deliverDroppedFiles(files)) return;
      holdFilesForReading(files);
      openReading();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openReading]);
}
