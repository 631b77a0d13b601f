/**
 * The page's small pure pieces: how dates and distances read (format.ts), field errors in forms
 * (forms.ts), a badge's look (model/badge.ts), a home card's line (model/coverage-line.ts), and a
 * review card that repeats a course already logged (model/already-have.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatDate, relativeDays } from '../../../renderer/src/format';
import { errorField, fieldMatcher, inFormWords, messageFor } from '../../../renderer/src/forms';
import { alreadyHave } from '../../../renderer/src/model/already-have';
import { badgeLook } from '../../../renderer/src/model/badge';
import { coverageLine } from '../../../renderer/src/model/coverage-line';
import type { AppErrorInfo } from '../../../shared/errors';
import { activity, appData } from './fixtures';

const error: AppErrorInfo = {
  code: 'invalid_input',
  message: 'Title is required.',
  field: 'fields.title',
  also: [{ field: 'fields.completedOn', message: 'Completion date is not a date.' }],
};

describe('formatting', () => {
  it('dates read one way everywhere; anything else is a dash', () => {
    expect(formatDate('2027-03-10')).toBe('10 Mar 2027');
    expect(formatDate('2027-02-30')).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });

  it('distances in days, in words', () => {
    expect([0, 1, -1, 12, -3].map(relativeDays)).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 12 days',
      '3 days ago',
    ]);
  });
});

describe('field errors', () => {
  it('an update’s `fields.` prefix is the same field to the form; every field an error names is marked', () => {
    expect(errorField(error)).toBe('title');
    const invalid = fieldMatcher(error);
    expect([invalid('title'), invalid('completedOn'), invalid('notes')]).toEqual([true, true, false]);
  });

  it('each field gets its own message', () => {
    expect(messageFor(error, 'completedOn')).toBe('Completion date is not a date.');
    expect(messageFor(error, 'notes')).toBeUndefined();
    expect(messageFor(null, 'title')).toBeUndefined();
  });

  it('a form says a field the way it labels it', () => {
    const card = { code: 'invalid_input' as const, message: 'Certification date is required.', field: 'issuedOn' };
    expect(inFormWords(card, { 'Certification date': 'Issue date' })?.message).toBe('Issue date is required.');
  });
});

describe('home cards and badges', () => {
  const data = appData();
  const line = (id: string) => coverageLine(data.report.evaluations.find((e) => e.credentialId === id)!);

  it('a card: valid until its day; a specialization: what it counts toward, quietly', () => {
    expect(line('card')).toMatchObject({
      badge: { state: 'met', word: 'Valid' },
      detail: expect.stringMatching(/^until 1 Feb 2027/),
    });
    expect(line('ces')).toEqual({
      badge: { state: 'met', word: 'Does not expire' },
      detail: 'counts 1.9 CEU toward NASM-CPT',
      quiet: true,
    });
  });

  it('a certification: the verdict’s own word, the amount, and what is left', () => {
    const cpt = line('cpt');
    const e = data.report.evaluations.find((x) => x.credentialId === 'cpt')!;
    expect(cpt.badge.word).toBe(e.cycles[e.currentIndex!]!.verdict.word);
    expect(cpt.amount).toBe('2.0 CEU of 2.0 CEU');
  });

  it('a badge’s class is its tone on the status scale', () => {
    expect(badgeLook('lapsed').className).toMatch(/^badge tone-/);
    expect(badgeLook('lapsed').className).not.toBe(badgeLook('met').className);
  });
});

describe('a review card that repeats what you have', () => {
  const logged = [activity('a', '2026-05-01', [], { title: 'Program design' })];
  const course = { kind: 'course' as const, title: 'Program design', completedOn: '2026-05-01', code: '' };

  it('the same title on the same day is the same course, unless the user said it is another', () => {
    expect(alreadyHave({ draft: course }, logged)).toEqual({
      activity: logged[0],
      text: 'You already have “Program design” on 1 May 2026.',
    });
    expect(alreadyHave({ draft: { ...course, separateCourse: true } }, logged)).toBeNull();
    expect(alreadyHave({ draft: { ...course, completedOn: '2026-05-02' } }, logged)).toBeNull();
  });

  it('the same file already attached, as the reading says', () => {
    const reading = {
      proposal: { alreadyHave: { reason: 'file' as const, text: 'This file is attached to your NASM-CPT.' } },
    };
    expect(alreadyHave({ draft: { ...course, title: 'Other' }, reading }, logged)).toEqual({
      text: 'This file is attached to your NASM-CPT.',
    });
  });
});
