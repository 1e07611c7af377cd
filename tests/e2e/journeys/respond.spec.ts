// The respondent runtime opens the bundled sample (or ?survey=), negotiates the language from
// the browser (?lang= overrides), sets <html lang dir> and renders the first page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixture, fixtureText } from '../fixtures';
import { RespondPage } from '../pages/respond';

const sample = fixture('samples/community-health.coform.json');
const firstPage = sample.pages[0];
const visibleAtStart = firstPage.items.filter((item) => item.showIf === undefined);

test('negotiates the language from the browser and renders the first page', async ({ page }, info) => {
  const respond = new RespondPage(page);
  await respond.open();
  const expected = info.project.name === 'phone-es' ? 'es' : 'en';
  await expect(respond.title).toHaveText(sample.metadata.title[expected]);
  expect(await respond.htmlAttribute('lang')).toBe(expected);
  expect(await respond.htmlAttribute('dir')).toBe('ltr');
  await expect(respond.items).toHaveCount(visibleAtStart.length);
  for (const item of visibleAtStart) {
    await expect(respond.item(item.id)).toBeVisible();
  }
});

test('?lang=ar renders right to left in Arabic', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=ar');
  await expect(respond.title).toHaveText(sample.metadata.title.ar);
  expect(await respond.htmlAttribute('lang')).toBe('ar');
  expect(await respond.htmlAttribute('dir')).toBe('rtl');
  const direction = await respond.title.evaluate((element) => getComputedStyle(element).direction);
  expect(direction).toBe('rtl');
});

test('switching language re-renders the page in that language', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=en');
  await expect(respond.title).toHaveText(sample.metadata.title.en);
  await respond.language.selectOption('ar');
  await expect(respond.title).toHaveText(sample.metadata.title.ar);
  expect(await respond.htmlAttribute('dir')).toBe('rtl');
});

test('?survey= opens another definition', async ({ page }) => {
  const other = fixture('samples/clinic-experience.coform.json');
  const respond = new RespondPage(page);
  await respond.open('?survey=samples/clinic-experience.coform.json&lang=es');
  await expect(respond.title).toHaveText(other.metadata.title.es);
});

test('a survey that cannot be downloaded gives a clear message in the respondent language', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?survey=missing.json&lang=es');
  await expect(respond.loadFailure).toBeVisible();
  await expect(respond.loadFailure).toContainText('missing.json');
  expect(await respond.htmlAttribute('lang')).toBe('es');
});

test('a survey with errors is refused with a count, not shown broken', async ({ page }) => {
  await page.route('**/invalid.json', (route) => route.fulfill({ body: fixtureText('invalid/dangling-references.coform.json') }));
  const respond = new RespondPage(page);
  await respond.open('?survey=invalid.json&lang=en');
  await expect(respond.loadFailure).toBeVisible();
  await expect(respond.loadFailure).toContainText('2');
});

test('has no axe-core violations in Spanish and in Arabic', async ({ page }) => {
  const respond = new RespondPage(page);
  for (const lang of ['es', 'ar']) {
    await respond.open(`?lang=${lang}`);
    await expect(respond.items.first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});
