import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMapping, interpretCsv, parseCsvDate, readCsv } from '../../../../shared/domain/activity-csv';
import { credential } from './fixtures';

const ctx = {
  credentials: [
    credential('cpt', 'nasm-cpt', '2025-03-10', { number: 'CPT-1' }),
    credential('acsm', 'acsm-cpt', '2024-01-01'),
  ],
  customTypes: [],
  today: '2026-11-22',
};

describe('reading activities from a spreadsheet', () => {
  it('guesses the mapping from common header names', () => {
    const table = readCsv(readFileSync('tests/fixtures/activities.csv', 'utf8'));
    expect(table.rows).toHaveLength(20);
    expect(guessMapping(table.headers)).toEqual({
      date: 'Date',
      title: 'Course',
      provider: 'Provider',
      hours: 'Hours',
      credential: 'Credential',
      category: 'Category',
    });
  });

  it('with the guessed mapping, the two rows without hours are errors; mapping the credit column fixes them', () => {
    const table = readCsv(readFileSync('tests/fixtures/activities.csv', 'utf8'));
    const guessed = interpretCsv(table, guessMapping(table.headers), ctx);
    expect(guessed.filter((r) => r.errors.length > 0).map((r) => [r.line, r.errors])).toEqual([
      [8, ['there are no contact hours (and no credit to work them out from)']],
      [15, ['there are no contact hours (and no credit to work them out from)']],
    ]);
    const fixed = interpretCsv(table, { ...guessMapping(table.headers), amount: 'CE credit' }, ctx);
    expect(fixed.every((r) => r.activity)).toBe(true);
    // Row 8 had 0.15 CEU and no hours: 1.5 hours at NASM's 0.1 CEU an hour.
    expect(fixed[6]?.activity).toMatchObject({
      contactMinutes: 90,
      allocations: [{ credentialId: 'cpt', amountHundredths: 15 }],
    });
  });

  it('converts hours with the credential’s rate when no credit column is mapped', () => {
    const table = readCsv('Date,Title,Hours,Credential\n2025-05-01,Course,1.5,acsm-cpt\n');
    const [row] = interpretCsv(table, guessMapping(table.headers), ctx);
    expect(row?.activity).toMatchObject({
      contactMinutes: 90,
      allocations: [{ credentialId: 'acsm', amountHundredths: 150 }],
    });
  });

  it.each([
    ['an impossible date', 'Date,Title,Hours\n2025-02-30,Course,1\n', /"2025-02-30" is not a date/],
    ['a future date', 'Date,Title,Hours\n2026-12-01,Course,1\n', /Completion date: 1 Dec 2026 is in the future/],
    ['zero hours', 'Date,Title,Hours\n2025-05-01,Course,0\n', /"0" is not a number of hours above zero/],
    [
      'negative credit',
      'Date,Title,Amount,Credential\n2025-05-01,Course,-1,NASM-CPT\n',
      /"-1" is not an amount above zero/,
    ],
    ['credit over 100 units', 'Date,Title,Amount,Credential\n2025-05-01,Course,150,NASM-CPT\n', /more than 100 units/],
    [
      'an unknown credential',
      'Date,Title,Hours,Credential\n2025-05-01,Course,1,ACE-CPT\n',
      /"ACE-CPT" is not one of your credentials/,
    ],
    ['an empty title', 'Date,Title,Hours\n2025-05-01,,1\n', /Title is required\./],
  ])('flags %s on its row', (_label, text, message) => {
    const table = readCsv(text);
    const [row] = interpretCsv(table, guessMapping(table.headers), ctx);
    expect(row?.activity).toBeNull();
    expect(row?.errors.join('; ')).toMatch(message);
  });

  it('one course toward several credentials: "NASM-CPT; ACSM-CPT", each with its body’s conversion', () => {
    const table = readCsv('Date,Course,Hours,Credential\n2026-05-01,Functional training,8,NASM-CPT; ACSM-CPT\n');
    const [row] = interpretCsv(table, guessMapping(table.headers), ctx);
    expect(row?.errors).toEqual([]);
    expect(row?.activity?.allocations).toEqual([
      { credentialId: 'cpt', amountHundredths: 80, category: '', approval: 'approved' },
      { credentialId: 'acsm', amountHundredths: 800, category: '', approval: 'approved' },
    ]);
  });

  it('several credentials with an amount (in one body’s unit) is refused, as is a name given twice', () => {
    const table = readCsv(
      'Date,Course,Hours,CE credit,Credential\n2026-05-01,A,8,0.8,NASM-CPT; ACSM-CPT\n2026-05-02,B,2,,NASM-CPT;CPT-1\n',
    );
    const rows = interpretCsv(table, { ...guessMapping(table.headers), amount: 'CE credit' }, ctx);
    expect(rows[0]?.activity).toBeNull();
    expect(rows[0]?.errors[0]).toContain('cannot apply to several credentials');
    expect(rows[1]?.errors).toEqual(['"CPT-1" is named twice']);
  });

  it('refuses a category, provider or code longer than the app allows (it would damage the data file)', () => {
    const table = readCsv(`Date,Course,Hours,Credential,Category\n2026-05-01,A,8,NASM-CPT,${'x'.repeat(121)}\n`);
    const [row] = interpretCsv(table, guessMapping(table.headers), ctx);
    expect(row?.activity).toBeNull();
    expect(row?.errors).toEqual(['Category must be at most 120 characters.']);
  });

  it('reads US dates and matches a credential by its number', () => {
    expect(parseCsvDate('3/14/2025')).toBe('2025-03-14');
    expect(parseCsvDate('2/30/2025')).toBeNull();
    const table = readCsv('Date,Title,Hours,Credential\n3/14/2025,Course,1,cpt-1\n');
    expect(interpretCsv(table, guessMapping(table.headers), ctx)[0]?.activity).toMatchObject({
      completedOn: '2025-03-14',
      allocations: [{ credentialId: 'cpt' }],
    });
  });
});
