/**
 * Classes of misreading found on designs 856–870 (read on first sight, tuned on their
 * development part only): a Romanian card ("Nume și prenume:", "Data eliberării:"); a heading
 * naming the unit over a list of bodies set apart by middle dots; ACLS and PALS cards; "Completed
 * by X on …" with no colon; "Course held 12–13 September" before an "Issued" date. Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cards', () => {
  it('a Romanian card: "Nume și prenume:", "Data eliberării:", "Valabil până la:"', () => {
    const r = text(
      'Centrul de Formare Medsal Iași',
      'Prim ajutor de bază și DEA',
      'Nume și prenume: Ioana Marin',
      'Data eliberării: 09.03.2026',
      'Valabil până la: 09.03.2028',
    );
    expect([r.kind, r.holder?.value, r.provider?.value, r.completedOn?.value, r.expiresOn?.value]).toEqual([
      'card',
      'Ioana Marin',
      'Centrul de Formare Medsal Iași',
      '2026-03-09',
      '2028-03-09',
    ]);
  });

  it('an ACLS or PALS provider card is a card', () => {
    for (const course of ['ACLS Provider', 'PALS Provider'])
      expect(
        text('American Heart Association', course, 'Dana Whitfield', 'Issue Date: 03/2026', 'Renew By: 03/2028').kind,
      ).toBe('card');
  });
});

describe('credits', () => {
  it.each(['NASM 1.0 · ACE 1.0 · AFAA 10.0', 'NASM 1.0 - ACE 1.0 - AFAA 10.0'])(
    'a heading naming the unit over "%s" (the dots as OCR may read them)',
    (list) => {
      expect(text('Continuing Education Credits', list).credits.map((c) => [c.bodyId, c.amount])).toEqual([
        ['nasm', 100],
        ['ace', 100],
        ['afaa', 1000],
      ]);
    },
  );
});

describe('sentences', () => {
  it('"Completed by X on …" names the holder; "by X" is no title', () => {
    const r = text('Course Certificate', 'Deadlift Basics', '0.2 NASM CEUs', 'Completed by Jonah Weiss on 2026-04-04');
    expect(r.holder?.value).toBe('Jonah Weiss');
    expect(r.title?.value ?? '').not.toMatch(/^by\b/i);
  });
});

describe('dates', () => {
  it('"Course held 12–13 September 2026" is when it was done, not the "Issued" date under it', () => {
    expect(
      text('presented to', 'Tariq Haddad', 'Sprint Clinic', 'Course held 12–13 September 2026', 'Issued 2026-09-20')
        .completedOn?.value,
    ).toBe('2026-09-13');
  });
});
