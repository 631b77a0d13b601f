/**
 * Per body: when a CPR/AED card lets a renewal be submitted, and where a course taken after a
 * deadline counts. Each row names the rule and its source (shared/domain/catalog/).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/calendar-date';
import type { Allocation } from '../../../../shared/schemas/entities';
import { activity, credential, evaluate, renewal } from './fixtures';

type Row = {
  rule: string;
  typeId: string;
  issuedOn: string;
  deadline: string;
  /** Credit that satisfies everything but the card. */
  credit: Partial<Allocation>[];
  /** Days the card must outlive the submission (ISSA: 30). */
  after: number;
};

const ROWS: Row[] = [
  {
    rule: 'NASM-CPT: a current card at submission (nasm.org CPT renewal)',
    typeId: 'nasm-cpt',
    issuedOn: '2025-03-10',
    deadline: '2027-03-10',
    credit: [{ amountHundredths: 190 }],
    after: 0,
  },
  {
    rule: 'AFAA-CGFI: a hands-on card, 2 CEUs in category D (AFAA form)',
    typeId: 'afaa-cgfi',
    issuedOn: '2025-03-10',
    deadline: '2027-03-10',
    credit: [{ amountHundredths: 1300, category: 'A' }],
    after: 0,
  },
  {
    rule: 'ACE-CPT: a current card (acefitness.org)',
    typeId: 'ace-cpt',
    issuedOn: '2025-03-10',
    deadline: '2027-03-31',
    credit: [{ amountHundredths: 200 }],
    after: 0,
  },
  {
    rule: 'ACSM-CPT: current CPR (acsm.org)',
    typeId: 'acsm-cpt',
    issuedOn: '2025-03-10',
    deadline: '2027-12-31',
    credit: [{ amountHundredths: 4500 }],
    after: 0,
  },
  {
    rule: 'NSCA CSCS: a current card, 2 categories (nsca.com)',
    typeId: 'nsca-cscs',
    // Certified in the 2024–26 cycle (one certified earlier with no renewal recorded has lapsed).
    issuedOn: '2024-01-10',
    deadline: '2026-12-31',
    credit: [
      { amountHundredths: 200, category: 'A' },
      { amountHundredths: 200, category: 'A' },
      { amountHundredths: 200, category: 'C' },
    ],
    after: 0,
  },
  {
    rule: 'ISSA: valid 30 days beyond submission (issaonline.com)',
    typeId: 'issa-cpt',
    issuedOn: '2025-03-10',
    deadline: '2027-03-10',
    credit: [{ amountHundredths: 2000 }],
    after: 30,
  },
  {
    rule: 'NCSF: CPR counts 2 of the 10 CEUs (ncsf.org how-to)',
    typeId: 'ncsf-cpt',
    issuedOn: '2025-03-10',
    deadline: '2027-03-31',
    credit: [
      { amountHundredths: 100, category: 'ethics' },
      { amountHundredths: 700, category: 'general' },
    ],
    after: 0,
  },
  {
    rule: 'NETA: a current CPR card (NETA application form)',
    typeId: 'neta-pt',
    issuedOn: '2025-03-10',
    deadline: '2027-03-10',
    credit: [
      { amountHundredths: 600, category: 'neta' },
      { amountHundredths: 1400, category: 'other' },
    ],
    after: 0,
  },
];

const courses = (row: Row) =>
  row.credit.map((a, i) => activity(`a${i}`, addDays(row.deadline, -300 + i), [{ credentialId: 'c', ...a }]));
const card = (from: string, until: string) => credential('card', 'cpr-arc', from, { expiresOn: until, handsOn: true });

