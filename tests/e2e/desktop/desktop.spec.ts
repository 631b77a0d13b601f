/**
 * What only the desktop app has, through its real main process, preload and IPC (under the
 * Electron stand-in): the preload's narrow bridge, the open and save dialogs, Open / Show in
 * folder, notifications at launch, and a second launch handing over to the first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addFromCatalog, credentialRow, expect, test } from '../fixtures';
import { certificatePdf } from '../sample-files';
import { readDocumentReadOnly } from '../../../electron/core/store/load';

import { contractAreas, type Api } from '../../../shared/api-shape';
import type { DesktopEvent } from '../desktop-host';

const eventsNamed = (events: DesktopEvent[], name: string) => events.filter((e) => e.event === name);
/** The page's `window.api`, as the preload exposed it. */
type WithApi = { api?: Api };

test('the page reaches the main process only through the preload’s named methods', async ({ page, host, dataDir }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Name').fill('Zoë');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  // It went through IPC to the main process, which saved it in the data folder (as a command that only reads sees it).
  expect((await readDocumentReadOnly(dataDir)).doc?.profile.name).toBe('Zoë');
  const shape = await page.evaluate(() => ({
    areas: Object.keys((window as WithApi).api ?? {}).sort(),
    frozen: Object.isFrozen((window as WithApi).api) && Object.isFrozen((window as WithApi).api?.profile),
    bridge: typeof (window as unknown as Record<string, unknown>).__recertIpcBridge,
    node: typeof (window as unknown as Record<string, unknown>).require,
  }));
  expect(shape.areas).toEqual([...contractAreas()].sort());
  expect(shape).toMatchObject({ frozen: true, bridge: 'undefined', node: 'undefined' });
  // What cannot cross IPC (a function) is refused in the page, as Electron's structured clone does.
  const refused = await page.evaluate(() =>
    ((window as WithApi).api?.profile.update as (input: unknown) => Promise<unknown>)({ name: () => 1 }).then(
      () => 'sent',
      (e: Error) => e.name,
    ),
  );
  expect(refused).toBe('DataCloneError');
});

test('a certificate is attached through the open dialog, and opened in the system viewer', async ({
  page,
  host,
  desktop,
  dataDir,
  files,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  const panel = page.getByRole('region', { name: 'Certificates' }).or(page.locator('.attachments')).first();
  // Cancelling the dialog attaches nothing and says nothing.
  desktop.dialogs({ openFile: null });
  await panel.getByRole('button', { name: 'Attach a file…' }).click();
  await expect(panel.getByRole('button', { name: 'Attach a file…' })).toBeEnabled();
  await expect(panel.getByText('No certificate attached yet.')).toBeVisible();
  // Choosing a file attaches it.
  await files.attach(panel, await certificatePdf('NASM-CPT card.pdf'));
  await expect(panel.getByText('Attached NASM-CPT card.pdf.')).toBeVisible();
  const asked = eventsNamed(desktop.events, 'dialog.showOpenDialog');
  expect(asked.at(-1)?.filters).toEqual([
    { name: 'Certificates (PDF, PNG, JPEG)', extensions: ['pdf', 'png', 'jpg', 'jpeg'] },
  ]);
  await panel.getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(() => eventsNamed(desktop.events, 'shell.openPath').length).toBe(1);
  const opened = String(eventsNamed(desktop.events, 'shell.openPath')[0]?.path);
  expect(opened.startsWith(path.join(dataDir, 'certificates'))).toBe(true);
});

test('an export is saved where the save dialog says, then opened or shown in its folder', async ({
  page,
  host,
  desktop,
  files,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  const saved = await files.save(page, async () => {
    await page.getByRole('button', { name: 'Export summary' }).click();
    // Asked once for the name on the summary; skipped here (and not asked again below).
    await page.getByRole('button', { name: 'Export without a name' }).click();
  });
  expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
  expect(eventsNamed(desktop.events, 'dialog.showSaveDialog').at(-1)?.filters).toEqual([
    { name: 'PDF document', extensions: ['pdf'] },
  ]);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => eventsNamed(desktop.events, 'shell.showItemInFolder').length).toBe(1);
  expect(eventsNamed(desktop.events, 'shell.openPath').map((e) => e.path)).toEqual([saved.path]);
  expect(eventsNamed(desktop.events, 'shell.showItemInFolder').map((e) => e.path)).toEqual([saved.path]);
  // Cancelling the save dialog saves nothing, and says so.
  desktop.dialogs({ saveDir: null });
  await page.getByRole('button', { name: 'Export packet' }).click();
  await expect(page.getByText('Not saved.')).toBeVisible();
});

test('a deadline near at launch is a desktop notification; clicking it shows the window', async ({
  page,
  host,
  desktop,
  restart,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-01-15' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await expect(credentialRow(page, 'NASM-CPT')).toBeVisible();
  const next = await restart();
  await page.goto(next.url);
  await expect.poll(() => eventsNamed(desktop.events, 'notification').length).toBeGreaterThan(0);
  const shown = eventsNamed(desktop.events, 'notification')[0];
  expect(shown?.title).toMatch(/NASM-CPT/);
  expect(shown?.body).toMatch(/15 Jan 2027|days/);
  const before = eventsNamed(desktop.events, 'window.show').length;
  desktop.clickNotification(0);
  await expect.poll(() => eventsNamed(desktop.events, 'window.show').length).toBe(before + 1);
});

test('launching Recert again focuses the open window and quits the second launch', async ({
  page,
  host,
  desktop,
  secondInstance,
}) => {
  await page.goto(host.url);
  const second = await secondInstance();
  expect(second).toEqual({ code: 0, window: false });
  await expect.poll(() => eventsNamed(desktop.events, 'window.focus').length).toBe(1);
});

test('a backup is restored from the file the open dialog picks (read by the main process, no size limit from the page)', async ({
  page,
  host,
  desktop,
  files,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Settings' }).click();
  const backup = await files.save(page, () => page.getByRole('button', { name: 'Export backup' }).click());
  // Nothing chosen yet: a clear message; a cancelled dialog changes nothing.
  desktop.dialogs({ openFile: null });
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  await page.getByRole('button', { name: 'Test backup' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose a backup file first.');
  await files.chooseBackup(page, backup.path);
  expect(eventsNamed(desktop.events, 'dialog.showOpenDialog').at(-1)?.filters).toEqual([
    { name: 'Recert backups (ZIP, encrypted)', extensions: ['zip', 'enc'] },
  ]);
  await page.getByRole('button', { name: 'Test backup' }).click();
  // Reading and checking the whole backup in the main process: a few seconds on a busy machine.
  await expect(page.getByText(/The backup is complete and intact: .* 1 credentials/)).toBeVisible({
    timeout: 30_000,
  });
});
