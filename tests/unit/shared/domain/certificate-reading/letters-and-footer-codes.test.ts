/**
 * Classes of misreading found on designs 301–315 (read on first sight, tuned on their
 * development part only): a title inside a letter's sentence ("has completed our online course
 * X. The course …"), a Portuguese declaration ("Declaramos que … frequentou a ação de
 * formação"), and a footer's "Code X" without a colon. Each test failed before the change; the
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { footerCode } from '../../../../../shared/domain/certificate-reading/provider';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('a title inside a letter’s sentence', () => {
  it('"has completed our online course X. The course is approved …": the title ends with its sentence', () => {
    const r = readCertificateText(
      [
        'Northern Coaching Collective',
        '14 October 2026',
        'We are pleased to confirm that Astrid Lunde has completed our online course Mobility for Ageing Clients. The course is approved for 0.6 NASM CEUs.',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Mobility for Ageing Clients');
    expect(r.holder?.value).toBe('Astrid Lunde');
  });
});

describe('a Portuguese declaration', () => {
  it('"Declaramos que Rui Nogueira frequentou a ação de formação / Title"', () => {
    const r = readCertificateText(
      [
        'Academia Lusa de Treino',
        'Declaração',
        'Declaramos que Rui Lopes frequentou a ação de formação',
        'Treino de Força para Corredores',
        'realizada em 4 de junho de 2026, com a duração de 8 horas.',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Rui Lopes');
    expect(r.title?.value).toBe('Treino de Força para Corredores');
  });
});

describe('a footer’s code', () => {
  it('"Code CRFI-AST-15" among a footer’s parts, a guess', () => {
    expect(footerCode(['ISSA-approved · 1.5 CEUs · Code CRFI-AST-15'])).toMatchObject({
      value: 'CRFI-AST-15',
      confidence: 0.6,
    });
  });
});
