/** The reader knows the bodies the catalog knows: adding one there is all it takes. */
import { afterEach, describe, expect, it } from 'vitest';
import { BODIES } from '../../../../../shared/domain/catalog/catalog';
import { confirmed } from '../../../../../shared/domain/catalog/sourced';
import type { Body } from '../../../../../shared/domain/catalog/types';
import { bodyNames } from '../../../../../shared/domain/certificate-reading/bodies';
import { proposeFromReading } from '../../../../../shared/domain/certificate-reading/propose';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const bodies = BODIES as Body[];
const added: Body = {
  id: 'ifta',
  code: 'IFTA',
  name: 'International Fitness Trainers Alliance',
  aliases: ['Int’l Fitness Trainers Alliance'],
  website: 'https://example.org/',
  unit: 'CEC',
  perHour: confirmed(10, 'https://example.org/', '0.1 CEC per hour.'),
  decimals: 1,
  sharing: confirmed('separate', 'https://example.org/'),
};

afterEach(() => {
  const at = bodies.indexOf(added);
  if (at >= 0) bodies.splice(at, 1);
});

describe('bodies on certificates come from the catalog', () => {
  it('every catalog body is found by its code, its name and its aliases', () => {
    for (const body of BODIES) {
      const pattern = bodyNames().find((b) => b.bodyId === body.id)!.names;
      for (const text of [body.code, body.name.toUpperCase(), ...(body.aliases ?? [])])
        expect(pattern.test(text)).toBe(true);
    }
    // A code is matched as printed, so the word "ace" in a sentence is not ACE.
    expect(
      bodyNames()
        .find((b) => b.bodyId === 'ace')!
        .names.test('an ace of a workshop'),
    ).toBe(false);
  });

  it('a body added to the catalog in memory is read on a certificate, with no other change', () => {
    const text =
      'Certificate of Completion\nPresented to Jordan Alvarez\nCourse: Mobility Lab\nDate: 2026-04-18\n0.6 IFTA CECs';
    expect(readCertificateText(text).credits).toEqual([]);
    bodies.push(added);
    const reading = readCertificateText(text);
    expect(reading.credits).toEqual([expect.objectContaining({ bodyId: 'ifta', amount: 60, unit: 'CEC' })]);
    const proposal = proposeFromReading(reading, {
      credentials: [],
      customTypes: [],
      activities: [],
      attachments: [],
      profileName: 'Jordan Alvarez',
    });
    expect(proposal.warnings).toContain(
      'The certificate states 0.6 IFTA CECs for International Fitness Trainers Alliance; you hold no credential of theirs, so it is left out.',
    );
    expect(readCertificateText('Awarded by the Int’l Fitness Trainers Alliance\n0.5 CECs').credits[0]?.bodyId).toBe(
      'ifta',
    );
  });
});
