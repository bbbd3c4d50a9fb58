import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const unique = () => Math.random().toString(36).slice(2, 8);

test('create, rename, duplicate, delete and undo, and reload keeps everything', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const title = `Kick-off ${unique()} — Ωmega 販売 🚀`;
  await library.create('Acme Robotics', title);
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);

  await library.goto();
  await expect(library.card(title)).toContainText('Acme Robotics');
  const renamed = `${title} (renamed)`;
  await library.rename(title, renamed);

  await library.card(renamed).getByRole('button', { name: 'Duplicate' }).click();
  await expect(library.card(`${renamed} (copy)`)).toBeVisible();

  await library.delete(`${renamed} (copy)`);
  await page
    .getByRole('status')
    .filter({ hasText: 'moved to Recently deleted' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(library.card(`${renamed} (copy)`)).toBeVisible();

  await library.delete(`${renamed} (copy)`);
  await page.getByText(/Recently deleted \(\d+\)/).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: `${renamed} (copy)` })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(library.card(`${renamed} (copy)`)).toBeVisible();

  await page.reload();
  await expect(library.card(renamed)).toBeVisible();
  await expect(library.card(`${renamed} (copy)`)).toBeVisible();
});

test('a new workshop form explains what is missing and keeps what was typed', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Company').fill('Only a company');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog.getByText('Give the workshop a title')).toBeVisible();
  await expect(dialog.getByLabel('Company')).toHaveValue('Only a company');
});

test('edits autosave and survive a reload', async ({ page, bridge }) => {
  const workshop = await bridge.createWorkshop();
  await page.goto(`./#/workshop/${workshop.id}/overview`);
  await page.getByLabel('Facilitator').fill('Jean-Luc Ödegaard');
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
  await page.getByLabel('Title').fill('');
  await expect(page.getByText('The title cannot be empty.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Facilitator')).toHaveValue('Jean-Luc Ödegaard');
  await expect(page.getByLabel('Title')).toHaveValue(workshop.title);
});

test('export a backup and import it again, never replacing silently', async ({ page, bridge }) => {
  const workshop = await bridge.createWorkshop({ title: `Backup me ${unique()}` });
  const library = new LibraryPage(page);
  await library.goto();
  const download = page.waitForEvent('download');
  await library.card(workshop.title).getByRole('button', { name: 'Export backup' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ type: 'tandem.backup', workshop: { id: workshop.id } });

  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const ask = page.getByRole('dialog', { name: 'This workshop is already here' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(library.card(`${workshop.title} (imported)`)).toBeVisible();
  await expect(library.card(workshop.title)).toBeVisible();

  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByRole('alert').filter({ hasText: 'This file is not a Tandem backup.' })).toBeVisible();
});

test('a damaged workshop file is moved aside, its last good snapshot restored, and the facilitator told which one', async ({
  page,
  bridge,
}) => {
  const workshop = await bridge.createWorkshop({ title: `Damaged ${unique()}` });
  const file = path.join(dataDir(), 'workshops', `${workshop.id}.json`);
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
  const library = new LibraryPage(page);
  await library.goto();
  // The repair stays listed on the home screen until the facilitator has read it and dismissed it.
  const repairs = page.getByRole('region', { name: /Tandem repaired/ });
  await expect(repairs).toContainText(`“${workshop.title}” was damaged on disk`);
  await expect(library.card(workshop.title)).toBeVisible();
  await page.reload();
  await expect(repairs).toContainText(`“${workshop.title}” was damaged on disk`);
  const item = repairs.getByRole('listitem').filter({ hasText: workshop.title });
  await item.getByRole('button', { name: /Dismiss/ }).click();
  await expect(repairs.getByRole('listitem').filter({ hasText: workshop.title })).toHaveCount(0);
  expect(readdirSync(path.join(dataDir(), 'quarantine')).some((n) => n.startsWith(workshop.id))).toBe(true);
});

test('two windows on one workshop: the later save is not silently lost nor does it overwrite', async ({
  page,
  context,
  bridge,
}) => {
  const workshop = await bridge.createWorkshop();
  const other = await context.newPage();
  await page.goto(`./#/workshop/${workshop.id}/overview`);
  await other.goto(`./#/workshop/${workshop.id}/overview`);
  await expect(other.getByLabel('Facilitator')).toHaveValue(workshop.facilitator);

  await page.getByLabel('Facilitator').fill('Saved in window A');
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);

  await other.getByLabel('Company').fill('Edited in window B');
  await expect(other.getByTestId('save-state')).toContainText('Changed in another window');
  expect((await bridge.open(workshop.id)).facilitator).toBe('Saved in window A');

  await other.getByTestId('save-state').getByRole('button', { name: 'Load the latest' }).click();
  await expect(other.getByLabel('Facilitator')).toHaveValue('Saved in window A');
  await expect(other.getByTestId('save-state')).toHaveText(/All changes saved/);

  // Coming back to a window that has nothing unsaved takes the newer version.
  await other.getByLabel('Company').fill('Second edit in B');
  await expect(other.getByTestId('save-state')).toHaveText(/All changes saved/);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByLabel('Company')).toHaveValue('Second edit in B');
});
