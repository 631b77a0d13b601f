/**
 * Which links may leave the app: https only, no credentials or port in the address, and only
 * the certifying bodies' and CPR providers' own sites, taken from the catalog (each body's
 * `website`). A catalog source on any other site (a third-party page) is shown as text, not
 * as a link. Parsed without `URL`, so the same check runs in the page, the main process and
 * the tests.
 */
import { BODIES } from './domain/catalog/bodies';

const HTTPS_HOST = /^https:\/\/([a-z0-9.-]+)(?:[/?#]|$)/i;

/** The host of an https address with no credentials or port; null for anything else. */
export function httpsHost(raw: string): string | null {
  const match = HTTPS_HOST.exec(raw);
  return match ? (match[1] as string).toLowerCase() : null;
}

/** The sites links may open: every body's own site (without its `www.`). */
export const LINK_HOSTS: readonly string[] = [
  ...new Set(BODIES.map((b) => httpsHost(b.website)?.replace(/^www\./, '')).filter((h): h is string => !!h)),
];

/** True when `raw` may be opened with the system browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  const host = httpsHost(raw);
  return host !== null && LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** How a catalog source is shown: a link to a body's own page, else its address as text. */
export function sourceDisplay(source: string): { href: string } | { text: string } {
  return isAllowedExternalUrl(source) ? { href: source } : { text: source };
}
