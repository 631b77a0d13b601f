import { describe, expect, it } from 'vitest';
import type { Credential } from '../../../../shared/schemas/entities';
import { NASM_CPT, openCore, openStore } from '../../helpers';

describe('profile and credentials through the dispatcher', () => {
  it('saves the profile and keeps it after a reopen', async () => {
    const { dispatch, store, dataDir } = await openCore();
    const saved = await dispatch('profile:update', { name: '  Zoë Müller-Łukasik ', email: 'zoe@example.com' });
    expect(saved).toEqual({ ok: true, value: { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' } });
    await store.close();
    const reopened = await openStore(dataDir);
    expect(reopened.data.profile).toEqual({ name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' });
  });

  it('adds, edits and removes credentials', async () => {
    const { dispatch } = await openCore();
    const added = await dispatch('credentials:add', NASM_CPT);
    expect(added.ok).toBe(true);
    const credential = (added as { value: Credential }).value;
    expect(credential).toMatchObject({ ...NASM_CPT, id: expect.any(String) });

    const edited = await dispatch('credentials:update', {
      id: credential.id,
      fields: { ...NASM_CPT, number: 'CPT-999', expiresOn: undefined },
    });
    expect(edited.ok && edited.value).toMatchObject({ id: credential.id, number: 'CPT-999' });
    expect(edited.ok && 'expiresOn' in (edited.value as object)).toBe(false);

    expect(await dispatch('credentials:remove', { id: credential.id })).toEqual({
      ok: true,
      value: { id: credential.id },
    });
    expect(await dispatch('credentials:list', {})).toEqual({ ok: true, value: [] });
  });

  it('answers not_found for a credential that does not exist, changing nothing', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const before = structuredClone(store.data);
    expect(await dispatch('credentials:remove', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch('credentials:update', { id: 'missing', fields: NASM_CPT })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(store.data).toEqual(before);
  });
});
