/**
 * The case Recert was first built for (issue 3): a NASM-CPT certified 2025-03-10, a CPR/AED
 * card valid until 2027-02-01, the CES specialization completed 2025-09-15.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../../../shared/domain/rules/evaluate';
import type { Credential, Renewal } from '../../../../shared/schemas/entities';

const stamp = '2026-01-01T00:00:00.000Z';
const credential = (id: string, typeId: string, issuedOn: string, expiresOn?: string): Credential => ({
  id,
  typeId,
  number: '',
  issuedOn,
  ...(expiresOn ? { expiresOn } : {}),
  notes: '',
  overrides: {},
  createdAt: stamp,
  updatedAt: stamp,
});

const cpt = credential('cpt', 'nasm-cpt', '2025-03-10');
const card = credential('card', 'cpr-aha', '2025-02-01', '2027-02-01');
const ces = credential('ces', 'nasm-ces', '2025-09-15');

function evaluate(credentials: Credential[], today: string, renewals: Renewal[] = []) {
  const all = evaluateAll({ credentials, activities: [], renewals, customTypes: [], today });
  return (id: string) => {
    const found = all.find((e) => e.credentialId === id);
    if (!found) throw new Error(`no evaluation for ${id}`);
    return found;
  };
}

describe('NASM-CPT with the CES specialization and a CPR/AED card (source: nasm.org CPT renewal page)', () => {
  const of = evaluate([cpt, card, ces], '2026-11-22');
  const cycle = of('cpt').cycles[of('cpt').currentIndex ?? -1];

  it('shows 2.0 of 2.0 CEU met: 1.9 from the CES and 0.1 from the CPR/AED card', () => {
    expect(cycle).toMatchObject({
      start: '2025-03-10',
      end: '2027-03-10',
      required: 200,
      earned: 200,
      remaining: 0,
      met: true,
      status: 'met',
    });
    expect(cycle?.contributions.map((c) => [c.kind, c.credited])).toEqual([
      ['cpr', 10],
      ['specialization', 190],
    ]);
  });

  it('has 108 days left', () => {
    expect(cycle?.daysLeft).toBe(108);
  });

  it('warns that the CPR/AED card expires before the deadline', () => {
    expect(cycle?.warnings).toContain(
      'Your CPR/AED card expires on 1 Feb 2027, before this deadline (10 Mar 2027). NASM needs a current card to renew.',
    );
    expect(cycle?.cpr).toMatchObject({ required: true, validWhenNeeded: false, validUntil: '2027-02-01' });
  });

  it('the CES never expires, and says what it counts toward', () => {
    expect(of('ces')).toMatchObject({
      kind: 'specialization',
      cycles: [],
      countsToward: [{ typeId: 'nasm-cpt', amount: 190 }],
    });
    expect(of('ces').unconfirmed.map((f) => f.field)).toEqual(expect.arrayContaining(['cycle', 'countsToward']));
  });

  it('lists past, current and next cycles', () => {
    expect(of('cpt').cycles.map((c) => [c.start, c.end, c.status])).toEqual([
      ['2025-03-10', '2027-03-10', 'met'],
      ['2027-03-11', '2029-03-10', 'upcoming'],
    ]);
  });

  it('after a renewal recorded on 2027-03-01, a PES completed 2027-06-01 counts in the new cycle, not the old', () => {
    const renewal: Renewal = {
      id: 'r1',
      credentialId: 'cpt',
      cycleEnd: '2027-03-10',
      renewedOn: '2027-03-01',
      confirmation: 'NASM-778',
      createdAt: stamp,
      feeCents: 9900,
    };
    const pes = credential('pes', 'nasm-pes', '2027-06-01');
    const later = evaluate([cpt, card, ces, pes], '2027-07-01', [renewal])('cpt');
    const [old, current] = later.cycles;
    expect(old).toMatchObject({ status: 'renewed', earned: 200, countUntil: '2027-03-01' });
    expect(old?.contributions.some((c) => c.sourceId === 'pes')).toBe(false);
    expect(current).toMatchObject({ start: '2027-03-11', end: '2029-03-10', countFrom: '2027-03-02' });
    expect(current?.contributions.find((c) => c.sourceId === 'pes')).toMatchObject({ credited: 190 });
    expect(later.currentIndex).toBe(1);
  });
});
