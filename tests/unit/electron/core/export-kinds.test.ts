/** Each export reaches the save dialog with its own kind, so the dialog offers the right file type. */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/dispatch';
import { handlers } from '../../../../electron/core/handlers/handler-table';
import { EXPORT_KINDS, saveFilter, type ExportKind } from '../../../../shared/export-kinds';
import { NASM_CPT, openStore, TODAY } from '../../helpers';

describe('export kinds', () => {
  it('every export names its kind; the dialog filter and the file name agree', async () => {
    const store = await openStore();
    const saved: { name: string; kind: ExportKind }[] = [];
    const dispatch = createDispatcher(
      handlers,
      {
        store,
        version: 'test',
        today: () => TODAY,
        saveFile: async (name, _bytes, kind) => {
          saved.push({ name, kind });
          return `/tmp/${name}`;
        },
      },
      () => undefined,
    );
    const cpt = await dispatch('credentials:add', NASM_CPT);
    const credentialId = cpt.ok ? (cpt.value as { id: string }).id : '';
    await dispatch('calendar:export', {});
    await dispatch('backup:create', {});
    await dispatch('backup:create', { passphrase: 'correct horse battery' });
    for (const kind of ['summary', 'packet', 'zip'] as const) await dispatch('reports:export', { credentialId, kind });
    expect(saved.map((s) => s.kind)).toEqual(['calendar', 'backup', 'backupEncrypted', 'summary', 'packet', 'zip']);
    for (const s of saved) expect(s.name.endsWith(`.${EXPORT_KINDS[s.kind].extension}`)).toBe(true);
    expect(saveFilter('calendar')).toEqual({ name: 'Calendar file', extensions: ['ics'] });
    expect(saveFilter('backupEncrypted')).toEqual({ name: 'Encrypted Recert backup', extensions: ['enc'] });
  });
});
