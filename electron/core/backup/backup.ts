/**
 * Backups the user can trust: one file with the document, every certificate and a manifest
 * of SHA-256s; optionally encrypted. A backup is checked whole (every entry's name, hash and
 * size, the manifest, the document's schema and version) before anything is restored, and
 * a restore takes a snapshot first and changes everything or nothing.
 */
import { replaceWithBackup } from '../../../shared/domain/records/operations/restore';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../shared/errors';
import { APP_VERSION } from '../../../shared/version';
import { certificatePath, storeCertificateFile } from '../files/certificate-store';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { recordsProblem } from '../../../shared/domain/records/records-check';
import { CURRENT_SCHEMA_VERSION, parseDocumentText, serializeDocument, type RecertDocument } from '../store/document';
import { futureVersionError } from '../store/load';
import { migrateDocument } from '../store/migrations';
import { writeSnapshot } from '../store/snapshots';
import type { Store } from '../store/store';
import { decrypt, encrypt, isEncrypted } from './crypto';
import { inspectCertificate } from '../files/intake';
import { MAX_CERTIFICATE_BYTES } from '../../../shared/limits';
import { BackupProblem, inflateWithin, scanZip } from './backup-zip';

export const MANIFEST = 'recert-backup.json';
const DOCUMENT = 'db.json';
const CERTIFICATE_ENTRY = /^certificates\/([0-9a-f]{64})\.(pdf|png|jpg)$/;

interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

