/**
 * A change between two documents, as the journal keeps it: the top-level values that were
 * replaced (profile, settings) and, for each list, the records put (new or replaced, by id) and
 * the ids removed. Records are compared by identity (a change never edits a record in place), so
 * working out a one-record change costs one pass over the list, not a deep comparison.
 * A change the journal cannot say exactly (a list reordered, two records with one id) is null:
 * the store then writes the whole document instead. Lists are diffed and patched by
 * `shared/list-change.ts`, which the overview uses too.
 */
import { applyListChange, diffList, type ListChange, type WithId } from '../../../shared/list-change';
import type { RecertDocument } from './document';

export type { ListChange };

export const LIST_NAMES = [
  'credentials',
  'customTypes',
  'renewals',
  'activities',
  'attachments',
  'plannedCredentials',
] as const;
export type ListName = (typeof LIST_NAMES)[number];
const LISTS = new Set<string>(LIST_NAMES);

export interface DocumentChange {
  /** Top-level values replaced whole (profile, settings, schemaVersion). */
  set: Partial<Omit<RecertDocument, ListName>>;
  lists: Partial<Record<ListName, ListChange>>;
}

/** What changed from `before` to `after`; null when the journal cannot say it exactly. */
export function diffDocuments(before: RecertDocument, after: RecertDocument): DocumentChange | null {
  const change: DocumentChange = { set: {}, lists: {} };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (a === b) continue;
    if (LISTS.has(key)) {
      if (!Array.isArray(a) || !Array.isArray(b)) return null;
      const lc = diffList(a as WithId[], b as WithId[]);
      if (lc === null) return null;
      if (lc.put.length > 0 || lc.del.length > 0) change.lists[key as ListName] = lc;
    } else {
      if (b === undefined) return null;
      (change.set as Record<string, unknown>)[key] = b;
    }
  }
  return change;
}

/** True when nothing changed. */
export function isEmptyChange(change: DocumentChange): boolean {
  return Object.keys(change.set).length === 0 && Object.keys(change.lists).length === 0;
}

/** `doc` with `change` applied: the exact document `diffDocuments` was given as `after`. */
export function applyChange(doc: RecertDocument, change: DocumentChange): RecertDocument {
  const next: Record<string, unknown> = { ...doc, ...change.set };
  for (const [name, lc] of Object.entries(change.lists) as [ListName, ListChange][]) {
    next[name] = applyListChange(doc[name] as readonly WithId[], lc);
  }
  return next as RecertDocument;
}
