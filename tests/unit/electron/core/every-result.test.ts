/**
 * Every contract method's result, on the real dispatcher and store, parsed against its output
 * schema: a result with a field its schema does not know, or without one it requires, fails
 * here (zod drops unknown keys, so the parsed result must equal the result itself). So a
 * handler's result and its schema can never drift apart again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/dispatch';
import { writeParts, type FileParts } from '../../../../electron/core/files/file-parts';
import type { HandlerContext } from '../../../../electron/core/handlers/context';
import { handlers } from '../../../../electron/core/handlers/handler-table';
import { contract, type Method } from '../../../../shared/contract';
import { NASM_CPT, openStore, tempDir, TODAY } from '../../helpers';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../../fixtures/certificates', name);
const called = new Set<Method>();
const problems: string[] = [];
let backupPath = '';

/** `browser`: exports are offered as downloads (the browser host's branch of deliver()), not saved. */
async function core(dataDir = tempDir(), browser = false) {
  const store = await openStore(dataDir);
  const out = await mkdtemp(path.join(tmpdir(), 'recert-results-'));
  const ctx: Omit<HandlerContext, 'store'> = {
    version: 'test',
    today: () => TODAY,
    chooseFile: async (kind) => (kind === 'backup' ? backupPath : fixture('01-nasm-course.pdf')),
    openPath: async () => undefined,
    showInFolder: () => undefined,
    ...(browser
      ? {
          offerDownload: async (name: string, content: Uint8Array | FileParts) => {
            await writeParts(path.join(out, name), content);
            return `/files/${encodeURIComponent(name)}`;
          },
        }
      : {
          saveFile: async (name: string, content: Uint8Array | FileParts) => {
            const target = path.join(out, name);
            await writeParts(target, content);
            return target;
          },
        }),
  };
  const dispatch = createDispatcher(handlers, { store, ...ctx }, () => undefined);
  /** Calls a method and checks its result against the contract's output schema. */
  async function call<M extends Method>(method: M, input: unknown): Promise<Record<string, unknown>> {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    called.add(method);
    const parsed = contract[method].output.safeParse(result.value);
    if (!parsed.success) problems.push(`${method}: ${parsed.error.message}`);
    else if (JSON.stringify(parsed.data) !== JSON.stringify(result.value))
      try {
        expect(parsed.data).toEqual(result.value);
      } catch (error) {
        problems.push(`${method}: the result has fields its schema does not know\n${(error as Error).message}`);
      }
    return result.value as Record<string, unknown>;
  }
  return { store, call, dataDir };
}

