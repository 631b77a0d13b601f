/**
 * The journal's change: whatever a change does to the lists (add, replace, remove, in any mix),
 * the line written and read back rebuilds exactly the new document; a change it cannot say
 * (a list reordered) is null, so the store writes the whole document instead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, diffDocuments } from '../../../../../electron/core/store/change';
import { emptyDocument, type RecertDocument } from '../../../../../electron/core/store/document';
import { foldJournal, journalLine } from '../../../../../electron/core/store/journal';
import { activity } from '../../../shared/domain/fixtures';

type Op = { kind: 'add' | 'replace' | 'remove' | 'swap' | 'profile'; at: number; text: string };

const op = fc.record({
  kind: fc.constantFrom('add', 'replace', 'remove', 'swap', 'profile') as fc.Arbitrary<Op['kind']>,
  at: fc.nat(50),
  text: fc.string({ unit: 'binary', maxLength: 12 }),
});

let made = 0;
function run(doc: RecertDocument, ops: Op[]): RecertDocument {
  let list = [...doc.activities];
  let next = doc;
  for (const o of ops) {
    const i = list.length === 0 ? 0 : o.at % list.length;
    if (o.kind === 'add') list.push({ ...activity(`n${made++}`, '2026-01-01', []), title: o.text || 'x' });
    else if (o.kind === 'replace' && list[i]) list[i] = { ...list[i], title: o.text || 'y' };
    else if (o.kind === 'remove') list.splice(i, 1);
    else if (o.kind === 'swap' && list.length > 1) list = [...list.slice(1), list[0]!];
    else if (o.kind === 'profile') next = { ...next, profile: { name: o.text, email: '' } };
  }
  return { ...next, activities: list };
}

const start: RecertDocument = {
  ...emptyDocument(),
  activities: Array.from({ length: 6 }, (_, i) => activity(`a${i}`, '2026-01-01', [])),
};

describe('a change between two documents', () => {
  it('applied to the first document gives the second, through the journal line and back', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        const after = run(start, ops);
        const change = diffDocuments(start, after);
        if (ops.some((o) => o.kind === 'swap') && change === null) return; // reordered: written whole
        expect(change).not.toBeNull();
        expect(applyChange(start, change!)).toEqual(after);
        const read = foldJournal(start, 'base', journalLine('base', 1, change!));
        expect(read).toMatchObject({ applied: 1 });
        expect(read.doc).toEqual(JSON.parse(JSON.stringify(after)));
      }),
    );
  });

  it('a reordered list, or two records with one id, cannot be said as a change', () => {
    const [a, b, ...rest] = start.activities;
    expect(diffDocuments(start, { ...start, activities: [b!, a!, ...rest] })).toBeNull();
    expect(diffDocuments(start, { ...start, activities: [...start.activities, { ...a!, title: 'twin' }] })).toBeNull();
  });

  it('names only what changed', () => {
    const renamed = { ...start.activities[2]!, title: 'Renamed' };
    const after = {
      ...start,
      activities: start.activities.map((x) => (x.id === 'a2' ? renamed : x)).filter((x) => x.id !== 'a4'),
    };
    expect(diffDocuments(start, after)).toEqual({ set: {}, lists: { activities: { put: [renamed], del: ['a4'] } } });
  });
});
