/**
 * Credit claimed without a file: every counted activity or specialization with no certificate,
 * and the CPR/AED card the renewal relies on with no scan; listed by the shared function, at the
 * top of the packet's index.
 */
import { describe, expect, it } from 'vitest';
import { missingProof, missingProofText } from '../../../../../shared/domain/report/missing-proof';
import { evaluateAll } from '../../../../../shared/domain/rules/evaluate';
import { exportPacket, reportFor } from '../../../../../electron/core/pdf/exports';
import { partsToBytes } from '../../../../../electron/core/files/file-parts';
import { b64, setUp } from './export-setup';
import { makePdf } from '../files/fixtures';
import { pdfText, saveTemp } from './pdf-tools';

async function cycleOf(core: Awaited<ReturnType<typeof setUp>>) {
  const doc = core.store.data;
  const e = evaluateAll({ ...doc, today: '2026-11-22' }).find((x) => x.credentialId === core.cpt.id);
  return e?.cycles[e.currentIndex ?? 0] as NonNullable<typeof e>['cycles'][number];
}

describe('missing proof', () => {
  it('lists each counted activity and the needed card that has no file; nothing once they are attached', async () => {
    const core = await setUp(2, false);
    const cycle = await cycleOf(core);
    const missing = missingProof(cycle, core.store.data.attachments);
    expect(missing.map((m) => [m.kind, m.ownerId])).toEqual(
      expect.arrayContaining([
        ['activity', core.activities[0]?.id],
        ['activity', core.activities[1]?.id],
        ['specialization', core.ces.id],
        ['cpr', core.card.id],
      ]),
    );
    expect(missing).toHaveLength(4);
    expect(missingProofText(missing)).toBe('3 activities and the CPR/AED card have no certificate attached');

    for (const owner of [...core.activities, core.ces])
      await core.dispatch('attachments:upload', {
        ownerType: owner === core.ces ? 'credential' : 'activity',
        ownerId: owner.id,
        name: `${owner.id}.pdf`,
        dataBase64: b64(await makePdf(owner.id, 1)),
      });
    expect(missingProofText(missingProof(await cycleOf(core), core.store.data.attachments))).toBe(
      'the CPR/AED card has no certificate attached',
    );
  });

  it('a planned activity is not claimed, so it needs no proof yet', async () => {
    const core = await setUp(0, false);
    await core.dispatch('activities:add', {
      title: 'Next month’s workshop',
      provider: 'NASM',
      completedOn: '2026-12-20',
      contactMinutes: 60,
      status: 'planned',
      allocations: [{ credentialId: core.cpt.id, amountHundredths: 10, approval: 'approved' }],
    });
    const kinds = missingProof(await cycleOf(core), core.store.data.attachments).map((m) => m.kind);
    expect(kinds.sort()).toEqual(['cpr', 'specialization']);
  });

  it('the packet’s index names what is missing, before the certificates', async () => {
    const { ctx } = await setUp(2, true);
    const file = saveTemp(
      await partsToBytes((await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx())).file),
    );
    const index = pdfText(file).split('Index of attached certificates')[1] ?? '';
    expect(index).toMatch(/Missing proof/);
    expect(index).toMatch(/Workshop 001[\s\S]*?joint replacements \(1 Jan 2026\): no certificate attached/);
    expect(index).toContain('Workshop 002 (2 Feb 2026): no certificate attached');
    expect(index.indexOf('Missing proof')).toBeLessThan(index.indexOf('CES certificate.pdf'));
    expect(index).not.toMatch(/card.*no scan/);
  });
});
