/** What the CLI's commands share: usage errors, common options, reading an input file, a passphrase from the environment. */
import { promises as fs } from 'node:fs';
import { isCalendarDate } from '../../../shared/domain/calendar-date';
import { AppError } from '../../../shared/errors';
import type { CliIo } from '../session';

export class UsageError extends Error {}

export const dataDir = { 'data-dir': { type: 'string' as const } };
/** For commands that change data: take a lock another computer holds, when the user says so. */
export const forceUnlock = { 'force-unlock': { type: 'boolean' as const, default: false } };

export function todayOption(value: string | undefined, io: CliIo): string {
  const today = value ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today: "${today}" is not a real date. Use YYYY-MM-DD.`);
  return today;
}

export async function readInput(file: string, what: 'text' | 'bytes'): Promise<string | Uint8Array> {
  try {
    return what === 'text' ? await fs.readFile(file, 'utf8') : new Uint8Array(await fs.readFile(file));
  } catch {
    throw new AppError('invalid_input', `No file at ${file}.`);
  }
}

export function passphraseFrom(name: string | undefined, io: CliIo): string | undefined {
  if (name === undefined) return undefined;
  const value = io.env[name];
  if (!value) throw new UsageError(`--passphrase-env: the environment variable ${name} is not set.`);
  return value;
}
