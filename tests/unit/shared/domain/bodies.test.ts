/**
 * One case per rule, per body; each names the rule and its source (see
 * shared/domain/catalog/sources.ts).
 */
import { describe, expect, it } from 'vitest';
import { activity, credential, evaluate, renewal } from './fixtures';

const card = (id: string, from: string, until: string) => credential(id, 'cpr-aha', from, { expiresOn: until });

describe('cycle rules', () => {
  it.each([
    ['NASM-CPT: 2 years from the certification date (nasm.org CPT renewal)', 'nasm-cpt', '2025-03-10', '2027-03-10'],
    [
      'ACE: last day of the month of certification, 2 years later (acefitness.org recertification)',
      'ace-cpt',
      '2025-06-14',
      '2027-06-30',
    ],
    ['NCSF: last day of the month, 2 years later (ncsf.org FAQ)', 'ncsf-cpt', '2025-01-31', '2027-01-31'],
    ['ACSM: 3-year cycle ending Dec 31 (acsm.org recertification)', 'acsm-cpt', '2025-05-01', '2027-12-31'],
    ['NSCA: fixed cycle 2024–2026 for everyone (nsca.com CEU categories)', 'nsca-cscs', '2024-05-01', '2026-12-31'],
    ['AFAA: 2 years from the certificate date (afaa.com recertify)', 'afaa-cgfi', '2024-12-01', '2026-12-01'],
    ['ISSA: 2 years (issaonline.com requirements)', 'issa-cpt', '2025-01-15', '2027-01-15'],
    ['NETA: 2 years from the date of issue (netafit.org renewal)', 'neta-pt', '2025-02-28', '2027-02-28'],
  ])('%s', (_rule, typeId, issuedOn, deadline) => {
    const { of } = evaluate('2026-06-01', [credential('c', typeId, issuedOn)]);
    expect(of('c').cycles[0]?.end).toBe(deadline);
  });

  it('anniversary on Feb 29 ends on Feb 28 in a common year', () => {
    const { of } = evaluate('2025-01-01', [credential('c', 'nasm-cpt', '2024-02-29')]);
    expect(of('c').cycles[0]?.end).toBe('2026-02-28');
  });
});

describe('required amounts and NSCA proration (nsca.com CEU categories, 2024–26)', () => {
  it.each([
    ['certified before 2024', '2023-06-01', 600],
    ['certified in 2024', '2024-05-01', 400],
    ['certified in 2025', '2025-02-01', 200],
    ['certified Jan–Jun 2026', '2026-03-01', 100],
    ['certified Jul–Dec 2026', '2026-08-01', 0],
  ])('%s → %s hundredths of a CEU', (_label, issuedOn, required) => {
    // Certified before 2024: the 2021–23 renewal is recorded (else that cycle has lapsed and is the state in force).
    const renewed = issuedOn < '2024-01-01' ? [renewal('c', '2023-12-31', '2023-12-01')] : [];
    const { of } = evaluate('2026-09-01', [credential('c', 'nsca-cscs', issuedOn)], [], renewed);
    const cycle = of('c').cycles.find((c) => c.end === '2026-12-31');
    expect(cycle?.required).toBe(required);
    expect(cycle?.prorated).toBe(required !== 600);
  });

  it('a 2026 H2 certification owes no CEUs in 2024–26, but the cycle is met only with a current CPR/AED card', () => {
    const without = evaluate('2026-09-01', [credential('c', 'nsca-cscs', '2026-08-01')]).current('c');
    expect(without).toMatchObject({ required: 0, met: false });
    expect(without.status).not.toBe('met');
    const withCard = evaluate('2026-09-01', [
      credential('c', 'nsca-cscs', '2026-08-01'),
      card('card', '2026-01-01', '2028-01-01'),
    ]).current('c');
    // NSCA accepts only a card with a skills evaluation: not recorded, so not covered yet.
    expect(withCard).toMatchObject({ required: 0, met: false, status: 'confirm_hands_on' });
    expect(withCard.verdict.sentence).toContain(
      'Covered once you confirm your CPR/AED card had a hands-on skills check',
    );
    const handsOn = evaluate('2026-09-01', [
      credential('c', 'nsca-cscs', '2026-08-01'),
      credential('card', 'cpr-arc', '2026-01-01', { expiresOn: '2028-01-01', handsOn: true }),
    ]).current('c');
    expect(handsOn).toMatchObject({ required: 0, met: true, status: 'met' });
  });

  it('reports NSCA’s own cycle (2024-01-01 … 2026-12-31) and the earning window from the certification date', () => {
    const { current } = evaluate('2026-09-01', [credential('c', 'nsca-cscs', '2025-05-01')]);
    expect(current('c')).toMatchObject({ start: '2024-01-01', end: '2026-12-31', countFrom: '2025-05-01' });
  });

  it('prorates the category maximums too (2024 certification: A at most 3.5)', () => {
    const acts = [1, 2, 3].map((n) =>
      activity(`a${n}`, `2025-0${n}-10`, [{ credentialId: 'c', amountHundredths: 150, category: 'A' }]),
    );
    const { current } = evaluate('2026-06-01', [credential('c', 'nsca-cscs', '2024-05-01')], acts);
    expect(current('c').categories.find((l) => l.id === 'A')).toMatchObject({ max: 350, raw: 450, earned: 350 });
  });
});

