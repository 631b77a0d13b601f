/**
 * Classes of misreading found on designs 121–135 (read on first sight, tuned on their
 * development part only): a certificate in French, a receipt's "Customer" and "Item", a card's
 * "Card holder", a date with a time after it, "awarded to … for …" in one sentence, a table of
 * credits per body, and a letterhead whose separator OCR read as a dash. Each test failed before
 * the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a certificate in French', () => {
  it('reads "Décernée à …, qui a suivi la formation", the date and "Durée : 6 heures"', () => {
    const r = readCertificateText(
      [
        'Institut Breton du Mouvement',
        'Attestation de formation',
        'Décernée à Élodie Marchand, qui a suivi la formation',
        'Souplesse Active',
        'le 12 mai 2026. Durée : 6 heures.',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Élodie Marchand');
    expect(r.title?.value).toBe('Souplesse Active');
    expect(r.completedOn?.value).toBe('2026-05-12');
    expect(r.contactMinutes?.value).toBe(360);
  });
});

describe('receipts and cards', () => {
  it('a receipt’s customer is the holder, and its "Item" column the course', () => {
    const layout = cells(
      ['StrongStart Online', 18, 57, 91],
      ['Customer: Henrik Dahl', 12, 57, 154],
      ['Item', 10, 140, 184],
      ['Completed', 10, 258, 184],
      ['Credits', 10, 355, 184],
      ['Shoulder Health Essentials 2026-06-03', 10, 66, 204],
      ['0.3 NASM CEUs', 10, 336, 204],
    );
    layout[5]!.width = 250;
    const r = read(layout);
    expect(r.holder?.value).toBe('Henrik Dahl');
    expect(r.title?.value).toBe('Shoulder Health Essentials');
    expect(r.completedOn?.value).toBe('2026-06-03');
  });

  it('a card’s "Card holder:" is the holder', () => {
    const r = readCertificateText(
      [
        'National Safety Council',
        'CPR & AED',
        'Card holder: Bea Lindqvist',
        'Issue Date: 04/04/2026',
        'Exp. Date: 04/2028',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Bea Lindqvist');
  });

  it('a date with a time after it ("2026-04-02T14:30") is read', () => {
    const r = readCertificateText(
      ['Completion Record', 'Learner: Ola Berg', 'Course: Grip Training', 'Completed at: 2026-04-02T14:30'].join('\n'),
    );
    expect(r.completedOn?.value).toBe('2026-04-02');
  });
});

describe('one sentence: "Awarded to … for …, completed …"', () => {
  it('gives the holder and the title; a title with "for" in it keeps it', () => {
    const r = readCertificateText(
      [
        'Certificate of Completion',
        'Awarded to Malia Fonoti for Gait Retraining for Runners, completed 2026-08-08',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Malia Fonoti');
    expect(r.title?.value).toBe('Gait Retraining for Runners');
  });
});

describe('a table of credits per body', () => {
  it('gives each row’s credit to the body in its row, as a guess (placed by position only)', () => {
    const r = read(
      cells(
        ['Certificate of Completion', 28, 223, 122],
        ['Body Credits Course code', 10, 332, 193],
        ['ACE', 10, 336, 214],
        ['0.4 CECs HX-ACE', 10, 378, 214],
        ['AFAA', 10, 334, 234],
        ['4 CEUs', 10, 383, 234],
      ),
    );
    expect(r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`).sort()).toEqual(['ace 0.4', 'afaa 4']);
    expect(r.credits.find((c) => c.bodyId === 'afaa')!.confidence).toBeLessThan(UNSURE_BELOW);
  });
});

describe('a letterhead as OCR reads it', () => {
  it('ends at a middle dot read as a dash', () => {
    const r = readCertificateText(
      [
        'Harbour Fitness Education - ACE Approved Provider',
        'Certificate',
        'This certifies that Ann Roe',
        'has completed Core Basics',
      ].join('\n'),
    );
    expect(r.provider?.value).toBe('Harbour Fitness Education');
  });
});
