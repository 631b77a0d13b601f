/**
 * Classes of misreading found on designs 181–195 (read on first sight, tuned on their
 * development part only): a provider printed only at the foot of the page, a message of thanks,
 * "attended live on …", French guillemets, a Polish certificate, a receipt's item, a forum, and
 * a card's captions side by side over their dates. Each test of a class failed before the
 * change; two guard the new rules' limits (a signatory's job, a title whose first word is a
 * label's). The values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('a provider printed only at the foot of the page', () => {
  it('is the organisation alone on one of the last lines, a guess', () => {
    const r = text(
      'Certificate of Completion',
      'Presented to',
      'Halina Sowa',
      'who has satisfactorily completed',
      'Trail Running Strength',
      'Date: 2026/07/15',
      'StrideLab Academy',
    );
    expect(r.provider?.value).toBe('StrideLab Academy');
    expect(r.provider!.confidence).toBeLessThan(0.7);
  });

  it('a signatory’s job is not an organisation ("Education Manager")', () => {
    const r = text(
      'Certificate of Completion',
      'This certifies that Halina Sowa has completed the course',
      'Trail Running Strength',
      'on 2026-07-15',
      'Marta Nowak',
      'Education Manager',
    );
    expect(r.provider?.value).not.toBe('Education Manager');
  });
});

describe('a message of thanks, and what is not a title', () => {
  it('"Thank you, Priya Kapoor, for attending!" names the holder; "Attended live on …" is no title', () => {
    const r = read(
      cells(
        ['PulseCE Webinars', 14, 62, 70],
        ['Thank you, Dana Whitlock, for attending!', 26, 62, 110],
        ['Breathing Mechanics for Coaches', 15, 62, 145],
        ['Attended live on 2026-06-18 · 60 mins · 0.1 ACSM CEC', 12, 62, 170],
      ),
    );
    expect(r.holder?.value).toBe('Dana Whitlock');
    expect(r.title?.value).toBe('Breathing Mechanics for Coaches');
  });

  it('a label that is a title’s first word ("Program Design …") does not cut the title', () => {
    const r = read(
      cells(
        ['Awarded to', 12, 264, 148],
        ['Nadia Horvat', 18, 233, 186],
        ['who has earned 1.0 NCSF CEU (10 contact hours) for', 12, 139, 220],
        ['Program Design for Hypertrophy', 14, 168, 250],
        ['Completed June 30, 2026', 12, 221, 277],
      ),
    );
    expect(r.title?.value).toBe('Program Design for Hypertrophy');
  });
});

describe('French and Polish certificates', () => {
  it('« guillemets » around the title after "pour la formation"', () => {
    const r = text(
      'Institut Kinésiologie Québec',
      'Attestation de réussite',
      'Décernée à',
      'Éloïse Bouchard',
      'pour la formation « Musculation fonctionnelle »',
      'le 3 octobre 2026 · Durée : 7 heures',
    );
    expect(r.title?.value).toBe('Musculation fonctionnelle');
    expect(r.holder?.value).toBe('Éloïse Bouchard');
  });

  it('"Zaświadczenie / Pan Piotr … / ukończył kurs „…” / Liczba godzin: 12"', () => {
    const r = text(
      'Akademia Trenera Personalnego Kraków',
      'Zaświadczenie',
      'Pan Tadeusz Wróbel',
      'ukończył kurs „Trening funkcjonalny”',
      'Data: 15.05.2026',
      'Liczba godzin: 12',
    );
    expect(r.kind).toBe('course');
    expect(r.holder?.value).toBe('Tadeusz Wróbel');
    expect(r.title?.value).toBe('Trening funkcjonalny');
    expect(r.contactMinutes?.value).toBe(720);
    expect(r.completedOn?.value).toBe('2026-05-15');
  });
});

describe('a receipt and a forum', () => {
  it('a receipt’s "Item:" is the course', () => {
    const r = text('KB Academy Online', 'Customer: Ruth Obi', 'Item: Clubbell Basics Online', 'Completed: 2026-02-02');
    expect(r.title?.value).toBe('Clubbell Basics Online');
  });

  it('a forum’s certificate of attendance: the forum is what was attended', () => {
    const r = text(
      'Gulf Coast Exercise Science Forum',
      'Certificate of Attendance',
      'Attendee Name: Rosa Medina',
      'Forum dates: October 8–9, 2026',
      'Total ACSM CECs: 6.0',
    );
    expect(r.title?.value).toBe('Gulf Coast Exercise Science Forum');
  });
});

describe('a card’s captions side by side over their dates', () => {
  it('each date is the one under its own caption, not the next line’s', () => {
    const r = read(
      cells(
        ['American Heart Association', 7.5, 23, 29],
        ['Heartsaver® CPR AED', 7.5, 23, 40],
        ['NAME', 6, 23, 52],
        ['Arjun Mehta', 7.5, 23, 63],
        ['ISSUE DATE', 6, 23, 78],
        ['RECOMMENDED RENEWAL DATE', 6, 75, 78],
        ['10/2026', 7.5, 23, 88],
        ['10/2028', 7.5, 75, 88],
      ),
    );
    expect(r.kind).toBe('card');
    expect(r.completedOn?.value).toBe('2026-10-01');
    expect(r.expiresOn?.value).toBe('2028-10-31');
  });
});