describe.each(ROWS)('$rule', (row) => {
  const today = addDays(row.deadline, -100);
  const cardEnd = addDays(row.deadline, -20);
  const submitBy = addDays(cardEnd, -row.after);

  it('a card that ends before the deadline: covered if submitted while it is valid', () => {
    const cycle = evaluate(
      today,
      [credential('c', row.typeId, row.issuedOn), card('2025-01-05', cardEnd)],
      courses(row),
    ).current('c');
    expect(cycle).toMatchObject({ met: true, status: 'met', submitBy });
    expect(cycle.verdict).toMatchObject({ covered: true, by: submitBy });
    expect(cycle.verdict.sentence.startsWith(`Covered if you submit by`)).toBe(true);
  });

  it('once that card has ended, the cycle is not met', () => {
    const cycle = evaluate(
      addDays(submitBy, 1),
      [credential('c', row.typeId, row.issuedOn), card('2025-01-05', cardEnd)],
      courses(row),
    ).current('c');
    expect(cycle.met).toBe(false);
    expect(cycle.status).not.toBe('met');
  });

  it('a card valid through the deadline (and the days after it the body needs): met, no date to beat', () => {
    const cycle = evaluate(
      today,
      [credential('c', row.typeId, row.issuedOn), card('2025-01-05', addDays(row.deadline, row.after))],
      courses(row),
    ).current('c');
    expect(cycle).toMatchObject({ met: true });
    expect(cycle.submitBy).toBeUndefined();
    expect(cycle.cpr?.validWhenNeeded).toBe(true);
  });

  it('no card: not met, and says to add one', () => {
    const cycle = evaluate(today, [credential('c', row.typeId, row.issuedOn)], courses(row)).current('c');
    expect(cycle.met).toBe(false);
    expect(cycle.verdict.missing.some((w) => w.startsWith('No CPR/AED card recorded:'))).toBe(true);
    expect(cycle.verdict.sentence).not.toMatch(/\bCovered\b/);
  });
});

