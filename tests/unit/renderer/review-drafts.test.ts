/** A read certificate as the review card edits it (renderer/src/model/review-drafts.ts). */
import { describe, expect, it } from 'vitest';
import { draftFromReading, missingIn, type Reading } from '../../../renderer/src/model/review-drafts';
import { appData } from './fixtures';

const field = <T>(value: T, confidence = 0.95) => ({ value, source: `“${String(value)}”`, confidence });
function reading(proposal: Partial<Reading['proposal']>): Reading {
  return {
    proposal: { kind: 'course', warnings: [], empty: false, ...proposal },
    file: { name: 'c.pdf', sha256: 'a'.repeat(64), ext: 'pdf', size: 1 },
    method: 'text',
    pagesRead: 1,
    pageCount: 1,
    notes: [],
  };
}

describe('review drafts', () => {
  it('a course: its fields as the form shows them, hours from minutes, the proposed credit ticked, each with its origin', () => {
    const { draft, origins } = draftFromReading(
      reading({
        activity: {
          title: field('Program design'),
          provider: field('NASM'),
          completedOn: field('2026-05-01'),
          contactMinutes: field(90, 0.6),
          allocations: [{ credentialId: 'cpt', amountHundredths: 150, source: '1.5 CEU', confidence: 0.9 }],
        },
        holder: field('Zoë'),
      }),
      appData(),
    );
    expect(draft).toMatchObject({ kind: 'course', title: 'Program design', provider: 'NASM', hours: '1.5' });
    expect(draft.allocations.map((a) => [a.credentialId, a.included, a.amount])).toEqual([
      ['cpt', true, '1.5'],
      ['ace', false, ''],
    ]);
    expect(origins.hours).toEqual({ source: '“90”', confidence: 0.6 });
    expect(origins.allocations).toEqual({ cpt: { source: '1.5 CEU', confidence: 0.9 } });
    expect(missingIn(draft)).toBeNull();
  });

  it('a card: its dates and the card it renews', () => {
    const { draft } = draftFromReading(
      reading({
        kind: 'card',
        card: { typeId: 'cpr-arc', replacesId: 'card', issuedOn: field('2027-01-10'), expiresOn: field('2029-01-10') },
      }),
      appData(),
    );
    expect(draft).toMatchObject({ kind: 'card', cardTypeId: 'cpr-arc', replacesId: 'card', expiresOn: '2029-01-10' });
    expect(missingIn(draft)).toBeNull();
    expect(missingIn({ ...draft, expiresOn: '' })).toBe('Needs the date it is valid through.');
  });

  it('what is still missing, in words', () => {
    const { draft } = draftFromReading(reading({ kind: 'unknown', empty: true }), appData());
    expect(draft.title).toBe('');
    expect(missingIn(draft)).toBe('Needs a title, the completion date and the contact hours.');
    expect(missingIn({ ...draft, title: 'X', completedOn: '2026-01-01' })).toBe('Needs the contact hours.');
  });
});
