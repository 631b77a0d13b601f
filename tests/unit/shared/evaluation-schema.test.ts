/** The schemas of the evaluation and of reminders say exactly what the domain returns. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { computeReminders, type Reminder } from '../../../shared/domain/reminders';
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';
import { CredentialEvaluationSchema, ReminderSchema } from '../../../shared/schemas/evaluation';
import { activity, credential, evaluate, renewal } from './domain/fixtures';

describe('evaluation and reminder schemas', () => {
  it('have the same shape as the domain’s types, both ways', () => {
    expectTypeOf<z.infer<typeof CredentialEvaluationSchema>>().toExtend<CredentialEvaluation>();
    expectTypeOf<CredentialEvaluation>().toExtend<z.infer<typeof CredentialEvaluationSchema>>();
    expectTypeOf<z.infer<typeof ReminderSchema>>().toExtend<Reminder>();
    expectTypeOf<Reminder>().toExtend<z.infer<typeof ReminderSchema>>();
  });

  it('accept real evaluations and reminders of every kind (cards, specializations, grace, renewals)', () => {
    const { all } = evaluate(
      '2027-04-01',
      [
        credential('cpt', 'nasm-cpt', '2025-03-10'),
        credential('card', 'cpr-arc', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
        credential('ces', 'nasm-ces', '2025-09-15'),
        credential('cscs', 'nsca-cscs', '2024-05-01'),
        credential('acsm', 'acsm-cpt', '2024-05-01'),
        credential('unknown', 'no-such-type', '2024-05-01'),
      ],
      [activity('a', '2026-01-10', [{ credentialId: 'cscs', amountHundredths: 150, category: 'A' }])],
      [renewal('acsm', '2026-12-31', '2026-12-01')],
    );
    for (const e of all) expect(CredentialEvaluationSchema.safeParse(e).error).toBeUndefined();
    const reminders = computeReminders(all, { enabled: true, thresholds: [90, 30] });
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) expect(ReminderSchema.safeParse(r).error).toBeUndefined();
  });
});