describe('after the deadline: grace windows and late renewals', () => {
  const cpt = credential('c', 'nasm-cpt', '2025-03-10');
  const goodCard = card('2025-01-05', '2029-01-05');

  it('NASM: a course in the 90-day CE window counts toward the cycle that still needs it (nasm.org CSNC: CE within 90 days)', () => {
    const acts = [
      activity('early', '2026-01-10', [{ credentialId: 'c', amountHundredths: 100 }]),
      activity('grace', '2027-04-01', [{ credentialId: 'c', amountHundredths: 90 }]),
    ];
    const { of } = evaluate('2027-04-15', [cpt, goodCard], acts);
    const [old, next] = of('c').cycles;
    expect(old).toMatchObject({ earned: 200, met: true, status: 'in_grace' });
    expect(old?.contributions.find((c) => c.sourceId === 'grace')?.note).toContain('still needed it');
    expect(next?.contributions.some((c) => c.sourceId === 'grace')).toBe(false);
  });

  it('NASM: a course in the grace window counts toward the new cycle when the old one is already met', () => {
    const acts = [
      activity('early', '2026-01-10', [{ credentialId: 'c', amountHundredths: 190 }]),
      activity('grace', '2027-04-01', [{ credentialId: 'c', amountHundredths: 50 }]),
    ];
    const { of } = evaluate('2027-04-15', [cpt, goodCard], acts);
    const [old, next] = of('c').cycles;
    expect(old).toMatchObject({ earned: 200, met: true });
    expect(old?.contributions.some((c) => c.sourceId === 'grace')).toBe(false);
    expect(next).toMatchObject({ countFrom: '2027-03-11', earned: 60 });
  });

  it('NASM: once renewed, everything after the renewal counts toward the new cycle', () => {
    const acts = [
      activity('early', '2026-01-10', [{ credentialId: 'c', amountHundredths: 190 }]),
      activity('after', '2027-03-05', [{ credentialId: 'c', amountHundredths: 50 }]),
    ];
    const { of } = evaluate('2027-04-15', [cpt, goodCard], acts, [renewal('c', '2027-03-10', '2027-03-01')]);
    expect(of('c').cycles[1]).toMatchObject({ countFrom: '2027-03-02' });
    expect(of('c').cycles[1]?.contributions.some((c) => c.sourceId === 'after')).toBe(true);
  });

  it('NASM: day 91 to 1 year, a late renewal with the $50 fee when the CE was done by day 90; then retake the exam (NASM guideline: "1 year" is the same day a year on)', () => {
    const acts = [activity('early', '2026-01-10', [{ credentialId: 'c', amountHundredths: 190 }])];
    const day = (n: number) => evaluate(addDays('2027-03-10', n), [cpt, goodCard], acts).of('c').cycles[0];
    expect(day(90)).toMatchObject({ status: 'in_grace', lateFeeCents: 3000 });
    expect(day(91)).toMatchObject({ status: 'late_renewal', lateFeeCents: 5000, lateRenewalUntil: '2028-03-10' });
    // 2028 is a leap year: day 366 is 10 Mar 2028, still inside "1 year".
    expect(day(366)).toMatchObject({ status: 'late_renewal', lateFeeCents: 5000 });
    expect(day(367)?.status).toBe('lapsed');
    expect(day(367)?.verdict.sentence).toContain('retake the exam');
    // Without the CE by day 90 there is no late renewal.
    expect(evaluate(addDays('2027-03-10', 120), [cpt, goodCard]).of('c').cycles[0]?.status).toBe('lapsed');
  });

  it('ISSA: no CE after the deadline; a late renewal up to 12 months with the fee of the day (issaonline.com)', () => {
    const issa = credential('c', 'issa-cpt', '2025-03-10');
    const acts = [
      activity('a', '2026-01-10', [{ credentialId: 'c', amountHundredths: 1900 }]),
      activity('late', '2027-04-01', [{ credentialId: 'c', amountHundredths: 100 }]),
    ];
    const { of } = evaluate('2027-07-01', [issa, goodCard], acts);
    expect(of('c').cycles[0]).toMatchObject({ earned: 1900, met: false, status: 'lapsed' });
    // The lapse is the state in force: no later cycle is offered in its place.
    expect(of('c')).toMatchObject({ currentIndex: 0 });
    expect(of('c').cycles).toHaveLength(1);
    const done = [activity('a', '2026-01-10', [{ credentialId: 'c', amountHundredths: 2000 }])];
    expect(evaluate('2027-07-01', [issa, goodCard], done).of('c').cycles[0]).toMatchObject({
      status: 'late_renewal',
      lateFeeCents: 4000,
    });
  });

  it('ACSM: the grace period ends on June 30, in leap years too (acsm.org)', () => {
    const acsm = credential('c', 'acsm-cpt', '2025-03-10');
    expect(evaluate('2026-01-01', [acsm]).of('c').cycles[0]).toMatchObject({
      end: '2027-12-31',
      graceEnd: '2028-06-30',
    });
  });

  it('ACE: six months of grace after the last day of the month (acefitness.org)', () => {
    const ace = credential('c', 'ace-cpt', '2025-03-10');
    expect(evaluate('2026-01-01', [ace]).of('c').cycles[0]).toMatchObject({
      end: '2027-03-31',
      graceEnd: '2027-09-30',
    });
  });

  it('NASM: a CPR/AED card renewed inside the 90-day window counts, like a CES completed there', () => {
    const oldCard = card('2025-01-05', '2027-02-01');
    const newCard = credential('card2', 'cpr-arc', '2027-04-01', { expiresOn: '2029-04-01', handsOn: true });
    const acts = [activity('early', '2026-01-10', [{ credentialId: 'c', amountHundredths: 190 }])];
    const cycle = evaluate('2027-04-15', [cpt, oldCard, newCard], acts).of('c').cycles[0];
    expect(cycle).toMatchObject({ status: 'in_grace', earned: 200, met: true });
  });
});

describe('ISSA: a card that ends after the deadline but inside the 30 days (issaonline.com)', () => {
  it('says so as the rule is, not "before this deadline"', () => {
    const issa = credential('c', 'issa-cpt', '2025-03-10');
    const c = credential('card', 'cpr-arc', '2025-01-05', { expiresOn: '2027-03-20', handsOn: true });
    const cycle = evaluate('2027-03-01', [issa, c]).current('c');
    expect(cycle.verdict.missing).toContain(
      'Your CPR/AED card ends on 20 Mar 2027, less than 30 days after the last day you can submit (10 Mar 2027): ISSA needs a card valid at least 30 days after you submit. Renew it and add the new card.',
    );
  });
});
