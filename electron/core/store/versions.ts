/**
 * A version for each collection of the document, so a reader can say "I have these activities"
 * and get nothing back when they have not changed. Documents are immutable: a write that does not
 * touch the activities keeps the same array, so the array itself is the version. Each process
 * numbers them from a random start, so a version from another run never matches.
 */
import { randomBytes } from 'node:crypto';

const epoch = randomBytes(6).toString('hex');
const versions = new WeakMap<object, string>();
let next = 0;

export function versionOf(collection: readonly unknown[]): string {
  let version = versions.get(collection);
  if (!version) {
    version = `${epoch}-${++next}`;
    versions.set(collection, version);
  }
  return version;
}
