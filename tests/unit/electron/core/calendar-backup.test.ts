import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { createBackup } from '../../../../electron/core/backup/backup';
import { MAGIC } from '../../../../electron/core/backup/crypto';
import { certificatesDir } from '../../../../electron/core/files/certificate-store';
import { takeDueNotifications } from '../../../../electron/core/reminders';
import type { Activity, Credential } from '../../../../shared/schemas/entities';
import { NASM_CPT, openCore, snapshotDir, tempDir } from '../../helpers';
import { makePdf } from './files/fixtures';

async function populated() {
  const core = await openCore();
  const { dispatch } = core;
  await dispatch('profile:update', { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' });
  const cpt = ((await dispatch('credentials:add', NASM_CPT)) as { value: Credential }).value;
  await dispatch('credentials:add', { typeId: 'cpr-aha', issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
  const activity = (
    (await dispatch('activities:add', {
      title: 'Course; with, punctuation',
      completedOn: '2026-01-10',
      contactMinutes: 120,
      status: 'completed',
      allocations: [{ credentialId: cpt.id, amountHundredths: 20, approval: 'approved' }],
    })) as { value: Activity }
  ).value;
  await dispatch('attachments:upload', {
    ownerType: 'activity',
    ownerId: activity.id,
    name: 'certificate.pdf',
    dataBase64: Buffer.from(await makePdf('Backup me')).toString('base64'),
  });
  return core;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('the calendar file', () => {
  it('parses with an independent parser: one event per deadline and card, alarms, stable UIDs', async () => {
    const { dispatch } = await populated();
    const first = await dispatch('calendar:export', {});
    const text = Buffer.from((first as { value: { dataBase64: string } }).value.dataBase64, 'base64').toString('utf8');
    expect(text).toMatch(/\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['NASM-CPT renewal deadline', '2027-03-10'],
      ['NASM-CPT renewal deadline', '2029-03-10'],
      ['AHA CPR/AED expires', '2027-02-01'],
    ]);
    const alarms = calendar
      .getAllSubcomponents('vevent')[0]
      ?.getAllSubcomponents('valarm')
      .map((a) => a.getFirstPropertyValue('trigger')?.toString());
    expect(alarms).toEqual(['-P90D', '-P60D', '-P30D', '-P7D', '-P1D']);
    expect(events[0]?.description).toContain('When this file was made: Not covered yet. 1.7 CEU (17 h) still needed.');

    // Export again after a change: same UIDs, so calendars update instead of duplicating.
    await dispatch('settings:updateReminders', { enabled: true, thresholds: [30] });
    const second = await dispatch('calendar:export', {});
    const again = new ICAL.Component(
      ICAL.parse(
        Buffer.from((second as { value: { dataBase64: string } }).value.dataBase64, 'base64').toString('utf8'),
      ),
    );
    expect(again.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      events.map((e) => e.uid),
    );
    expect(again.getAllSubcomponents('vevent')[0]?.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it("the plan's milestones: a planned course ahead is an event on the day to start it; a past or done one is not", async () => {
    const { dispatch, store } = await populated();
    const cpt = store.data.credentials.find((c) => c.typeId === 'nasm-cpt')!;
    const plan = (title: string, completedOn: string, status: 'planned' | 'completed') =>
      dispatch('activities:add', {
        title,
        completedOn,
        contactMinutes: 600,
        status,
        allocations: [{ credentialId: cpt.id, amountHundredths: 100, approval: 'approved' }],
      });
    await plan('Program design for masters athletes', '2027-01-20', 'planned');
    await plan('Old plan never done', '2026-10-01', 'planned');
    await plan('Done already', '2026-11-01', 'completed');
    const result = await dispatch('calendar:export', {});
    const text = Buffer.from((result as { value: { dataBase64: string } }).value.dataBase64, 'base64').toString('utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const planned = events.filter((e) => e.summary.startsWith('Planned:'));
    // Ten hours at the plan's three a week: four weeks before its day, in Home's words.
    expect(planned.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      [
        'Planned: Start “Program design for masters athletes” by 23 Dec 2026 to finish by 20 Jan 2027 (10 h at 3 h a week)',
        '2026-12-23',
      ],
    ]);
    expect(planned[0]?.description).toContain('Your plan in Recert. It counts 1.0 CEU toward NASM-CPT once done.');
    expect(planned[0]?.uid).toMatch(/^recert-planned-.+@recert\.local$/);
  });

  it('recert calendar writes the same file', async () => {
    const { store, dataDir } = await populated();
    await store.close();
    const out = path.join(tempDir(), 'deadlines.ics');
    const code = await main(['calendar', '--out', out, '--data-dir', dataDir], {
      out: () => undefined,
      err: () => undefined,
      env: {},
      today: () => '2026-11-22',
    });
    expect(code).toBe(0);
    expect(new ICAL.Component(ICAL.parse(await fs.readFile(out, 'utf8'))).getAllSubcomponents('vevent')).toHaveLength(
      3,
    );
  });
});

describe('desktop reminders', () => {
  it('are taken once per threshold and remembered in the data', async () => {
    const { store } = await populated();
    const first = await takeDueNotifications(store, '2026-12-15');
    expect(first.map((r) => r.kind).sort()).toEqual(['cpr', 'deadline']);
    expect(await takeDueNotifications(store, '2026-12-16')).toEqual([]);
    expect(Object.keys(store.data.settings.notified)).toHaveLength(2);
  });

  it('settings refuse bad thresholds, changing nothing', async () => {
    const { dispatch, store } = await openCore();
    const before = structuredClone(store.data);
    expect(await dispatch('settings:updateReminders', { enabled: true, thresholds: [-1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'thresholds.0' },
    });
    expect(await dispatch('settings:updateReminders', { enabled: 'yes', thresholds: [30] })).toMatchObject({
      ok: false,
      error: { field: 'enabled' },
    });
    expect(store.data).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('stores certificates as they are (already compressed) and deflates the data document', async () => {
    const source = await populated();
    const methods: Record<string, number> = {};
    unzipSync(await createBackup(source.store), {
      filter: (info) => {
        methods[info.name.replace(/[0-9a-f]{64}/, '<sha>')] = info.compression;
        return false;
      },
    });
    expect(methods).toEqual({ 'db.json': 8, 'certificates/<sha>.pdf': 0, 'recert-backup.json': 8 });
  });

  it('a round trip gives back exactly the same data and files', async () => {
    const source = await populated();
    const backup = await createBackup(source.store);
    const target = await openCore();
    const restored = await target.dispatch('backup:restore', { dataBase64: b64(backup) });
    expect(restored).toMatchObject({
      ok: true,
      value: { credentials: 2, activities: 1, certificates: 1, encrypted: false },
    });
    const strip = (d: typeof source.store.data) => ({ ...d, settings: { ...d.settings, notices: [] } });
    expect(strip(target.store.data)).toEqual(strip(source.store.data));
    const files = await fs.readdir(certificatesDir(target.dataDir));
    expect(files).toEqual(await fs.readdir(certificatesDir(source.dataDir)));
    const name = files[0] as string;
    expect(await fs.readFile(path.join(certificatesDir(target.dataDir), name))).toEqual(
      await fs.readFile(path.join(certificatesDir(source.dataDir), name)),
    );
    // The data it replaced was kept first.
    expect((await fs.readdir(path.join(target.dataDir, 'backups'))).some((n) => n.startsWith('pre-restore-'))).toBe(
      true,
    );
  });

  it('an encrypted backup restores with its passphrase', async () => {
    const source = await populated();
    const backup = await createBackup(source.store, 'correct horse battery');
    expect(Buffer.from(backup.subarray(0, MAGIC.length)).equals(MAGIC)).toBe(true);
    const target = await openCore();
    expect(
      await target.dispatch('backup:test', { dataBase64: b64(backup), passphrase: 'correct horse battery' }),
    ).toMatchObject({ ok: true, value: { encrypted: true } });
    expect(
      await target.dispatch('backup:restore', { dataBase64: b64(backup), passphrase: 'correct horse battery' }),
    ).toMatchObject({ ok: true });
    expect(target.store.data.credentials).toHaveLength(2);
  });

  async function tampered(change: (entries: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
    const source = await populated();
    const entries = unzipSync(await createBackup(source.store));
    change(entries);
    return zipSync(entries);
  }

  const refusals: Array<[string, () => Promise<{ data: Uint8Array; passphrase?: string }>, RegExp]> = [
    [
      'a corrupted zip',
      async () => {
        const source = await populated();
        const data = await createBackup(source.store);
        return { data: data.subarray(0, Math.floor(data.length / 2)) };
      },
      /not a readable Recert backup/,
    ],
    [
      'a wrong passphrase',
      async () => {
        const source = await populated();
        return { data: await createBackup(source.store, 'correct horse battery'), passphrase: 'wrong horse battery' };
      },
      /passphrase is wrong, or the backup file is damaged/,
    ],
    [
      'no passphrase for an encrypted backup',
      async () => {
        const source = await populated();
        return { data: await createBackup(source.store, 'correct horse battery') };
      },
      /This backup is encrypted. Enter its passphrase/,
    ],
    [
      'an entry whose path escapes the folder',
      async () => ({ data: await tampered((e) => (e['../../evil.txt'] = strToU8('boo'))) }),
      /entry that is not allowed \("\.\.\/\.\.\/evil\.txt"\)/,
    ],
    [
      'a manifest that disagrees with the files',
      async () => ({
        data: await tampered(
          (e) => (e['db.json'] = strToU8(new TextDecoder().decode(e['db.json']).replace(/Zo(ë|\\u00eb)/, 'Zoe'))),
        ),
      }),
      /db\.json does not match the manifest/,
    ],
    [
      'a file the manifest does not list',
      async () => ({ data: await tampered((e) => (e[`certificates/${'a'.repeat(64)}.pdf`] = strToU8('%PDF-'))) }),
      /a file its manifest does not list/,
    ],
    [
      'a backup from a newer version',
      async () => ({
        data: await tampered((e) => {
          const manifest = JSON.parse(new TextDecoder().decode(e['recert-backup.json']));
          e['recert-backup.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion: 99, appVersion: '9.0.0' }));
        }),
      }),
      /made by a newer version of Recert \(9\.0\.0, data format 99; this version reads up to 2\)/,
    ],
    ['not a backup at all', async () => ({ data: await makePdf() }), /not a readable Recert backup/],
    [
      'a backup format this version does not know',
      async () => ({
        data: await tampered((e) => {
          const manifest = JSON.parse(new TextDecoder().decode(e['recert-backup.json']));
          e['recert-backup.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 2 }));
        }),
      }),
      /a format this version of Recert does not know \(backup format 2\)/,
    ],
    [
      'a certificate that is not what its name says (an HTML page as .pdf, manifest and all)',
      async () => ({
        data: await tampered((e) => {
          const name = Object.keys(e).find((n) => n.startsWith('certificates/')) as string;
          const html = strToU8('<html><body>not a certificate</body></html>');
          e[name] = html;
          const manifest = JSON.parse(new TextDecoder().decode(e['recert-backup.json']));
          manifest.files = manifest.files.map((f: { path: string }) =>
            f.path === name ? { ...f, size: html.length, sha256: createHash('sha256').update(html).digest('hex') } : f,
          );
          e['recert-backup.json'] = strToU8(JSON.stringify(manifest));
        }),
      }),
      /did not pass Recert’s checks: Recert accepts certificates as PDF, PNG or JPEG files/,
    ],
  ];

  it.each(refusals)('refuses %s with a clear message; the current data is untouched', async (_label, make, message) => {
    const { data, passphrase } = await make();
    const current = await populated();
    const before = { doc: structuredClone(current.store.data), files: await snapshotDir(current.dataDir) };
    for (const method of ['backup:test', 'backup:restore'] as const) {
      const result = await current.dispatch(method, { dataBase64: b64(data), ...(passphrase ? { passphrase } : {}) });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    }
    expect(current.store.data).toEqual(before.doc);
    expect(await snapshotDir(current.dataDir)).toEqual(before.files);
  });

  it('recert backup and recert restore, with the passphrase from the environment', async () => {
    const source = await populated();
    await source.store.close();
    const file = path.join(tempDir(), 'backup.zip.enc');
    const io = (env: Record<string, string>) => ({
      out: () => undefined,
      err: () => undefined,
      env,
      today: () => '2026-11-22',
    });
    expect(
      await main(
        ['backup', '--out', file, '--passphrase-env', 'PASS', '--data-dir', source.dataDir],
        io({ PASS: 'correct horse battery' }),
      ),
    ).toBe(0);
    const target = tempDir();
    expect(
      await main(['restore', file, '--test', '--passphrase-env', 'PASS'], io({ PASS: 'correct horse battery' })),
    ).toBe(0);
    expect(
      await main(
        ['restore', file, '--passphrase-env', 'PASS', '--data-dir', target],
        io({ PASS: 'wrong wrong wrong' }),
      ),
    ).toBe(1);
    expect(existsSync(path.join(target, 'db.json'))).toBe(false);
    expect(
      await main(
        ['restore', file, '--passphrase-env', 'PASS', '--data-dir', target],
        io({ PASS: 'correct horse battery' }),
      ),
    ).toBe(0);
    let out = '';
    await main(['status', '--json', '--data-dir', target], {
      out: (t) => (out += t),
      err: () => undefined,
      env: {},
      today: () => '2026-11-22',
    });
    expect(JSON.parse(out).profile.name).toBe('Zoë Müller-Łukasik');
  });
});
