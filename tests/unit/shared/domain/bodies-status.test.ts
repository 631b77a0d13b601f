/**
 * Status, pacing, grace, the current cycle, approvals, overrides and units: one case per rule,
 * each naming its source (shared/domain/catalog/sources.ts).
 */
import { describe, expect, it } from 'vitest';
import { proposeAllocations } from '../../../../shared/domain/rules/allocations';
import { activity, credential, evaluate, renewal } from './fixtures';

const card = (id: string, from: string, until: string) => credential(id, 'cpr-aha', from, { expiresOn: until });

describe('status, pacing and grace', () => {
  it('at risk when behind the pace, with hours per week still needed', () => {
    const acts = [activity('a', '2025-05-01', [{ credentialId: 'c', amountHundredths: 50 }])];
    const { current } = evaluate('2026-06-01', [credential('c', 'nasm-cpt', '2025-03-10')], acts);
    const cycle = current('c');
    expect(cycle).toMatchObject({ status: 'at_risk', earned: 50, remaining: 150, remainingMinutes: 900 });
    expect(cycle.pacing).toEqual({ daysLeft: 282, minutesPerWeek: 23 });
    expect(cycle.verdict.missing[0]).toBe('1.5 CEU (15 h) still needed.');
  });

  it('on track when ahead of the pace', () => {
    const acts = [activity('a', '2025-05-01', [{ credentialId: 'c', amountHundredths: 150 }])];
    const { current } = evaluate('2026-01-01', [credential('c', 'nasm-cpt', '2025-03-10')], acts);
    expect(current('c').status).toBe('on_track');
  });

  it('due soon within 60 days of the deadline when on pace; at risk whenever behind, however near', () => {
    const onPace = [activity('a', '2025-05-01', [{ credentialId: 'c', amountHundredths: 190 }])];
    expect(evaluate('2027-02-01', [credential('c', 'nasm-cpt', '2025-03-10')], onPace).current('c').status).toBe(
      'due_soon',
    );
    // 0 of 2.0 with 37 days left is worse than 0 of 2.0 with 107 days left: both at risk.
    expect(evaluate('2027-02-01', [credential('c', 'nasm-cpt', '2025-03-10')]).current('c').status).toBe('at_risk');
    expect(evaluate('2026-11-23', [credential('c', 'nasm-cpt', '2025-03-10')]).current('c').status).toBe('at_risk');
  });

  it('NETA: in the 180-day grace period after the deadline, then lapsed (netafit.org)', () => {
    const c = [credential('c', 'neta-pt', '2024-01-10')];
    expect(evaluate('2026-03-01', c).of('c').cycles[0]?.status).toBe('in_grace');
    expect(evaluate('2026-08-01', c).of('c').cycles[0]?.status).toBe('lapsed');
  });

  it('NASM: the late fee of the day is shown while in grace (NASM guideline: $30 within 90 days)', () => {
    const { of } = evaluate('2027-04-01', [credential('c', 'nasm-cpt', '2025-03-10')]);
    expect(of('c').cycles[0]).toMatchObject({ status: 'in_grace', lateFeeCents: 3000 });
  });

  it('no carry-over: credit from one cycle never counts in the next (ACE, NETA)', () => {
    const acts = [activity('a', '2024-06-01', [{ credentialId: 'c', amountHundredths: 300 }])];
    const { of } = evaluate('2026-06-01', [credential('c', 'neta-pt', '2023-03-01')], acts, [
      renewal('c', '2025-03-01', '2025-02-20'),
    ]);
    const [first, second] = of('c').cycles;
    expect(first?.earned).toBe(300);
    expect(second?.earned).toBe(0);
  });

  it('ACSM reinstatement: after a lapse the new cycle starts on the approval date (acsm.org 2019)', () => {
    const { of } = evaluate(
      '2028-06-01',
      [credential('c', 'acsm-cpt', '2022-03-01')],
      [],
      [renewal('c', '2024-12-31', '2025-09-15')],
    );
    const [first, second] = of('c').cycles;
    expect(first).toMatchObject({ end: '2024-12-31', status: 'renewed' });
    expect(second).toMatchObject({ start: '2025-09-15', end: '2027-12-31', reinstated: true });
  });
});

