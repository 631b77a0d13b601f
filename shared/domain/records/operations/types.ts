/**
 * Record operations are pure: `(document, input, stamp) → { doc, result }`. The store applies the
 * new document (durably, through its write gate); the handlers, the importer and the CLI share
 * the same operations. What is not pure (the clock, new ids) comes in the stamp.
 */
import type { CalendarDate } from '../../calendar-date';
import type { Activity, Attachment, Credential, CustomType, Renewal } from '../../../schemas/entities';

/** The records an operation reads and writes (the store's document has more; it is kept as is). */
export interface Records {
  credentials: readonly Credential[];
  activities: readonly Activity[];
  renewals: readonly Renewal[];
  customTypes: readonly CustomType[];
  attachments: readonly Attachment[];
}

export interface Stamp {
  /** Now, as an ISO timestamp (the store's clock). */
  now: string;
  /** Today, in the user's time zone. */
  today: CalendarDate;
  /** A new record id. */
  newId: () => string;
}

export interface Outcome<D, T> {
  doc: D;
  result: T;
}
