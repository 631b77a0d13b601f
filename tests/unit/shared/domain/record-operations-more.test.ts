/**
 * The record operations that used to be written inline in their handlers (custom types,
 * attachments, settings, notices, the CSV and JSON imports, a restore): pure, the input
 * untouched, ids and the clock from the stamp, a refusal in the rule's words. And the shape
 * every write now has: each `store.mutate` in the core calls one of these, and no handler
 * makes its own ids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  removeAttachment,
  restoreAttachment,
} from '../../../../shared/domain/records/operations/attachments';
import { addCredential } from '../../../../shared/domain/records/operations/credentials';
import { importCsv } from '../../../../shared/domain/records/operations/csv-import';
import { addCustomType } from '../../../../shared/domain/records/operations/custom-types';
import { replaceWithBackup } from '../../../../shared/domain/records/operations/restore';
import {
  dismissNotice,
  recordNotified,
  updateProfile,
  updateReminderSettings,
  type WithSettings,
} from '../../../../shared/domain/records/operations/settings';
import type { Records, Stamp } from '../../../../shared/domain/records/operations/types';

let n = 0;
const stamp: Stamp = { now: '2026-11-22T10:00:00.000Z', today: '2026-11-22', newId: () => `id-${++n}` };
const settings: WithSettings = {
  profile: { name: '', email: '' },
  settings: {
    notices: [{ id: 'n1', kind: 'info', message: 'Hello', createdAt: stamp.now }],
    reminders: { enabled: true, thresholds: [30, 90] },
    notified: {},
  },
};
const records: Records = { credentials: [], activities: [], renewals: [], customTypes: [], attachments: [] };
const withCpt = addCredential(
  records,
  { typeId: 'nasm-cpt', number: 'CPT-1', issuedOn: '2025-03-10', notes: '', overrides: {} },
  stamp,
).doc;
const pdf = { sha256: 'a'.repeat(64), ext: 'pdf' as const, mime: 'application/pdf' as const, size: 1000 };

describe('settings, profile and notices', () => {
  it('each returns a new document and leaves the input as it was', () => {
    const before = structuredClone(settings);
    expect(updateProfile(settings, { name: 'Zoë', email: '' }).doc.profile.name).toBe('Zoë');
    expect(updateReminderSettings(settings, { enabled: true, thresholds: [7, 30, 7] }).result.thresholds).toEqual([
      30, 7,
    ]);
    expect(dismissNotice(settings, 'n1').result.notices).toEqual([]);
    expect(recordNotified(settings, [{ key: 'k', threshold: 30 }]).doc.settings.notified).toEqual({ k: 30 });
    expect(settings).toEqual(before);
  });

  it('dismissing a message already gone says so', () => {
    expect(() => dismissNotice(settings, 'n2')).toThrow('That message was already dismissed.');
  });

  it('a restore is the backup’s data, with a message saying when the backup was made', () => {
    const backup = { ...settings, profile: { name: 'From the backup', email: '' } };
    const { doc } = replaceWithBackup(settings, { doc: backup, createdAt: '2026-10-01T09:00:00.000Z' }, stamp);
    expect(doc.profile.name).toBe('From the backup');
    expect(doc.settings.notices.at(-1)).toMatchObject({
      id: 'restored-2026-10-01T09:00:00.000Z',
      message: expect.stringMatching(/^Your data was restored from a backup made on /),
      createdAt: stamp.now,
    });
  });
});

describe('custom types and attachments', () => {
  it('a custom type gets its id from the stamp', () => {
    const { result } = addCustomType(
      records,
      {
        name: 'Kettlebell',
        bodyName: 'RKC',
        unit: 'CEU',
        perHour: 10,
        kind: 'certification',
        required: 100,
        cprRequired: false,
      },
      { newId: () => 'custom-1' },
    );
    expect(result).toMatchObject({ id: 'custom-1', name: 'Kettlebell' });
    expect(result).not.toHaveProperty('cycleMonths');
  });

  it('attach, refuse the same file twice on one owner, remove, restore', () => {
    const owner = {
      ownerType: 'credential' as const,
      ownerId: withCpt.credentials[0]!.id,
      role: 'certificate' as const,
    };
    const added = addAttachment(withCpt, { target: owner, file: pdf, name: 'cert.pdf' }, stamp);
    expect(added.result.attachment).toMatchObject({ name: 'cert.pdf', addedAt: stamp.now, sha256: pdf.sha256 });
    expect(() => addAttachment(added.doc, { target: owner, file: pdf, name: 'again.pdf' }, stamp)).toThrow(
      'This file is already attached here (as “cert.pdf”).',
    );
    const removed = removeAttachment(added.doc, added.result.attachment.id);
    expect(removed.doc.attachments).toEqual([]);
    expect(() => removeAttachment(removed.doc, added.result.attachment.id)).toThrow(
      'That attachment no longer exists.',
    );
    expect(restoreAttachment(removed.doc, removed.result).doc.attachments).toEqual([removed.result]);
    expect(() => restoreAttachment(added.doc, removed.result)).toThrow('That attachment is already there.');
  });

  it('an owner that is gone is refused; a PDF with active content says what Recert does with it', () => {
    const gone = { ownerType: 'activity' as const, ownerId: 'nope', role: 'certificate' as const };
    expect(() => addAttachment(withCpt, { target: gone, file: pdf, name: 'x.pdf' }, stamp)).toThrow(
      'Owner: that activity does not exist.',
    );
    const owner = {
      ownerType: 'credential' as const,
      ownerId: withCpt.credentials[0]!.id,
      role: 'certificate' as const,
    };
    const active = addAttachment(
      withCpt,
      { target: owner, file: { ...pdf, activeContent: ['JavaScript'] }, name: 'x.pdf' },
      stamp,
    );
    expect(active.result.attachment.activeContent).toBe(true);
    expect(active.result.note).toMatch(/^This PDF carries JavaScript\./);
  });
});

describe('the CSV import', () => {
  const csv = 'Date,Title,Hours,Credential,Amount\n2026-05-01,Mobility,2,NASM-CPT,0.2\n2026-05-02,,2,NASM-CPT,0.2\n';
  it('all or nothing: a bad row refuses the file, naming it; asked to skip, the good rows are added', () => {
    expect(() => importCsv(withCpt, { csv }, stamp)).toThrow(/^Nothing was imported: 1 of 2 rows have errors \(row 3:/);
    const { doc, result } = importCsv(withCpt, { csv, skipBadRows: true }, stamp);
    expect(result.imported).toBe(1);
    expect(result.skipped.map((s) => s.line)).toEqual([3]);
    expect(doc.activities[0]).toMatchObject({ title: 'Mobility', createdAt: stamp.now });
    expect(withCpt.activities).toEqual([]);
  });
});

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('one way to write', () => {
  const core = sources(path.resolve('electron')).filter((f) => !f.includes(`${path.sep}store${path.sep}`));
  it('every store.mutate outside the store calls one pure operation', () => {
    const calls = core.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\.mutate\(\s*\((\w+)\)\s*=>\s*([^\n]*)/g)].map((m) => ({
        file: path.relative(process.cwd(), file),
        body: m[2]!.trim(),
      })),
    );
    expect(calls.length).toBeGreaterThanOrEqual(20);
    // A call of a named operation (`addActivity(doc, …)`), never an object or a block built inline.
    expect(calls.filter((c) => !/^[a-zA-Z]+\(/.test(c.body))).toEqual([]);
  });

  it('no handler or operation makes its own ids: randomUUID is in the stamp only (else only for handles, not records)', () => {
    const files = [...sources(path.resolve('electron/core')), ...sources(path.resolve('shared'))];
    const users = files.filter((f) => /randomUUID/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => path.relative(process.cwd(), f)).sort()).toEqual(
      [
        // The stamp: every new record's id.
        'electron/core/handlers/context.ts',
        // A handle for a file the user chose (never stored), and the lock's token and temp names.
        'electron/core/files/chosen-files.ts',
        'electron/core/store/lock.ts',
      ]
        .map((f) => path.join(...f.split('/')))
        .sort(),
    );
  });
});
