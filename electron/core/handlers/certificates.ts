/**
 * `certificates:*` handlers: read a certificate on this computer and propose the entry. The
 * attach checks run first (type, size, damage); nothing is recorded here, the page confirms.
 */
import { proposeFromReading } from '../../../shared/domain/certificate-reading/propose';
import { readCertificateText } from '../../../shared/domain/certificate-reading/read-text';
import { readingNotes } from '../../../shared/domain/certificate-reading/notes';
import { certificateIntake, certificateReader } from '../lazy';
import { decodeBase64 } from '../files/base64';
import { AppError } from '../../../shared/errors';
import type { Handlers } from './context';

/** Readings under way, by the id the page gave them: how far each is, and how to stop it. */
const running = new Map<string, { fraction: number; controller: AbortController }>();

export const certificateHandlers = {
  'certificates:read': async ({ name, dataBase64, readId }, ctx) => {
    const bytes = decodeBase64(dataBase64);
    // Known (and so cancellable) from the start: the checks decode a photo off the event loop, so
    // the page may cancel while they run.
    const job = { fraction: 0, controller: new AbortController() };
    if (readId) running.set(readId, job);
    try {
      const { cleanDisplayName, inspectCertificate } = await certificateIntake();
      const file = await inspectCertificate(bytes);
      if (job.controller.signal.aborted) throw new AppError('cancelled', 'Reading was cancelled.');
      const { readCertificateFile } = await certificateReader();
      const text = await readCertificateFile(bytes, file.ext, {
        signal: job.controller.signal,
        progress: (f) => (job.fraction = f),
      });
      const doc = ctx.store.data;
      const proposal = proposeFromReading(readCertificateText(text.text, text.layout), {
        credentials: doc.credentials,
        customTypes: doc.customTypes,
        activities: doc.activities,
        attachments: doc.attachments,
        profileName: doc.profile.name,
        sha256: file.sha256,
        today: ctx.today(),
      });
      return {
        proposal,
        file: { name: cleanDisplayName(name), sha256: file.sha256, ext: file.ext, size: file.size },
        method: text.method,
        pagesRead: text.pagesRead,
        pageCount: text.pageCount,
        notes: readingNotes(proposal, text),
      };
    } finally {
      if (readId && running.get(readId) === job) running.delete(readId);
    }
  },

  'certificates:progress': async ({ readId }) => ({ fraction: running.get(readId)?.fraction ?? null }),

  'certificates:cancel': async ({ readId }) => {
    const job = running.get(readId);
    job?.controller.abort();
    return { cancelled: job !== undefined };
  },
} satisfies Pick<Handlers, 'certificates:read' | 'certificates:progress' | 'certificates:cancel'>;
