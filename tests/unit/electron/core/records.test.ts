import { describe, expect, it } from 'vitest';
import type { Activity, Credential, CustomType, Renewal } from '../../../../shared/schemas/entities';
import { NASM_CPT, openCore } from '../../helpers';

async function withCpt() {
  const core = await openCore();
  const added = await core.dispatch('credentials:add', NASM_CPT);
  if (!added.ok) throw new Error('setup');
  return { ...core, cpt: added.value as Credential };
}

describe('renewals', () => {
  it('records a renewal that closes the cycle, refuses a second one, and can be removed', async () => {
    const { dispatch, cpt } = await withCpt();
    const recorded = await dispatch('renewals:add', {
      credentialId: cpt.id,
      cycleEnd: '2027-03-10',
      renewedOn: '2026-11-01',
      confirmation: 'NASM-1',
      feeCents: 9900,
    });
    expect(recorded).toMatchObject({
      ok: true,
      value: { credentialId: cpt.id, cycleEnd: '2027-03-10', feeCents: 9900 },
    });
    const again = await dispatch('renewals:add', {
      credentialId: cpt.id,
      cycleEnd: '2027-03-10',
      renewedOn: '2026-11-02',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const report = await dispatch('credentials:evaluate', {});
    const cycles = report.ok
      ? (report.value as { evaluations: { cycles: { status: string }[] }[] }).evaluations[0]?.cycles
      : [];
    expect(cycles?.[0]?.status).toBe('renewed');
    const id = (recorded as { value: Renewal }).value.id;
    expect(await dispatch('renewals:remove', { id })).toEqual({ ok: true, value: { id } });
  });

  it('removing a credential removes its renewals and its shares of activities, not the activities', async () => {
    const { dispatch, store, cpt } = await withCpt();
    await dispatch('renewals:add', { credentialId: cpt.id, cycleEnd: '2027-03-10', renewedOn: '2026-11-01' });
    await dispatch('activities:add', {
      title: 'Course',
      completedOn: '2026-01-10',
      contactMinutes: 60,
      status: 'completed',
      allocations: [{ credentialId: cpt.id, amountHundredths: 10, approval: 'approved' }],
    });
    await dispatch('credentials:remove', { id: cpt.id });
    expect(store.data.renewals).toEqual([]);
    expect(store.data.activities).toHaveLength(1);
    expect(store.data.activities[0]?.allocations).toEqual([]);
  });
});

describe('activities and allocations', () => {
  it('proposes allocations from contact time, and stores an activity allocated to several credentials', async () => {
    const { dispatch, cpt } = await withCpt();
    const acsm = await dispatch('credentials:add', { typeId: 'acsm-cpt', issuedOn: '2025-01-10' });
    const acsmId = (acsm as { value: Credential }).value.id;
    const proposed = await dispatch('activities:propose', { contactMinutes: 90 });
    expect(proposed).toEqual({
      ok: true,
      value: [
        { credentialId: cpt.id, amountHundredths: 15, category: '', approval: 'approved' },
        { credentialId: acsmId, amountHundredths: 150, category: '', approval: 'approved' },
      ],
    });
    const added = await dispatch('activities:add', {
      title: 'Program design',
      provider: 'NASM',
      completedOn: '2026-02-01',
      contactMinutes: 90,
      status: 'completed',
      allocations: (proposed as { value: object[] }).value,
    });
    expect(added).toMatchObject({
      ok: true,
      value: { allocations: [{ amountHundredths: 15 }, { amountHundredths: 150 }] },
    });
    const updated = await dispatch('activities:update', {
      id: (added as { value: Activity }).value.id,
      fields: {
        title: 'Program design',
        completedOn: '2026-02-01',
        contactMinutes: 90,
        status: 'completed',
        allocations: [
          {
            credentialId: cpt.id,
            amountHundredths: 20,
            approval: 'petition_pending',
            petitionOn: '2026-02-05',
            petitionFeeCents: 2500,
          },
        ],
      },
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { allocations: [{ amountHundredths: 20, approval: 'petition_pending' }] },
    });
  });

  it('refuses two shares of one activity for the same credential', async () => {
    const { dispatch, store, cpt } = await withCpt();
    const before = structuredClone(store.data);
    const result = await dispatch('activities:add', {
      title: 'Course',
      completedOn: '2026-01-10',
      contactMinutes: 60,
      status: 'completed',
      allocations: [
        { credentialId: cpt.id, amountHundredths: 10, approval: 'approved' },
        { credentialId: cpt.id, amountHundredths: 10, approval: 'approved' },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'allocations.1.credentialId' } });
    expect(store.data).toEqual(before);
  });

  it('a planned activity may be dated in the future', async () => {
    const { dispatch } = await withCpt();
    const result = await dispatch('activities:add', {
      title: 'Summit',
      completedOn: '2027-01-20',
      contactMinutes: 480,
      status: 'planned',
    });
    expect(result.ok).toBe(true);
  });
});

describe('custom types', () => {
  it('defines a type and adds a credential of it', async () => {
    const { dispatch } = await openCore();
    const type = await dispatch('customTypes:add', {
      name: 'Kettlebell Instructor',
      bodyName: 'RKC',
      unit: 'CEU',
      perHour: 10,
      kind: 'certification',
      cycleMonths: 24,
      required: 150,
    });
    expect(type.ok).toBe(true);
    const id = (type as { value: CustomType }).value.id;
    const credential = await dispatch('credentials:add', { typeId: `custom:${id}`, issuedOn: '2025-06-01' });
    expect(credential.ok).toBe(true);
    const report = await dispatch('credentials:evaluate', {});
    expect(report.ok && (report.value as { evaluations: object[] }).evaluations[0]).toMatchObject({
      code: 'Kettlebell Instructor',
      bodyCode: 'RKC',
    });
  });
});
