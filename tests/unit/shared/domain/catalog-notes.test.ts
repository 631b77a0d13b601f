import { describe, expect, it } from 'vitest';
import { findCredentialType } from '../../../../shared/domain/catalog/catalog';

describe('catalog notes name the credential they are about', () => {
  it('the Health Coach caveat is on the Health Coach, the CPR/AED credit conflict on the CPT and GFI', () => {
    expect(findCredentialType('ace-hc')?.cpr?.note).toMatch(/Health Coach/);
    for (const id of ['ace-cpt', 'ace-gfi']) {
      expect(findCredentialType(id)?.cpr?.note).not.toMatch(/Health Coach/);
      expect(findCredentialType(id)?.cpr?.note).toMatch(/counted as 0 until verified/);
    }
  });
});

describe('facts the screens state come from the catalog', () => {
  it('the bodies that accept only a hands-on card are those whose rules say so', async () => {
    const { bodiesRequiringHandsOn, listInWords, CREDENTIAL_TYPES } =
      await import('../../../../shared/domain/catalog/catalog');
    expect(listInWords(bodiesRequiringHandsOn())).toBe('NASM, AFAA, ACE, ACSM and NSCA');
    for (const code of bodiesRequiringHandsOn())
      expect(CREDENTIAL_TYPES.some((t) => t.bodyId === code.toLowerCase() && t.cpr?.value.handsOnRequired)).toBe(true);
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
  });
});
