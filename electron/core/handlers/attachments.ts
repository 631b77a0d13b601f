/** `attachments:*` handlers: certificates checked, stored once by hash, attached to what they prove. */
import { promises as fs } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { Attachment } from '../../../shared/schemas/entities';
import {
  certificatePath,
  checkCertificateFile,
  commitCertificateFile,
  discardStaged,
  stageCertificateFile,
  stageFromFile,
} from '../files/certificate-store';
import { reclaimFiles, releaseFiles } from '../files/attachment-files';
import { decodeBase64 } from '../files/base64';
import { certificateIntake } from '../lazy';
import {
  addAttachment,
  assertOwner,
  removeAttachment,
  restoreAttachment,
  type CheckedFile,
} from '../../../shared/domain/records/operations/attachments';
import { chooseFile, stampOf, type HandlerContext, type Handlers } from './context';

/** Checks, stores (once) and records a certificate. Nothing is stored or recorded when a check fails. */
async function attach(
  ctx: HandlerContext,
  target: { ownerType: 'activity' | 'credential'; ownerId: string; role: Attachment['role'] },
  name: string,
  bytes: Uint8Array,
  /** The bytes' hash and staged file, when they were read from disk by `stageFromFile`. */
  read?: { sha256: string; staged: string },
) {
  assertOwner(ctx.store.data, target);
  const { cleanDisplayName, identifyCertificate, checkCertificateContent } = await certificateIntake();
  // The bytes are written (disk work) while they are hashed and checked (processor work); they get
  // their name, or are removed, once the checks are done. Content-addressed, so storing the same
  // bytes twice is harmless; the record is checked in the write queue.
  const staging = read ? Promise.resolve(read.staged) : stageCertificateFile(ctx.store.dataDir, bytes);
  let file: Awaited<ReturnType<typeof identifyCertificate>>;
  try {
    const identified = await identifyCertificate(bytes, read?.sha256);
    file = { ...identified, ...(await checkCertificateContent(bytes, identified.mime)) };
  } catch (error) {
    await discardStaged(await staging.catch(() => null));
    throw error;
  }
  // The certificate is put in place before the change that names it is saved, so a record never
  // names a file that is not there.
  let committed = false;
  const beforeCommit = async () => {
    await commitCertificateFile(ctx.store.dataDir, await staging, file.sha256, file.ext);
    committed = true;
  };
  try {
    return await recordAttachment(ctx, target, cleanDisplayName(name), file, beforeCommit);
  } finally {
    if (!committed) await discardStaged(await staging.catch(() => null));
  }
}

/** The attachment's record, written once its file is in place (see `attach`). */
function recordAttachment(
  ctx: HandlerContext,
  target: { ownerType: 'activity' | 'credential'; ownerId: string; role: Attachment['role'] },
  name: string,
  file: CheckedFile,
  beforeCommit: () => Promise<void>,
) {
  return ctx.store.mutate((doc) => addAttachment(doc, { target, file, name }, stampOf(ctx)), { beforeCommit });
}

function findAttachment(ctx: HandlerContext, id: string): Attachment {
  const found = ctx.store.data.attachments.find((a) => a.id === id);
  if (!found) throw new AppError('not_found', 'That attachment no longer exists.', 'id');
  return found;
}

export const attachmentHandlers = {
  'attachments:list': async (_input, { store }) => store.data.attachments,

  'attachments:upload': async ({ name, dataBase64, ...target }, ctx) =>
    attach(ctx, target, name, decodeBase64(dataBase64)),

  'attachments:choose': async (target, ctx) => {
    const path = await chooseFile(ctx, 'certificate');
    if (path === null) return { cancelled: true as const };
    assertOwner(ctx.store.data, target);
    // Read once: hashed and staged in the certificates folder as it is read.
    const read = await stageFromFile(ctx.store.dataDir, path, await (await certificateIntake()).checkCandidate(path));
    try {
      return await attach(ctx, target, path, read.bytes, read);
    } finally {
      read.release(); // the bytes were checked and are on disk: their buffer serves the next attach
      await discardStaged(read.staged); // gone already once committed
    }
  },

  'attachments:remove': async ({ id }, ctx) => {
    const attachment = await ctx.store.mutate((doc) => removeAttachment(doc, id));
    await releaseFiles(ctx.store, [attachment]);
    return { attachment };
  },

  'attachments:restore': async ({ attachment }, ctx) => {
    await reclaimFiles(ctx.store, [attachment]);
    return ctx.store.mutate((doc) => restoreAttachment(doc, attachment));
  },

  'attachments:read': async ({ id }, ctx) => {
    const attachment = findAttachment(ctx, id);
    try {
      const bytes = await fs.readFile(certificatePath(ctx.store.dataDir, attachment.sha256, attachment.ext));
      return { name: attachment.name, mime: attachment.mime, dataBase64: bytes.toString('base64') };
    } catch {
      throw new AppError(
        'not_found',
        `The file of “${attachment.name}” is missing from the certificates folder. Attach it again.`,
        'id',
      );
    }
  },

  'attachments:open': async ({ id }, ctx) => {
    const attachment = findAttachment(ctx, id);
    if (!ctx.openPath) return { opened: false };
    if (attachment.activeContent)
      throw new AppError(
        'forbidden',
        `“${attachment.name}” carries JavaScript or automatic actions, so Recert does not hand it to another program. Use the preview in Recert.`,
      );
    // Only ever a path we generated ourselves, inside the certificates folder.
    await ctx.openPath(certificatePath(ctx.store.dataDir, attachment.sha256, attachment.ext));
    return { opened: true };
  },

  'attachments:check': async (_input, ctx) => {
    const results = new Map<string, Awaited<ReturnType<typeof checkCertificateFile>>>();
    for (const a of ctx.store.data.attachments) {
      if (!results.has(a.sha256)) results.set(a.sha256, await checkCertificateFile(ctx.store.dataDir, a.sha256, a.ext));
    }
    const problems = ctx.store.data.attachments.flatMap((a) => {
      const status = results.get(a.sha256);
      return status === 'missing' || status === 'changed' ? [{ attachmentId: a.id, name: a.name, status }] : [];
    });
    return { checked: ctx.store.data.attachments.length, problems };
  },
} satisfies Pick<
  Handlers,
  | 'attachments:list'
  | 'attachments:upload'
  | 'attachments:choose'
  | 'attachments:remove'
  | 'attachments:restore'
  | 'attachments:read'
  | 'attachments:open'
  | 'attachments:check'
>;
