/**
 * Classes of misreading found on designs 556–570 (read on first sight, tuned on their
 * development part only): "Name of course:" (and in capitals); "Coach" before a holder's name;
 * Portuguese "participou do workshop X realizado em …"; "has completed 15 contact hours in X";
 * Romanian and Estonian first-aid cards. Each test failed before the change; the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('titles and holders', () => {
  it('"Name of course:" and "NAME OF PROGRAMME:" label the title', () => {
    expect(text('Name of participant: Ada Eze', 'Name of course: Group Leadership').title?.value).toBe(
      'Group Leadership',
    );
    expect(text('NAME OF PARTICIPANT: THABO NKOSI', 'NAME OF PROGRAMME: RUGBY CONDITIONING').title?.value).toBe(
      'RUGBY CONDITIONING',
    );
  });

  it('"Coach Daniel Ruiz" is Daniel Ruiz', () => {
    expect(text('Awarded to', 'Coach Daniel Ruiz', 'for completing', 'Speed Development').holder?.value).toBe(
      'Daniel Ruiz',
    );
  });

  it('"participou do workshop Treino HIIT realizado em 12/05/2026": the title', () => {
    expect(
      text(
        'Certificamos que Joana Silva participou do workshop Treino HIIT realizado em 12/05/2026, com duração de 4 horas.',
      ).title?.value,
    ).toBe('Treino HIIT');
  });

  it('"has completed 15 contact hours in / X": the title is X', () => {
    const r = text('Brandon Lee', 'has completed 15 contact hours in', 'Exercise Physiology for Trainers');
    expect(r.title?.value).toBe('Exercise Physiology for Trainers');
    expect(r.contactMinutes?.value).toBe(900);
  });
});

describe('first-aid cards', () => {
  it('Romanian: "prim ajutor", "Nume", "Data cursului", "Valabil până la"', () => {
    const r = text(
      'Școala de Prim Ajutor Iași',
      'Curs de prim ajutor',
      'Nume: Ion Popa',
      'Data cursului: 15.04.2026',
      'Valabil până la: 15.04.2028',
    );
    expect(r.kind).toBe('card');
    expect(r.holder?.value).toBe('Ion Popa');
    expect(r.completedOn?.value).toBe('2026-04-15');
    expect(r.expiresOn?.value).toBe('2028-04-15');
  });

  it('Estonian: "Esmaabi", "Koolituse kuupäev", "Kehtib kuni"', () => {
    const r = text(
      'Pärnu Esmaabikool',
      'Esmaabi baaskoolitus',
      'Nimi: Liis Tamm',
      'Koolituse kuupäev: 20.09.2026',
      'Kehtib kuni: 20.09.2029',
    );
    expect(r.kind).toBe('card');
    expect(r.completedOn?.value).toBe('2026-09-20');
    expect(r.expiresOn?.value).toBe('2029-09-20');
  });
});