describe('caps and category rules', () => {
  it('NSCA: at most 2.0 per Category A event, at most 5.5 in A, and at least 2 categories', () => {
    const acts = [
      activity('big', '2024-03-01', [{ credentialId: 'c', amountHundredths: 250, category: 'A' }]),
      ...[2, 3, 4].map((m) =>
        activity(`a${m}`, `2024-0${m + 2}-01`, [{ credentialId: 'c', amountHundredths: 200, category: 'A' }]),
      ),
    ];
    const renewed = [renewal('c', '2020-12-31', '2020-12-01'), renewal('c', '2023-12-31', '2023-12-01')];
    const { current } = evaluate('2026-06-01', [credential('c', 'nsca-cscs', '2020-01-01')], acts, renewed);
    const cycle = current('c');
    expect(cycle.contributions.find((c) => c.sourceId === 'big')).toMatchObject({ raw: 250, credited: 200 });
    expect(cycle.categories.find((l) => l.id === 'A')).toMatchObject({ earned: 550, max: 550 });
    expect(cycle.earned).toBe(550);
    expect(cycle.met).toBe(false);
    expect(cycle.verdict.missing).toContain('NSCA needs credit from at least 2 categories; you have 1.');
    expect(cycle.warnings.some((w) => w.startsWith('Category A (Attendance) counts at most 5.5 CEU'))).toBe(true);
  });

  it('NCSF: 10 CEU is not enough without the 1 CEU of Ethics (ncsf.org how-to)', () => {
    const acts = [activity('gen', '2025-06-01', [{ credentialId: 'c', amountHundredths: 900, category: 'general' }])];
    const cards = [card('card', '2025-01-01', '2027-01-01')];
    const { current } = evaluate('2026-06-01', [credential('c', 'ncsf-cpt', '2025-01-31'), ...cards], acts);
    const cycle = current('c');
    expect(cycle.earned).toBe(1100);
    expect(cycle.categories.find((l) => l.id === 'cpr')).toMatchObject({ earned: 200 });
    expect(cycle.met).toBe(false);
    expect(
      cycle.verdict.missing.some((r) =>
        r.startsWith('Category ethics (Ethics & Professional Practice) needs at least 1.0 CEU: 1.0 CEU (2 h) more.'),
      ),
    ).toBe(true);
  });

  it('AFAA: 15 CEUs, at least 2 from AFAA or NASM courses; CPR/AED counts 2 in Category D (AFAA form, 2021)', () => {
    const acts = [activity('b', '2025-06-01', [{ credentialId: 'c', amountHundredths: 1500, category: 'B' }])];
    const { current } = evaluate(
      '2026-06-01',
      [credential('c', 'afaa-cgfi', '2024-12-01'), card('card', '2025-01-01', '2027-01-01')],
      acts,
    );
    const cycle = current('c');
    expect(cycle.categories.find((l) => l.id === 'D')).toMatchObject({ earned: 200 });
    expect(cycle.earned).toBe(1700);
    expect(cycle.met).toBe(false);
  });

  it('AFAA: credit from other approved providers does not count toward the 2 from AFAA or NASM (AFAA form)', () => {
    const handsOnCard = credential('card', 'cpr-arc', '2025-01-01', { expiresOn: '2027-01-01', handsOn: true });
    const others = [activity('p', '2025-06-01', [{ credentialId: 'c', amountHundredths: 1300, category: 'A-other' }])];
    const short = evaluate('2026-06-01', [credential('c', 'afaa-cgfi', '2024-12-01'), handsOnCard], others).current(
      'c',
    );
    expect(short).toMatchObject({ earned: 1500, met: false });
    expect(
      short.verdict.missing.some((r) => r.startsWith('Category A (AFAA or NASM courses) needs at least 2 CEU')),
    ).toBe(true);
    const withAfaa = [
      ...others,
      activity('n', '2025-07-01', [{ credentialId: 'c', amountHundredths: 200, category: 'A' }]),
    ];
    expect(
      evaluate('2026-06-01', [credential('c', 'afaa-cgfi', '2024-12-01'), handsOnCard], withAfaa).current('c').met,
    ).toBe(true);
  });

  it('ACSM: CPR/AED earns 5 CECs per calendar year of completion, from 2025 (acsm.org)', () => {
    // One 2-year card completed in 2025: 5 CECs, not 5 for every year it was valid.
    const one = evaluate('2027-06-01', [
      credential('c', 'acsm-cpt', '2025-05-01'),
      card('card', '2025-06-10', '2027-06-10'),
      card('card2', '2025-09-10', '2027-12-31'),
    ]).current('c');
    expect(one.contributions.find((c) => c.kind === 'cpr')).toMatchObject({ raw: 500, credited: 500 });
    // A card completed before the rule began earns nothing (it still satisfies "current CPR").
    const before = evaluate('2027-06-01', [
      credential('c', 'acsm-cpt', '2024-03-01'),
      card('card', '2024-06-01', '2028-06-01'),
    ]).current('c');
    expect(before.contributions.find((c) => c.kind === 'cpr')).toBeUndefined();
    // 30 CECs of courses plus one card is 35 of 45: not met.
    const acts = [activity('a', '2026-01-10', [{ credentialId: 'c', amountHundredths: 3000 }])];
    const short = evaluate(
      '2027-06-01',
      [credential('c', 'acsm-cpt', '2025-05-01'), card('card', '2025-06-10', '2027-12-31')],
      acts,
    ).current('c');
    expect(short).toMatchObject({ earned: 3500, met: false });
  });
});

