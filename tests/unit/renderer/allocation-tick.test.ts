/** Ticking a credential in the activity form fills its credit from the hours, at the body's rate. */
import { describe, expect, it } from 'vitest';
import { onTick } from '../../../renderer/src/model/allocation-drafts';

const draft = {
  credentialId: 'cpt',
  included: false,
  amount: '',
  category: '',
  approval: 'approved' as const,
  petitionOn: '',
  petitionFee: '',
};
const nasm = { perHour: 10, decimals: 1 as const };
const afaa = { perHour: 100, decimals: 0 as const };

describe('ticking a credential', () => {
  it('fills the credit the hours are worth at the body’s rate', () => {
    expect(onTick(draft, true, nasm, 600).amount).toBe('1.0');
    expect(onTick(draft, true, afaa, 90).amount).toBe('1.5');
  });

  it('keeps what the user typed, and fills nothing without hours, when unticking, or for an unknown credential', () => {
    expect(onTick({ ...draft, amount: '0.4' }, true, nasm, 600).amount).toBe('0.4');
    expect(onTick(draft, true, nasm, null)).toEqual({ ...draft, included: true });
    expect(onTick({ ...draft, included: true, amount: '1.0' }, false, nasm, 600)).toEqual({
      ...draft,
      included: false,
      amount: '1.0',
    });
    expect(onTick(draft, true, undefined, 600)).toEqual({ ...draft, included: true });
  });
});
