/**
 * Decoding a JPEG to prove it is whole, off the host's event loop: a worker thread decodes it
 * (jpeg-js) while the host goes on answering, one decode at a time so memory stays bounded. The
 * memory the decoder may use is sized for this image's own subsampling (`jpegDecodeBudget`), so
 * every valid photo up to the pixel cap is accepted; a worker that cannot start decodes here.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import jpeg from 'jpeg-js';

export type Decoded = { ok: true; width: number; height: number } | { ok: false; message: string };

interface Job {
  bytes: Uint8Array;
  budgetMB: number;
  maxMP: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const jpeg = require(workerData.decoder);
try {
  const image = jpeg.decode(new Uint8Array(workerData.bytes), workerData.options);
  parentPort.postMessage({ ok: true, width: image.width, height: image.height });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
}
`;

/** The decoder's options, the same on either thread. */
const optionsOf = (job: Job) => ({
  useTArray: true as const,
  maxResolutionInMP: job.maxMP,
  maxMemoryUsageInMB: job.budgetMB,
});

function decodeHere(job: Job): Decoded {
  try {
    const image = jpeg.decode(job.bytes, optionsOf(job));
    return { ok: true, width: image.width, height: image.height };
  } catch (error) {
    return { ok: false, message: String((error as Error).message ?? error) };
  }
}

function decodeInWorker(job: Job): Promise<Decoded> {
  const decoder = createRequire(import.meta.url).resolve('jpeg-js');
  // The worker gets its own copy of the bytes (the caller's buffer may be reused meanwhile).
  const copy = job.bytes.slice().buffer;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        eval: true,
        workerData: { decoder, bytes: copy, options: optionsOf(job) },
        transferList: [copy],
      });
    } catch {
      resolve(decodeHere(job));
      return;
    }
    let answered = false;
    worker.once('message', (answer: Decoded) => {
      answered = true;
      resolve(answer);
      void worker.terminate();
    });
    // A worker that could not run (no decoder where it looked, no threads here): decode here instead.
    // A file's own faults never get here: the worker answers them as a message.
    const instead = () => {
      if (answered) return;
      answered = true;
      resolve(decodeHere(job));
    };
    worker.once('error', instead);
    worker.once('exit', instead);
  });
}

/** One decode at a time: the next waits for the one before (its memory is given back first). */
let queue: Promise<unknown> = Promise.resolve();

export function decodeJpeg(job: Job): Promise<Decoded> {
  const run = queue.then(() => decodeInWorker(job));
  queue = run.catch(() => undefined);
  return run;
}
