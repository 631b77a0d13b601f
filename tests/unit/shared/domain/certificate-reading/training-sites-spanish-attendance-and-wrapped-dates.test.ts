/**
 * Classes of misreading found on designs 1111–1125 (read on first sight, tuned on their
 * development part only): a card's training centre issued it, not the training site where the
 * class was held; Spanish "asistió al Seminario X" and Slovenian "se je udeležila delavnice X";
 * an ISO date wrapped after its year's dash ("2026-" / "02-18"); "Instructor trainee:". Each test
 * failed before the change, except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cards', () => {
  it('"Training Site:" above "Training Center:": the centre issued the card', () => {
    const r = text(
      'American Heart Association',
      'Heartsaver CPR AED',
      'Holder: Maya Gold',
      'Issue Date: 11/2026 Renew By: 11/2028',
      'Training Site: Eastside Community Center',
      'Training Center: Delta Heart Training',
    );
    expect(r.provider?.value).toBe('Delta Heart Training');
  });

  it('guard: a training site alone still names where the card came from (passed before)', () => {
    const r = text(
      'Heartsaver CPR AED',
      'Holder: Maya Gold',
      'Issue Date: 11/2026 Renew By: 11/2028',
      'Training Site: Eastside Community Center',
    );
    expect(r.provider?.value).toBe('Eastside Community Center');
  });
});

describe('titles', () => {
  it('Spanish: "asistió al Seminario X, realizado el …"', () => {
    expect(
      text('Martín Sosa', 'asistió al Seminario Velocidad en el Rugby Juvenil, realizado el 5 de julio de 2026.').title
        ?.value,
    ).toBe('Velocidad en el Rugby Juvenil');
  });

  it('Slovenian: "se je udeležila delavnice X"', () => {
    expect(text('Nina Zupan', 'se je udeležila delavnice Vadba za ravnotežje').title?.value).toBe(
      'Vadba za ravnotežje',
    );
  });
});

describe('dates and holders', () => {
  it('"… on 2026-" / "02-18.": a date wrapped after its year', () => {
    expect(
      text('This certifies that Lisa Wang completed Stretching for Desk Workers and Drivers on 2026-', '02-18.')
        .completedOn?.value,
    ).toBe('2026-02-18');
  });

  it('"Instructor trainee: X"', () => {
    expect(text('Instructor trainee: Bianca Ferri', 'Course: Indoor Cycling Update').holder?.value).toBe(
      'Bianca Ferri',
    );
  });
});
