/**
 * One credential is entered once: a second credential of the same type with the same number is
 * refused by the contract (add and update) and by the JSON import, in the same words, changing
 * nothing; a different type, or no number, is fine. (The same type from the same date is only a
 * question the form asks: people do hold two CPR cards from one class.)
 */
import { describe, expect, it } from 'vitest';
import { likelyDuplicate } from '../../../../shared/domain/records/credential-rules';
import { exportData, importData } from '../../../../electron/core/interchange';
import { FIXED_NOW, NASM_CPT, openCore, TODAY } from '../../helpers';

const fields = (patch: Record<string, unknown> = {}) => ({ ...NASM_CPT, notes: '', overrides: {}, ...patch });

describe('the same credential twice', () => {
  it('is refused when its type and number match another (case and spaces aside), and nothing changes', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', fields());
    const before = structuredClone(store.data);
    const again = await dispatch('credentials:add', fields({ number: ' cpt-123456 ', issuedOn: '2023-03-10' }));
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'number',
        message:
          'You already have this credential with number CPT-123456 (from 10 Mar 2025). Edit that one instead of adding it again.',
      },
    });
    expect(store.data).toEqual(before);
  });

  it('an edit that gives one credential another’s number is refused; keeping its own number is fine', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', fields());
    const second = await dispatch('credentials:add', fields({ number: 'CPT-999', issuedOn: '2021-01-01' }));
    const id = second.ok ? (second.value as { id: string }).id : '';
    const before = structuredClone(store.data);
    const clash = await dispatch('credentials:update', { id, fields: fields({ issuedOn: '2021-01-01' }) });
    expect(clash).toMatchObject({ ok: false, error: { field: 'fields.number' } });
    expect(store.data).toEqual(before);
    expect(
      await dispatch('credentials:update', { id, fields: fields({ number: 'CPT-999', notes: 'x' }) }),
    ).toMatchObject({ ok: true });
  });

  it('another type with the same number, or credentials without numbers, are not duplicates', async () => {
    const { dispatch } = await openCore();
    expect((await dispatch('credentials:add', fields())).ok).toBe(true);
    expect((await dispatch('credentials:add', fields({ typeId: 'ace-cpt' }))).ok).toBe(true);
    expect((await dispatch('credentials:add', fields({ typeId: 'cpr-aha', number: '' }))).ok).toBe(true);
    expect((await dispatch('credentials:add', fields({ typeId: 'cpr-aha', number: '' }))).ok).toBe(true);
  });

  it('the JSON import refuses it in the same words, importing nothing', async () => {
    const source = await openCore();
    await source.dispatch('credentials:add', fields());
    const file = exportData(source.store.data, FIXED_NOW);
    const target = await openCore();
    await target.dispatch('credentials:add', fields());
    const before = structuredClone(target.store.data);
    const refused = await importData(target.store, JSON.parse(JSON.stringify(file)), TODAY).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(
      /^The import file is not valid: credentials\.0\.number: You already have this credential with number CPT-123456 .*Nothing was imported\.$/,
    );
    expect(target.store.data).toEqual(before);
  });

  it('the same type from the same date is a likely duplicate (the form asks first)', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', fields());
    expect(likelyDuplicate({ typeId: 'nasm-cpt', issuedOn: '2025-03-10' }, store.data.credentials)?.number).toBe(
      'CPT-123456',
    );
    expect(likelyDuplicate({ typeId: 'nasm-cpt', issuedOn: '2025-03-11' }, store.data.credentials)).toBeUndefined();
  });
});
