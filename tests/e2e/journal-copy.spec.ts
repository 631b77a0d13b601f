/**
 * A crash left changes in the journal, and the journal was then damaged: the start takes every
 * change from the journal's copy, and the user is told nothing was lost (both transports).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diffDocuments } from '../../electron/core/store/change';
import { serializeDocument } from '../../electron/core/store/document';
import { baseOf, journalLine } from '../../electron/core/store/journal';
import { expect, test } from './fixtures';
import { ONE_CPT } from './seeds';

const before = { ...ONE_CPT, credentials: [] };
const after = ONE_CPT;
const text = serializeDocument(before);
// The credential was saved (journalled) just before the crash; then the journal was zeroed.
const line = journalLine(baseOf(text), 1, diffDocuments(before, after)!);

test.use({
  seed: { 'db.json': text, 'db.journal': '\0'.repeat(line.length), 'db.journal.copy': line },
});

test('a damaged journal after a crash: every saved change from its copy, and a banner saying nothing was lost', async ({
  page,
  host,
  dataDir,
  shot,
}) => {
  await page.goto(host.url);
  const banner = page.getByRole('alert').filter({ hasText: 'used its second copy' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('nothing you saved was lost');
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toBeVisible();
  await shot('07b-journal-copy-banner');
  expect(await fs.readdir(path.join(dataDir, 'corrupt'))).toEqual([expect.stringMatching(/\.journal$/)]);
});
