import type { Sourced } from './types';
import { AUDITED_ON, VERIFIED_ON } from './sources';

/** A confirmed value from `source`. */
export function confirmed<T>(value: T, source: string, note?: string): Sourced<T> {
  return note === undefined
    ? { value, source, verifiedOn: VERIFIED_ON, confirmed: true }
    : { value, source, verifiedOn: VERIFIED_ON, confirmed: true, note };
}

/** The same value, marked as checked again by the rules audit (AUDITED_ON). */
export function audited<T>(value: Sourced<T>): Sourced<T> {
  return { ...value, verifiedOn: AUDITED_ON };
}

/** A value no reliable source confirms: shown to the user with "verify with <body>". */
export function unconfirmed<T>(value: T, source: string, note: string): Sourced<T> {
  return { value, source, verifiedOn: VERIFIED_ON, confirmed: false, note };
}
