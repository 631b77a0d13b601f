/**
 * Classes of misreading found on designs 931–945 (read on first sight, tuned on their
 * development part only): "Se certifica que X aprobó el curso / Y"; a title before a date in
 * words ("… on the twentieth of February, 2026"); "The course / Y / has been completed by / X".
 * Each test failed before the change but for the guard (a cue's verb whose plain form is another
 * word: "cursó" is "curso", and cues match without accents); the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('sentences', () => {
  it('"Se certifica que X aprobó el curso / Y": the name ends before "aprobó", the title follows', () => {
    const r = text(
      'Se certifica que Martina Ruiz aprobó el curso',
      'Entrenamiento Personal Nivel I',
      'realizado en 2026.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Martina Ruiz', 'Entrenamiento Personal Nivel I']);
  });

  it('"ha completado el curso de Y" keeps its title whole (no cue on "curso" as a verb)', () => {
    expect(
      text(
        'Se deja constancia de que Ana Paz ha completado el curso de Circuitos Funcionales, dictado el 2 de mayo de 2026.',
      ).title?.value,
    ).toBe('Circuitos Funcionales');
  });

  it('"… completed X on the twentieth of February, 2026": the title ends before "on the"', () => {
    expect(
      text('This certifies that Wyatt Hale completed Barbell Basics on the twentieth of February, 2026.').title?.value,
    ).toBe('Barbell Basics');
  });

  it('"The course / Y / has been completed by / X"', () => {
    const r = text('The course', 'Restorative Yoga Basics', 'has been completed by', 'Harper Lane', 'on 2026-08-23');
    expect(r.holder?.value).toBe('Harper Lane');
  });
});
