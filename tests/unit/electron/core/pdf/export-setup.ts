/** The export tests' data: Zoë's NASM-CPT with the CES, a CPR card, activities and certificates. */
import type { Activity, Credential } from '../../../../../shared/schemas/entities';
import { resolveFontDir } from '../../../../../electron/core/pdf/fonts';
import { NASM_CPT, openCore } from '../../../helpers';
import { makeJpeg, makePdf } from '../files/fixtures';

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const NOW = new Date('2026-11-22T10:00:00.000Z');

/** Zoë's NASM-CPT with the CES, a CPR card, `count` activities, and certificates on some of them. */
export async function setUp(count: number, withCertificates = true) {
  const core = await openCore();
  const { dispatch } = core;
  await dispatch('profile:update', { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' });
  const cpt = ((await dispatch('credentials:add', NASM_CPT)) as { value: Credential }).value;
  const card = (
    (await dispatch('credentials:add', {
      typeId: 'cpr-aha',
      issuedOn: '2025-02-01',
      expiresOn: '2027-02-01',
      handsOn: true,
    })) as {
      value: Credential;
    }
  ).value;
  const ces = (
    (await dispatch('credentials:add', { typeId: 'nasm-ces', issuedOn: '2025-09-15' })) as { value: Credential }
  ).value;
  const activities: Activity[] = [];
  for (let i = 0; i < count; i++) {
    const long =
      i % 4 === 0
        ? ': a long course title about program design for older adults with osteoporosis, balance concerns and joint replacements'
        : '';
    const added = await dispatch('activities:add', {
      title: `Workshop ${String(i + 1).padStart(3, '0')}${long}`,
      provider: 'Łódź Fitness Academy',
      code: `CEP${1000 + i}`,
      completedOn: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      contactMinutes: 60,
      status: 'completed',
      allocations: [{ credentialId: cpt.id, amountHundredths: 10, approval: 'approved' }],
    });
    activities.push((added as { value: Activity }).value);
  }
  if (withCertificates) {
    await dispatch('attachments:upload', {
      ownerType: 'credential',
      ownerId: ces.id,
      name: 'CES certificate.pdf',
      dataBase64: b64(await makePdf('CES', 2)),
    });
    await dispatch('attachments:upload', {
      ownerType: 'credential',
      ownerId: card.id,
      role: 'card_front',
      name: 'card front.jpg',
      dataBase64: b64(makeJpeg(300, 190)),
    });
  }
  const ctx = () => ({
    doc: core.store.data,
    dataDir: core.dataDir,
    today: '2026-11-22',
    now: NOW,
    fontDir: resolveFontDir(),
    appVersion: '0.1.0',
  });
  return { ...core, cpt, card, ces, activities, ctx };
}
