/**
 * Classes of misreading found on designs 136–150 (read on first sight, tuned on their
 * development part only): captions printed under their values, a title taken for a name, a
 * certificate in European Portuguese, "for the completion of", and a sparse certificate whose
 * title holds most of its words. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';
import { cells, read } from './layout-cells';

describe('captions printed under their values', () => {
  it('name the value above them, when the one below is not one', () => {
    const r = read(
      cells(
        ['Willow Pilates Studio', 12, 353, 93],
        ['Certificate', 30, 343, 154],
        ['Tamsin Greaves', 22, 329, 211],
        ['Recipient', 9, 390, 256],
        ['Pre- and Postnatal Breathing Basics', 16, 279, 289],
        ['Course', 9, 395, 327],
        ['October 3, 2026', 12, 372, 352],
        ['Date', 9, 400, 385],
        ['0.4 NASM CEUs', 10, 382, 419],
      ),
    );
    expect(r.holder?.value).toBe('Tamsin Greaves');
    expect(r.title?.value).toBe('Pre- and Postnatal Breathing Basics');
    expect(r.completedOn?.value).toBe('2026-10-03');
  });

  it('a title’s joining words ("and", "with") are never a name’s', () => {
    expect(looksLikeName('Pre- and Postnatal Core Restoration')).toBe(false);
    expect(looksLikeName('Yoga with Props')).toBe(false);
    expect(looksLikeName('María de la Cruz')).toBe(true);
    expect(looksLikeName('Park In-ho')).toBe(true);
  });
});

describe('a certificate in European Portuguese', () => {
  it('reads "Certifica-se que" and "frequentou com aproveitamento a formação"', () => {
    const r = readCertificateText(
      [
        'Escola Atlântica de Treino',
        'Certificado de Formação',
        'Certifica-se que',
        'Rui Tavares',
        'frequentou com aproveitamento a formação',
        'Treino Funcional com Kettlebells',
        'Porto, 9 de julho de 2026',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Rui Tavares');
    expect(r.title?.value).toBe('Treino Funcional com Kettlebells');
    expect(r.completedOn?.value).toBe('2026-07-09');
  });
});

describe('the title', () => {
  it('follows "for the completion of"', () => {
    const r = readCertificateText(
      [
        'Certificate of Achievement',
        'This certificate is proudly presented to',
        'Lior Ben-David',
        'for the completion of Sprint Coach Level 2',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Sprint Coach Level 2');
  });

  it('on a sparse certificate is the big line under the name, though it holds most of the words', () => {
    const r = read(
      cells(
        ['NCSF', 14, 403, 106],
        ['Dana Whitfield', 36, 302, 178],
        ['Advanced Program Design Refresher Course', 16, 273, 238],
        ['Completed 2026-05-05 · 1.0 CEU', 12, 321, 269],
      ),
    );
    expect(r.title?.value).toBe('Advanced Program Design Refresher Course');
  });
});