interface Manifest {
  format: 'recert-backup';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  files: ManifestFile[];
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  credentials: number;
  activities: number;
  certificates: number;
  encrypted: boolean;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function refuse(message: string): AppError {
  return new AppError('file_rejected', `${message} Nothing was changed.`, 'file');
}

/** Makes a backup of the store's current data: a ZIP, encrypted when a passphrase is given. */
export async function createBackup(store: Store, passphrase?: string): Promise<Uint8Array> {
  const doc = store.data;
  const entries: Zippable = {};
  const files: ManifestFile[] = [];
  // Certificates (PDFs, JPEGs, PNGs) are compressed already: stored as they are, which is many
  // times faster than deflating them again for nothing. The data document is deflated.
  const add = (path: string, bytes: Uint8Array, level: 0 | 6) => {
    entries[path] = [bytes, { level }];
    files.push({ path, sha256: sha256(bytes), size: bytes.length });
  };
  add(DOCUMENT, new TextEncoder().encode(serializeDocument(doc)), 6);
  for (const a of new Map(doc.attachments.map((x) => [x.sha256, x])).values()) {
    try {
      add(`certificates/${a.sha256}.${a.ext}`, await fs.readFile(certificatePath(store.dataDir, a.sha256, a.ext)), 0);
    } catch {
      throw new AppError(
        'storage_failed',
        `The certificate “${a.name}” is missing from the certificates folder, so the backup would be incomplete. Attach it again (or remove it), then back up.`,
      );
    }
  }
  const manifest: Manifest = {
    format: 'recert-backup',
    formatVersion: 1,
    appVersion: APP_VERSION,
    schemaVersion: doc.schemaVersion,
    createdAt: store.now().toISOString(),
    files,
  };
  entries[MANIFEST] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(entries, { level: 6 });
  return passphrase ? encrypt(zip, passphrase) : zip;
}

/** The largest data document a backup may hold. */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
/** What one restore may expand to in all. */
const MAX_RESTORE_BYTES = 2 * 1024 * 1024 * 1024;

function scanOrRefuse(zip: Uint8Array) {
  try {
    return scanZip(zip, MANIFEST);
  } catch (error) {
    if (error instanceof BackupProblem) throw refuse(error.message);
    throw error;
  }
}

/** Everything in a backup, checked; throws (changing nothing) at the first problem. */
export async function openBackup(
  bytes: Uint8Array,
  passphrase: string | undefined,
  today: CalendarDate,
): Promise<{ doc: RecertDocument; certificates: Map<string, Uint8Array>; summary: BackupSummary }> {
  const encrypted = isEncrypted(bytes);
  const zip = encrypted ? decrypt(bytes, passphrase) : bytes;
  const scanned = scanOrRefuse(zip);
  // Names first, from the central directory: nothing is inflated yet.
  for (const { name } of scanned.entries) {
    const safe = name === MANIFEST || name === DOCUMENT || CERTIFICATE_ENTRY.test(name);
    if (!safe)
      throw refuse(`The backup contains an entry that is not allowed ("${name}"), such as a path outside its folder.`);
  }
  if (!scanned.manifest) throw refuse('The backup has no manifest (recert-backup.json).');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(scanned.manifest)) as Manifest;
  } catch {
    throw refuse('The backup’s manifest is not valid JSON.');
  }
  if (manifest.format !== 'recert-backup' || !Array.isArray(manifest.files))
    throw refuse('The backup’s manifest is not a Recert manifest.');
  if (manifest.formatVersion !== 1)
    throw refuse(
      `This backup is in a format this version of Recert does not know (backup format ${String(manifest.formatVersion)}). Install the latest Recert to restore it.`,
    );
  if (typeof manifest.schemaVersion === 'number' && manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw refuse(
      `This backup was made by a newer version of Recert (${manifest.appVersion}, data format ${manifest.schemaVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Install the latest Recert to restore it.`,
    );
  }
  // Sizes next: what each entry declares must be what the manifest lists, within the caps.
  const listed = new Map(manifest.files.map((f) => [f.path, f.size]));
  let total = 0;
  for (const f of manifest.files) {
    const cap = f.path === DOCUMENT ? MAX_DOCUMENT_BYTES : MAX_CERTIFICATE_BYTES;
    if (!Number.isInteger(f.size) || f.size < 0 || f.size > cap)
      throw refuse(`The manifest gives ${f.path} a size Recert does not accept (${String(f.size)} bytes).`);
    total += f.size;
  }
  if (total > MAX_RESTORE_BYTES) throw refuse('The backup is larger than Recert restores at once.');
  for (const e of scanned.entries) {
    if (e.name === MANIFEST) continue;
    const size = listed.get(e.name);
    if (size === undefined) throw refuse(`The backup contains a file its manifest does not list (${e.name}).`);
    if (e.originalSize !== size) throw refuse(`${e.name} does not match the manifest (its size differs).`);
  }
  // Only now inflate, each entry within the size its manifest gives.
  let inflated: Map<string, Uint8Array>;
  try {
    inflated = inflateWithin(zip, listed);
  } catch (error) {
    if (error instanceof BackupProblem) throw refuse(error.message);
    throw error;
  }
  const entries = Object.fromEntries(inflated) as Record<string, Uint8Array>;
  for (const f of manifest.files) {
    const entry = entries[f.path];
    if (!entry) throw refuse(`The manifest lists ${f.path}, but the backup does not contain it.`);
    if (entry.length !== f.size || sha256(entry) !== f.sha256)
      throw refuse(`${f.path} does not match the manifest (its contents changed or were damaged).`);
  }
  const docBytes = entries[DOCUMENT];
  if (!docBytes) throw refuse('The backup has no data document (db.json).');
  const parsed = parseDocumentText(new TextDecoder().decode(docBytes));
  let doc: RecertDocument;
  if (parsed.kind === 'ok') doc = parsed.doc;
  else if (parsed.kind === 'needs-migration') doc = migrateDocument(parsed.raw, parsed.version);
  else if (parsed.kind === 'too-new') throw futureVersionError(parsed.version, 'the backup');
  else throw refuse(`The backup’s data document is not valid: ${parsed.reason}.`);
  // The same limits and record rules as the app's forms and the JSON import.
  const problem = recordsProblem(doc, doc, today);
  if (problem) throw refuse(`The backup’s data is not valid: ${problem.field}: ${problem.message.replace(/\.$/, '')}.`);
  const certificates = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(entries)) if (CERTIFICATE_ENTRY.test(name)) certificates.set(name, bytes);
  for (const a of doc.attachments) {
    if (!certificates.has(`certificates/${a.sha256}.${a.ext}`))
      throw refuse(`The certificate “${a.name}” is missing from the backup.`);
  }
  // Restored files pass the same checks as an upload: a file named .pdf must be a PDF.
  for (const [name, content] of certificates) {
    const [, sha, ext] = CERTIFICATE_ENTRY.exec(name) ?? [];
    const owner = doc.attachments.find((a) => a.sha256 === sha)?.name ?? name;
    const inspected = await inspectCertificate(content).catch((e: unknown) => e as Error);
    if (inspected instanceof Error)
      throw refuse(`The certificate “${owner}” in the backup did not pass Recert’s checks: ${inspected.message}`);
    if (inspected.sha256 !== sha)
      throw refuse(`The certificate “${owner}” in the backup is not the file it is filed as (its SHA-256 differs).`);
    if (inspected.ext !== ext)
      throw refuse(`The certificate “${owner}” in the backup is not the kind of file its name says (.${ext}).`);
  }
  return {
    doc,
    certificates,
    summary: {
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      credentials: doc.credentials.length,
      activities: doc.activities.length,
      certificates: certificates.size,
      encrypted,
    },
  };
}

/** Restores a backup over the store's data: checked first, a snapshot taken, then all of it. */
export async function restoreBackup(
  store: Store,
  bytes: Uint8Array,
  passphrase: string | undefined,
  today: CalendarDate,
): Promise<BackupSummary> {
  const { doc, certificates, summary } = await openBackup(bytes, passphrase, today);
  await writeSnapshot(store.dataDir, serializeDocument(store.data), 'pre-restore', store.now());
  // Certificate files are named by their hash: writing them first cannot disturb the current data.
  for (const [name, content] of certificates) {
    const match = /^certificates\/([0-9a-f]{64})\.(pdf|png|jpg)$/.exec(name);
    if (match) await storeCertificateFile(store.dataDir, match[1] as string, match[2] as string, content);
  }
  await store.mutate((current) =>
    replaceWithBackup(current, { doc, createdAt: summary.createdAt }, { now: store.now().toISOString() }),
  );
  return summary;
}
