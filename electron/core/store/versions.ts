/**
 * A version for each collection of the document, so a reader can say "I have these activities"
 * and get nothing back when they have not changed. Documents are immutable: a write that does not
 * touch the activities keeps the same array, so the array itself is the version. Each process
 * numbers them from a random start, so a version from another run never matches. The last few
 * collections are kept by version (arrays of shared records: small), so a reader that has one of
 * them can be sent only what changed since.
 */
import { randomBytes } from 'node:crypto';
import { diffList, type ListChange, type WithId } from '../../../shared/list-change';

const epoch = randomBytes(6).toString('hex');
const versions = new WeakMap<object, string>();
let next = 0;
/** The last few collections given a version, so a reader one or two changes behind gets only the change. */
const RECENT = 16;
const recent = new Map<string, readonly unknown[]>();

export function versionOf(collection: readonly unknown[]): string {
  let version = versions.get(collection);
  if (!version) {
    version = `${epoch}-${++next}`;
    versions.set(collection, version);
    recent.set(version, collection);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  }
  return version;
}

/** The collection a recent version names; undefined once it is older than the last few. */
export function collectionOf(version: string): readonly unknown[] | undefined {
  return recent.get(version);
}

let lastDiff: { before: readonly WithId[]; after: readonly WithId[]; change: ListChange | null } | null = null;

/**
 * What changed from one version of a list to another (`diffList`). After a change the overview
 * (for the page's copy) and the kept evaluation (for its own) usually ask about the same two
 * lists, so the last answer is kept.
 */
export function changesBetween<T extends WithId>(before: readonly T[], after: readonly T[]): ListChange<T> | null {
  if (lastDiff?.before !== before || lastDiff.after !== after)
    lastDiff = { before, after, change: diffList(before, after) };
  return lastDiff.change as ListChange<T> | null;
}
