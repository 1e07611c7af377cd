// Nothing is lost: every change is saved in IndexedDB within a second, and reopening the app
// after the browser was killed restores it. Uses a persistent browser profile, since an
// ordinary test context forgets its storage when it closes.
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuilderPage } from '../pages/builder';

async function launch(profile: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    baseURL,
    serviceWorkers: 'block',
  });
}

test('a browser killed mid-edit loses nothing saved before the last second', async ({}, info) => {
  const baseURL = info.project.use.baseURL;
  const profile = mkdtempSync(join(tmpdir(), 'coform-profile-'));
  try {
    let context = await launch(profile, baseURL);
    let page = context.pages()[0] ?? (await context.newPage());
    let builder = new BuilderPage(page);
    await builder.open('?ui=en');
    await builder.expectLoaded();
    await builder.previewLanguage.selectOption('en');
    await builder.select('zip_code');
    await builder.editText.fill('Postal code (first edit)');
    await builder.select('age');
    await page.getByTestId('move-up').click();
    await builder.select('zip_code');
    await builder.editText.fill('Postal code (last edit)');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'Saved', { timeout: 1000 });
    const ids = await builder.ids;
    // Killed without warning: no unload handlers run.
    await context.close();

    context = await launch(profile, baseURL);
    page = context.pages()[0] ?? (await context.newPage());
    builder = new BuilderPage(page);
    await builder.open('?ui=en');
    await builder.expectLoaded();
    await builder.previewLanguage.selectOption('en');
    await expect(builder.item('zip_code').locator('.item-text')).toHaveText('Postal code (last edit)');
    expect(await builder.ids).toEqual(ids);
    await expect(page.getByTestId('drafts').getByTestId('draft')).toHaveCount(1);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('drafts are listed, can be switched between, and are deleted only after confirming', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.select('zip_code');
  await builder.editText.fill('First draft text');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'Saved');
  await page.getByTestId('new-survey').click();
  await page.getByTestId('add-item').click();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'Saved');
  const drafts = page.getByTestId('drafts');
  await drafts.locator('summary').click();
  await expect(drafts.getByTestId('draft')).toHaveCount(2);
  page.once('dialog', (dialog) => dialog.dismiss());
  await drafts.getByTestId('draft').last().getByTestId('draft-delete').click();
  await expect(drafts.getByTestId('draft')).toHaveCount(2);
  await drafts.getByTestId('draft').last().getByTestId('draft-open').click();
  await builder.select('zip_code');
  await expect(builder.editText).toHaveValue('First draft text');
  page.once('dialog', (dialog) => dialog.accept());
  await drafts.getByTestId('draft').first().getByTestId('draft-delete').click();
  await expect(drafts.getByTestId('draft')).toHaveCount(1);
});
