/**
 * Reading past activities from a spreadsheet (CSV): the user maps columns to fields,
 * every row is checked, and each bad row gets its own message. Pure: the core previews and
 * imports with it, and the same rules apply to the CLI.
 */
import Papa from 'papaparse';
import { calendarDateOf, isCalendarDate, type CalendarDate } from './calendar-date';
import { creditForMinutes, minutesForCredit, parseAmount } from './quantity';
import { effectiveType } from './rules/effective-type';
import {
  ActivityFieldsSchema,
  AllocationSchema,
  MAX_ALLOCATION,
  type ActivityFields,
  type Credential,
  type CustomType,
} from '../schemas/entities';
import { activityProblem } from './records/activity-rules';

export { CSV_FIELD_LABELS, CSV_FIELDS, type CsvField, type CsvMapping } from '../schemas/csv-fields';
import type { CsvField, CsvMapping } from '../schemas/csv-fields';
import { CSV_FIELDS } from '../schemas/csv-fields';

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

export interface CsvRow {
  /** The line in the file (the header is line 1). */
  line: number;
  activity: ActivityFields | null;
  errors: string[];
}

/** Parses CSV text (comma, semicolon or tab separated; a header row first). */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

const GUESSES: Record<CsvField, RegExp> = {
  date: /^(date|completed|completion date|date completed)$/i,
  title: /^(title|course|course title|activity|name)$/i,
  provider: /^(provider|organization|organisation|sponsor)$/i,
  code: /^(code|course code|approval code|course number)$/i,
  hours: /^(hours|contact hours|hrs)$/i,
  amount: /^(amount|ceus?|cecs?|credits?)$/i,
  credential: /^(credential|certification|cert)$/i,
  category: /^(category|cat)$/i,
};

/** A first mapping from the headers' names; the user corrects it. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const field of CSV_FIELDS) {
    const header = headers.find((h) => GUESSES[field].test(h.trim()));
    if (header !== undefined) mapping[field] = header;
  }
  return mapping;
}

/** `YYYY-MM-DD`, or `M/D/YYYY` as US spreadsheets write it. */
export function parseCsvDate(text: string): CalendarDate | null {
  const value = text.trim();
  if (isCalendarDate(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) {
    const date = calendarDateOf(Number(us[3]), Number(us[1]), Number(us[2]));
    return isCalendarDate(date) ? date : null;
  }
  return null;
}

interface Context {
  credentials: readonly Credential[];
  customTypes: readonly CustomType[];
  today: CalendarDate;
}

/** Finds the user's credential a cell names: its code ("NASM-CPT"), its number, or its type id. */
function matchCredential(value: string, ctx: Context): { credential: Credential; perHour: number } | null {
  const wanted = value.trim().toLowerCase();
  for (const credential of ctx.credentials) {
    const effective = effectiveType(credential, ctx.customTypes);
    if (!effective) continue;
    const names = [effective.type.code, credential.number, credential.typeId]
      .map((n) => n.toLowerCase())
      .filter(Boolean);
    if (names.includes(wanted)) return { credential, perHour: effective.body.perHour.value };
  }
  return null;
}

function cell(row: readonly string[], headers: readonly string[], column: string | undefined): string {
  if (column === undefined) return '';
  const index = headers.indexOf(column);
  return index < 0 ? '' : (row[index] ?? '').trim();
}

/** The columns that are plain text, each checked with the very schema the app's form uses. */
const TEXT_FIELDS = [
  ['title', ActivityFieldsSchema.shape.title],
  ['provider', ActivityFieldsSchema.shape.provider],
  ['code', ActivityFieldsSchema.shape.code],
  ['category', AllocationSchema.shape.category],
] as const;

/** Checks every row against the mapping. Rows with errors have `activity: null`. */
export function interpretCsv(table: CsvTable, mapping: CsvMapping, ctx: Context): CsvRow[] {
  return table.rows.map((row, i) => {
    const line = i + 2;
    const get = (field: CsvField) => cell(row, table.headers, mapping[field]);
    const errors: string[] = [];
    const title = get('title');
    // Text limits and the completion date: the app's own schemas and rules, in the same words.
    for (const [field, schema] of TEXT_FIELDS) {
      const checked = schema.safeParse(get(field));
      if (!checked.success) errors.push(checked.error.issues[0]?.message ?? `${field} is not valid`);
    }
    const dateText = get('date');
    const date = parseCsvDate(dateText);
    if (!dateText) errors.push('the completion date is empty');
    else if (!date) errors.push(`"${dateText}" is not a date (use YYYY-MM-DD or M/D/YYYY)`);
    else {
      const problem = activityProblem(
        { status: 'completed', completedOn: date, allocations: [] },
        { credentials: [], activities: [], today: ctx.today },
      );
      if (problem) errors.push(problem.message);
    }

    const hoursText = get('hours');
    const hours = hoursText ? parseAmount(hoursText) : null;
    if (hoursText && (hours === null || hours <= 0)) errors.push(`"${hoursText}" is not a number of hours above zero`);
    const amountText = get('amount');
    const amount = amountText ? parseAmount(amountText) : null;
    if (amountText && (amount === null || amount <= 0)) errors.push(`"${amountText}" is not an amount above zero`);
    else if (amount !== null && amount > MAX_ALLOCATION)
      errors.push(`${amountText} is more than 100 units for one activity`);

    // One course may count toward several credentials: "NASM-CPT; ACE-CPT".
    const names = get('credential')
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean);
    const matches: { credential: Credential; perHour: number }[] = [];
    for (const name of names) {
      const found = matchCredential(name, ctx);
      if (!found)
        errors.push(`"${name}" is not one of your credentials (use its code, such as NASM-CPT, or its number)`);
      else if (matches.some((m) => m.credential.id === found.credential.id)) errors.push(`"${name}" is named twice`);
      else matches.push(found);
    }
    const match = matches.length === 1 ? matches[0] : undefined;
    if (matches.length > 1 && amountText)
      errors.push(
        'an amount is in one body’s unit, so it cannot apply to several credentials: give the contact hours instead, and each body’s conversion is used',
      );

    let minutes = hours !== null && hours > 0 ? Math.round((hours * 60) / 100) : null;
    if (minutes === null && amount !== null && amount > 0 && match) minutes = minutesForCredit(amount, match.perHour);
    if (minutes === null && !hoursText && !(amountText && match))
      errors.push('there are no contact hours (and no credit to work them out from)');

    if (errors.length > 0 || minutes === null || !date) return { line, activity: null, errors };
    const m = minutes;
    const shares = matches
      .map((x) => ({
        credentialId: x.credential.id,
        amountHundredths: Math.min(match && amount !== null ? amount : creditForMinutes(m, x.perHour), MAX_ALLOCATION),
        category: get('category'),
        approval: 'approved' as const,
      }))
      .filter((s) => s.amountHundredths > 0);
    const activity: ActivityFields = {
      title,
      provider: get('provider'),
      code: get('code'),
      completedOn: date,
      contactMinutes: minutes,
      delivery: 'online',
      status: 'completed',
      notes: '',
      allocations: shares,
    };
    return { line, activity, errors };
  });
}
