/**
 * The case Recert was first built for: a NASM-CPT certified 2025-03-10, a Red Cross CPR/AED
 * card issued 2025-02-01 and ending 2027-02-01, the CES specialization completed 2025-09-15.
 *
 * Rules (shared/domain/catalog/types-nasm-afaa.ts): 2.0 CEU per 2-year cycle including 0.1
 * from a current CPR/AED card with a hands-on check (nasm.org CPT renewal page); the CES and
 * the PES each count 1.9 CEU toward the CPT in the cycle they are completed in, once (a
 * third-party page; flagged "verify with NASM"); credit above 2.0 does not carry over.
 */
import { describe, expect, it } from 'vitest';
import { activity, credential, evaluate, renewal, said } from './fixtures';

const cpt = credential('cpt', 'nasm-cpt', '2025-03-10');
const card = credential('card', 'cpr-arc', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true });
const ces = credential('ces', 'nasm-ces', '2025-09-15');
const cesCourse = (extra = {}) =>
  activity('ces-course', '2025-09-15', [{ credentialId: 'cpt', amountHundredths: 190 }], {
    title: 'Corrective Exercise Specialist course',
    ...extra,
  });

const COVERED =
  'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).';

describe('NASM-CPT with the CES and a CPR/AED card that ends before the deadline', () => {
  const { of, current } = evaluate('2026-11-22', [cpt, card, ces]);
  const cycle = current('cpt');

  it('is 2.0 of 2.0, covered if submitted by 1 Feb 2027 (the card’s last day)', () => {
    expect(cycle).toMatchObject({
      start: '2025-03-10',
      end: '2027-03-10',
      required: 200,
      earned: 200,
      remaining: 0,
      met: true,
      status: 'met',
      submitBy: '2027-02-01',
    });
    expect(cycle.contributions.map((c) => [c.kind, c.credited])).toEqual([
      ['cpr', 10],
      ['specialization', 190],
    ]);
    expect(cycle.verdict).toMatchObject({
      covered: true,
      word: 'Covered if you submit by 1 Feb 2027',
      sentence: COVERED,
    });
    expect(cycle.cpr).toMatchObject({ validWhenNeeded: false, submitBy: '2027-02-01', provider: 'Red Cross' });
  });

  it('has 108 days left', () => {
    expect(cycle.daysLeft).toBe(108);
  });

  it('after the card has ended, the 0.1 no longer counts and the cycle is not met', () => {
    const later = evaluate('2027-02-10', [cpt, card, ces]).current('cpt');
    expect(later).toMatchObject({ earned: 190, met: false });
    expect(later.status).not.toBe('met');
    expect(later.verdict.missing).toContain(
      'Your CPR/AED card expired on 1 Feb 2027: NASM needs a card that is valid when you submit. Renew it and add the new card.',
    );
  });

  it('with a card renewed before the deadline, it is simply met', () => {
    const renewedCard = credential('card2', 'cpr-arc', '2027-01-20', { expiresOn: '2029-01-20', handsOn: true });
    const later = evaluate('2027-02-10', [cpt, card, renewedCard, ces]).current('cpt');
    expect(later).toMatchObject({ earned: 200, met: true, status: 'met' });
    expect(later.submitBy).toBeUndefined();
  });

  it('the CES never expires, and says what it counts toward', () => {
    expect(of('ces')).toMatchObject({
      kind: 'specialization',
      cycles: [],
      countsToward: [{ typeId: 'nasm-cpt', amount: 190 }],
    });
    expect(of('ces').unconfirmed.map((f) => f.field)).toEqual(expect.arrayContaining(['cycle', 'countsToward']));
  });
});

describe('one course, counted once (the CES as a credential and as an activity)', () => {
  it.each([
    ['the CES credential and its course logged as an activity (not linked)', [cpt, card, ces], [cesCourse()]],
    [
      'the CES credential and its course linked to it',
      [cpt, card, ces],
      [cesCourse({ completes: 'ces', completedOn: '2025-09-20' })],
    ],
    ['the CES credential alone', [cpt, card, ces], []],
    ['the course alone, as an activity', [cpt, card], [cesCourse()]],
  ])('%s: 2.0 of 2.0', (_label, credentials, activities) => {
    const cycle = evaluate('2026-11-22', credentials, activities).current('cpt');
    expect(cycle).toMatchObject({ earned: 200, met: true, submitBy: '2027-02-01' });
    expect(cycle.contributions.filter((c) => c.credited > 0)).toHaveLength(2);
  });

  it('says so when both were recorded', () => {
    const cycle = evaluate('2026-11-22', [cpt, card, ces], [cesCourse()]).current('cpt');
    expect(cycle.reasons).toContain(
      'Your NASM-CES counts once (1.9 CEU): through "Corrective Exercise Specialist course", not again through the credential.',
    );
  });

  it('a different course on another day still counts beside the CES', () => {
    const other = activity('other', '2025-10-01', [{ credentialId: 'cpt', amountHundredths: 50 }]);
    expect(evaluate('2026-11-22', [cpt, card, ces], [other]).current('cpt').earned).toBe(250);
  });

  it('CES and PES in one cycle each count 1.9 (completed in that cycle; no carry-over)', () => {
    const pes = credential('pes', 'nasm-pes', '2026-02-01');
    const cycle = evaluate('2026-11-22', [cpt, card, ces, pes]).current('cpt');
    expect(cycle).toMatchObject({ earned: 390, met: true });
    const next = evaluate('2026-11-22', [cpt, card, ces, pes]).of('cpt').cycles[1];
    expect(next?.earned).toBe(0);
  });
});

