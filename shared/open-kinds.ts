/**
 * Every kind of file Recert opens, once: the open dialog's title and filter on the desktop, and
 * the file input's `accept` in a browser.
 */
export const OPEN_KINDS = {
  certificate: {
    title: 'Attach a certificate',
    label: 'Certificates (PDF, PNG, JPEG)',
    extensions: ['pdf', 'png', 'jpg', 'jpeg'],
    mimes: ['application/pdf', 'image/png', 'image/jpeg'],
  },
  backup: {
    title: 'Choose a Recert backup',
    label: 'Recert backups (ZIP, encrypted)',
    extensions: ['zip', 'enc'],
    mimes: [],
  },
} as const;

export type OpenKind = keyof typeof OPEN_KINDS;

/** An open dialog's filter for `kind`. */
export function openFilter(kind: OpenKind): { name: string; extensions: string[] } {
  return { name: OPEN_KINDS[kind].label, extensions: [...OPEN_KINDS[kind].extensions] };
}

/** A file input's `accept` for `kind`. */
export function acceptFor(kind: OpenKind): string {
  const k = OPEN_KINDS[kind];
  return [...k.extensions.map((e) => `.${e}`), ...k.mimes].join(',');
}
