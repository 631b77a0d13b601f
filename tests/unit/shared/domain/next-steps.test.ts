/** "What do I do next?", derived from the verdicts: the seed case and an NSCA CSCS behind pace. */
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../../shared/domain/next-steps';
import { activity, credential, evaluate, renewal } from './fixtures';

const seed = [
  credential('cpt', 'nasm-cpt', '2025-03-10'),
  credential('card', 'cpr-aha', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
  credential('ces', 'nasm-ces', '2025-09-15'),
  credential('cscs', 'nsca-cscs', '2024-05-01'),
];
const acts = [activity('a1', '2025-06-01', [{ credentialId: 'cscs', amountHundredths: 100, category: 'A' }])];

describe('next steps', () => {
  it('the seed case and a CSCS at risk: log for the CSCS, submit the covered CPT, renew the card before it ends, attach proof', () => {
    const steps = nextSteps(evaluate('2026-11-22', seed, acts).all, [], '2026-11-22');
    expect(steps.map((s) => [s.text, s.button, s.action, s.credentialId])).toEqual([
      ['Log 3.0 CEU (30 h) for CSCS by 31 Dec 2026', 'Log activity', 'log-activity', 'cscs'],
      ['Renew your CPR/AED card before 1 Feb 2027', 'Add the new card', 'add-card', 'cpt'],
      ['Submit your NASM-CPT renewal (covered) by 1 Feb 2027', 'Export packet', 'export-packet', 'cpt'],
      ['NASM-CPT: 1 activity and the CPR/AED card have no certificate attached', 'Attach', 'attach', 'cpt'],
    ]);
    expect(steps[0]?.effect).toContain('NSCA needs credit from at least 2 categories; you have 1.');
  });

  it('a step leaves the list once done: with the renewal recorded, the CPT’s steps are the next cycle’s', () => {
    const steps = nextSteps(
      evaluate('2026-11-22', seed, acts, [renewal('cpt', '2027-03-10', '2026-11-20')]).all,
      [],
      '2026-11-22',
    );
    const cpt = steps.filter((s) => s.credentialId === 'cpt');
    expect(cpt.some((s) => s.action === 'export-packet')).toBe(false);
    expect(cpt.find((s) => s.action === 'log-activity')?.text).toBe('Log 1.9 CEU (19 h) for NASM-CPT by 10 Mar 2029');
  });

  it('a lapse comes first, with its way out', () => {
    const steps = nextSteps(
      evaluate('2026-11-22', [...seed, credential('old', 'ncsf-cpt', '2022-05-15')], acts).all,
      [],
      '2026-11-22',
    );
    expect(steps[0]).toMatchObject({
      action: 'record-renewal',
      credentialId: 'old',
      text: 'NCSF-CPT lapsed: record the renewal if you renewed',
    });
  });

  it('a card whose hands-on check is not recorded: confirm it, on the card itself', () => {
    const unknown = seed.map((c) => (c.id === 'card' ? { ...c, handsOn: undefined } : c));
    const steps = nextSteps(evaluate('2026-11-22', unknown, acts).all, [], '2026-11-22');
    expect(steps.find((s) => s.action === 'edit-card')).toMatchObject({
      credentialId: 'card',
      text: 'Confirm that your CPR/AED card had a hands-on skills check',
      button: 'Open the card',
    });
    expect(steps.some((s) => s.action === 'export-packet' && s.credentialId === 'cpt')).toBe(false);
  });
});