describe('sharing between credentials of one body', () => {
  it('NSCA: one set of CEUs covers every NSCA credential, counted once (NSCA policies 2018–20)', () => {
    const acts = [
      activity('a', '2025-01-10', [
        { credentialId: 'cscs', amountHundredths: 100, category: 'C' },
        { credentialId: 'ncpt', amountHundredths: 100, category: 'C' },
      ]),
    ];
    const { current } = evaluate(
      '2026-06-01',
      [credential('cscs', 'nsca-cscs', '2020-01-01'), credential('ncpt', 'nsca-cpt', '2020-01-01')],
      acts,
      ['cscs', 'ncpt'].flatMap((id) => [
        renewal(id, '2020-12-31', '2020-12-01'),
        renewal(id, '2023-12-31', '2023-12-01'),
      ]),
    );
    expect(current('cscs').earned).toBe(100);
    expect(current('ncpt').earned).toBe(100);
  });

  it('ACE: CECs allocated to one ACE credential count for another within its cycle (acefitness.org)', () => {
    const acts = [activity('a', '2025-09-01', [{ credentialId: 'cpt', amountHundredths: 50 }])];
    const { current } = evaluate(
      '2026-06-01',
      [credential('cpt', 'ace-cpt', '2025-01-05'), credential('gfi', 'ace-gfi', '2025-08-20')],
      acts,
    );
    expect(current('gfi').earned).toBe(50);
  });

  it('NASM: credits are separate per credential', () => {
    const acts = [activity('a', '2025-09-01', [{ credentialId: 'cpt', amountHundredths: 50 }])];
    const { current } = evaluate(
      '2026-06-01',
      [credential('cpt', 'nasm-cpt', '2025-01-05'), credential('csnc', 'nasm-csnc', '2025-01-05')],
      acts,
    );
    expect(current('csnc').earned).toBe(0);
  });

  it('ACSM: the unconfirmed "highest only" rule never lowers a requirement by itself (older ACSM FAQ)', () => {
    const { of, current } = evaluate('2026-06-01', [
      credential('cpt', 'acsm-cpt', '2025-01-05'),
      credential('ep', 'acsm-ep', '2025-01-05'),
    ]);
    expect(of('cpt').coveredBy).toBeUndefined();
    expect(current('cpt')).toMatchObject({ required: 4500, met: false });
    expect(of('cpt').unconfirmed.map((f) => f.field)).toContain('sharing');
  });

  it('ACSM: the user can turn "highest only" on for a credential, and it is marked overridden', () => {
    const { of, current } = evaluate('2026-06-01', [
      credential('cpt', 'acsm-cpt', '2025-01-05', { overrides: { highestOnly: true } }),
      credential('ep', 'acsm-ep', '2025-01-05'),
      card('card', '2025-01-10', '2027-12-31'),
    ]);
    expect(of('cpt').coveredBy).toBe('ep');
    expect(of('cpt').overridden).toContain('highestOnly');
    expect(current('cpt')).toMatchObject({ required: 0, met: true });
    expect(current('ep').required).toBe(6000);
  });
});

