import { describe, expect, it } from 'vitest';
import { nearlySameName, sameName } from '../../../../../shared/domain/certificate-reading/names';
import { proposeFromReading, type ProposalContext } from '../../../../../shared/domain/certificate-reading/propose';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { activity, credential } from '../fixtures';

const cpt = credential('cpt', 'nasm-cpt', '2025-03-10');
const ces = credential('ces', 'nasm-ces', '2025-09-15');
const cgfi = credential('cgfi', 'afaa-cgfi', '2024-06-01');
const cscs = credential('cscs', 'nsca-cscs', '2024-01-01');
const card = credential('card', 'cpr-aha', '2024-01-20', { expiresOn: '2026-01-31' });

const ctx = (over: Partial<ProposalContext> = {}): ProposalContext => ({
  credentials: [cpt, ces, cgfi, cscs, card],
  customTypes: [],
  activities: [],
  attachments: [],
  profileName: 'Jordan Alvarez',
  ...over,
});

const propose = (text: string, over?: Partial<ProposalContext>) =>
  proposeFromReading(readCertificateText(text), ctx(over));

describe('proposing an entry from a certificate', () => {
  it('puts each body’s credits on the user’s credential of that body, and says what it leaves out', () => {
    const p = propose(
      'This certifies that\nJordan Alvarez\nhas successfully completed\nKettlebell Foundations\nCompleted on April 22, 2026\nApproved for 0.8 NASM CEUs, 0.8 ACE CECs and 8 AFAA CEUs (Category A)',
    );
    expect(p.activity?.allocations).toEqual([
      expect.objectContaining({ credentialId: 'cpt', amountHundredths: 80 }),
      expect.objectContaining({ credentialId: 'cgfi', amountHundredths: 800, category: 'A' }),
    ]);
    // Never to the specialization (it does not renew) nor the card.
    expect(p.activity?.allocations.some((a) => a.credentialId === 'ces' || a.credentialId === 'card')).toBe(false);
    expect(p.warnings).toEqual([
      expect.stringContaining('0.8 ACE CECs for American Council on Exercise; you hold no credential'),
    ]);
    // No contact time printed: taken from the NASM credit at 0.1 CEU per hour, marked less sure.
    expect(p.activity?.contactMinutes).toMatchObject({ value: 480, confidence: 0.6 });
  });

  it('contact hours alone are never approved credit: each body gets a petition entry, counted only if accepted', () => {
    const p = propose(
      'Certificate of Attendance\nAttendee: Jordan Alvarez\nTitle: Strength Summit\nDate: 2026-04-18\n12 contact hours',
    );
    expect(p.activity?.allocations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          credentialId: 'cpt',
          amountHundredths: 120,
          confidence: 0.5,
          approval: 'petition_pending',
        }),
        expect.objectContaining({ credentialId: 'cgfi', amountHundredths: 1200, approval: 'petition_pending' }),
        expect.objectContaining({ credentialId: 'cscs', amountHundredths: 120, approval: 'petition_pending' }),
      ]),
    );
    for (const a of p.activity?.allocations ?? [])
      expect(a.source).toMatch(/not approved by \w+: counts only if \w+ accepts a petition$/);
    expect(p.warnings.join(' ')).toContain('proposed as a petition to each body you hold');
  });

  it('warns when the certificate is made out to someone else (accents, case and order do not count)', () => {
    expect(sameName('ÁLVAREZ, Jordan', 'Jordan Alvarez')).toBe(true);
    const other = propose('This certifies that\nPriya Raman\nhas completed\nBarbell Basics\n0.2 NASM CEUs');
    expect(other.warnings[0]).toBe('The certificate is made out to “Priya Raman”, not to Jordan Alvarez.');
    const noProfile = propose('This certifies that\nPriya Raman\nhas completed\nBarbell Basics\n0.2 NASM CEUs', {
      profileName: '',
    });
    expect(noProfile.warnings).toEqual([]);
  });

  it("writes the user's own name as the profile does: a name OCR nearly read is the user, sure", () => {
    expect(sameName('Lukasz Dabrowski', 'Łukasz Dąbrowski')).toBe(true);
    expect(sameName('Soren Holmgaard', 'Søren Holmgaard')).toBe(true);
    expect(nearlySameName('Seren Holmgaard', 'Søren Holmgaard')).toBe(true);
    expect(nearlySameName('tukasz Dgbrowski', 'Łukasz Dąbrowski')).toBe(true);
    // Two letters off in one word, a short word changed, or another word count: not the user.
    expect(nearlySameName('Jirgen Wei', 'Jürgen Weiß')).toBe(false);
    expect(nearlySameName('Ana Ruiz', 'Ava Ruiz')).toBe(false);
    expect(nearlySameName('Soren Holmgaard Jr', 'Søren Holmgaard')).toBe(false);
    const guess = { value: 'Seren Holmgaard', source: 'Seren Holmgaard', confidence: 0.6 };
    const p = proposeFromReading(
      { kind: 'course', credits: [], holder: guess },
      { credentials: [], customTypes: [], activities: [], attachments: [], profileName: 'Søren Holmgaard' },
    );
    expect(p.holder).toMatchObject({ value: 'Søren Holmgaard', confidence: 0.9 });
    expect(p.warnings).toEqual([]);
    // A sure reading must match exactly (but for accents and case): one letter off is someone else.
    const sure = proposeFromReading(
      { kind: 'course', credits: [], holder: { ...guess, confidence: 0.95 } },
      { credentials: [], customTypes: [], activities: [], attachments: [], profileName: 'Søren Holmgaard' },
    );
    expect(sure.holder?.value).toBe('Seren Holmgaard');
    expect(sure.warnings[0]).toContain('made out to “Seren Holmgaard”');
  });

  it('flags the same file already attached, and an activity with the same title and date', () => {
    const text = 'Presented to Jordan Alvarez\nCourse: Barbell Basics\nDate: 05/02/2026\n0.2 NASM CEUs';
    const p = propose(text, {
      sha256: 'a'.repeat(64),
      attachments: [
        {
          id: 'att',
          ownerType: 'activity',
          ownerId: 'x',
          role: 'certificate',
          sha256: 'a'.repeat(64),
          ext: 'pdf',
          mime: 'application/pdf',
          size: 1,
          name: 'barbell.pdf',
          addedAt: '2026-05-03T00:00:00.000Z',
        },
      ],
      activities: [activity('x', '2026-05-02', [], { title: 'barbell basics' })],
    });
    expect(p.warnings).toEqual([
      'You already have “barbell basics” on 2 May 2026, with this file attached (as “barbell.pdf”).',
    ]);
    expect(p.alreadyHave).toEqual({
      reason: 'file',
      activityId: 'x',
      text: 'You already have “barbell basics” on 2 May 2026, with this file attached (as “barbell.pdf”).',
    });
  });

  it('flags a course logged already by its code and date, under another title, and a file attached elsewhere', () => {
    const text =
      'Presented to Jordan Alvarez\nCourse: Barbell Basics II\nCourse ID: BB-204\nDate: 05/02/2026\n0.2 NASM CEUs';
    const p = propose(text, {
      activities: [activity('y', '2026-05-02', [], { title: 'Barbell basics 2', code: 'bb-204' })],
    });
    expect(p.alreadyHave).toMatchObject({ reason: 'course', activityId: 'y' });
    const other = propose('Presented to Jordan Alvarez\nCourse: Rowing\nDate: 05/02/2026', {
      sha256: 'b'.repeat(64),
      attachments: [
        {
          id: 'att',
          ownerType: 'credential',
          ownerId: 'c',
          role: 'card_front',
          sha256: 'b'.repeat(64),
          ext: 'pdf',
          mime: 'application/pdf',
          size: 1,
          name: 'card.pdf',
          addedAt: '2026-05-03T00:00:00.000Z',
        },
      ],
    });
    expect(other.alreadyHave).toEqual({ reason: 'file', text: 'This file is already attached (as “card.pdf”).' });
  });

  it('a CPR/AED card proposes to update the card the user has', () => {
    const p = propose(
      'American Heart Association\nHeartsaver CPR AED\nName: Jordan Alvarez\nIssue Date: 01/15/2026\nValid through 01/31/2028',
    );
    expect(p.kind).toBe('card');
    expect(p.activity).toBeUndefined();
    expect(p.card).toMatchObject({
      typeId: 'cpr-aha',
      replacesId: 'card',
      issuedOn: { value: '2026-01-15' },
      expiresOn: { value: '2028-01-31' },
    });
    const first = propose('American Red Cross CPR/AED\nIssued: 2026-01-15\nExpires: 2028-01-15', {
      credentials: [cpt],
    }).card;
    expect(first?.typeId).toBe('cpr-arc');
    expect(first).not.toHaveProperty('replacesId');
  });

  it('a picture that is not a certificate: empty, no error', () => {
    expect(propose('Sunset over the lake')).toEqual({ kind: 'unknown', warnings: [], empty: true });
  });

  it('a statement with no body is left for the user', () => {
    const p = propose('Conference Certificate\nName: Jordan Alvarez\nCourse: Recovery Day\nDate: 2026-02-01\n0.5 CEUs');
    expect(p.activity?.allocations).toEqual([]);
    expect(p.warnings.join(' ')).toContain('without saying for which body');
  });
});
