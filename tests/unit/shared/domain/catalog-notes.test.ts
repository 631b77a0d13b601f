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
