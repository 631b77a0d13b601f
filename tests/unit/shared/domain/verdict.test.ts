/** The one verdict, on the cases the round-3 audit named (each failed before the verdict existed). */
import { describe, expect, it } from 'vitest';
import { activity, credential, evaluate, renewal } from './fixtures';

const card = (id: string, from: string, until: string, handsOn?: boolean) =>
  credential(id, id.startsWith('aha') ? 'cpr-aha' : 'cpr-arc', from, {
    expiresOn: until,
    ...(handsOn !== undefined ? { handsOn } : {}),
  });

describe('the verdict', () => {
  it('a lapsed cycle is never met, even with its CE complete (the JSON said met: true)', () => {
    const cpt = credential('c', 'nasm-cpt', '2022-03-10');
    const acts = [activity('a', '2023-01-10', [{ credentialId: 'c', amountHundredths: 190 }])];
    const e = evaluate('2025-06-01', [cpt, card('arc', '2023-01-01', '2026-01-01', true)], acts).of('c');
    expect(e.cycles).toHaveLength(1);
    expect(e.cycles[0]).toMatchObject({ status: 'lapsed', met: false, earned: 200 });
    expect(e.cycles[0]?.verdict).toMatchObject({ state: 'lapsed', covered: false, word: 'Lapsed' });
  });

  it('relies on the card whose hands-on check is recorded, and says which other card would last longer', () => {
    const cpt = credential('c', 'nasm-cpt', '2025-03-10');
    const acts = [activity('a', '2025-06-10', [{ credentialId: 'c', amountHundredths: 190 }])];
    const cards = [card('arc', '2025-01-01', '2027-01-20', true), card('aha', '2025-02-01', '2027-06-01')];
    const c = evaluate('2026-12-06', [cpt, ...cards], acts).current('c');
    expect(c.verdict).toMatchObject({ state: 'met', covered: true, by: '2027-01-20' });
    expect(c.verdict.sentence).toBe(
      'Covered if you submit by 20 Jan 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027). Your AHA Heartsaver CPR AED or BLS card (valid until 1 Jun 2027) would count instead once you confirm it had a hands-on skills check.',
    );
  });

  it('in grace and late renewal, the sentence names the last day and the fee', () => {
    const cpt = credential('c', 'nasm-cpt', '2025-03-10');
    const acts = [activity('a', '2025-06-10', [{ credentialId: 'c', amountHundredths: 190 }])];
    const cards = [card('arc', '2025-01-01', '2029-01-01', true)];
    expect(evaluate('2027-04-01', [cpt, ...cards], acts).current('c').verdict.sentence).toBe(
      'The deadline (10 Mar 2027) has passed. Your CE is complete: renew by 8 Jun 2027, with a late fee of $30.',
    );
    expect(evaluate('2027-07-01', [cpt, ...cards], acts).current('c').verdict.sentence).toBe(
      'Late renewal: your CE was complete by 8 Jun 2027, so NASM accepts the renewal until 10 Mar 2028, with a late fee of $50.',
    );
  });

  it('ACSM committee service: the yearly maximum is said once, not again as the cycle maximum', () => {
    const acsm = credential('c', 'acsm-cpt', '2021-03-10');
    const acts = [activity('a', '2025-06-01', [{ credentialId: 'c', amountHundredths: 3000, category: 'committee' }])];
    const c = evaluate('2026-06-01', [acsm, card('arc', '2025-02-01', '2027-06-01', true)], acts, [
      renewal('c', '2023-12-31', '2023-12-01'),
    ]).current('c');
    expect(c.earned).toBe(800 + 500);
    // The CPR/AED row names the completion year that earns the credit, not only the card.
    expect(c.contributions.find((x) => x.kind === 'cpr')?.title).toBe(
      'CPR/AED completed in 2025 (5 CEC a year); the card relied on: Red Cross Adult First Aid/CPR/AED certificate, valid until 1 Jun 2027',
    );
    expect(c.warnings.filter((w) => w.startsWith('Category committee'))).toEqual([
      'Category committee (Committee service) counts at most 8 CEC a year; 22 CEC of 2025 above it does not count.',
    ]);
  });

  it('the renewal recorded for a later cycle makes the earlier unrenewed ones history, not the state in force', () => {
    const cpt = credential('c', 'nasm-cpt', '2020-03-10');
    const e = evaluate('2025-01-01', [cpt], [], [renewal('c', '2024-03-10', '2024-03-01')]).of('c');
    expect(e.currentIndex).toBe(2);
    expect(e.cycles[0]?.status).toBe('lapsed');
    expect(e.cycles[2]?.end).toBe('2026-03-10');
  });
});

describe('NASM: CE finished in the 90-day window, a new card added in the late window (the audit read "lapsed" at day 365)', () => {
  const cpt = credential('c', 'nasm-cpt', '2025-03-10');
  const acts = [
    activity('a', '2026-01-10', [{ credentialId: 'c', amountHundredths: 100 }]),
    activity('b', '2027-05-01', [{ credentialId: 'c', amountHundredths: 90 }], { title: 'Finished in the window' }),
  ];
  const cards = [card('arc', '2025-01-01', '2027-01-01', true), card('arc2', '2027-09-01', '2029-09-01', true)];
  it.each([
    ['2027-09-02', 'late_renewal'],
    ['2028-03-09', 'late_renewal'],
    ['2028-03-10', 'late_renewal'],
    ['2028-03-11', 'lapsed'],
  ])('on %s: %s', (today, state) => {
    const c = evaluate(today, [cpt, ...cards], acts).of('c').cycles[0];
    expect(c?.status).toBe(state);
    if (state === 'late_renewal') expect(c?.verdict).toMatchObject({ by: '2028-03-10', feeCents: 5000, missing: [] });
  });
});
