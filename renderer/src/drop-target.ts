/**
 * A file dropped anywhere on the window goes to what is open: the certificates panel shown last
 * (an activity's, a credential's), or else a new activity, which attaches it once saved.
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

/** Hands a dropped file to the panel shown last; false when no panel is shown. */
export function deliverDroppedFile(file: File): boolean {
  const receiver = receivers[receivers.length - 1];
  if (!receiver) return false;
  receiver(file);
  return true;
}

/** Files dropped with no panel shown start a new activity; it takes them once saved. */
let pending: File | null = null;
export function holdFileForNewActivity(file: File): void {
  pending = file;
}
export function takeHeldFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}
