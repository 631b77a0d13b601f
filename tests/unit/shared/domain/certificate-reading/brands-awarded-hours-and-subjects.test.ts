/**
 * Classes of misreading found on designs 631–645 (read on first sight, tuned on their
 * development part only): a card's brand ("Emergency First Response") taken for its holder;
 * "Contact Hours Awarded: 3.0"; Swedish "har genomgått utbildningen / X"; "Subject: X" on a
 * form. Each test failed before the change (the guard says so); the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cards', () => {
  it('a card whose brand reads like a name ("Emergency First Response"): the brand is the provider, the holder the name', () => {
    const r = text(
      'Emergency First Response',
      'Primary Care (CPR)',
      'Nadia Karimi',
      'Completion Date: 14 Aug 2026',
      'Renew by: Aug 2028',
    );
    expect([r.kind, r.holder?.value, r.provider?.value]).toEqual(['card', 'Nadia Karimi', 'Emergency First Response']);
  });

  it("guard (passed before): a card's course under its provider is not the provider", () => {
    const r = text(
      'St John Ambulance',
      'Emergency First Aid & CPR/AED',
      'Name: Ruth Evans',
      'Date of course: 12 March 2026',
      'Valid until: 12 March 2029',
    );
    expect(r.provider?.value).toBe('St John Ambulance');
  });
});

describe('contact time and titles', () => {
  it('"Contact Hours Awarded: 3.0"', () => {
    expect(text('Activity: Cardiac Rehab', 'Contact Hours Awarded: 3.0').contactMinutes?.value).toBe(180);
  });

  it('Swedish "har genomgått utbildningen / X": the title is X', () => {
    expect(
      text('Elin Berg har genomgått utbildningen', 'Styrketräning för äldre', 'Omfattning: 16 timmar').title?.value,
    ).toBe('Styrketräning för äldre');
  });

  it('"Subject: X" on a form is the title', () => {
    expect(text('Student: Mei Chow', 'Subject: Sports Massage Basics', 'Date: 2026-05-22').title?.value).toBe(
      'Sports Massage Basics',
    );
  });
});
