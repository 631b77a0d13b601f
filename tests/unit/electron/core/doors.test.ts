/**
 * One set of rules at every door: a record the app's contract refuses is refused by the JSON
 * import, the spreadsheet import (for what a spreadsheet can say) and a backup restore too,
 * with the same message, and none of them changes anything.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../electron/core/backup/backup';
import { exportData, importData } from '../../../../electron/core/interchange';
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
  return `Date,Title,Provider,Hours\n${[input.completedOn, input.title, input.provider, '1.5'].map(q).join(',')}\n`;
}

type Case = [
  label: string,
  method: 'activities:add' | 'renewals:add',
  patch: (ids: { cpt: string }) => Record<string, unknown>,
];

const CASES: Case[] = [
  ['a completed activity dated in the future', 'activities:add', () => ({ ...activity, completedOn: '2027-03-01' })],
  ['a title one past its limit (240)', 'activities:add', () => ({ ...activity, title: 'x'.repeat(241) })],
  ['notes one past their limit (2,000)', 'activities:add', () => ({ ...activity, notes: 'x'.repeat(2001) })],
  ['a provider one past its limit (120)', 'activities:add', () => ({ ...activity, provider: 'x'.repeat(121) })],
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
    const record = { ...input, id: 'imported', createdAt: stamp };
    if (method === 'activities:add') file.activities.push({ ...record, updatedAt: stamp } as never);
    else file.renewals.push(record as never);
    // Import the file into a fresh store holding only the credential.
    const target = await openCore();
    file.credentials = store.data.credentials;
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
    await store.mutate((doc) => ({
      doc:
        method === 'activities:add'
          ? { ...doc, activities: [...doc.activities, { ...record, updatedAt: stamp } as never] }
          : { ...doc, renewals: [...doc.renewals, record as never] },
      result: null,
    }));
    const backup = Buffer.from(await createBackup(store)).toString('base64');
    const viaBackup = await target.dispatch('backup:restore', { dataBase64: backup });
    expect(viaBackup).toMatchObject({ ok: false, error: { code: 'file_rejected' } });
    expect(viaBackup.ok ? '' : viaBackup.error.message).toContain(message.replace(/\.$/, ''));
    expect(target.store.data).toEqual(targetBefore);
  });
});
