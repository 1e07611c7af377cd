// The builder opens the bundled sample, lists every item in the preview language, and shows
// validation issues beside them; a bad file is explained, never a blank page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allItems, fixture, fixtureText, isPlain, uiMessage } from '../fixtures';
import { BuilderPage } from '../pages/builder';

const sample = fixture('samples/community-health.coform.json');

test('opens on the bundled sample and lists every item with no issues', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  await expect(builder.items).toHaveCount(allItems(sample).length);
  await expect(builder.noIssues).toBeVisible();
});

test('switching the preview language shows the items in that language, right to left for Arabic', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  const plain = allItems(sample).find((item) => isPlain(item.text.ar) && isPlain(item.text.en));
  expect(plain, 'the sample has an item with plain text').toBeDefined();
  await builder.previewLanguage.selectOption('ar');
  const text = builder.item(plain!.id).locator('.item-text');
  await expect(text).toHaveText(plain!.text.ar);
  await expect(text).toHaveAttribute('dir', 'rtl');
  await builder.previewLanguage.selectOption('en');
  await expect(text).toHaveText(plain!.text.en);
});

test('the interface speaks the chosen language and mirrors for Arabic', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=ar');
  await builder.expectLoaded();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await builder.uiLanguage.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('an invalid survey shows each expected issue, on its item too', async ({ page }) => {
  const name = 'invalid/duplicate-and-invalid-ids';
  const expected = JSON.parse(fixtureText(`${name}.issues.json`)) as { kind: { type: string }; location: { item?: string } }[];
  await page.route('**/under-test.json', (route) => route.fulfill({ body: fixtureText(`${name}.coform.json`), contentType: 'application/json' }));
  const builder = new BuilderPage(page);
  await builder.open('?survey=under-test.json');
  await builder.expectLoaded();
  await expect(builder.issues).toHaveCount(expected.length);
  for (const issue of expected.filter((i) => i.location.item)) {
    // A duplicated id names several rows; each of them is marked.
    const rows = await builder.item(issue.location.item!).all();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await expect(row).toHaveClass(/has-issues/);
  }
});

test('a file that is not JSON is explained with its position, in the interface language', async ({ page }) => {
  await page.route('**/broken.json', (route) => route.fulfill({ body: fixtureText('import-errors/malformed.json') }));
  const builder = new BuilderPage(page);
  await builder.open('?survey=broken.json&ui=es');
  await expect(builder.loadFailure).toBeVisible();
  await expect(builder.loadFailure).toContainText('JSON');
  await expect(builder.loadFailure).toContainText('5');
  await expect(builder.loadFailure).toContainText('No se pudo abrir la encuesta');
});

test('a survey that cannot be downloaded says so, with the address', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?survey=nowhere/missing.json');
  await expect(builder.loadFailure).toBeVisible();
  await expect(builder.loadFailure).toContainText('nowhere/missing.json');
});

test('has no axe-core violations', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('choosing an audience value switches the wording to that variant', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  const audienceItem = allItems(sample).find((item) => item.text.en.startsWith('{ $respondent ->'))!;
  const variant = (key: string) => new RegExp(`\\[${key}\\] (.*)`).exec(audienceItem.text.en)![1];
  const text = builder.item(audienceItem.id).locator('.item-text');
  await expect(text).toHaveText(variant('self'));
  await page.getByTestId('audience-respondent').selectOption('parent');
  await expect(text).toHaveText(variant('parent'));
});

for (const ui of ['zh-Hans', 'vi', 'ht']) {
  test(`the builder speaks ${ui} and passes axe-core in it`, async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open(`?ui=${ui}`);
    await builder.expectLoaded();
    await expect(page.locator('html')).toHaveAttribute('lang', ui);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(builder.uiLanguage).toHaveValue(ui);
    await expect(page.locator('#items-heading')).toHaveText(uiMessage(ui, 'builder.ftl', 'items-heading'));
    await builder.select('age');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
