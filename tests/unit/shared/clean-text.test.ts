/** Text the user types is stored clean: what goes into a PDF is what they saw. */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/schemas/clean-text';
import { NASM_CPT, openCore } from '../helpers';

describe('text is cleaned at the contract', () => {
  it.each([
    ['a right-to-left override', 'Course\u202Etxt.exe', 'Coursetxt.exe'],
    ['NUL and ESC', 'Cour\u0000se\u001b[31m', 'Course[31m'],
    ['a lone surrogate', 'Course \ud800 A', 'Course \ufffd A'],
    ['decomposed accents', 'Zoe\u0308', 'Zoë'],
    ['zero-width space, word joiner, BOM, soft hyphen', 'Ce\u200brt\u2060if\ufeffi\u00adcate.pdf', 'Certificate.pdf'],
    ['line and paragraph separators', 'card\u2028front\u2029.jpg', 'cardfront.jpg'],
    ['a zero-width joiner stays (emoji, Indic and Persian need it)', 'क्\u200dष', 'क्\u200dष'],
  ])('%s', (_label, input, stored) => expect(cleanText(input)).toBe(stored));

  it('notes keep their line breaks and tabs; single-line fields do not', () => {
    expect(cleanText('line 1\n\tline 2', true)).toBe('line 1\n\tline 2');
    expect(cleanText('line 1\nline 2')).toBe('line 1line 2');
    expect(cleanText('line 1\u2028line 2', true)).toBe('line 1\nline 2');
  });

  it('through the contract: an activity and a credential are stored clean', async () => {
    const { dispatch } = await openCore();
    const c = await dispatch('credentials:add', { ...NASM_CPT, number: 'CPT-\u202E123', notes: 'a\nb\u0007' });
    expect(c).toMatchObject({ ok: true, value: { number: 'CPT-123', notes: 'a\nb' } });
    const a = await dispatch('activities:add', {
      title: 'Kettlebell\u0000 basics\u2066',
      completedOn: '2026-01-10',
      contactMinutes: 60,
      status: 'completed',
      provider: 'RKC\u001b',
    });
    expect(a).toMatchObject({ ok: true, value: { title: 'Kettlebell basics', provider: 'RKC' } });
  });
});
