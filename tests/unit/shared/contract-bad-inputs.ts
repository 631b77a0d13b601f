/**
 * One bad input per contract method: the field it names and what the user is told. Read by
 * tests/unit/shared/contract.test.ts, which runs each through the real dispatcher.
 */
import type { Method } from '../../../shared/contract';
import { NASM_CPT } from '../helpers';
import { FILE_AND_SETTINGS_CASES } from './contract-bad-inputs-files';

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

export type BadInput = { method: Method; input: unknown; field: string; says: RegExp };

/** Profiles, credentials, renewals, activities, custom types. */
const RECORD_CASES: BadInput[] = [
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
  {
    method: 'credentials:cycle',
    input: { cycleEnd: '2027-03-10' },
    field: 'credentialId',
    says: /Credential is required/,
  },
  {
    method: 'credentials:cycle',
    input: { credentialId: 'ID', cycleEnd: '2027-02-30' },
    field: 'cycleEnd',
    says: /Cycle deadline/,
  },
  {
    method: 'credentials:cycle',
    input: { credentialId: 'missing', cycleEnd: '2027-03-10' },
    field: 'credentialId',
    says: /no longer exists/,
  },
  {
    method: 'credentials:cycle',
    input: { credentialId: 'ID', cycleEnd: '2031-01-01' },
    field: 'cycleEnd',
    says: /has no cycle ending on 2031-01-01/,
  },
  { method: 'plan:get', input: { credentialId: 'missing' }, field: 'credentialId', says: /no longer exists/ },
  { method: 'plan:get', input: { with: ['earn:nope'] }, field: 'with', says: /The plan has no suggestion “earn:nope”/ },
  {
    method: 'plan:get',
    input: { items: [{ kind: 'credential', typeId: 'nasm-pes', on: '2027-02-30', label: 'PES' }] },
    field: 'items.0.on',
    says: /Planned date/,
  },
  { method: 'plan:get', input: { today: '2026-01-01' }, field: '', says: /Unexpected field/ },
  { method: 'plan:keep', input: { items: [] }, field: 'items', says: /Choose something to keep first/ },
  {
    method: 'plan:keep',
    input: { items: [{ kind: 'credential', typeId: 'nasm-xyz', on: '2027-05-01', label: 'XYZ' }] },
    field: 'items.0.typeId',
    says: /“nasm-xyz” is not a credential type Recert knows/,
  },
  {
    method: 'plan:keep',
    input: { items: [{ kind: 'credential', typeId: 'cpr-aha', on: '2027-05-01', by: '2027-04-01', label: 'card' }] },
    field: 'items.0.by',
    says: /A planned window must end on or after the day it starts/,
  },
  {
    method: 'plan:keep',
    input: { items: [{ kind: 'credential', typeId: 'nasm-pes', on: '2027-05-01', label: 'PES', cost: 5 }] },
    field: 'items.0',
    says: /Unexpected field/,
  },
  { method: 'plan:forget', input: { id: 'missing' }, field: 'id', says: /no longer exists/ },
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
  { method: 'credentials:add', input: { ...NASM_CPT, colour: 'blue' }, field: '', says: /Unexpected field/ },
  { method: 'activities:add', input: { ...ACTIVITY, duration: 90 }, field: '', says: /Unexpected field/ },
  { method: 'activities:add', input: alloc({ hours: 2 }), field: 'allocations.0', says: /Unexpected field/ },
];

/** Bad inputs, each with the field its message must name. `ID` is replaced with a real credential id. */
export const BAD_INPUTS: BadInput[] = [...RECORD_CASES, ...FILE_AND_SETTINGS_CASES];
