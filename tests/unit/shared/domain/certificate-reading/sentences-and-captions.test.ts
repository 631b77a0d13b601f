/**
 * Classes of misreading found on designs 61–75 (read on first sight, tuned on their development
 * part only): a certificate written as a sentence wrapped over lines, other languages' "awarded
 * to" and "code", a title ending in the words that lead to a wrapped date, a card's captions
 * over its values, a transcript's credit column, and a provider that is the document's heading
 * or a credit line. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../../../../shared/domain/certificate-reading/lines';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a certificate written as one sentence, wrapped over lines', () => {
  const text = [
    'Harbor Lane Coaching',
    'Letter of Completion',
    'We write to confirm that Teodora Vasilescu completed Sled Pushing for',
    'Conditioning Coaches and Personal Trainers, a home-study course offered by Harbor',
    'Lane Coaching Collective, on 03/02/2026. It is approved by NASM for 0.5 CEU.',
  ].join('\n');

  it('reads the holder up to her verb, the title up to "a … course", the provider up to ", on"', () => {
    const r = readCertificateText(text);
    expect(r.holder?.value).toBe('Teodora Vasilescu');
    expect(r.title?.value).toBe('Sled Pushing for Conditioning Coaches and Personal Trainers');
    expect(r.provider?.value).toBe('Harbor Lane Coaching Collective');
    expect(r.completedOn?.value).toBe('2026-03-02');
  });

  it('joins only what runs on: short lines and labels stay apart', () => {
    expect(joinWrapped(['This certifies that', 'Anna Berg', 'Course: Rowing Basics'])).toEqual([
      'This certifies that',
      'Anna Berg',
      'Course: Rowing Basics',
    ]);
    expect(
      joinWrapped(['Teodora Vasilescu completed Sled Pushing for Conditioning Coaches', 'and Personal Trainers']),
    ).toEqual(['Teodora Vasilescu completed Sled Pushing for Conditioning Coaches and Personal Trainers']);
  });

  it('"Congratulations on finishing X on / date": the title ends before "on"', () => {
    const r = readCertificateText(
      'Hi Ana Lima,\nCongratulations on finishing Rowing Technique for Masters Athletes on\n11/03/2026.\nCredits earned: 0.7 NASM CEUs',
    );
    expect(r.title?.value).toBe('Rowing Technique for Masters Athletes');
  });
});

describe("other languages' phrases", () => {
  it('"Otorgado a", "por completar el curso" and "Código:": the name, the title and the code, not the heading', () => {
    const r = readCertificateText(
      'Escuela Andina de Movimiento\nCertificado de Asistencia\nOtorgado a\nMaría José Quispe\npor completar el curso\nMovilidad de Cadera\nFecha: 02/04/2026\n0.5 ACE CECs · Código: EAM-MC-05',
    );
    expect(r.holder?.value).toBe('María José Quispe');
    expect(r.title?.value).toBe('Movilidad de Cadera');
    expect(r.code?.value).toBe('EAM-MC-05');
  });
});

describe("other languages' phrases and dates (designs 76–90)", () => {
  it('Portuguese: "Certificamos que", "concluiu o curso", and a date read day first', () => {
    const r = readCertificateText(
      'Escola do Norte\nCertificado de Conclusão\nCertificamos que\nInês Carvalho\nconcluiu o curso\nMobilidade Torácica\nem 03/08/2026\n0.3 ACE CECs',
    );
    expect([r.holder?.value, r.title?.value, r.completedOn?.value]).toEqual([
      'Inês Carvalho',
      'Mobilidade Torácica',
      '2026-08-03',
    ]);
  });

  it('Italian "per aver completato il corso" and German "Kurs-Nr.:"', () => {
    const it1 = readCertificateText(
      'Scuola Alpina\nAttestato\nconferito a\nLuca Bianchi\nper aver completato il corso\nCorsa in Salita\nData: 05/04/2026',
    );
    expect([it1.title?.value, it1.completedOn?.value]).toEqual(['Corsa in Salita', '2026-04-05']);
    expect(readCertificateText('0.6 NASM CEUs · Kurs-Nr.: BRM-FK-06').code?.value).toBe('BRM-FK-06');
  });
});

describe('more of what English certificates say (designs 76–90)', () => {
  it('"Member:" names the holder', () => {
    expect(readCertificateText('NSCA CEU Quiz Record\nMember: Ana Lima\nQuiz: Sprint Drills').holder?.value).toBe(
      'Ana Lima',
    );
  });

  it('a sentence that opens with the name: "Ana Lima has completed the course …"', () => {
    const r = readCertificateText('Ana Lima has completed the course “Rowing Basics” on 03/19/2026.');
    expect([r.holder?.value, r.title?.value]).toEqual(['Ana Lima', 'Rowing Basics']);
  });

  it('"Presented by the Midtown Guild on April 18, 2026": the provider, without the article or the date', () => {
    expect(readCertificateText('Presented by the Midtown Guild on April 18, 2026').provider?.value).toBe(
      'Midtown Guild',
    );
  });
});

describe('captions over values', () => {
  it("a card's NAME / ISSUE DATE / RENEW BY captions in two columns: the holder, and the month's last day as its end", () => {
    const r = read(
      cells(
        ['American Heart Association', 8.5, 10, 10],
        ['Heartsaver CPR AED', 7.5, 10, 22],
        ['NAME', 6, 10, 34],
        ['ISSUE DATE', 6, 150, 34],
        ['Priya Raman', 7.5, 10, 42],
        ['05/20/2026', 7.5, 150, 42],
        ['eCARD CODE', 6, 10, 54],
        ['RENEW BY', 6, 150, 54],
        ['998877665544', 7.5, 10, 62],
        ['05/2028', 7.5, 150, 62],
      ),
    );
    expect(r.kind).toBe('card');
    expect(r.holder?.value).toBe('Priya Raman');
    expect(r.completedOn?.value).toBe('2026-05-20');
    expect(r.expiresOn?.value).toBe('2028-05-31');
  });

  it("a transcript's row under Course / Completed / CEUs: the title, and the credit for the body the page names", () => {
    const r = read(
      cells(
        ['NCSF Continuing Education Transcript', 16, 40, 40],
        ['Student: Ana Lima', 11, 40, 70],
        ['Course', 10, 40, 100],
        ['Completed', 10, 300, 100],
        ['CEUs', 10, 420, 100],
        ['Stretching for Runners', 10, 40, 115],
        ['10/02/2026', 10, 300, 115],
        ['1.5', 10, 420, 115],
      ),
    );
    expect(r.title?.value).toBe('Stretching for Runners');
    expect(r.credits.map((c) => [c.bodyId, c.amount])).toEqual([['ncsf', 150]]);
    expect(r.provider?.value).not.toMatch(/transcript/i);
  });
});

describe('the provider', () => {
  it("a body's name, printed in full or in capitals, is the catalog's name for it", () => {
    expect(
      readCertificateText(
        'National Council on Strength & Fitness\nCertificate\nPresented to\nAna Lima\nfor completing Reformer Flow',
      ).provider?.value,
    ).toBe('National Council on Strength and Fitness');
    expect(
      readCertificateText(
        'NATIONAL COUNCIL ON STRENGTH & FITNESS\nCertificate\nPresented to\nAna Lima\nfor completing Reformer Flow',
      ).provider?.value,
    ).toBe('National Council on Strength and Fitness');
  });

  it('is never a credit line near the top', () => {
    const r = readCertificateText(
      'NETA Workshop Certificate\nThis certifies that Ana Lima\nattended the workshop Indoor Cycling Essentials\non October 4, 2026\nContinuing education credits: 4 NETA CECs',
    );
    expect(r.provider?.value).toBe('National Exercise Trainers Association');
  });
});
