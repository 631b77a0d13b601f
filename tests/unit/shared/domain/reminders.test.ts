import { describe, expect, it } from 'vitest';
import { computeReminders, dueNotifications } from '../../../../shared/domain/reminders';
import { credential, evaluate } from './fixtures';

const settings = { enabled: true, thresholds: [90, 60, 30, 7, 1] };
const nasm = [
  credential('cpt', 'nasm-cpt', '2025-03-10'),
  credential('card', 'cpr-aha', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
];
const at = (today: string, s = settings) => computeReminders(evaluate(today, nasm).all, s);

describe('reminders', () => {
  it('the NASM case with the CES: the reminders say "covered if you submit by" the card’s last day', () => {
    const withCes = [...nasm, credential('ces', 'nasm-ces', '2025-09-15')];
    const reminders = computeReminders(evaluate('2026-12-15', withCes).all, settings);
    expect(reminders.find((r) => r.kind === 'deadline')?.message).toBe(
      'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).',
    );
    expect(reminders.find((r) => r.kind === 'cpr')).toMatchObject({
      title: 'NASM-CPT: CPR/AED card ends before the deadline',
      dueOn: '2027-02-01',
      message: expect.stringMatching(/^Covered if you submit by 1 Feb 2027/),
    });
    const after = computeReminders(evaluate('2027-02-10', withCes).all, settings);
    expect(after.find((r) => r.kind === 'cpr')).toMatchObject({
      title: 'NASM-CPT: CPR/AED card has ended',
      message: expect.stringMatching(/^Your CPR\/AED card expired on 1 Feb 2027\./),
    });
    expect(after.find((r) => r.kind === 'deadline')?.message).toBe(
      'Not covered yet. 0.1 CEU (1 h) still needed. Your CPR/AED card expired on 1 Feb 2027: NASM needs a card that is valid when you submit. Renew it and add the new card. Deadline 10 Mar 2027 (28 days left).',
    );
  });

  it('108 days before the deadline: only the CPR/AED card, which ends 37 days earlier', () => {
    expect(at('2026-11-22').map((r) => [r.kind, r.daysLeft, r.threshold])).toEqual([['cpr', 71, 90]]);
  });

  it('inside 90 days: the deadline too, with what is still needed', () => {
    const [deadline] = at('2026-12-15').filter((r) => r.kind === 'deadline');
    expect(deadline).toMatchObject({
      title: 'NASM-CPT: renewal due in 85 days',
      threshold: 90,
      message:
        'Not covered yet. 1.9 CEU (19 h) still needed. Your CPR/AED card ends on 1 Feb 2027, before the deadline: renew it before you submit. Deadline 10 Mar 2027 (85 days left).',
    });
  });

  it('each threshold notifies once: 90, then again at 60', () => {
    const first = dueNotifications(at('2026-12-15'), {});
    expect(first.map((r) => r.kind).sort()).toEqual(['cpr', 'deadline']);
    const notified = Object.fromEntries(first.map((r) => [r.key, r.threshold]));
    expect(dueNotifications(at('2026-12-20'), notified)).toEqual([]);
    expect(dueNotifications(at('2027-01-15'), notified).map((r) => [r.kind, r.threshold])).toEqual([
      ['cpr', 30],
      ['deadline', 60],
    ]);
  });

  it('a cycle in its grace period is a reminder of its own', () => {
    expect(at('2027-04-01').find((r) => r.kind === 'grace')).toMatchObject({
      title: 'NASM-CPT: in its grace period',
      message: expect.stringMatching(/renew by 8 Jun 2027, with a late fee of \$30\.$/),
    });
  });

  it('a lapse is never hidden: it stays a reminder, with the body’s next step, until a renewal is recorded', () => {
    const lapsed = at('2028-06-01').find((r) => r.key.startsWith('lapsed:'));
    expect(lapsed).toMatchObject({ title: 'NASM-CPT: lapsed', kind: 'grace' });
    expect(lapsed?.message).toContain('NASM asks you to retake the exam');
    expect(at('2028-06-01').some((r) => r.kind === 'deadline')).toBe(false);
  });

  it('nothing when reminders are off', () => {
    expect(at('2027-01-15', { enabled: false, thresholds: [30] })).toEqual([]);
  });
});
