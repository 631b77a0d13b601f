/**
 * One set of rules at every door: a record the app's contract refuses is refused by the JSON
 * import, the spreadsheet import (for what a spreadsheet can say) and a backup restore too,
 * with the same message, and none of them changes anything.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../electron/core/backup/backup';
import { exportData, importData } from '../../../../electron/core/interchange';
import type { RecertDocument } from '../../../../electron/core/store/document';
import { FIXED_NOW, NASM_CPT, openCore, TODAY } from '../../helpers';

const activity = {
  title: 'Program design',
  provider: 'NASM',
  code: '',
  completedOn: '2026-02-01',
  contactMinutes: 90,
  delivery: 'online',
  status: 'completed',
  notes: '',
  allocations: [] as unknown[],
};

/** The same activity as a spreadsheet row, where the spreadsheet has the column (no notes column). */
function csvOf(input: Record<string, unknown>): string | null {
  if (input.notes) return null;
  const q = (v: unknown) => `"${String(v).replaceAll('"', '""')}"`;
  const cells = [input.completedOn, input.title, input.provider, input.code, '1.5'];
  return `Date,Title,Provider,Code,Hours\n${cells.map(q).join(',')}\n`;
}

/** Where each kind of record lives in the data, and what a stored one has besides its fields. */
const COLLECTION = {
  'activities:add': { name: 'activities', stamps: ['createdAt', 'updatedAt'] },
  'renewals:add': { name: 'renewals', stamps: ['createdAt'] },
  'credentials:add': { name: 'credentials', stamps: ['createdAt', 'updatedAt'] },
} as const;

type Case = [label: string, method: keyof typeof COLLECTION, patch: (ids: { cpt: string }) => Record<string, unknown>];

const CASES: Case[] = [
  ['a completed activity dated in the future', 'activities:add', () => ({ ...activity, completedOn: '2027-03-01' })],
  ['a title one past its limit (240)', 'activities:add', () => ({ ...activity, title: 'x'.repeat(241) })],
  ['notes one past their limit (2,000)', 'activities:add', () => ({ ...activity, notes: 'x'.repeat(2001) })],
  ['a provider one past its limit (120)', 'activities:add', () => ({ ...activity, provider: 'x'.repeat(121) })],
  ['a course code one past its limit (64)', 'activities:add', () => ({ ...activity, code: 'C'.repeat(65) })],
  [
    'a renewal dated in the future',
    'renewals:add',
    ({ cpt }) => ({ credentialId: cpt, cycleEnd: '2027-03-10', renewedOn: '2027-03-01', confirmation: '' }),
  ],
  [
    'a renewal of a cycle that does not exist',
    'renewals:add',
    ({ cpt }) => ({ credentialId: cpt, cycleEnd: '2027-03-11', renewedOn: '2026-03-01', confirmation: '' }),
  ],
  [
    'a renewal confirmation number one past its limit (64)',
    'renewals:add',
    ({ cpt }) => ({ credentialId: cpt, cycleEnd: '2027-03-10', renewedOn: '2026-03-01', confirmation: '9'.repeat(65) }),
  ],
  [
    'a credential number one past its limit (64)',
    'credentials:add',
    () => ({ typeId: 'ace-cpt', issuedOn: '2025-01-05', number: '7'.repeat(65), notes: '', overrides: {} }),
  ],
  [
    'credential notes one past their limit (2,000)',
    'credentials:add',
    () => ({ typeId: 'ace-cpt', issuedOn: '2025-01-05', number: '', notes: 'n'.repeat(2001), overrides: {} }),
  ],
];

describe('the contract, the JSON import, the spreadsheet and a backup refuse the same records, in the same words', () => {
  it.each(CASES)('%s', async (_label, method, patch) => {
    const { dispatch, store } = await openCore();
    const cpt = await dispatch('credentials:add', NASM_CPT);
    const ids = { cpt: cpt.ok ? (cpt.value as { id: string }).id : '' };
    const input = patch(ids);
    const before = structuredClone(store.data);

    const viaContract = await dispatch(method, input);
    expect(viaContract.ok).toBe(false);
    const message = viaContract.ok ? '' : viaContract.error.message;
    expect(store.data).toEqual(before);

    const file = exportData(store.data, FIXED_NOW);
    const stamp = FIXED_NOW.toISOString();
    const { name, stamps } = COLLECTION[method];
    const record = { ...input, id: 'imported', ...Object.fromEntries(stamps.map((s) => [s, stamp])) };
    // Import the file into a fresh store: the user's NASM-CPT and the record.
    const target = await openCore();
    file.credentials = [...store.data.credentials];
    (file as unknown as Record<string, unknown[]>)[name] = [...file[name], record];
    const targetBefore = structuredClone(target.store.data);
    const viaImport = await importData(target.store, JSON.parse(JSON.stringify(file)), TODAY).catch((e: unknown) => e);
    expect(viaImport).toMatchObject({ code: 'invalid_input' });
    const importMessage = (viaImport as Error).message;
    expect(importMessage).toContain(message.replace(/\.$/, ''));
    expect(importMessage).toMatch(/Nothing was imported\.$/);
    expect(target.store.data).toEqual(targetBefore);

    // A spreadsheet row saying the same thing.
    const csv = method === 'activities:add' ? csvOf(input) : null;
    if (csv) {
      const viaCsv = await target.dispatch('activities:importCsv', { csv });
      expect(viaCsv).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(viaCsv.ok ? '' : viaCsv.error.message).toContain(message);
      expect(target.store.data).toEqual(targetBefore);
    }

    // A backup holding it (data written before this rule existed): refused whole.
    // The store's own write gate: a record that would not load is never written.
    const gate = await store
      .mutate((doc) => ({ doc: { ...doc, [name]: [...doc[name], record] }, result: null }))
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    // Limits the stored schema holds are refused there, in the same words, changing nothing;
    // rules about dates, cycles and the forms' text limits are the doors' job (written as is here).
    if (gate) {
      expect(gate.message).toContain(message.replace(/\.$/, ''));
      expect(store.data).toEqual(before);
      // Data from an older version, written before the gate existed, as a backup would hold it.
      const internal = store as unknown as { db: { data: RecertDocument } };
      internal.db.data = { ...internal.db.data, [name]: [...internal.db.data[name], record] };
    }
    const backup = Buffer.from(await createBackup(store)).toString('base64');
    const viaBackup = await target.dispatch('backup:restore', { dataBase64: backup });
    expect(viaBackup).toMatchObject({ ok: false, error: { code: 'file_rejected' } });
    expect(viaBackup.ok ? '' : viaBackup.error.message).toContain(message.replace(/\.$/, ''));
    expect(target.store.data).toEqual(targetBefore);
  });
});
