import { describe, expect, it } from 'vitest';
import { METHODS, contract, requestLimit, type Method } from '../../../shared/contract';
import { buildApi, contractAreas } from '../../../shared/api-shape';
import { NASM_CPT, openCore, snapshotDir } from '../helpers';
import {
  DEFAULT_REQUEST_BYTES,
  MAX_BACKUP_BASE64,
  MAX_CSV_CHARS,
  MAX_INTERCHANGE_BYTES,
  MAX_UPLOAD_BASE64,
} from '../../../shared/limits';

const long = (n: number) => 'x'.repeat(n);

const ACTIVITY = {
  title: 'Corrective Exercise course',
  provider: 'NASM',
  completedOn: '2026-05-01',
  contactMinutes: 120,
  status: 'completed',
  allocations: [{ credentialId: 'ID', amountHundredths: 20, category: '', approval: 'approved' }],
};
const alloc = (patch: object) => ({ ...ACTIVITY, allocations: [{ ...ACTIVITY.allocations[0], ...patch }] });

/** Bad inputs, each with the field its message must name. `ID` is replaced with a real credential id. */
const BAD_INPUTS: Array<{ method: Method; input: unknown; field: string; says: RegExp }> = [
  { method: 'app:status', input: { unexpected: true }, field: '', says: /Unexpected field: unexpected/ },
  { method: 'app:dismissNotice', input: {}, field: 'id', says: /Notice is required/ },
  { method: 'app:dismissNotice', input: { id: 42 }, field: 'id', says: /Notice/ },
  { method: 'app:dismissNotice', input: { id: long(65) }, field: 'id', says: /not a valid identifier/ },
  { method: 'profile:get', input: { name: 'x' }, field: '', says: /Unexpected field/ },
  { method: 'profile:update', input: { name: 7, email: '' }, field: 'name', says: /Your name must be text/ },
  { method: 'profile:update', input: { name: long(121), email: '' }, field: 'name', says: /at most 120 characters/ },
  { method: 'profile:update', input: { name: 'Zoë', email: 'not-an-address' }, field: 'email', says: /e-mail address/ },
  { method: 'profile:update', input: { name: 'Zoë', email: `${long(250)}@x.io` }, field: 'email', says: /at most 254/ },
  { method: 'credentials:list', input: { all: true }, field: '', says: /Unexpected field/ },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, typeId: undefined },
    field: 'typeId',
    says: /Credential type is required/,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, typeId: 'nasm-xyz' },
    field: 'typeId',
    says: /"nasm-xyz" is not in the catalog/,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, typeId: 'custom:nope' },
    field: 'typeId',
    says: /not in the catalog/,
  },
  { method: 'credentials:add', input: { ...NASM_CPT, number: long(65) }, field: 'number', says: /at most 64/ },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, issuedOn: '2025-02-30' },
    field: 'issuedOn',
    says: /"2025-02-30" is not a real date/,
  },
  { method: 'credentials:add', input: { ...NASM_CPT, issuedOn: 20250310 }, field: 'issuedOn', says: /YYYY-MM-DD/ },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, issuedOn: undefined },
    field: 'issuedOn',
    says: /Certification date is required/,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, expiresOn: '2027-02-29' },
    field: 'expiresOn',
    says: /not a real date/,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, expiresOn: '2024-01-01' },
    field: 'expiresOn',
    says: /after the certification date/,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, overrides: { required: -10 } },
    field: 'overrides.required',
    says: /./,
  },
  {
    method: 'credentials:add',
    input: { ...NASM_CPT, overrides: { bogus: 1 } },
    field: 'overrides',
    says: /Unexpected field: bogus/,
  },
  { method: 'credentials:update', input: { fields: NASM_CPT }, field: 'id', says: /Credential is required/ },
  {
    method: 'credentials:update',
    input: { id: 'ID', fields: { ...NASM_CPT, issuedOn: '2025-02-30' } },
    field: 'fields.issuedOn',
    says: /not a real date/,
  },
  {
    method: 'credentials:update',
    input: { id: 'ID', fields: { ...NASM_CPT, typeId: 'nope' } },
    field: 'fields.typeId',
    says: /not in the catalog/,
  },
  { method: 'credentials:update', input: { id: 'ID' }, field: 'fields', says: /object/ },
  { method: 'credentials:remove', input: {}, field: 'id', says: /Credential is required/ },
  { method: 'credentials:remove', input: { id: null }, field: 'id', says: /Credential/ },
  { method: 'credentials:evaluate', input: { today: '2026-01-01' }, field: '', says: /Unexpected field/ },
  { method: 'customTypes:list', input: { x: 1 }, field: '', says: /Unexpected field/ },
  {
    method: 'customTypes:add',
    input: { name: 'Kettlebell', bodyName: 'RKC', unit: 'CEU', perHour: 10, kind: 'certification', required: -1 },
    field: 'required',
    says: /./,
  },
  {
    method: 'customTypes:add',
    input: { name: '', bodyName: 'RKC', unit: 'CEU', perHour: 10, kind: 'certification', required: 100 },
    field: 'name',
    says: /Credential name is required/,
  },
  {
    method: 'customTypes:add',
    input: { name: 'K', bodyName: 'RKC', unit: 'CEU', perHour: 10, kind: 'badge', required: 100 },
    field: 'kind',
    says: /Kind must be/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'ID', cycleEnd: '2027-02-30', renewedOn: '2026-11-01' },
    field: 'cycleEnd',
    says: /not a real date/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'missing', cycleEnd: '2027-03-10', renewedOn: '2026-11-01' },
    field: 'credentialId',
    says: /that credential does not exist/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'ID', cycleEnd: '2027-03-11', renewedOn: '2026-11-01' },
    field: 'cycleEnd',
    says: /no cycle of this credential ends on 11 Mar 2027/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'ID', cycleEnd: '2027-03-10', renewedOn: '2026-12-01' },
    field: 'renewedOn',
    says: /1 Dec 2026 is in the future/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'ID', cycleEnd: '2027-03-10', renewedOn: '2025-01-01' },
    field: 'renewedOn',
    says: /before this cycle began/,
  },
  {
    method: 'renewals:add',
    input: { credentialId: 'ID', cycleEnd: '2027-03-10', renewedOn: '2026-11-01', feeCents: -5 },
    field: 'feeCents',
    says: /./,
  },
  { method: 'renewals:remove', input: { id: 'missing' }, field: 'id', says: /no longer exists/ },
  { method: 'activities:list', input: { credentialId: 'x' }, field: '', says: /Unexpected field/ },
  {
    method: 'activities:add',
    input: { ...ACTIVITY, completedOn: '2026-02-30' },
    field: 'completedOn',
    says: /not a real date/,
  },
  {
    method: 'activities:add',
    input: { ...ACTIVITY, completedOn: '2026-11-23' },
    field: 'completedOn',
    says: /23 Nov 2026 is in the future. Mark the activity as planned/,
  },
  {
    method: 'activities:add',
    input: { ...ACTIVITY, contactMinutes: 0 },
    field: 'contactMinutes',
    says: /more than zero/,
  },
  {
    method: 'activities:add',
    input: { ...ACTIVITY, contactMinutes: -60 },
    field: 'contactMinutes',
    says: /more than zero/,
  },
  {
    method: 'activities:add',
    input: { ...ACTIVITY, contactMinutes: 1.5 },
    field: 'contactMinutes',
    says: /whole number of minutes/,
  },
  {
    method: 'activities:add',
    input: alloc({ amountHundredths: 0 }),
    field: 'allocations.0.amountHundredths',
    says: /more than zero/,
  },
  {
    method: 'activities:add',
    input: alloc({ amountHundredths: -10 }),
    field: 'allocations.0.amountHundredths',
    says: /more than zero/,
  },
  {
    method: 'activities:add',
    input: alloc({ amountHundredths: 10_001 }),
    field: 'allocations.0.amountHundredths',
    says: /at most 100 units/,
  },
  {
    method: 'activities:add',
    input: alloc({ credentialId: 'missing' }),
    field: 'allocations.0.credentialId',
    says: /Allocation 1: that credential does not exist/,
  },
  {
    method: 'activities:add',
    input: alloc({ approval: 'maybe' }),
    field: 'allocations.0.approval',
    says: /Approval must be/,
  },
  { method: 'activities:add', input: { ...ACTIVITY, title: '' }, field: 'title', says: /Title is required/ },
  { method: 'activities:update', input: { id: 'missing', fields: ACTIVITY }, field: 'id', says: /no longer exists/ },
  {
    method: 'activities:update',
    input: { id: 'ID', fields: { ...ACTIVITY, status: 'done' } },
    field: 'fields.status',
    says: /planned or completed/,
  },
  { method: 'activities:remove', input: { id: 7 }, field: 'id', says: /Activity/ },
  { method: 'activities:propose', input: { contactMinutes: 0 }, field: 'contactMinutes', says: /more than zero/ },
  {
    method: 'activities:restore',
    input: { activity: { id: 'x' }, attachments: [] },
    field: 'activity.title',
    says: /./,
  },
  { method: 'attachments:list', input: { all: 1 }, field: '', says: /Unexpected field/ },
  { method: 'settings:reminders', input: { x: 1 }, field: '', says: /Unexpected field/ },
  {
    method: 'settings:updateReminders',
    input: { enabled: true, thresholds: [400] },
    field: 'thresholds.0',
    says: /at most 365 days/,
  },
  {
    method: 'settings:updateReminders',
    input: { enabled: true, thresholds: [1.5] },
    field: 'thresholds.0',
    says: /whole number of days/,
  },
  { method: 'reminders:list', input: { all: true }, field: '', says: /Unexpected field/ },
  { method: 'calendar:export', input: { format: 'csv' }, field: '', says: /Unexpected field/ },
  { method: 'backup:create', input: { passphrase: 'short' }, field: 'passphrase', says: /at least 8 characters/ },
  { method: 'data:export', input: { pretty: true }, field: '', says: /Unexpected field/ },
  {
    method: 'data:import',
    input: { data: { format: 'recert-data', formatVersion: 9 } },
    field: 'formatVersion',
    says: /The import file is not valid: formatVersion: formatVersion must be 1.* Nothing was imported\./,
  },
  { method: 'backup:test', input: {}, field: 'dataBase64', says: /contents are missing/ },
  {
    method: 'backup:restore',
    input: { dataBase64: 'aGVsbG8=' },
    field: 'file',
    says: /not a readable Recert backup .*Nothing was changed/,
  },
  {
    method: 'reports:export',
    input: { credentialId: 'ID', kind: 'poster' },
    field: 'kind',
    says: /Export a summary, a packet or a ZIP/,
  },
  {
    method: 'reports:export',
    input: { credentialId: 'ID', kind: 'summary', cycle: '2027-02-30' },
    field: 'cycle',
    says: /not a real date/,
  },
  { method: 'reports:reveal', input: { path: '/etc/passwd', action: 'delete' }, field: 'action', says: /./ },
  { method: 'activities:previewCsv', input: {}, field: 'csv', says: /CSV text is missing/ },
  {
    method: 'activities:previewCsv',
    input: { csv: 'a', mapping: { colour: 'A' } },
    field: 'mapping',
    says: /Unexpected field: colour/,
  },
  {
    method: 'activities:importCsv',
    input: { csv: 'Date,Title,Hours\n2025-02-30,X,1\n' },
    field: 'csv',
    says: /Nothing was imported: 1 of 1 rows have errors \(row 2: "2025-02-30" is not a date/,
  },
  {
    method: 'activities:importCsv',
    input: { csv: 'Date,Title,Hours\n' },
    field: 'csv',
    says: /no rows under its header/,
  },
  {
    method: 'attachments:upload',
    input: { ownerType: 'activity', ownerId: 'missing', name: 'a.pdf', dataBase64: 'JVBERi0=' },
    field: 'ownerId',
    says: /Owner: that activity does not exist/,
  },
  {
    method: 'attachments:upload',
    input: { ownerType: 'folder', ownerId: 'x', name: 'a.pdf', dataBase64: '' },
    field: 'ownerType',
    says: /activity or a credential/,
  },
  {
    method: 'attachments:upload',
    input: { ownerType: 'credential', ownerId: 'ID', name: 'a.pdf' },
    field: 'dataBase64',
    says: /contents are missing/,
  },
  {
    method: 'attachments:upload',
    input: { ownerType: 'credential', ownerId: 'ID', role: 'selfie', name: 'a.pdf', dataBase64: '' },
    field: 'role',
    says: /Role must be/,
  },
  {
    method: 'attachments:choose',
    input: { ownerType: 'credential', ownerId: 'ID' },
    field: '',
    says: /needs the desktop app; upload the file instead/,
  },
  { method: 'attachments:remove', input: { id: 'missing' }, field: 'id', says: /no longer exists/ },
  { method: 'attachments:restore', input: { attachment: { id: 'x' } }, field: 'attachment.ownerType', says: /./ },
  { method: 'attachments:read', input: { id: 'missing' }, field: 'id', says: /no longer exists/ },
  { method: 'attachments:open', input: {}, field: 'id', says: /Attachment is required/ },
  { method: 'attachments:check', input: { deep: true }, field: '', says: /Unexpected field/ },
];

describe('the contract', () => {
  it('names every method area:verb, and the API has exactly the contract areas', () => {
    for (const method of METHODS) expect(method).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
    const api = buildApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(contractAreas().sort());
    expect(Object.keys(api.credentials).sort()).toEqual(['add', 'evaluate', 'list', 'remove', 'update']);
  });

  it('declares request caps on the entries that carry files; the rest get the default', () => {
    expect(requestLimit('attachments:upload')).toBeGreaterThan(MAX_UPLOAD_BASE64);
    expect(requestLimit('backup:restore')).toBeGreaterThan(MAX_BACKUP_BASE64);
    expect(requestLimit('activities:importCsv')).toBeGreaterThan(MAX_CSV_CHARS);
    expect(requestLimit('data:import')).toBe(MAX_INTERCHANGE_BYTES);
    expect(requestLimit('profile:update')).toBe(DEFAULT_REQUEST_BYTES);
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
