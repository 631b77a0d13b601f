/** Exports stay safe with hostile or odd certificates and data: long text, active content, edit protection. */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/core/dispatch';
import { handlers } from '../../../../../electron/core/handlers/handler-table';
import { exportPacket, exportSummary, reportFor } from '../../../../../electron/core/pdf/exports';
import { partsToBytes } from '../../../../../electron/core/files/file-parts';
import { makeActivePdf, makeOwnerOnlyPdf, makePdf } from '../files/fixtures';
import { setUp } from './export-setup';
import { pdfText, qpdfCheck, saveTemp } from './pdf-tools';

describe('exports with hostile or odd inputs', () => {
  it('a title of 100,000 characters without a space (data from before the limits) still exports, wrapped', async () => {
    const { ctx, store } = await setUp(1);
    const internal = store as unknown as { db: { data: typeof store.data } };
    const [first] = internal.db.data.activities;
    if (!first) throw new Error('setup');
    internal.db.data = { ...internal.db.data, activities: [{ ...first, title: 'W'.repeat(100_000) }] };
    const file = saveTemp(await exportSummary(reportFor({ credential: 'CPT-123456' }, ctx()), ctx()));
    const text = pdfText(file).replace(/[\u200b\s]/g, '');
    expect(text).toContain('W'.repeat(1000));
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('a certificate with JavaScript and actions: the user is told, it is never handed to another program, and the packet carries none of it', async () => {
    const { dispatch, ctx, store } = await setUp(1);
    const activity = store.data.activities[0];
    const up = await dispatch('attachments:upload', {
      ownerType: 'activity',
      ownerId: activity?.id ?? '',
      name: 'provider certificate.pdf',
      dataBase64: Buffer.from(await makeActivePdf('Certificate that tries to run things')).toString('base64'),
    });
    expect(up).toMatchObject({
      ok: true,
      value: { note: expect.stringMatching(/carries .*JavaScript.*removes them from renewal packets/) },
    });
    const attachment = store.data.attachments.find((a) => a.name === 'provider certificate.pdf');
    expect(attachment?.activeContent).toBe(true);

    const opened: string[] = [];
    const desktop = createDispatcher(
      handlers,
      { store, version: 'test', today: () => '2026-11-22', openPath: async (p) => void opened.push(p) },
      () => undefined,
    );
    expect(await desktop('attachments:open', { id: attachment?.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(opened).toEqual([]);

    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    const file = saveTemp(await partsToBytes(packet.file));
    expect(pdfText(file)).toContain('Certificate that tries to run things');
    const plain = `${file}.qdf`;
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
    const raw = await fs.readFile(plain, 'latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/Launch|\/OpenAction|\/AA\b/);
  });

  it('merges a certificate protected only against editing, its text intact', async () => {
    const { dispatch, ctx, store } = await setUp(1);
    const activity = store.data.activities[0];
    const owner = await makeOwnerOnlyPdf(await makePdf('Owner-locked certificate of completion'));
    const up = await dispatch('attachments:upload', {
      ownerType: 'activity',
      ownerId: activity?.id ?? '',
      name: 'locked by provider.pdf',
      dataBase64: Buffer.from(owner).toString('base64'),
    });
    expect(up.ok).toBe(true);
    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    expect(packet.problems).toEqual([]);
    const file = saveTemp(await partsToBytes(packet.file));
    expect(pdfText(file)).toContain('Owner-locked certificate of completion');
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  });
});