describe('which cycle is current', () => {
  it('a renewal recorded before the deadline opens the next cycle at once, and silences the old one’s warnings', () => {
    const { of } = evaluate(
      '2026-11-22',
      [credential('c', 'nasm-cpt', '2025-03-10'), card('card', '2025-02-01', '2027-02-01')],
      [],
      [renewal('c', '2027-03-10', '2026-11-01')],
    );
    const e = of('c');
    expect(e.currentIndex).toBe(1);
    expect(e.cycles[0]).toMatchObject({ status: 'renewed', warnings: [] });
    expect(e.cycles[1]?.status).not.toBe('upcoming');
  });

  it('while the last cycle is in its grace period, it stays the current one', () => {
    const { of } = evaluate('2027-04-01', [credential('c', 'nasm-cpt', '2025-03-10')]);
    expect(of('c').currentIndex).toBe(0);
    expect(of('c').cycles[0]?.status).toBe('in_grace');
  });
});

describe('approval, plans and overrides', () => {
  it('counts approved and petition-approved credit, not pending, rejected or planned', () => {
    const acts = [
      activity('ok', '2025-04-01', [{ credentialId: 'c', amountHundredths: 40 }]),
      activity('won', '2025-05-01', [{ credentialId: 'c', amountHundredths: 30, approval: 'petition_approved' }]),
      activity('wait', '2025-06-01', [{ credentialId: 'c', amountHundredths: 20, approval: 'petition_pending' }]),
      activity('no', '2025-07-01', [{ credentialId: 'c', amountHundredths: 10, approval: 'rejected' }]),
      activity('plan', '2026-09-01', [{ credentialId: 'c', amountHundredths: 50 }], { status: 'planned' }),
    ];
    const { current } = evaluate('2026-06-01', [credential('c', 'nasm-cpt', '2025-03-10')], acts);
    const cycle = current('c');
    expect(cycle.earned).toBe(70);
    expect(cycle.warnings).toContain('0.2 CEU is waiting on a petition decision and is not counted yet.');
    expect(cycle.reasons).toContain('Planned activities would add 0.5 CEU once completed.');
  });

  it('an override replaces the catalog value and is marked', () => {
    const { of, current } = evaluate('2026-06-01', [
      credential('c', 'nasm-cpt', '2025-03-10', { overrides: { required: 300, cycleMonths: 36 } }),
    ]);
    expect(of('c').overridden).toEqual(['required', 'cycleMonths']);
    expect(current('c')).toMatchObject({ required: 300, end: '2028-03-10' });
  });

  it('custom types: the user’s own unit, cycle and requirement', () => {
    const custom = {
      id: 'k',
      name: 'Kettlebell Instructor',
      bodyName: 'RKC',
      unit: 'CEU',
      perHour: 10,
      kind: 'certification' as const,
      cycleMonths: 12,
      required: 100,
      cprRequired: false,
    };
    const acts = [activity('a', '2026-02-01', [{ credentialId: 'c', amountHundredths: 100 }])];
    const { of, current } = evaluate('2026-06-01', [credential('c', 'custom:k', '2026-01-15')], acts, [], [custom]);
    expect(of('c')).toMatchObject({ code: 'Kettlebell Instructor', bodyCode: 'RKC', unconfirmed: [] });
    expect(current('c')).toMatchObject({ end: '2027-01-15', required: 100, earned: 100, status: 'met' });
  });
});

describe('units and proposed allocations', () => {
  it('converts contact time with each body’s rate: NASM 0.1/h, ACSM 1/h, NCSF 0.5/h (reference §0)', () => {
    const creds = [
      credential('nasm', 'nasm-cpt', '2025-01-01'),
      credential('acsm', 'acsm-cpt', '2025-01-01'),
      credential('ncsf', 'ncsf-cpt', '2025-01-01'),
      credential('ces', 'nasm-ces', '2025-01-01'),
      credential('card', 'cpr-aha', '2025-01-01'),
    ];
    expect(proposeAllocations({ contactMinutes: 120 }, creds, [])).toEqual([
      { credentialId: 'nasm', amountHundredths: 20, category: '', approval: 'approved' },
      { credentialId: 'acsm', amountHundredths: 200, category: '', approval: 'approved' },
      { credentialId: 'ncsf', amountHundredths: 100, category: '', approval: 'approved' },
    ]);
  });

  it('19 allocations of 0.1 CEU are exactly 1.9 CEU', () => {
    const acts = Array.from({ length: 19 }, (_, i) =>
      activity(`a${i}`, '2025-06-01', [{ credentialId: 'c', amountHundredths: 10 }]),
    );
    const { current } = evaluate('2026-06-01', [credential('c', 'nasm-cpt', '2025-03-10')], acts);
    expect(current('c').earned).toBe(190);
  });
});
