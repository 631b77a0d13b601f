/**
 * Certificates that fill in the entry: five dropped at once (two text PDFs, two phone photos, a
 * CPR/AED card photo) become five correct entries with one confirmation and no typing.
 */
import { addFromCatalog, credentialRow, expect, test } from './fixtures';
import { noSeriousViolations, noSidewaysScroll } from './a11y';
import { corpusFile, dropFiles, noisyPhoto, wrongPng } from './sample-files';

test.setTimeout(120_000);

test('five certificates dropped on the app become five entries, confirmed without typing', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await addFromCatalog(page, { query: 'ACE-CPT', option: /ACE-CPT/, issuedOn: '2025-01-15' });
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  const files = [
    '01-nasm-course.pdf',
    '14-provider-multi-body.pdf',
    '02-ace-multi.photo.jpg',
    '11-nasm-specialization.photo.jpg',
    '05-aha-card.photo.jpg',
  ];
  await dropFiles(page, 'main', files.map(corpusFile));
  await expect(page.getByRole('heading', { name: 'Read certificates' })).toBeVisible();
  const card = (name: string) => page.getByRole('article', { name });
  for (const name of files)
    await expect(card(name).getByRole('status')).toHaveText(/^Read from (its text|the picture)$/, { timeout: 60_000 });

  // What each card proposes, with where it came from.
  const ace = card('02-ace-multi.photo.jpg');
  await expect(ace.getByLabel('Title')).toHaveValue('Kettlebell Foundations for Trainers');
  await expect(ace.getByLabel('Provider')).toHaveValue('Iron Bell Education LLC');
  await expect(ace.getByLabel('Completed on')).toHaveValue('2026-04-22');
  await expect(ace.getByLabel('Contact hours')).toHaveValue('8');
  await expect(ace.getByLabel('Course or approval code')).toHaveValue('KB-101');
  await expect(ace.getByText('Read from the picture: check each field against the certificate.')).toBeVisible();
  await expect(
    ace.getByText(/8 AFAA CEUs for Athletics and Fitness Association of America; you hold no credential/),
  ).toBeVisible();
  // Each filled field is marked, and says (on hover) the words it was read from. Read by OCR
  // from words the engine itself doubts, the date is a guess: "check this", not "from certificate".
  const dateMark = ace
    .locator('.sourced', { has: page.getByLabel('Completed on') })
    .getByTitle(/^Read from the certificate: “Date of completion: 04\/22\/2026/);
  await expect(dateMark).toContainText('check this');
  await expect(
    ace
      .locator('.sourced', { has: page.getByLabel('Title') })
      .getByTitle(/^Read from the certificate: “for successfully completing Kettlebell Foundations/),
  ).toBeVisible();
  // Read from a PDF's own text after "has successfully completed", the title is sure.
  await expect(
    card('14-provider-multi-body.pdf')
      .locator('.sourced', { has: page.getByLabel('Title') })
      .getByTitle(/^Read from the certificate/),
  ).toContainText('from certificate');
  const multi = card('14-provider-multi-body.pdf');
  await expect(multi.getByRole('checkbox', { name: /NASM-CPT/ })).toBeChecked();
  await expect(multi.getByRole('checkbox', { name: /ACE-CPT/ })).toBeChecked();
  // No hours printed: worked out from the NASM credit, and marked to check.
  const nasm = card('01-nasm-course.pdf');
  await expect(nasm.locator('.sourced', { has: page.getByLabel('Contact hours') })).toContainText('check this');
  // Its provider is its letterhead, which no label names: found by its place only, a guess too.
  await expect(nasm.locator('.sourced', { has: page.getByLabel('Provider') })).toContainText('check this');
  const aha = card('05-aha-card.photo.jpg');
  await expect(aha.getByLabel('Issued on')).toHaveValue('2025-01-15');
  await expect(aha.getByLabel('Valid through')).toHaveValue('2027-01-31');
  await shot('40-read-certificates-review');
  await noSeriousViolations(page, 'read certificates');

  await page.getByRole('button', { name: 'Confirm all (5)' }).click();
  await expect(
    page.getByRole('region', { name: 'Read certificates' }).getByText('Confirmed 5 of 5 entries.'),
  ).toBeVisible();
  for (const name of files) await expect(card(name).getByRole('status')).toHaveText('Saved');
  await shot('41-read-certificates-saved');
  await page.getByRole('button', { name: 'Clear saved' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.getByRole('link', { name: 'Open Activities' }).click();
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  for (const title of [
    'Corrective Exercise for the Shoulder',
    'Prenatal and Postnatal Exercise',
    'Kettlebell Foundations for Trainers',
    'NASM Corrective Exercise Specialist (CES)',
  ])
    await expect(page.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(credentialRow(page, 'AHA CPR/AED')).toContainText('31 Jan 2027');
  // NASM: 0.2 + 0.7 + 1.9 CEUs from three certificates, and 0.1 for the CPR/AED card just read.
  await expect(credentialRow(page, 'NASM-CPT')).toContainText('2.9 CEU of 2.0 CEU');
  // A card read from a certificate does not say whether the course had a hands-on check: NASM
  // accepts only one that had, so the CPT is covered once the user confirms it, not before.
  await expect(credentialRow(page, 'NASM-CPT')).toContainText('Confirm the card’s hands-on check');
});

test('a picture that is not a certificate is said plainly; a reading can be cancelled; nothing is saved', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Read certificates…' }).click();
  await page.getByLabel('Certificates to read').setInputFiles([wrongPng('holiday.png'), noisyPhoto('blurry.jpg')]);
  const holiday = page.getByRole('article', { name: 'holiday.png' });
  await expect(holiday.getByText(/found nothing it could read as a certificate/)).toBeVisible({ timeout: 30_000 });
  await expect(holiday.getByLabel('Title')).toHaveValue('');
  await expect(holiday.getByText('Needs a title, the completion date and the contact hours.')).toBeVisible();
  await expect(holiday.getByRole('button', { name: 'Confirm activity' })).toBeDisabled();

  const blurry = page.getByRole('article', { name: 'blurry.jpg' });
  await expect(blurry.getByRole('status')).toHaveText(/^Reading… \d+%$/, { timeout: 30_000 });
  await blurry.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(blurry.getByRole('status')).toHaveText('Not read (cancelled)');
  await expect(blurry.getByText('Reading was cancelled.')).toBeVisible();
  await blurry.getByRole('button', { name: 'Remove' }).click();
  await expect(blurry).toBeHidden();
  await holiday.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('button', { name: /No certificates yet/ })).toBeVisible();

  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await expect(page.getByText(/No activities yet/)).toBeVisible();
});