describe('NASM: a card the body would refuse (nasm.org CPT renewal: current card, hands-on check)', () => {
  it('a card that expired on 2025-06-01 earns nothing and the cycle is not met', () => {
    const expired = credential('old', 'cpr-arc', '2023-06-01', { expiresOn: '2025-06-01', handsOn: true });
    const cycle = evaluate('2026-11-22', [cpt, expired, ces]).current('cpt');
    expect(cycle).toMatchObject({ earned: 190, met: false });
    expect(cycle.verdict.missing).toContain(
      'Your CPR/AED card expired on 1 Jun 2025: NASM needs a card that is valid when you submit. Renew it and add the new card.',
    );
  });

  it('2.0 CEU of courses and no card at all is not met', () => {
    const acts = [activity('a', '2025-06-01', [{ credentialId: 'cpt', amountHundredths: 200 }])];
    const cycle = evaluate('2026-11-22', [cpt], acts).current('cpt');
    expect(cycle).toMatchObject({ earned: 200, met: false });
    expect(cycle.status).not.toBe('met');
  });

  it('an online-only card (no hands-on check) earns nothing and does not satisfy NASM', () => {
    const online = credential('online', 'cpr-arc', '2026-01-01', { expiresOn: '2028-01-01', handsOn: false });
    const cycle = evaluate('2026-11-22', [cpt, online, ces]).current('cpt');
    expect(cycle).toMatchObject({ earned: 190, met: false });
    expect(cycle.verdict.missing.some((m) => m.includes('had no hands-on skills check'))).toBe(true);
  });

  it('in the grace window the card problem is still said', () => {
    const expired = credential('old', 'cpr-arc', '2023-06-01', { expiresOn: '2025-06-01', handsOn: true });
    const cycle = evaluate('2027-04-01', [cpt, expired, ces]).of('cpt').cycles[0];
    expect(cycle).toMatchObject({ status: 'in_grace', met: false });
    expect(said(cycle!).some((w) => w.startsWith('Your CPR/AED card expired on 1 Jun 2025'))).toBe(true);
  });
});

describe('renewals', () => {
  const renewedCard = credential('card2', 'cpr-arc', '2027-01-20', { expiresOn: '2029-01-20', handsOn: true });

  it('after a renewal recorded on 2027-03-01, a PES completed 2027-06-01 counts in the new cycle, not the old', () => {
    const pes = credential('pes', 'nasm-pes', '2027-06-01');
    const later = evaluate(
      '2027-07-01',
      [cpt, card, renewedCard, ces, pes],
      [],
      [renewal('cpt', '2027-03-10', '2027-03-01')],
    ).of('cpt');
    const [old, current] = later.cycles;
    expect(old).toMatchObject({ status: 'renewed', earned: 200, countUntil: '2027-03-01' });
    expect(old?.contributions.some((c) => c.sourceId === 'pes')).toBe(false);
    expect(current).toMatchObject({ start: '2027-03-11', end: '2029-03-10', countFrom: '2027-03-02' });
    expect(current?.contributions.find((c) => c.sourceId === 'pes')).toMatchObject({ credited: 190 });
    expect(later.currentIndex).toBe(1);
  });

  it('a card that ends on 1 Feb 2027 does not count in the 2027–2029 cycle', () => {
    const later = evaluate('2027-07-01', [cpt, card, ces], [], [renewal('cpt', '2027-03-10', '2027-01-15')]).of('cpt');
    expect(later.cycles[1]?.contributions.some((c) => c.kind === 'cpr')).toBe(false);
    expect(said(later.cycles[1]!).some((w) => w.includes('expired on 1 Feb 2027'))).toBe(true);
  });
});
