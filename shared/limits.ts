/**
 * Size limits, once, for every layer that needs them: the intake, the contract, the browser
 * host's request caps and the page's own early check. Messages about a limit come from here too.
 */

/** Limits on free text, shared by the forms (maxLength) and the schemas. */
export const LIMITS = {
  shortText: 120,
  number: 64,
  email: 254,
  notes: 2000,
  id: 64,
} as const;

/** The largest certificate file. */
export const MAX_CERTIFICATE_MB = 25;
export const MAX_CERTIFICATE_BYTES = MAX_CERTIFICATE_MB * 1024 * 1024;

/** The message for a certificate over the limit; with its size when known. */
export function certificateTooLarge(bytes?: number): string {
  const limit = `certificates can be at most ${MAX_CERTIFICATE_MB} MB`;
  return bytes === undefined
    ? `This file is larger than ${MAX_CERTIFICATE_MB} MB; ${limit}.`
    : `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; ${limit}. Scan or export it at a lower resolution and try again.`;
}

/** A certificate as base64 (4 characters per 3 bytes), with room for rounding. */
export const MAX_UPLOAD_BASE64 = Math.ceil((MAX_CERTIFICATE_BYTES * 4) / 3) + 4;

/** 5 MB of CSV text: years of a trainer's activities. */
export const MAX_CSV_CHARS = 5 * 1024 * 1024;

/**
 * A backup sent as base64 in one JSON string (a client of the contract that has no file door; V8's
 * strings stop at about 512 M characters, so this stays well below). The app never does this: the
 * desktop app and the CLI read the file from its path, and the browser host's page uploads it as
 * it is, each up to MAX_BACKUP_FILE_BYTES.
 */
export const MAX_BACKUP_BASE64 = 400 * 1024 * 1024;

/** A file sent as base64 in one string, by a host with neither a save dialog nor a download door. */
export const MAX_DOWNLOAD_BASE64 = MAX_BACKUP_BASE64;

/** A backup file the desktop app or the CLI reads from disk, or the browser host's page uploads. */
export const MAX_BACKUP_FILE_BYTES = 2 * 1024 * 1024 * 1024;
export const backupTooLarge = (bytes: number): string =>
  `This backup is ${(bytes / 1024 ** 3).toFixed(1)} GB; Recert reads backups of up to ${MAX_BACKUP_FILE_BYTES / 1024 ** 3} GB.`;

/** An interchange file (JSON) to import. */
export const MAX_INTERCHANGE_BYTES = 64 * 1024 * 1024;

/** A request to the browser host, unless its contract entry declares more. */
export const DEFAULT_REQUEST_BYTES = 1024 * 1024;

/** Room for the JSON around a large field. */
export const ENVELOPE_BYTES = 64 * 1024;

/** Certificate reading: only the first pages of a long PDF are read (the certificate is on the first). */
export const MAX_PAGES_READ = 3;
/** A page with fewer characters of text than this is read as a scan (OCR). */
export const MIN_TEXT_LAYER_CHARS = 40;
