/**
 * Classes of misreading found on designs 406–420 (read on first sight, tuned on their
 * development part only): an ASHI card's "Recommended Retraining Date" (the card read as a
 * course, shown as sure), "Congratulations, X!" and "You have completed X", a copyright line as
 * the provider, a card's "DIAZ, CARLOS", Norwegian and Brazilian CPR cards, "14 May '26". Each
 * test failed before the change, except where it says it guards a limit; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { givenNameFirst } from '../../../../../shared/domain/certificate-reading/names';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';

describe('cards', () => {
  it('"Recommended Retraining Date: 05/2028" is a card’s end', () => {
    const r = readCertificateText(
      [
        'American Safety & Health Institute',
        'CPR AED – Adult',
        'Name: Victor Ramos',
        'Certification Date: 05/16/2026',
        'Recommended Retraining Date: 05/2028',
      ].join('\n'),
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-05-31');
  });

  it('Norwegian: "HLR med hjertestarter", "Navn:", "Kursdato:", "Gyldig til:"', () => {
    const r = readCertificateText(
      [
        'Norsk Livredningsskole',
        'Hjerte-lunge-redning (HLR) med hjertestarter',
        'Navn: Sindre Lie',
        'Kursdato: 20.08.2026',
        'Gyldig til: 20.08.2028',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      kind: 'card',
      holder: { value: 'Sindre Lie' },
      completedOn: { value: '2026-08-20' },
      expiresOn: { value: '2028-08-20' },
    });
  });

  it('Brazilian: "RCP e DEA", "Aluno:", "Data de conclusão:", "Validade: 04/2028"', () => {
    const r = readCertificateText(
      [
        'Escola Paulista de Primeiros Socorros',
        'Suporte Básico de Vida (RCP e DEA)',
        'Aluno: Thiago Lopes',
        'Data de conclusão: 15/04/2026',
        'Validade: 04/2028',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      kind: 'card',
      holder: { value: 'Thiago Lopes' },
      completedOn: { value: '2026-04-15' },
      expiresOn: { value: '2028-04-30' },
    });
  });

  it('"DIAZ, CARLOS" is Carlos Diaz; "SMITH, CSCS" keeps its order (guards the limit)', () => {
    expect(givenNameFirst('DIAZ, CARLOS')).toBe('CARLOS DIAZ');
    expect(givenNameFirst('JANE SMITH, CSCS')).toBe('JANE SMITH, CSCS');
    expect(givenNameFirst('SMITH, CSCS')).toBe('SMITH, CSCS');
  });
});

describe('congratulations and copyrights', () => {
  it('"Congratulations, Marta Souza!" / "You have completed X on 9 May 2026."', () => {
    const r = readCertificateText(
      [
        'BodyWise Academy',
        'Congratulations, Marta Souza!',
        'You have completed Prenatal Pilates Essentials on 9 May 2026.',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Marta Souza');
    expect(r.title?.value).toBe('Prenatal Pilates Essentials');
  });

  it('"You have" is no name', () => {
    expect(looksLikeName('You have')).toBe(false);
  });

  it('"© 2026 Apex Fitness Education LLC. All rights reserved." names the provider, a guess', () => {
    const r = readCertificateText(
      [
        'Continuing Education Certificate',
        'This certifies that',
        'Grace Adeyemi',
        'has completed',
        'Mobility for Desk Workers',
        '© 2026 Apex Fitness Education LLC. All rights reserved.',
      ].join('\n'),
    );
    expect(r.provider).toMatchObject({ value: 'Apex Fitness Education LLC', confidence: 0.65 });
  });

  it('"14 May \'26"', () => {
    expect(findDates("14 May '26 · 0.5 AFAA CEUs")[0]?.date).toBe('2026-05-14');
  });
});