test('the review screen fits a narrow window (200% zoom), works from the keyboard, and keeps its cards across screens', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Read certificates…' }).click();
  await page.getByLabel('Certificates to read').setInputFiles([corpusFile('14-provider-multi-body.pdf')]);
  const card = page.getByRole('article', { name: '14-provider-multi-body.pdf' });
  await expect(card.getByRole('status')).toHaveText('Read from its text');
  await noSidewaysScroll(page, 'read certificates at 200%');
  // The marks are reached with Tab and say where the value came from.
  await card.getByLabel('Title').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toContainText('from certificate');
  await expect(page.locator(':focus')).toContainText(
    'Read from the certificate: “has successfully completed Prenatal and Postnatal Exercise”',
  );
  // Away to another screen and back: the card and what was typed in it are still there.
  await card.getByLabel('Provider', { exact: true }).fill('Pulse Fitness Education Ltd');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Read certificates…' }).click();
  await expect(card.getByLabel('Provider', { exact: true })).toHaveValue('Pulse Fitness Education Ltd');
  await card.getByRole('button', { name: 'Confirm activity' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText('Saved');
});

test('one certificate read twice (its PDF and its photo) is saved once: Confirm all skips the repeat until the user says which it is', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  const files = ['02-ace-multi.pdf', '02-ace-multi.photo.jpg'];
  await dropFiles(page, 'main', files.map(corpusFile));
  const card = (name: string) => page.getByRole('article', { name });
  for (const name of files)
    await expect(card(name).getByRole('status')).toHaveText(/^Read from (its text|the picture)$/, { timeout: 60_000 });

  await page.getByRole('button', { name: 'Confirm all' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Read certificates' })
      .getByText(/^Confirmed 1 of 2 entries\. Skipped 1 that looks like an entry you already have/),
  ).toBeVisible();
  const repeat = card('02-ace-multi.photo.jpg');
  await expect(repeat.getByRole('group', { name: 'Already have this?' })).toContainText(
    'You already have “Kettlebell Foundations for Trainers” on 22 Apr 2026.',
  );
  await expect(repeat.getByRole('button', { name: 'Confirm activity' })).toBeDisabled();
  await shot('41-read-twice-skipped');

  // "It's the same course": the photo is attached to the activity already saved; no second entry.
  await repeat.getByRole('button', { name: /same course: attach this file/ }).click();
  await expect(repeat).toContainText('which you already had; nothing else was added');
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await expect(page.getByRole('button', { name: /Kettlebell Foundations for Trainers/ })).toHaveCount(1);
});
