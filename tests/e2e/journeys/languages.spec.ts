// Languages and translation: add a language by its code, translate the whole sample into it
// through the translation editor (guided variants included) until it is 100% approved, and
// publish behind the gate; translators' files out and back in; the builder in Arabic, mirrored;
// the interface language remembered; axe clean in every interface language.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BuilderPage } from '../pages/builder';

const INTERFACE_LANGUAGES = ['en', 'es', 'ar', 'zh-Hans', 'vi', 'ht'];

async function openTranslate(page: Page, query = ''): Promise<BuilderPage> {
  const builder = new BuilderPage(page);
  await builder.open(query);
  await expect(builder.items.first()).toBeVisible();
  await page.getByTestId('mode-translate').click();
  await expect(page.getByTestId('translation-editor')).toBeVisible();
  return builder;
}

test('translates the sample into a new language through the UI, reaches 100% and publishes', async ({ page }) => {
  test.setTimeout(120_000);
  await openTranslate(page);
  // Somali: a language no existing tool ships, added by its code; its own name appears.
  await page.getByTestId('language-new-tag').fill('not a code');
  await page.getByTestId('language-add').click();
  await expect(page.getByTestId('language-problem')).not.toBeEmpty();
  await page.getByTestId('language-new-tag').fill('so');
  await expect(page.getByTestId('language-new-name')).toContainText('Soomaali');
  await page.getByTestId('language-add').click();
  await expect(page.locator('[data-testid=language-row][data-tag=so]')).toHaveCount(1);
  const progress = page.locator('[data-testid=completeness-language][data-tag=so]');
  await expect(progress).toHaveAttribute('data-percent', '0');

  // The gate: every Somali text approved before publishing.
  await page.locator('[data-testid=publish-gate][data-tag=so]').check();
  await expect(page.getByTestId('publish')).toBeDisabled();
  await expect(page.getByTestId('publish-blocker').first()).toBeVisible();

  await page.getByTestId('translate-language').selectOption('so');
  const rows = page.getByTestId('translation-row');
  const total = await rows.count();
  expect(total).toBeGreaterThan(20);

  // One wording adapted to the audience through the guided variants.
  const adapted = rows.filter({ has: page.getByTestId('add-audience') }).first();
  const adaptedId = await adapted.getAttribute('data-id');
  await adapted.getByTestId('add-audience').first().click();
  const variants = adapted.getByTestId('variant-input');
  const variantCount = await variants.count();
  expect(variantCount).toBeGreaterThan(1);
  for (let index = 0; index < variantCount; index++) {
    const key = await variants.nth(index).getAttribute('data-key');
    await variants.nth(index).fill(`SO ${key}`);
  }
  await adapted.getByTestId('translation-approve').click();

  for (let index = 0; index < total; index++) {
    const row = rows.nth(index);
    if ((await row.getAttribute('data-id')) === adaptedId) continue;
    const source = (await row.getByTestId('translation-source').textContent()) ?? '';
    // Kept variables and variants: the translation starts from the source pattern.
    await row.getByTestId('translation-target').fill(`SO ${source}`);
    await expect(row.getByTestId('translation-problem')).toHaveCount(0);
    await row.getByTestId('translation-approve').click();
    await expect(row).toHaveAttribute('data-standing', 'approved');
  }
  await expect(progress).toHaveAttribute('data-percent', '100');
  await expect(page.getByTestId('publish-blocker')).toHaveCount(0);

  // The preview speaks Somali, with the audience wording.
  await page.getByTestId('preview-language').selectOption('so');
  await expect(page.getByTestId('preview')).toContainText('SO ');

  const download = page.waitForEvent('download');
  await page.getByTestId('publish').click();
  const file = await download;
  const published = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(published.metadata.status).toBe('published');
  expect(published.metadata.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(published.settings.requireApproved).toEqual(['so']);
  expect(published.languages.map((l: { tag: string }) => l.tag)).toContain('so');
  await expect(page.getByTestId('publish-state')).toHaveAttribute('data-published', 'true');
});

test('a translation that drops a variable or breaks Fluent is flagged as you type', async ({ page }) => {
  await openTranslate(page);
  await page.getByTestId('translate-language').selectOption('es');
  const piped = page.getByTestId('translation-row').filter({ hasText: '$household_size' }).first();
  await expect(piped).toBeVisible();
  // Wording with variants opens in the guided view; its raw Fluent is one click away.
  if (await piped.getByTestId('raw-toggle').count()) await piped.getByTestId('raw-toggle').click();
  await piped.getByTestId('translation-target').fill('Sin la variable');
  await expect(piped.getByTestId('translation-problem')).toContainText('household_size');
  await piped.getByTestId('translation-target').fill('Texto { roto');
  await expect(piped.getByTestId('translation-problem').first()).toContainText('1');
  await expect(piped).toHaveAttribute('data-standing', 'draft');
});

test('a .ftl file goes out and comes back: two edited strings change and are marked for review', async ({ page }, testInfo) => {
  await openTranslate(page);
  await page.getByTestId('translate-language').selectOption('es');
  const download = page.waitForEvent('download');
  await page.getByTestId('ftl-export').click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  expect(exported).toContain('# language: es');
  const lines = exported.split('\n');
  const edited: string[] = [];
  const out = lines.map((line) => {
    const match = /^(item--[a-z_]+) = [^{]+$/.exec(line);
    if (match && edited.length < 2) {
      edited.push(match[1]);
      return `${match[1]} = Texto revisado ${edited.length}`;
    }
    return line;
  });
  expect(edited).toHaveLength(2);
  const path = testInfo.outputPath('edited.es.ftl');
  writeFileSync(path, out.join('\n'));
  await page.getByTestId('ftl-import').setInputFiles(path);
  await expect(page.getByTestId('ftl-report')).toContainText('2');
  await page.getByTestId('translate-filter').selectOption('needs-review');
  await expect(page.getByTestId('translation-row')).toHaveCount(2);
  for (const id of edited) {
    await expect(page.locator(`[data-testid=translation-row][data-id="${id}"]`)).toHaveAttribute('data-standing', 'needs-review');
  }

  // A broken file: line and column, nothing changed.
  const broken = testInfo.outputPath('broken.es.ftl');
  writeFileSync(broken, '# language: es\nitem--name = { $count ->\n    [one] uno\n}\n');
  await page.getByTestId('ftl-import').setInputFiles(broken);
  await expect(page.getByTestId('ftl-problem')).toContainText('4');
  await expect(page.getByTestId('translation-row')).toHaveCount(2);
});

test('every language goes out as one archive and comes back with nothing changed', async ({ page }) => {
  await openTranslate(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('ftl-export-all').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.translations\.zip$/);
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  await page.getByTestId('ftl-import-all').setInputFiles({ name: 'translations.zip', mimeType: 'application/zip', buffer: readFileSync(path) });
  await expect(page.getByTestId('ftl-report').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('ftl-problem')).toBeEmpty();
  await expect(page.getByTestId('undo')).toBeDisabled();
  // Not a zip: explained, nothing changed.
  await page.getByTestId('ftl-import-all').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByTestId('ftl-problem')).not.toBeEmpty();
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('a long survey shows a hundred strings at a time', async ({ page }) => {
  const items = Array.from({ length: 150 }, (_, index) => ({ id: `q${index + 1}`, type: 'note', text: { en: `Note ${index + 1}` } }));
  const survey = {
    format: 'coform.survey', formatVersion: 4,
    metadata: { id: 'long', title: { en: 'Long' }, version: '1.0.0', status: 'draft' },
    sourceLanguage: 'en',
    languages: [{ tag: 'en', direction: 'ltr' }, { tag: 'es', direction: 'ltr' }],
    pages: [{ id: 'p1', items }],
  };
  await page.route('**/long.json', (route) => route.fulfill({ body: JSON.stringify(survey) }));
  await openTranslate(page, '?survey=long.json');
  const rows = page.getByTestId('translation-row');
  await expect(rows).toHaveCount(100);
  await expect(page.getByTestId('translate-count')).toContainText('151');
  await page.getByTestId('translate-show-more').click();
  await expect(rows).toHaveCount(151);
  await expect(page.getByTestId('translate-show-more')).toHaveCount(0);
});

test('removing a language asks first and can be undone', async ({ page }) => {
  await openTranslate(page);
  const arabic = page.locator('[data-testid=language-row][data-tag=ar]');
  await arabic.getByTestId('language-remove').click();
  await arabic.getByTestId('language-remove-no').click();
  await expect(arabic).toHaveCount(1);
  await arabic.getByTestId('language-remove').click();
  await arabic.getByTestId('language-remove-yes').click();
  await expect(page.locator('[data-testid=language-row][data-tag=ar]')).toHaveCount(0);
  await expect(page.locator('[data-testid=completeness-language][data-tag=ar]')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.locator('[data-testid=language-row][data-tag=ar]')).toHaveCount(1);
});

test('the whole builder runs in Arabic, mirrored', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=ar');
  await expect(builder.items.first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const direction = await page.locator('main').evaluate((main) => getComputedStyle(main).direction);
  expect(direction).toBe('rtl');
  // Mirrored: the outline (first in reading order) sits to the right of what follows it.
  const viewport = page.viewportSize();
  if (viewport && viewport.width > 800) {
    const outline = await page.getByTestId('items').boundingBox();
    const editor = await page.getByTestId('item-editor').boundingBox();
    expect(outline && editor && outline.x > editor.x).toBeTruthy();
  }
  await page.getByTestId('mode-translate').click();
  // Numbers are written the Arabic way, by the browser's Intl (no bundled locale data).
  const language = page.getByTestId('completeness-language').first();
  const percent = Number(await language.getAttribute('data-percent'));
  const expected = await page.evaluate((p) => new Intl.NumberFormat('ar', { style: 'percent' }).format(p / 100), percent);
  await expect(language.getByTestId('completeness-percent')).toHaveText(expected);
});

test('the interface language chosen is remembered on this device', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await expect(builder.items.first()).toBeVisible();
  await builder.uiLanguage.selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(builder.items.first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(builder.uiLanguage).toHaveValue('vi');
});

for (const language of INTERFACE_LANGUAGES) {
  test(`translation mode has no axe-core violations in ${language}`, async ({ page }) => {
    await openTranslate(page, `?ui=${language}`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}
