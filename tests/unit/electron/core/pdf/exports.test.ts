import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../../electron/cli/recert';
import { certificatesDir } from '../../../../../electron/core/files/certificate-store';
import { exportPacket, exportSummary, exportZip, reportFor } from '../../../../../electron/core/pdf/exports';
import { partsToBytes } from '../../../../../electron/core/files/file-parts';
import { makeEncryptedPdf } from '../files/fixtures';
import { setUp } from './export-setup';
import { bookmarks, pdfInfo, pdfText, qpdfCheck, saveTemp } from './pdf-tools';

async function summaryFile(): Promise<string> {
  const { ctx } = await setUp(6);
  return saveTemp(await exportSummary(reportFor({ credential: 'CPT-123456' }, ctx()), ctx()));
}

describe('the renewal summary PDF', () => {
  it('prints the holder, credential, number, cycle and requirement exactly', async () => {
    const file = await summaryFile();
    const text = pdfText(file);
    expect(text).toContain('Zoë Müller-Łukasik');
    expect(text).toContain('NASM-CPT · Certified Personal Trainer');
    expect(text).toContain('CPT-123456');
    expect(text).toContain('10 Mar 2025 – 10 Mar 2027');
    expect(text).toMatch(/REQUIRED\s+EARNED\s+REMAINING/);
    expect(text).toMatch(/2\.0 CEU\s+2\.6 CEU\s+0\.0 CEU/);
    expect(text).toContain('Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid');
    expect(text).not.toContain('Requirement met');
    expect(text).toMatch(/valid if you submit by 1 Feb\s+2027/);
    expect(text).not.toContain('NOT valid');
    expect(text).toContain('Łódź Fitness Academy');
    // Said once, as the verdict (no second "Covered if…" under "Please note").
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).',
    );
    expect(flat.match(/while your CPR\/AED card is valid; after that/g)).toHaveLength(1);
    expect(text).toContain('Covered if you submit by 1 Feb 2027');
    expect(text).toContain('Attestation');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('carries metadata and bookmarks, and passes qpdf --check', async () => {
    const file = await summaryFile();
    expect(pdfInfo(file)).toMatchObject({
      Title: 'NASM-CPT renewal summary, 10 Mar 2025 – 10 Mar 2027',
      Author: 'Zoë Müller-Łukasik',
      Creator: 'Recert 0.1.0',
    });
    expect(pdfInfo(file).Subject).toMatch(/Certified Personal Trainer, cycle ending 10 Mar 2027/);
    expect(bookmarks(file)).toEqual(['Summary', 'Activities', 'Attestation']);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('200 activities paginate cleanly: the header repeats, no row is split, pages are numbered', async () => {
    const { ctx } = await setUp(200, false);
    const big = saveTemp(await exportSummary(reportFor({ credential: 'CPT-123456' }, ctx()), ctx()));
    const pages = Number(pdfInfo(big).Pages);
    expect(pages).toBeGreaterThanOrEqual(6);
    for (let p = 1; p <= pages; p++) expect(pdfText(big, p)).toContain(`Page ${p} of ${pages}`);
    // Every workshop appears once, whole, on a single page (its number and provider line together).
    const perPage = Array.from({ length: pages }, (_, i) => pdfText(big, i + 1));
    for (let i = 1; i <= 200; i++) {
      const id = `Workshop ${String(i).padStart(3, '0')}`;
      const holders = perPage.filter((t) => t.includes(id));
      expect(holders, id).toHaveLength(1);
      expect(holders[0]).toContain(`CEP${999 + i}`);
    }
    for (let p = 2; p <= pages - 1; p++) expect(perPage[p - 1]).toMatch(/DATE\s+ACTIVITY, PROVIDER, CODE/);
    expect(qpdfCheck(big)).toMatch(/No syntax or stream encoding errors/);
  }, 60_000);
});

describe('the submission packet', () => {
  it('is summary + index + every certificate page, with SHA-256s, bookmarks and metadata', async () => {
    const { ctx, store } = await setUp(4);
    const report = reportFor({ credential: 'CPT-123456' }, ctx());
    const packet = await exportPacket(report, ctx());
    const file = saveTemp(await partsToBytes(packet.file));
    expect(packet.problems).toEqual([]);
    // The CES PDF has 2 pages, the card front is one image page.
    expect(packet.pages.certificates).toBe(3);
    expect(Number(pdfInfo(file).Pages)).toBe(packet.pages.summary + packet.pages.index + 3);
    const index = pdfText(file, packet.pages.summary + 1);
    expect(index).toContain('Index of attached certificates');
    // One numbering in the packet: its stamps, not the summary's own "Page n of N" as well.
    const summaryPage = pdfText(file, 1);
    expect(summaryPage).toMatch(/Packet page 1 of \d/);
    expect(summaryPage).not.toMatch(/(^|\s)Page 1 of \d/);
    // NASM has no categories: no empty category column.
    expect(summaryPage).not.toMatch(/CAT\./);
    for (const a of store.data.attachments) expect(index.replace(/\s+/g, '')).toContain(a.sha256);
    // In the order of the summary's rows: the CPR card (1 Feb 2025), then the CES (15 Sep 2025).
    const first = packet.pages.summary + packet.pages.index + 1;
    expect(pdfText(file, first)).toContain('C1 · card front.jpg');
    expect(pdfText(file, first + 1)).toContain('CES (1)');
    expect(pdfText(file, first + 2)).toContain('CES (2)');
    expect(bookmarks(file)).toEqual([
      'Renewal summary',
      'Index of certificates',
      'C1 · card front.jpg',
      'C2 · CES certificate.pdf',
    ]);
    expect(pdfInfo(file)).toMatchObject({
      Title: 'NASM-CPT renewal packet, 10 Mar 2025 – 10 Mar 2027',
      Author: 'Zoë Müller-Łukasik',
    });
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('lists a missing or unreadable (encrypted) certificate with the reason, and still exports', async () => {
    const { ctx, store, dataDir } = await setUp(2);
    const pdf = store.data.attachments.find((a) => a.ext === 'pdf');
    const jpg = store.data.attachments.find((a) => a.ext === 'jpg');
    // One file deleted; the other replaced by an encrypted PDF (as if changed behind Recert's back).
    await fs.rm(path.join(certificatesDir(dataDir), `${jpg?.sha256}.jpg`));
    const stored = path.join(certificatesDir(dataDir), `${pdf?.sha256}.pdf`);
    await fs.chmod(stored, 0o600);
    await fs.writeFile(stored, await makeEncryptedPdf());
    const packet = await exportPacket(reportFor({ credential: 'CPT-123456' }, ctx()), ctx());
    expect(packet.problems).toEqual([
      { ref: 'C1', name: 'card front.jpg', problem: 'The file is missing from the certificates folder.' },
      { ref: 'C2', name: 'CES certificate.pdf', problem: expect.stringMatching(/changed since it was attached/) },
    ]);
    const file = saveTemp(await partsToBytes(packet.file));
    expect(Number(pdfInfo(file).Pages)).toBe(packet.pages.summary + packet.pages.index);
    expect(pdfText(file)).toContain('Not included');
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('the ZIP holds the original files with readable names and a manifest', async () => {
    const { ctx, store, dataDir } = await setUp(1);
    const files = unzipSync(await exportZip(reportFor({ credential: 'CPT-123456' }, ctx()), ctx()));
    expect(Object.keys(files).sort()).toEqual(['C1 – card front.jpg', 'C2 – CES certificate.pdf', 'manifest.txt']);
    const pdf = store.data.attachments.find((a) => a.ext === 'pdf');
    const original = await fs.readFile(path.join(certificatesDir(dataDir), `${pdf?.sha256}.pdf`));
    expect(Buffer.from(files['C2 – CES certificate.pdf'] as Uint8Array).equals(original)).toBe(true);
    expect(new TextDecoder().decode(files['manifest.txt'])).toContain(pdf?.sha256);
  });
});

describe('exports through the contract and the CLI', () => {
  it('reports:export answers a browser with the file to download', async () => {
    const { dispatch, cpt } = await setUp(1, false);
    const result = await dispatch('reports:export', { credentialId: cpt.id, kind: 'summary' });
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'NASM-CPT renewal summary 2025-03-10 to 2027-03-10.pdf', mime: 'application/pdf' },
    });
    const bytes = Buffer.from((result as { value: { dataBase64: string } }).value.dataBase64, 'base64');
    expect(pdfText(saveTemp(bytes))).toContain('Zoë Müller-Łukasik');
  });

  it.each([
    [{ credentialId: 'nope', kind: 'summary' }, 'not_found', /No credential with the id or number "nope"/],
    [
      { credentialId: 'CPT-123456', cycle: '2026-01-01', kind: 'summary' },
      'invalid_input',
      /No cycle of NASM-CPT starts or ends on 2026-01-01. Its cycles start on: 2025-03-10, 2027-03-11/,
    ],
    [{ credentialId: 'CPT-123456', kind: 'poster' }, 'invalid_input', /Export a summary, a packet or a ZIP/],
  ])('refuses %j', async (input, code, message) => {
    const { dispatch } = await setUp(0, false);
    expect(await dispatch('reports:export', input)).toMatchObject({
      ok: false,
      error: { code, message: expect.stringMatching(message) },
    });
  });

  it('reports:reveal only touches files exported in this session', async () => {
    const { dispatch } = await setUp(0, false);
    expect(await dispatch('reports:reveal', { path: '/etc/passwd', action: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('recert export writes the summary, the packet and the ZIP', async () => {
    const { store, dataDir } = await setUp(3);
    await store.close();
    const out = path.join(path.dirname(saveTemp(new Uint8Array(1))), 'packet.pdf');
    let stdout = '';
    let stderr = '';
    const io = {
      out: (t: string) => (stdout += t),
      err: (t: string) => (stderr += t),
      env: {},
      today: () => '2026-11-22',
    };
    expect(
      await main(['export', '--credential', 'CPT-123456', '--packet', '--out', out, '--data-dir', dataDir], io),
    ).toBe(0);
    expect(stdout).toContain(`Wrote ${out}`);
    expect(pdfText(out)).toContain('Index of attached certificates');
    expect(
      await main(
        ['export', '--credential', 'CPT-123456', '--cycle', '2025-03-10', '--out', out, '--data-dir', dataDir],
        io,
      ),
    ).toBe(0);
    expect(await main(['export', '--credential', 'CPT-999', '--out', out, '--data-dir', dataDir], io)).toBe(1);
    expect(stderr).toMatch(/No credential with the id or number "CPT-999"/);
    expect(await main(['export', '--credential', 'CPT-123456', '--data-dir', dataDir], io)).toBe(2);
    expect(
      await main(
        ['export', '--credential', 'CPT-123456', '--packet', '--zip', '--out', out, '--data-dir', dataDir],
        io,
      ),
    ).toBe(2);
    expect(stderr).toContain('Choose one kind of export, not packet and zip.');
    // --kind names the export from the one list of report kinds; the old flags stay as aliases.
    const zip = out.replace(/\.pdf$/, '.zip');
    expect(
      await main(['export', '--credential', 'CPT-123456', '--kind', 'zip', '--out', zip, '--data-dir', dataDir], io),
    ).toBe(0);
    expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(
      await main(['export', '--credential', 'CPT-123456', '--kind', 'packet', '--out', out, '--data-dir', dataDir], io),
    ).toBe(0);
    expect(pdfText(out)).toContain('Index of attached certificates');
    expect(
      await main(['export', '--credential', 'CPT-123456', '--kind', 'poster', '--out', out, '--data-dir', dataDir], io),
    ).toBe(2);
    expect(stderr).toContain('--kind: "poster" is not one of summary, packet, zip.');
  });
});
