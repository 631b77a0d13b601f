/**
 * Field builders for the contract's schemas. Every message names the field in words
 * the user sees on screen, so an error can be shown as it is.
 */
import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { cleanText } from './clean-text';

import { LIMITS } from '../limits';

export { LIMITS };

/** "X is required" when the field is missing, "X must be text" when it has the wrong type. */
function textError(label: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label} is required.` : `${label} must be text.`;
}

/** Required single-line text, cleaned (see clean-text.ts), trimmed, at most `max` characters. */
export function requiredText(label: string, max: number = LIMITS.shortText) {
  return z
    .string({ error: textError(label) })
    .overwrite((t) => cleanText(t))
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });
}

/** Optional text, cleaned: missing becomes the empty string; `multiline` keeps line breaks (notes). */
export function optionalText(label: string, max: number = LIMITS.shortText, multiline = false) {
  return z
    .string({ error: `${label} must be text.` })
    .overwrite((t) => cleanText(t, multiline))
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .default('');
}

/** A real calendar date, `YYYY-MM-DD`. */
export function calendarDate(label: string) {
  return (
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `${label} is required, as a date (YYYY-MM-DD).`
            : `${label} must be a date written as YYYY-MM-DD.`,
      })
      // The pattern also puts the form into the generated JSON Schema; the refine checks the day exists.
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: (issue) =>
          issue.input === ''
            ? `${label} is required, as a date (YYYY-MM-DD).`
            : `${label}: "${String(issue.input)}" is not a date written as YYYY-MM-DD (e.g. 2026-03-10).`,
      })
      .refine(isCalendarDate, {
        error: (issue) =>
          issue.input === ''
            ? `${label} is required, as a date (YYYY-MM-DD).`
            : `${label}: "${String(issue.input)}" is not a real date. Use the form YYYY-MM-DD, e.g. 2026-03-10.`,
      })
  );
}

/** An identifier the app generated. */
export function identifier(label: string) {
  return z
    .string({ error: `${label} is required.` })
    .min(1, { error: `${label} is required.` })
    .max(LIMITS.id, { error: `${label} is not a valid identifier.` });
}

/** An e-mail address, or empty when the user gives none. */
export function optionalEmail(label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(LIMITS.email, { error: `${label} must be at most ${LIMITS.email} characters.` })
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      error: `${label} does not look like an e-mail address (name@example.com).`,
    })
    .default('');
}
