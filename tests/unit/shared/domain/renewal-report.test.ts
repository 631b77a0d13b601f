import { describe, expect, it } from 'vitest';
import { buildRenewalReport } from '../../../../shared/domain/report/renewal-report';
import type { Attachment } from '../../../../shared/schemas/entities';
import { activity, credential, evaluate } from './fixtures';

const stamp = '2026-01-01T00:00:00.000Z';
const attachment = (id: string, ownerId: string, role: Attachment['role'] = 'certificate'): Attachment => ({
  id,
  ownerType: ownerId.startsWith('a') ? 'activity' : 'credential',
  ownerId,
  role,
  sha256: id
    .repeat(64)
    .slice(0, 64)
    .replace(/[^0-9a-f]/g, 'a'),
  ext: 'pdf',
  mime: 'application/pdf',
  size: 1000,
  name: `${id}.pdf`,
  addedAt: stamp,
});

describe('the renewal report model', () => {
  const credentials = [
    credential('cpt', 'nasm-cpt', '2025-03-10', { number: 'CPT-123456' }),
    credential('card', 'cpr-aha', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
  ];
  const activities = [
    activity('a1', '2025-05-01', [{ credentialId: 'cpt', amountHundredths: 120 }], {
      contactMinutes: 720,
      provider: 'NASM',
      code: 'CEP1',
    }),
    activity('a2', '2025-06-01', [{ credentialId: 'cpt', amountHundredths: 50, approval: 'petition_pending' }], {
      contactMinutes: 300,
    }),
  ];
  const { of } = evaluate('2026-11-22', credentials, activities);
  const e = of('cpt');
  const cycle = e.cycles[0];
  if (!cycle) throw new Error('no cycle');
  const report = buildRenewalReport({
    profile: { name: 'Zoë Müller-Łukasik', email: '' },
    evaluation: e,
    cycle,
    activities,
    attachments: [attachment('x1', 'a1'), attachment('x2', 'card', 'card_front'), attachment('x3', 'cpt')],
    generatedAt: '2026-11-22T10:00:00.000Z',
  });

  it('has every figure, in the body’s unit', () => {
    expect(report.requirement).toEqual({
      required: '2.0 CEU',
      tone: 'warn',
      earned: '1.3 CEU',
      remaining: '0.7 CEU',
      met: false,
      verdict:
        'Not covered yet. 0.7 CEU (7 h) still needed. Your CPR/AED card ends on 1 Feb 2027, before the deadline: renew it before you submit. Deadline 10 Mar 2027 (108 days left).',
      prorated: false,
    });
    expect(report.cycle).toMatchObject({
      label: '10 Mar 2025 – 10 Mar 2027',
      status: 'At risk',
      daysLeftText: '108 days left',
    });
    expect(report.cpr).toEqual({
      card: 'AHA Heartsaver CPR AED or BLS card',
      validUntil: '1 Feb 2027',
      counts: '0.1 CEU',
      state: 'valid if you submit by 1 Feb 2027',
      validWhenNeeded: false,
      required: true,
    });
    expect(report.totals).toEqual({ hours: '17 h', credit: '1.3 CEU' });
  });

  it('names the card’s real provider on its row', () => {
    expect(report.rows[0]?.provider).toBe('AHA');
  });

  it('lists each contribution with its certificates, numbered in order', () => {
    expect(report.rows.map((r) => [r.title.slice(0, 12), r.hours, r.credit, r.approval, r.certificates])).toEqual([
      ['CPR/AED card', '—', '0.1 CEU', 'Counted', ['C1']],
      ['Course a1', '12 h', '1.2 CEU', 'Approved', ['C2']],
      ['Course a2', '5 h', '— (0.5 CEU not counted)', 'Petition pending', []],
    ]);
    expect(report.attachments.map((a) => [a.ref, a.name, a.proves])).toEqual([
      ['C1', 'x2.pdf', 'CPR/AED card (AHA Heartsaver CPR AED or BLS card), valid until 1 Feb 2027'],
      ['C2', 'x1.pdf', 'Course a1 (1 May 2025)'],
      ['C3', 'x3.pdf', 'NASM-CPT certificate'],
    ]);
  });

  it('names the file and the document', () => {
    expect(report.title).toBe('NASM-CPT renewal summary, 10 Mar 2025 – 10 Mar 2027');
    expect(report.holder.name).toBe('Zoë Müller-Łukasik');
    expect(report.warnings).toContain('0.5 CEU is waiting on a petition decision and is not counted yet.');
  });
});

describe('NSCA on the summary: the body’s cycle, and the holder’s earning window beside it', () => {
  it('prints 1 Jan 2024 – 31 Dec 2026, and that credit counts from the certification date', () => {
    const e = evaluate('2026-09-01', [credential('c', 'nsca-cscs', '2025-05-01')]).of('c');
    const cycle = e.cycles[0];
    if (!cycle) throw new Error('no cycle');
    const report = buildRenewalReport({
      profile: { name: 'A', email: '' },
      evaluation: e,
      cycle,
      activities: [],
      attachments: [],
      generatedAt: '2026-09-01T10:00:00.000Z',
    });
    expect(report.cycle).toMatchObject({
      label: '1 Jan 2024 – 31 Dec 2026',
      earningWindow: 'Credit counts from 1 May 2025 (the certification date)',
    });
  });
});
