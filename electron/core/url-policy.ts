/** Where the app's own pages may navigate, and (re-exported) which links may leave it. */
export { isAllowedExternalUrl } from '../../shared/link-policy';

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
