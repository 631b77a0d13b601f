/**
 * A change to a list of records with ids, as the store's journal keeps it and as the overview
 * sends the activities to a page that has an earlier version: the records put (new or replaced,
 * by id) and the ids removed. Records are compared by identity (a change never edits a record in
 * place), so working it out is one pass over the list. The new list is always the old one's
 * survivors in their order, then the new records; a change that reorders the list, or a list with
 * two records of one id, cannot be said this way (null).
 */
export interface WithId {
  readonly id: string;
}

export interface ListChange<T extends WithId = WithId> {
  /** Records added or replaced, in the order they appear in the new list. */
  put: T[];
  /** Ids of records removed. */
  del: string[];
}

/** What changed from `before` to `after`; null when it cannot be said as puts and removals. */
export function diffList<T extends WithId>(before: readonly T[], after: readonly T[]): ListChange<T> | null {
  const afterById = new Map<string, T>();
  for (const record of after) afterById.set(record.id, record);
  if (afterById.size !== after.length) return null;
  const beforeIds = new Set<string>();
  for (const record of before) beforeIds.add(record.id);
  if (beforeIds.size !== before.length) return null;

  const del: string[] = [];
  const put: T[] = [];
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
    const record = after[k] as T;
    if (beforeIds.has(record.id)) return null;
    put.push(record);
  }
  return { put, del };
}

/** `before` with `change` applied: the `after` that `diffList` was given. */
export function applyListChange<T extends WithId>(before: readonly T[], change: ListChange<T>): T[] {
  const removed = new Set(change.del);
  const replacing = new Map(change.put.map((r) => [r.id, r]));
  const list: T[] = [];
  for (const record of before) {
    if (removed.has(record.id)) continue;
    const replaced = replacing.get(record.id);
    list.push(replaced ?? record);
    replacing.delete(record.id);
  }
  for (const record of replacing.values()) list.push(record);
  return list;
}
