/**
 * One buffer kept for reading chosen certificates, lent to one attach at a time and reused by
 * the next. A fresh 20 MB buffer per attach grows V8's count of outside memory past its limit
 * every few attaches, and each time it collects the whole heap (at 10,000 activities that
 * doubled an attach's time). An attach that starts while the buffer is lent gets a fresh one; the
 * kept buffer is let go after a minute unused.
 */
const IDLE_MS = 60_000;

let spare: Buffer | null = null;
let idle: NodeJS.Timeout | undefined;

export interface LentBuffer {
  /** `size` bytes to read into; not to be kept after `release`. */
  bytes: Buffer;
  /** Gives the buffer back (once; later calls do nothing). */
  release(): void;
}

export function borrowBuffer(size: number): LentBuffer {
  clearTimeout(idle);
  let whole: Buffer;
  if (spare !== null && spare.length >= size) {
    whole = spare;
    spare = null;
  } else {
    whole = Buffer.allocUnsafe(size);
  }
  let released = false;
  return {
    bytes: whole.subarray(0, size),
    release() {
      if (released) return;
      released = true;
      if (spare === null || spare.length < whole.length) spare = whole;
      idle = setTimeout(() => (spare = null), IDLE_MS);
      idle.unref();
    },
  };
}
