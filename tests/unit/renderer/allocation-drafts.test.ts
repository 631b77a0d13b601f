/** The activity form's credit rows (renderer/src/model/allocation-drafts.ts): as shown, and as saved. */
import { describe, expect, it } from 'vitest';
import { allocationsFrom, draftsFor, type AllocationDraft } from '../../../renderer/src/model/allocation-drafts';
import { activity, appData } from './fixtures';

const data = appData();
const evaluations = new Map(data.report.evaluations.map((e) => [e.credentialId, e]));
const row = (patch: Partial<AllocationDraft>): AllocationDraft => ({
  credentialId: 'cpt',
  included: true,
  amount: '0.2',
  category: '',
  approval: 'approved',
  petitionOn: '',
  petitionFee: '',
  ...patch,
});

describe('credit rows', () => {
  it('one row per certification with cycles (not the card, not the specialization); the credential asked for is ticked', () => {
    const rows = draftsFor(data, null, 'ace');
    expect(rows.map((r) => [r.credentialId, r.included])).toEqual([
      ['cpt', false],
      ['ace', true],
    ]);
  });

  it('an activity’s rows show its credit as the body writes it, and its petition', () => {
    const a = activity('a', '2026-02-01', [
      {
        credentialId: 'cpt',
        amountHundredths: 150,
        approval: 'petition_pending',
        petitionOn: '2026-02-03',
        petitionFeeCents: 2500,
      },
    ]);
    const [cpt, ace] = draftsFor(data, a);
    expect(cpt).toMatchObject({
      included: true,
      amount: '1.5',
      approval: 'petition_pending',
      petitionOn: '2026-02-03',
      petitionFee: '25',
    });
    expect(ace).toMatchObject({ included: false, amount: '' });
  });

  it('saved: only ticked rows; an amount that is not a number names its field and credential', () => {
    expect(allocationsFrom([row({}), row({ credentialId: 'ace', included: false })], evaluations)).toEqual({
      allocations: [{ credentialId: 'cpt', amountHundredths: 20, category: '', approval: 'approved' }],
    });
    expect(allocationsFrom([row({ amount: 'two' })], evaluations)).toEqual({
      error: {
        code: 'invalid_input',
        field: 'allocations.0.amountHundredths',
        message: 'Credit toward NASM-CPT must be a number such as 0.2.',
      },
    });
  });

  it('a petition’s date and fee are kept only while it is a petition', () => {
    const petition = row({ approval: 'petition_pending', petitionOn: '2026-02-03', petitionFee: '25' });
    expect(allocationsFrom([petition], evaluations)).toMatchObject({
      allocations: [{ approval: 'petition_pending', petitionOn: '2026-02-03', petitionFeeCents: 2500 }],
    });
    const approved = allocationsFrom([{ ...petition, approval: 'approved' }], evaluations);
    expect(approved).toEqual({
      allocations: [{ credentialId: 'cpt', amountHundredths: 20, category: '', approval: 'approved' }],
    });
  });
});
