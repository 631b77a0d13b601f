/**
 * Every kind of file Recert exports, once: the words a save dialog shows, the extension and
 * the MIME type. The core names the kind when it delivers a file; the desktop's save dialog
 * takes its filter from here, and the browser download its type.
 */
export const EXPORT_KINDS = {
  summary: { label: 'PDF document', extension: 'pdf', mime: 'application/pdf' },
  packet: { label: 'PDF document', extension: 'pdf', mime: 'application/pdf' },
  zip: { label: 'ZIP archive', extension: 'zip', mime: 'application/zip' },
  calendar: { label: 'Calendar file', extension: 'ics', mime: 'text/calendar' },
  backup: { label: 'Recert backup (ZIP)', extension: 'zip', mime: 'application/zip' },
  backupEncrypted: { label: 'Encrypted Recert backup', extension: 'enc', mime: 'application/octet-stream' },
  data: { label: 'Recert data (JSON)', extension: 'json', mime: 'application/json' },
} as const;

export type ExportKind = keyof typeof EXPORT_KINDS;

/**
 * The exports of one credential's cycle, once: the contract's enum, the credential page's
 * buttons and the CLI's `--kind` all come from this list.
 */
export const REPORT_KINDS = {
  summary: { button: 'Export summary', cli: 'the renewal summary (PDF)' },
  packet: { button: 'Export packet', cli: 'the summary with every certificate after an index (PDF)' },
  zip: { button: 'Export certificates (ZIP)', cli: 'the original certificate files (ZIP)' },
} as const satisfies Partial<Record<ExportKind, { button: string; cli: string }>>;

export type ReportKind = keyof typeof REPORT_KINDS;
export const REPORT_KIND_NAMES = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];

/** A save dialog's filter for `kind`. */
export function saveFilter(kind: ExportKind): { name: string; extensions: string[] } {
  const k = EXPORT_KINDS[kind];
  return { name: k.label, extensions: [k.extension] };
}