describe('CPR/AED validity at the deadline', () => {
  it('ISSA: the card must be valid 30 days beyond submission (issaonline.com)', () => {
    const { current } = evaluate('2026-06-01', [
      credential('c', 'issa-cpt', '2025-01-15'),
      card('card', '2025-01-01', '2027-01-25'),
    ]);
    expect(current('c').cpr).toMatchObject({ neededOn: '2027-02-14', validWhenNeeded: false, submitBy: '2026-12-26' });
    // Nothing earned yet: never "covered", but the card's early end is said with what is missing.
    expect(current('c').verdict.covered).toBe(false);
    expect(current('c').verdict.sentence).not.toMatch(/\bCovered\b/);
    expect(current('c').verdict.missing).toContain(
      'Your CPR/AED card ends on 26 Dec 2026, before the deadline: renew it before you submit.',
    );
  });

  it('no card at all: says to add one', () => {
    const { current } = evaluate('2026-06-01', [credential('c', 'nasm-cpt', '2025-03-10')]);
    expect(current('c').verdict.missing).toContain(
      'No CPR/AED card recorded: NASM needs a card that is valid when you submit. Add your card (from a course with a hands-on skills check).',
    );
  });

  it('NASM-CSNC does not need one (nasm.org CSNC renewal)', () => {
    const { current } = evaluate('2026-06-01', [credential('c', 'nasm-csnc', '2025-03-10')]);
    expect(current('c').warnings).toEqual([]);
  });

  it('an AHA card without an expiry date is valid through the end of the month two years on (cpr.heart.org)', () => {
    const { of } = evaluate('2026-06-01', [credential('card', 'cpr-aha', '2025-02-01')]);
    expect(of('card').card).toMatchObject({ validUntil: '2027-02-28', status: 'valid' });
  });

  it('a Red Cross card without an expiry date is valid 2 years from issue (third-party pages)', () => {
    const { of } = evaluate('2026-06-01', [credential('card', 'cpr-arc', '2025-02-10')]);
    expect(of('card').card).toMatchObject({ validUntil: '2027-02-10', status: 'valid' });
  });
});
