/** `reports:*` handlers: the renewal summary, the submission packet and the ZIP of certificates. */
import { AppError } from '../../../shared/errors';
import { pdfExports, pdfFonts } from '../lazy';
import type { Store } from '../store/store';
import type { Handlers } from './context';
import { deliver } from './deliver';
import type { FileParts } from '../files/file-parts';

/** Paths this session saved exports to: the only ones "Open" and "Show in folder" will touch. */
const savedExports = new WeakMap<Store, Set<string>>();

export const reportHandlers = {
  'reports:export': async ({ credentialId, cycle, kind }, ctx) => {
    const { exportFileName, exportPacket, exportSummary, exportZip, reportFor } = await pdfExports();
    const { resolveFontDir } = await pdfFonts();
    const exportCtx = {
      doc: ctx.store.data,
      dataDir: ctx.store.dataDir,
      today: ctx.today(),
      now: ctx.store.now(),
      fontDir: resolveFontDir(ctx.fontDir),
      appVersion: ctx.version,
    };
    const report = reportFor({ credential: credentialId, ...(cycle ? { cycle } : {}) }, exportCtx);
    let content: Uint8Array | FileParts;
    let problems: { ref: string; name: string; problem: string }[] = [];
    if (kind === 'summary') content = await exportSummary(report, exportCtx);
    else if (kind === 'zip') content = await exportZip(report, exportCtx);
    else ({ file: content, problems } = await exportPacket(report, exportCtx));
    const delivered = await deliver(ctx, kind, exportFileName(report, kind), content);
    if ('savedTo' in delivered && delivered.savedTo) {
      const set = savedExports.get(ctx.store) ?? new Set<string>();
      set.add(delivered.savedTo);
      savedExports.set(ctx.store, set);
    }
    return { ...delivered, problems };
  },

  'reports:reveal': async ({ path, action }, ctx) => {
    if (!savedExports.get(ctx.store)?.has(path)) {
      throw new AppError('forbidden', 'Recert only opens files it exported in this session.', 'path');
    }
    if (action === 'open' && ctx.openPath) await ctx.openPath(path);
    else if (action === 'folder' && ctx.showInFolder) ctx.showInFolder(path);
    else return { done: false };
    return { done: true };
  },
} satisfies Pick<Handlers, 'reports:export' | 'reports:reveal'>;
