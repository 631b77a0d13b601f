/**
 * The browser host's downloads have a true, stated limit: a file past it is refused with its size,
 * the limit and what to use instead, never a failure halfway; the desktop saves any size.
 */
import { describe, expect, it } from 'vitest';
import { constants } from 'node:buffer';
import { base64Length, deliver } from '../../../../electron/core/handlers/deliver';
import { MAX_DOWNLOAD_BASE64 } from '../../../../shared/limits';
import { openCore } from '../../helpers';

describe('delivering a file the core made', () => {
  it('refuses a download past the limit, saying the size, the limit and the way round it', async () => {
    const { store } = await openCore();
    const ctx = { store, version: 't', today: () => '2026-11-22' };
    const bytes = new Uint8Array(3 * 1024 * 1024);
    await expect(deliver(ctx, 'backup', 'Recert backup.zip', bytes, 2 * 1024 * 1024)).rejects.toThrow(
      'Recert backup.zip is 3 MB, too large to download through the page (at most 1 MB). Use the desktop app, or the command line (recert backup --out <file>).',
    );
    await expect(deliver(ctx, 'backup', 'small.zip', new Uint8Array(10), 2 * 1024 * 1024)).resolves.toMatchObject({
      dataBase64: expect.any(String),
    });
    // The desktop saves where the user chooses, whatever the size.
    const saved = await deliver({ ...ctx, saveFile: async () => '/tmp/x.zip' }, 'backup', 'big.zip', bytes, 16);
    expect(saved).toEqual({ fileName: 'big.zip', savedTo: '/tmp/x.zip' });
  });

  it('the real limit fits in one V8 string', () => {
    expect(MAX_DOWNLOAD_BASE64).toBeLessThan(constants.MAX_STRING_LENGTH);
    expect(base64Length(3)).toBe(4);
  });
});
