/**
 * Which links may leave the app for the system browser: https only, no credentials
 * in the URL, and only the certifying bodies' and CPR providers' own sites (the
 * sources the catalog cites). Everything else is refused.
 */
export const EXTERNAL_HOSTS = [
  'nasm.org',
  'afaa.com',
  'acefitness.org',
  'acsm.org',
  'nsca.com',
  'issaonline.com',
  'ncsf.org',
  'netafit.org',
  'heart.org',
  'redcross.org',
] as const;

/** True when `raw` may be opened with the system browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * True when `raw` is on `origin` (scheme, host and port), for `will-navigate` and the IPC
 * sender check. Compared field by field: for custom schemes such as `app:` and `file:`,
 * `URL.origin` is the string "null", so comparing origins would let any file:// page pass.
 */
export function isSameOrigin(raw: string, origin: string): boolean {
  try {
    const a = new URL(raw);
    const b = new URL(origin);
    return a.host !== '' && a.protocol === b.protocol && a.host === b.host;
  } catch {
    return false;
  }
}
