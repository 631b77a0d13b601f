/**
 * A change between two documents, as the journal keeps it: the top-level values that were
 * replaced (profile, settings) and, for each list, the records put (new or replaced, by id) and
 * the ids removed. Records are compared by identity (a change never edits a record in place), so
 * working out a one-record change costs one pass over the list, not a deep comparison.
 * A change the journal cannot say exactly (a list reordered, two records with one id) is null:
 * the store then writes the whole document instead.
 */
import type { RecertDocument } from './document';

export const LIST_NAMES = ['credentials', 'customTypes', 'renewals', 'activities', 'attachments'] as const;
export type ListName = (typeof LIST_NAMES)[number];
const LISTS = new Set<string>(LIST_NAMES);

type WithId = { readonly id: string };

export interface ListChange {
  /** Records added or replaced, in the order they appear in the new list. */
  put: WithId[];
  /** Ids of records removed. */
  del: string[];
}

export interface DocumentChange {
  /** Top-level values replaced whole (profile, settings, schemaVersion). */
  set: Partial<Omit<RecertDocument, ListName>>;
  lists: Partial<Record<ListName, ListChange>>;
}

function listChange(before: readonly WithId[], after: readonly WithId[]): ListChange | null {
  const afterById = new Map<string, WithId>();
  for (const record of after) afterById.set(record.id, record);
  if (afterById.size !== after.length) return null;
  const beforeIds = new Set<string>();
  for (const record of before) beforeIds.add(record.id);
  if (beforeIds.size !== before.length) return null;

  // The new list must be the old one's survivors, in their order, then the new records: what `apply` builds.
  const del: string[] = [];
  const put: WithId[] = [];
  let k = 0;
  for (const record of before) {
    const next = afterById.get(record.id);
    if (next === undefined) {
      del.push(record.id);
      continue;
    }
    if (after[k] !== next) return null;
    if (next !== record) put.push(next);
    k++;
  }
  for (; k < after.length; k++) {
    const record = after[k] as WithId;
    if (beforeIds.has(record.id)) return null;
    put.push(record);
  }
  return { put, del };
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
      const lc = listChange(a as WithId[], b as WithId[]);
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
    const before = doc[name] as readonly WithId[];
    const removed = new Set(lc.del);
    const replacing = new Map(lc.put.map((r) => [r.id, r]));
    const list: WithId[] = [];
    for (const record of before) {
      if (removed.has(record.id)) continue;
      const replaced = replacing.get(record.id);
      list.push(replaced ?? record);
      replacing.delete(record.id);
    }
    for (const record of replacing.values()) list.push(record);
    next[name] = list;
  }
  return next as RecertDocument;
}
