import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeDocument } from '../../electron/core/store/document';
import { expect, test } from './fixtures';
import { ONE_CPT } from './seeds';

const saved = ONE_CPT;

test.use({
  seed: {
    'db.json.bak': serializeDocument(saved),
    // A db.json cut short, as a power cut during a write by another tool might leave it.
    'db.json': serializeDocument(saved).slice(0, 60),
  },
});

test('after a damaged db.json is recovered, the user sees a banner until they dismiss it', async ({
  page,
  host,
  dataDir,
  shot,
}) => {
  await page.goto(host.url);
  const banner = page.getByRole('alert').filter({ hasText: 'Your data was recovered' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('not complete JSON');
  await expect(banner).toContainText('restored from the copy saved');
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toBeVisible();
  await shot('07-recovered-banner');

  const kept = await fs.readdir(path.join(dataDir, 'corrupt'));
  expect(kept).toHaveLength(1);

  await page.reload();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toBeVisible();
  await expect(page.getByText('Your data was recovered')).toHaveCount(0);
});
