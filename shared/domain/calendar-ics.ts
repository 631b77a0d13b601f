/**
 * The calendar export (iCalendar, RFC 5545): one all-day event per renewal deadline, per
 * CPR/AED card expiry and per milestone of the plan still ahead (planned courses and credentials), with an alarm
 * at each reminder threshold. UIDs are stable (credential
 * and cycle number, or card), so importing the file again updates events instead of
 * duplicating them.
 */
import { addDays, formatLongDate, type CalendarDate } from './calendar-date';
import type { CredentialEvaluation } from './rules/evaluation-types';

export interface CalendarOptions {
  /** Days before each event to remind (alarms). */
  thresholds: readonly number[];
  /** When the file is made (DTSTAMP), as an ISO timestamp. */
  now: string;
  /** The plan's milestones (planned courses and credentials), each on its day, in the words Home uses. */
  planned?: readonly { id: string; day: CalendarDate; title: string; detail: string }[];
}

/** Text escaped for an iCalendar value. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    // The character's UTF-8 length, from its code point (no encoder per character).
    const code = char.codePointAt(0) as number;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (d: CalendarDate) => d.replace(/-/g, '');
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

function event(
  uid: string,
  date: CalendarDate,
  summary: string,
  description: string,
  options: CalendarOptions,
): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(options.now)}`,
    `LAST-MODIFIED:${stamp(options.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
  ];
  for (const days of [...new Set(options.thresholds)].sort((a, b) => b - a)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`${summary} (${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`})`)}`,
      `TRIGGER;RELATED=START:${days === 0 ? 'PT0S' : `-P${days}D`}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildCalendar(evaluations: readonly CredentialEvaluation[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Recert//Renewal deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Recert renewal deadlines',
  ];
  for (const e of evaluations) {
    if (e.card) {
      lines.push(
        ...event(
          `recert-card-${e.credentialId}@recert.local`,
          e.card.validUntil,
          `${e.code} expires`,
          `Your ${e.bodyCode} CPR/AED card (${e.name}) is valid until ${formatLongDate(e.card.validUntil)}. Renew it before any renewal deadline that needs it.`,
          options,
        ),
      );
      continue;
    }
    for (const cycle of e.cycles) {
      if (cycle.status === 'renewed' || cycle.status === 'lapsed') continue;
      // After the deadline (in grace, late renewal), the day that still matters is the last day to renew.
      const late = cycle.status === 'in_grace' || cycle.status === 'late_renewal';
      const still = `When this file was made: ${cycle.verdict.sentence}`;
      lines.push(
        ...event(
          `recert-deadline-${e.credentialId}-cycle-${cycle.index}@recert.local`,
          late ? (cycle.verdict.by ?? cycle.end) : cycle.end,
          late ? `${e.code}: last day to renew` : `${e.code} renewal deadline`,
          `${e.bodyName} ${e.name}${e.number ? ` (no. ${e.number})` : ''}: the cycle ${formatLongDate(cycle.start)} – ${formatLongDate(cycle.end)} ends. ${still}`,
          options,
        ),
      );
    }
  }
  for (const p of options.planned ?? [])
    lines.push(
      ...event(
        `recert-planned-${p.id}@recert.local`,
        p.day,
        `Planned: ${p.title}`,
        `Your plan in Recert. ${p.detail}`,
        options,
      ),
    );
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
