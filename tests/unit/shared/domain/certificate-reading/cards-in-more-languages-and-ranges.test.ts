/**
 * Classes of misreading found on designs 466–480 (read on first sight, tuned on their
 * development part only): CPR/AED and first-aid cards in Italian, Dutch, Polish and Spanish
 * (their words, labels, dates and organisations); "S/o" after a name; "the workshop on X"; a
 * duration as a clock shows it; "Nov-03-2026" and "2026 Nov 03"; a course's period as a range;
 * a sentence's last line under a full-width line; a cue whose accents OCR dropped. Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cards in more languages', () => {
  it('Italian BLSD: "Nome", "Data corso", "Scadenza", day first', () => {
    const r = text(
      'Croce Verde Asti',
      'Esecutore BLSD',
      'Nome: Sara Conti',
      'Data corso: 12/03/2026',
      'Scadenza: 12/03/2028',
    );
    expect(r.kind).toBe('card');
    expect(r.holder?.value).toBe('Sara Conti');
    expect(r.provider?.value).toBe('Croce Verde Asti');
    expect(r.completedOn?.value).toBe('2026-03-12');
    expect(r.expiresOn?.value).toBe('2028-03-12');
  });

  it('Dutch "Reanimatie & AED": "Naam", "Cursusdatum", "Geldig tot"; a Vereniging is an organisation', () => {
    const r = text(
      'EHBO Vereniging Delft',
      'Reanimatie & AED',
      'Naam: Eva Jansen',
      'Cursusdatum: 14-06-2026',
      'Geldig tot: 14-06-2027',
    );
    expect(r.holder?.value).toBe('Eva Jansen');
    expect(r.provider?.value).toBe('EHBO Vereniging Delft');
    expect(r.expiresOn?.value).toBe('2027-06-14');
  });

  it('Polish first aid: "Imię i nazwisko", "Data szkolenia", "Ważne do", also as OCR reads it without accents', () => {
    for (const [name, until] of [
      ['Imię i nazwisko', 'Ważne do'],
      ['Imie i nazwisko', 'Wazne do'],
    ]) {
      const r = text(
        'Polski Czerwony Krzyż',
        'Kurs pierwszej pomocy',
        `${name}: Anna Nowak`,
        'Data szkolenia: 15.05.2026',
        `${until}: 15.05.2028`,
      );
      expect(r.kind).toBe('card');
      expect(r.holder?.value).toBe('Anna Nowak');
      expect(r.expiresOn?.value).toBe('2028-05-15');
    }
  });

  it('Spanish "Soporte Vital Básico": "Nombre", "Fecha", "Caducidad"', () => {
    const r = text(
      'Cruz Roja Española',
      'Soporte Vital Básico y DEA',
      'Nombre: Lucía Gil',
      'Fecha: 20/05/2026',
      'Caducidad: 20/05/2028',
    );
    expect(r.kind).toBe('card');
    expect(r.completedOn?.value).toBe('2026-05-20');
    expect(r.expiresOn?.value).toBe('2028-05-20');
  });
});

describe('sentences, durations and dates', () => {
  it('"Mr. Arjun Sharma S/o Ramesh Sharma has participated in the workshop on X", its last line under it', () => {
    const r = text(
      'FitIndia Academy Pvt. Ltd.',
      'Certificate of Participation',
      'This is to certify that Mr. Dev Patel S/o Ramesh Patel has participated in the workshop on Functional',
      'Training held on 03rd November 2026 at Pune.',
    );
    expect(r.holder?.value).toBe('Dev Patel');
    expect(r.title?.value).toBe('Functional Training');
    expect(r.provider?.value).toBe('FitIndia Academy Pvt. Ltd.');
    expect(r.completedOn?.value).toBe('2026-11-03');
  });

  it('"Duration: 02:30 hrs" is two and a half hours', () => {
    expect(text('Webinar: Sleep', 'Duration: 02:30 hrs').contactMinutes?.value).toBe(150);
  });

  it.each([
    ['Date: Nov-03-2026', '2026-11-03'],
    ['Date: 2026 Nov 03', '2026-11-03'],
  ])('%s', (line, date) => {
    expect(findDates(line)[0]?.date).toBe(date);
  });

  it('a course\'s period "2026/10/01 – 2026/10/05" ends on its last day; a title with "period" in it is no date\'s cue', () => {
    const r = text('Name: Haruto Sato', 'Course: Periodization Basics', 'Period: 2026/10/01 – 2026/10/05', 'Hours: 15');
    expect(r.completedOn?.value).toBe('2026-10-05');
    expect(r.title?.value).toBe('Periodization Basics');
  });
});
