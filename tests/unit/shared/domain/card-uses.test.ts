import { describe, expect, it } from 'vitest';
import { cardUses } from '../../../../shared/domain/card-uses';
import { credential, evaluate } from './fixtures';

describe('what a CPR/AED card is for', () => {
  it('names each renewal that needs a card, whether this one counts there, until when, and what it earns', () => {
    const { all, of } = evaluate('2026-11-22', [
      credential('cpt', 'nasm-cpt', '2025-03-10'),
      credential('ces', 'nasm-ces', '2025-09-15'),
      credential('card', 'cpr-aha', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
      credential('csnc', 'nasm-csnc', '2025-03-10'),
    ]);
    expect(cardUses(of('card'), all, true)).toEqual([
      {
        credentialId: 'cpt',
        code: 'NASM-CPT',
        reliedOn: true,
        text: 'NASM-CPT needs a card with a hands-on skills check valid when you submit (deadline 10 Mar 2027): this card, if you submit by 1 Feb 2027; counts 0.1 CEU toward NASM-CPT.',
      },
    ]);
  });

  it('an online-only card: the renewal that needs a hands-on card says this one does not cover it', () => {
    const { all, of } = evaluate('2026-11-22', [
      credential('cpt', 'nasm-cpt', '2025-03-10'),
      credential('card', 'cpr-arc', '2025-02-01', { expiresOn: '2027-02-01', handsOn: false }),
    ]);
    expect(cardUses(of('card'), all, false)[0]).toMatchObject({
      reliedOn: false,
      text: expect.stringMatching(/this card does not count there \(no hands-on skills check\)\.$/),
    });
  });
});
