/**
 * The boundary table's shape and its helpers. Each body's file (nasm.ts, afaa.ts, …) lists rows:
 * the rule a row tests, quoted, with its source taken from the catalog (so a row can never cite a
 * page the catalog does not), the records a trainer would have, the day to look on, and what the
 * body would say: the state in force, the credit, the deadline, the day the verdict names, the fee.
 * `conformance.test.ts` runs every row through `recert import` and `recert status --json --today`,
 * and its not-covered rows through the PDF summary too.
 */
import { findCredentialType } from '../../shared/domain/catalog/catalog';
import type { CredentialType, Sourced } from '../../shared/domain/catalog/types';
import type { CycleStatus } from '../../shared/domain/rules/evaluation-types';

export interface CardRecord {
  typeId?: 'cpr-aha' | 'cpr-arc';
  issuedOn: string;
  expiresOn: string;
  handsOn?: boolean;
}

export interface CourseRecord {
  title?: string;
  completedOn: string;
  /** Hundredths of the body's unit. */
  amount: number;
  category?: string;
  /** The credential it is allocated to (default: the row's credential). */
  to?: string;
  separateCourse?: boolean;
}

export interface Row {
  name: string;
  /** The rule, in the body's words (or the catalog's note that carries them). */
  rule: string;
  /** Where the rule comes from: a source the catalog cites for that value. */
  source: string;
  today: string;
  /** The credential under test (id `c`), and any others (ids given). */
  credential: { typeId: string; issuedOn: string };
  others?: { id: string; typeId: string; issuedOn: string }[];
  cards?: CardRecord[];
  courses?: CourseRecord[];
  renewals?: { cycleEnd: string; renewedOn: string }[];
  expect: {
    state: CycleStatus;
    /** Credit after caps in the cycle in force, in hundredths. */
    earned?: number;
    /** The deadline of the cycle in force. */
    deadline?: string;
    /** The day the verdict names (submit by, renew by, late until). */
    by?: string;
    feeCents?: number | null;
    /** Words the verdict's sentence must contain. */
    says?: string[];
    /** How many cycles are shown (after a lapse, none after it). */
    cycles?: number;
  };
}

/** The catalog's source (and note, as the rule's words) for one value of a type. */
export function cited(typeId: string, field: keyof CredentialType): { rule: string; source: string } {
  const type = findCredentialType(typeId);
  const value = type?.[field] as Sourced<unknown> | undefined;
  if (!value || typeof value !== 'object' || !('source' in value))
    throw new Error(`The catalog has no sourced ${String(field)} for ${typeId}.`);
  return { rule: value.note ?? JSON.stringify(value.value), source: value.source };
}

/** A row, with the rule and source cited from the catalog's value `field`. */
export function row(typeId: string, field: keyof CredentialType, r: Omit<Row, 'rule' | 'source'>): Row {
  return { ...cited(typeId, field), ...r };
}

/** A card valid from `issuedOn` to `expiresOn`, with a hands-on skills check unless said otherwise. */
export const card = (issuedOn: string, expiresOn: string, handsOn: boolean | 'unknown' = true): CardRecord => ({
  issuedOn,
  expiresOn,
  ...(handsOn !== 'unknown' ? { handsOn } : {}),
});
