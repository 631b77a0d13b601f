/**
 * pdfkit wraps a word longer than the line by trying one character at a time, which grows
 * with the square of its length: a 10,000-character title without a space took seconds, a
 * megabyte took the process down. A run of more than 64 visible characters (longer than a
 * SHA-256, which stays whole) gets a zero-width break opportunity every 32, so layout stays
 * linear in the text's length and nothing visible changes.
 */
const LONG_RUN = /\S{65,}/gu;
const BREAK = '\u200b';

export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const chars = Array.from(run);
    let out = '';
    for (let i = 0; i < chars.length; i += 32) out += (i > 0 ? BREAK : '') + chars.slice(i, i + 32).join('');
    return out;
  });
}

/** `value` with every string in it passed through `breakLongRuns`. */
export function withBreakableText<T>(value: T): T {
  if (typeof value === 'string') return breakLongRuns(value) as T;
  if (Array.isArray(value)) return value.map((v) => withBreakableText(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withBreakableText(v)])) as T;
  }
  return value;
}
