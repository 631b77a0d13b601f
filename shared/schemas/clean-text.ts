/**
 * What text the user types may hold once stored: no control characters (a line break and a
 * tab are kept where the field has lines), no bidirectional overrides or isolates (they can
 * make a PDF line read differently from what was typed), no invisible characters or line
 * separators in one-line fields (a name that looks like another), no lone surrogate halves, and
 * Unicode in its composed form (NFC), so "é" typed two ways is stored one way.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/**
 * Invisible characters that only hide text or join words: zero-width space, word joiner, byte
 * order mark, soft hyphen. (Zero-width joiners and non-joiners stay: Persian, Indic scripts and
 * emoji need them.)
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** Line and paragraph separators: a line break in notes, nothing in a one-line field. */
const SEPARATORS = /[\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` cleaned for storage; `multiline` keeps line breaks and tabs (notes). */
export function cleanText(text: string, multiline = false): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(multiline ? CONTROLS_MULTI_LINE : CONTROLS_SINGLE_LINE, '')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(SEPARATORS, multiline ? '\n' : '')
    .normalize('NFC');
}
