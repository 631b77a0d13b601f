/**
 * Classes of misreading found on designs 1081–1095 (read on first sight, tuned on their
 * development part only): a label that says the name's order ("Participant Name (Last, First):");
 * "Thanks for joining us, X!"; German's verb at the end of the sentence ("… Lehrgang X
 * teilgenommen"); Portuguese "concluiu com aproveitamento a ação de formação X"; a length wrapped
 * over two lines; amounts each before its body after the unit's label ("CEU Credit: 1.5 AFAA /
 * 0.15 NASM"). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('holders', () => {
  it('"Participant Name (Last, First): Tran, Linh" is Linh Tran', () => {
    expect(text('Participant Name (Last, First): Tran, Linh', 'Course: Cable Rows').holder?.value).toBe('Linh Tran');
  });

  it('"Thanks for joining us, Park Ji-hoon!"', () => {
    expect(
      text('FitHub Collective', 'Thanks for joining us, Park Ji-hoon!', 'Session: Sleep and Recovery').holder?.value,
    ).toBe('Park Ji-hoon');
  });
});

describe('titles', () => {
  it('German: "hat erfolgreich am Lehrgang X teilgenommen."', () => {
    expect(
      text('Zertifikat', 'Lena Vogt', 'hat erfolgreich am Lehrgang Sprungkrafttraining im Volleyball teilgenommen.')
        .title?.value,
    ).toBe('Sprungkrafttraining im Volleyball');
  });

  it('Portuguese: "concluiu com aproveitamento a ação de formação X"', () => {
    expect(
      text('Certifica-se que', 'Rui Fonseca', 'concluiu com aproveitamento a ação de formação Treino Funcional Sénior')
        .title?.value,
    ).toBe('Treino Funcional Sénior');
  });
});

describe('lengths and credits', () => {
  it('"com a duração de 25 / horas": a length wrapped over two lines', () => {
    expect(
      text('Rui Fonseca', 'concluiu a formação Treino Sénior, com a duração de 25', 'horas, em 2026.').contactMinutes
        ?.value,
    ).toBe(1500);
  });

  it('"CEU Credit: 1.5 AFAA / 0.15 NASM": each amount before its body', () => {
    const r = text('Name: Keisha Lowe', 'Workshop: Dance Cardio', 'CEU Credit: 1.5 AFAA / 0.15 NASM');
    expect(r.credits.map((c) => [c.bodyId, c.amount])).toEqual([
      ['afaa', 150],
      ['nasm', 15],
    ]);
  });
});
