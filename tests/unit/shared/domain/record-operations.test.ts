/**
 * Record operations are pure: the same document in, a new document out, the input untouched; the
 * clock and the ids come from the stamp; a refused change throws the rule's message and returns
 * nothing. The handlers, and through them every door, use these.
 */
import { describe, expect, it } from 'vitest';
import {
  addActivity,
  removeActivity,
  restoreActivity,
  updateActivity,
} from '../../../../shared/domain/records/operations/activities';
import { addCredential, removeCredential } from '../../../../shared/domain/records/operations/credentials';
import { addRenewal, removeRenewal } from '../../../../shared/domain/records/operations/renewals';
import type { Records, Stamp } from '../../../../shared/domain/records/operations/types';

const empty: Records = { credentials: [], activities: [], renewals: [], customTypes: [], attachments: [] };
let n = 0;
const stamp: Stamp = { now: '2026-11-22T10:00:00.000Z', today: '2026-11-22', newId: () => `id-${++n}` };
const deep = <T>(value: T): T => structuredClone(value);

describe('record operations', () => {
  it('add, update, remove and restore an activity without touching the input', () => {
    const withCpt = addCredential(
      empty,
      { typeId: 'nasm-cpt', number: 'CPT-1', issuedOn: '2025-03-10', notes: '', overrides: {} },
      stamp,
    ).doc;
    const before = deep(withCpt);
    const fields = {
      title: 'Mobility',
      provider: 'NASM',
      code: '',
      completedOn: '2026-06-01',
      contactMinutes: 120,
      delivery: 'online' as const,
      status: 'completed' as const,
      notes: '',
      allocations: [
        { credentialId: withCpt.credentials[0]!.id, amountHundredths: 20, category: '', approval: 'approved' as const },
      ],
    };
    const added = addActivity(withCpt, fields, stamp);
    expect(withCpt).toEqual(before);
    expect(added.result).toMatchObject({ title: 'Mobility', createdAt: stamp.now, updatedAt: stamp.now });
    expect(added.doc.activities).toHaveLength(1);

    const later = { ...stamp, now: '2026-11-23T10:00:00.000Z' };
    const updated = updateActivity(added.doc, added.result.id, { ...fields, title: 'Mobility II' }, later);
    expect(updated.result).toMatchObject({ title: 'Mobility II', createdAt: stamp.now, updatedAt: later.now });

    const removed = removeActivity(updated.doc, added.result.id);
    expect(removed.doc.activities).toEqual([]);
    expect(restoreActivity(removed.doc, removed.result, stamp).doc.activities).toEqual(updated.doc.activities);
    expect(() => restoreActivity(updated.doc, removed.result, stamp)).toThrow('That activity is already there.');
  });

  it('refuses with the rule’s message and field: a future completed course, an unknown record', () => {
    expect(() =>
      addActivity(
        empty,
        {
          title: 'x',
          provider: '',
          code: '',
          completedOn: '2027-01-01',
          contactMinutes: 60,
          delivery: 'online',
          status: 'completed',
          notes: '',
          allocations: [],
        },
        stamp,
      ),
    ).toThrow(/is in the future/);
    expect(() => removeActivity(empty, 'nope')).toThrow(/no longer exists/);
    expect(() => removeCredential(empty, 'nope')).toThrow(/no longer exists/);
    expect(() => removeRenewal(empty, 'nope')).toThrow('That renewal no longer exists.');
  });

  it('removing a credential takes its renewals and its shares of activities, not the activities', () => {
    const cpt = addCredential(
      empty,
      { typeId: 'nasm-cpt', number: '', issuedOn: '2025-03-10', notes: '', overrides: {} },
      stamp,
    );
    const id = cpt.result.id;
    const renewed = addRenewal(
      cpt.doc,
      { credentialId: id, cycleEnd: '2027-03-10', renewedOn: '2026-11-01', confirmation: '' },
      stamp,
    );
    const course = addActivity(
      renewed.doc,
      {
        title: 'c',
        provider: '',
        code: '',
        completedOn: '2026-01-01',
        contactMinutes: 60,
        delivery: 'online',
        status: 'completed',
        notes: '',
        allocations: [{ credentialId: id, amountHundredths: 10, category: '', approval: 'approved' }],
      },
      stamp,
    );
    const gone = removeCredential(course.doc, id).doc;
    expect(gone.credentials).toEqual([]);
    expect(gone.renewals).toEqual([]);
    expect(gone.activities).toHaveLength(1);
    expect(gone.activities[0]?.allocations).toEqual([]);
  });
});