describe('every method’s result matches its output schema', () => {
  it('calls all of them, on real data, and every result parses to itself', async () => {
    const { call } = await core();
    await call('app:status', {});
    await call('profile:get', {});
    await call('profile:update', { name: 'Zoë Müller', email: 'zoe@example.com' });
    const cpt = (await call('credentials:add', NASM_CPT)) as { id: string };
    await call('credentials:add', {
      typeId: 'cpr-aha',
      issuedOn: '2025-02-01',
      expiresOn: '2027-02-01',
      handsOn: true,
    });
    const ces = (await call('credentials:add', { typeId: 'nasm-ces', issuedOn: '2025-09-15' })) as { id: string };
    await call('credentials:update', { id: ces.id, fields: { typeId: 'nasm-ces', issuedOn: '2025-09-16' } });
    await call('credentials:list', {});
    const activity = (await call('activities:add', {
      title: 'Kettlebell foundations',
      completedOn: '2026-01-10',
      contactMinutes: 120,
      status: 'completed',
      allocations: [{ credentialId: cpt.id, amountHundredths: 20, approval: 'approved' }],
    })) as { id: string };
    await call('activities:update', {
      id: activity.id,
      fields: {
        title: 'Kettlebell foundations II',
        completedOn: '2026-01-10',
        contactMinutes: 120,
        status: 'completed',
      },
    });
    await call('activities:list', {});
    await call('activities:propose', { contactMinutes: 90 });
    const csv = 'date,title,hours,amount,credential\n2026-02-01,Mobility,2,0.2,NASM-CPT\n';
    await call('activities:previewCsv', { csv });
    await call('activities:importCsv', { csv });
    const removed = (await call('activities:add', {
      title: 'To remove',
      completedOn: '2026-01-11',
      contactMinutes: 60,
      status: 'completed',
    })) as { id: string };
    const gone = await call('activities:remove', { id: removed.id });
    await call('activities:restore', gone);
    await call('app:overview', {});
    await call('credentials:evaluate', {});
    await call('credentials:cycle', { credentialId: cpt.id, cycleEnd: '2027-03-10' });
    await call('plan:get', { with: [], items: [] });
    const kept = (await call('plan:keep', {
      items: [
        { kind: 'credential', typeId: 'nasm-pes', on: '2027-09-01', label: 'NASM-PES' },
        {
          kind: 'activity',
          title: 'Planned course',
          on: '2027-05-01',
          minutes: 600,
          allocations: [{ credentialId: cpt.id, amountHundredths: 100 }],
        },
      ],
    })) as { credentials: { id: string }[] };
    await call('plan:get', { with: [], items: [] });
    await call('app:overview', {});
    await call('plan:forget', { id: kept.credentials[0]!.id });
    await call('customTypes:add', {
      name: 'Kettlebell instructor',
      bodyName: 'Kettlebell Guild',
      unit: 'CEU',
      perHour: 10,
      kind: 'certification',
      cycleMonths: 24,
      required: 100,
    });
    await call('customTypes:list', {});
    await call('reminders:list', {});
    await call('settings:reminders', {});
    await call('settings:updateReminders', { enabled: true, thresholds: [60, 7] });
    const pdf = readFileSync(fixture('01-nasm-course.pdf'));
    const { attachment: uploaded } = (await call('attachments:upload', {
      ownerType: 'activity',
      ownerId: activity.id,
      role: 'certificate',
      name: 'course.pdf',
      dataBase64: pdf.toString('base64'),
    })) as { attachment: { id: string } };
    await call('attachments:choose', { ownerType: 'credential', ownerId: cpt.id, role: 'certificate' });
    await call('attachments:list', {});
    await call('attachments:read', { id: uploaded.id });
    await call('attachments:open', { id: uploaded.id });
    await call('attachments:check', {});
    const detached = await call('attachments:remove', { id: uploaded.id });
    await call('attachments:restore', detached);
    for (const kind of ['summary', 'packet', 'zip']) await call('reports:export', { credentialId: cpt.id, kind });
    const summary = (await call('reports:export', { credentialId: cpt.id, kind: 'summary' })) as { savedTo: string };
    await call('reports:reveal', { path: summary.savedTo, action: 'folder' });
    await call('calendar:export', {});
    const exported = (await call('data:export', {})) as { savedTo: string };
    const backup = (await call('backup:create', {})) as { savedTo: string };
    backupPath = backup.savedTo;
    const choice = (await call('backup:choose', {})) as { fileId: string };
    await call('backup:test', { fileId: choice.fileId });
    const renewal = (await call('renewals:add', {
      credentialId: cpt.id,
      cycleEnd: '2027-03-10',
      renewedOn: TODAY,
      confirmation: 'R-1',
    })) as { id: string };
    await call('renewals:remove', { id: renewal.id });
    const read = (await call('certificates:read', {
      name: 'course.pdf',
      dataBase64: pdf.toString('base64'),
      readId: 'every-result',
    })) as object;
    expect(read).toBeDefined();
    await call('certificates:progress', { readId: 'every-result' });
    await call('certificates:cancel', { readId: 'every-result' });
    // A notice to dismiss: a data folder whose db.json was damaged and restored says so.
    const damaged = await core();
    await damaged.call('credentials:add', NASM_CPT);
    await damaged.call('profile:update', { name: 'A', email: '' });
    await damaged.store.close();
    writeFileSync(path.join(damaged.dataDir, 'db.json'), '{"half a');
    const recovered = await core(damaged.dataDir);
    const { notices } = (await recovered.call('app:status', {})) as { notices: { id: string }[] };
    await recovered.call('app:dismissNotice', { id: notices[0]?.id });
    await call('credentials:remove', { id: ces.id });
    // Restore last: it replaces the data folder's contents with the backup's.
    const again = (await call('backup:choose', {})) as { fileId: string };
    await call('backup:restore', { fileId: again.fileId });
    // data:import into a new folder, from the export made above.
    const other = await core();
    await other.call('data:import', { data: JSON.parse(readFileSync(exported.savedTo, 'utf8')) });

    // The browser host's exports: a download path instead of a saved file.
    const web = await core(tempDir(), true);
    const webCpt = (await web.call('credentials:add', NASM_CPT)) as { id: string };
    const offered = (await web.call('reports:export', { credentialId: webCpt.id, kind: 'summary' })) as {
      downloadPath?: string;
    };
    expect(offered.downloadPath).toMatch(/^\/files\//);
    await web.call('calendar:export', {});
    await web.call('data:export', {});

    expect(problems).toEqual([]);
    const missing = (Object.keys(contract) as Method[]).filter((m) => !called.has(m));
    expect(missing).toEqual([]);
  }, 120_000);
});
