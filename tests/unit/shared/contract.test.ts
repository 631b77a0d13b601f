import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { METHODS, contract, requestLimit } from '../../../shared/contract';
import { buildApi, contractAreas } from '../../../shared/api-shape';
import { METHOD_NAMES } from '../../../shared/methods';
import { NASM_CPT, openCore, snapshotDir } from '../helpers';
import {
  DEFAULT_REQUEST_BYTES,
  MAX_BACKUP_BASE64,
  MAX_CSV_CHARS,
  MAX_INTERCHANGE_BYTES,
  MAX_UPLOAD_BASE64,
} from '../../../shared/limits';

import { BAD_INPUTS } from './contract-bad-inputs';

describe('the contract', () => {
  it('names every method area:verb, and the API has exactly the contract areas', () => {
    for (const method of METHODS) expect(method).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
    const api = buildApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(contractAreas().sort());
    expect(Object.keys(api.credentials).sort()).toEqual(['add', 'cycle', 'evaluate', 'list', 'remove', 'update']);
  });

  it('declares request caps on the entries that carry files; the rest get the default', () => {
    expect(requestLimit('attachments:upload')).toBeGreaterThan(MAX_UPLOAD_BASE64);
    // A backup comes as an upload (streamed to a file), never inside a JSON request.
    expect(requestLimit('backup:restore')).toBe(DEFAULT_REQUEST_BYTES);
    expect(requestLimit('backup:test')).toBe(DEFAULT_REQUEST_BYTES);
    expect(requestLimit('activities:importCsv')).toBeGreaterThan(MAX_CSV_CHARS);
    expect(requestLimit('data:import')).toBe(MAX_INTERCHANGE_BYTES);
    expect(requestLimit('profile:update')).toBe(DEFAULT_REQUEST_BYTES);
  });

  it('a backup in a desktop IPC call fits in one V8 string (the page uploads it; the CLI reads the file)', () => {
    expect(MAX_BACKUP_BASE64).toBeLessThan(constants.MAX_STRING_LENGTH);
  });

  it('the plain list of method names (what the page loads) is exactly the contract’s, in order', () => {
    expect([...METHOD_NAMES]).toEqual(METHODS);
  });

  it('has a bad-input case for every method', () => {
    const covered = new Set(BAD_INPUTS.map((c) => c.method));
    expect(METHODS.filter((m) => !covered.has(m))).toEqual([]);
  });

  it.each(METHODS)('%s refuses an argument that is not an object, changing nothing', async (method) => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    for (const input of [42, 'text', null, [1, 2]]) {
      const result = await dispatch(method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);
  });

  it.each(BAD_INPUTS.map((c) => [c.method, JSON.stringify(c.input).slice(0, 60), c] as const))(
    '%s %s → invalid_input naming the field, nothing changed',
    async (_m, _label, { method, input, field, says }) => {
      const { dispatch, store, dataDir } = await openCore();
      const added = await dispatch('credentials:add', NASM_CPT);
      if (!added.ok) throw new Error('setup failed');
      const id = (added.value as { id: string }).id;
      const realInput = JSON.parse(JSON.stringify(input ?? {}).replaceAll('"ID"', JSON.stringify(id)));
      const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };

      const result = await dispatch(method, realInput);

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(
        /no longer exists/.test(says.source)
          ? 'not_found'
          : /Nothing was changed/.test(says.source)
            ? 'file_rejected'
            : 'invalid_input',
      );
      expect(result.error.message).toMatch(says);
      expect(result.error.field ?? '').toBe(field);
      expect(store.data).toEqual(before.doc);
      expect(await snapshotDir(dataDir)).toEqual(before.files);
    },
  );

  it('answers an unknown method with not_found, not a crash', async () => {
    const { dispatch } = await openCore();
    expect(await dispatch('credentials:drop', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('every output schema accepts what the handlers return', async () => {
    const { dispatch } = await openCore();
    const added = await dispatch('credentials:add', NASM_CPT);
    expect(contract['credentials:add'].output.safeParse(added.ok && added.value).success).toBe(true);
    const list = await dispatch('credentials:list', {});
    expect(contract['credentials:list'].output.safeParse(list.ok && list.value).success).toBe(true);
    const status = await dispatch('app:status', {});
    expect(contract['app:status'].output.safeParse(status.ok && status.value).success).toBe(true);
  });
});

describe('bad input, said all at once', () => {
  it('the first wrong field is the error; every other wrong field is listed too, once each', async () => {
    const { dispatch } = await openCore();
    const result = await dispatch('activities:add', {
      title: '',
      provider: 'x'.repeat(500),
      completedOn: '2026-02-30',
      contactMinutes: -5,
      allocations: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = [result.error.field, ...(result.error.also ?? []).map((a) => a.field)];
    expect(fields).toEqual(expect.arrayContaining(['title', 'provider', 'completedOn', 'contactMinutes']));
    expect(new Set(fields).size).toBe(fields.length);
    for (const a of result.error.also ?? []) expect(a.message).not.toBe('');
  });
});
