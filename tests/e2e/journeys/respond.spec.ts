// The respondent runtime: opening and language negotiation, the whole flow to submission,
// language switches, resuming after a reload, offline delivery, kiosk mode, right-to-left
// layout, and axe-core on every screen.
import AxeBuilder from '@axe-core/playwright';
import Ajv2020 from 'ajv/dist/2020';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEndpoint } from '../endpoint';
import { fixture, fixtureText } from '../fixtures';
import { RespondPage } from '../pages/respond';

const sample = fixture('samples/community-health.coform.json');
const responseSchema = JSON.parse(readFileSync(join(__dirname, '../../../public/schema/coform-response-1.schema.json'), 'utf8'));

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('negotiates the language from the browser and asks who is answering first', async ({ page }, info) => {
  const respond = new RespondPage(page);
  await respond.open();
  const expected = info.project.name === 'phone-es' ? 'es' : 'en';
  await expect(respond.title).toHaveText(sample.metadata.title[expected]);
  expect(await respond.htmlAttribute('lang')).toBe(expected);
  await expect(page.getByTestId('audience-screen')).toBeVisible();
  await page.getByTestId('audience-respondent-parent').check();
  await respond.audienceContinue.click();
  const visibleAtStart = sample.pages[0].items.filter((item) => item.showIf === undefined);
  await expect(respond.items).toHaveCount(visibleAtStart.length);
});

test('an audience value in the URL skips the question and changes the wording', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=en&respondent=parent');
  const age = sample.pages[0].items.find((item) => item.id === 'age')!;
  const parentWording = /\[parent\] (.*)/.exec(age.text.en)![1];
  await expect(respond.item('age').locator('label.question')).toContainText(parentWording);
});

test('fill the sample in Spanish and submit: the endpoint receives one response that matches the schema', async ({ page }) => {
  const endpoint = await startEndpoint('samples/community-health.coform.json');
  try {
    const respond = new RespondPage(page);
    await respond.open(`?survey=${encodeURIComponent(endpoint.surveyUrl)}&lang=es&respondent=self`);
    await expect(respond.title).toHaveText(sample.metadata.title.es);
    // Validation: required answers and a range rule, shown beside the fields.
    await respond.next();
    await expect(respond.item('consent').locator('.field-error')).toBeVisible();
    await expect(respond.field('consent')).toBeFocused();
    await respond.field('age').fill('150');
    await respond.next();
    await expect(respond.item('age').locator('.field-error')).toBeVisible();
    await respond.fillCommunitySample();
    await respond.next();
    await expect(respond.done).toHaveAttribute('data-delivery', 'Sent');
    expect(endpoint.received).toHaveLength(1);
    const body = JSON.parse(endpoint.received[0].body);
    const validate = new Ajv2020({ strict: false }).compile(responseSchema);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.language).toBe('es');
    expect(body.survey.id).toBe(sample.metadata.id);
    expect(body.survey.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.answers.age).toEqual({ number: 34 });
    expect(body.answers.food_worry).toBe('declined');
    expect(endpoint.received[0].headers['idempotency-key']).toBe(body.id);
  } finally {
    await endpoint.close();
  }
});

test('switching language mid-survey keeps every answer and the place', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=es&respondent=self');
  await respond.field('consent').check();
  await respond.field('age').fill('41');
  await respond.field('household_size').fill('2');
  await respond.next();
  await respond.option('general_health', '3').check();
  await respond.language.selectOption('ar');
  await expect(respond.title).toHaveText(sample.metadata.title.ar);
  expect(await respond.htmlAttribute('dir')).toBe('rtl');
  await expect(respond.option('general_health', '3')).toBeChecked();
  await respond.backButton.click();
  await expect(respond.field('age')).toHaveValue('41');
  await expect(respond.field('consent')).toBeChecked();
});

test('a reload mid-survey resumes where the respondent left off; start over clears it', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=en&respondent=self');
  await respond.field('consent').check();
  await respond.field('age').fill('29');
  await respond.field('household_size').fill('1');
  await respond.next();
  await respond.option('general_health', '5').check();
  await page.reload();
  await expect(respond.option('general_health', '5')).toBeChecked();
  await respond.backButton.click();
  await expect(respond.field('age')).toHaveValue('29');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('start-over').click();
  await expect(respond.field('age')).toHaveValue('');
  await page.reload();
  await expect(respond.field('age')).toHaveValue('');
});

test('works at 320 px wide and at 200% text size, with 44 px touch targets', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const respond = new RespondPage(page);
  for (const lang of ['es', 'ar']) {
    await respond.open(`?lang=${lang}&respondent=self`);
    await respond.field('consent').check();
    await respond.field('age').fill('30');
    await respond.field('household_size').fill('3');
    await respond.next();
    await expect(respond.item('care_views')).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const targets = page.locator('label.choice, label.point, main button, main select, main input[type=text], main input[type=number], main input[type=date]');
    expect(await targets.count()).toBeGreaterThan(20);
    for (const box of await targets.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]))) {
      expect(box[0]).toBeGreaterThanOrEqual(44);
      expect(box[1]).toBeGreaterThanOrEqual(44);
    }
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => localStorage.clear());
  }
});

test('switching to one question at a time keeps the place and the answers', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=en&respondent=self');
  await respond.field('age').fill('52');
  await page.getByTestId('mode-toggle').click();
  await expect(respond.items).toHaveCount(1);
  await expect(respond.item('intro')).toBeVisible();
  await page.getByTestId('mode-toggle').click();
  await expect(respond.field('age')).toHaveValue('52');
});

test('offline: the response waits on the device and is delivered exactly once when back online', async ({ page, context }) => {
  const endpoint = await startEndpoint('samples/community-health.coform.json');
  try {
    const respond = new RespondPage(page);
    await respond.open(`?survey=${encodeURIComponent(endpoint.surveyUrl)}&lang=en&respondent=self`);
    await respond.fillCommunitySample();
    await context.setOffline(true);
    await respond.next();
    await expect(respond.done).toHaveAttribute('data-delivery', 'Queued');
    expect(endpoint.received).toHaveLength(0);
    await context.setOffline(false);
    await expect.poll(() => endpoint.received.length, { timeout: 10_000 }).toBe(1);
    // Nothing is sent again: not on a later "online", not on the next visit.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.reload();
    await expect(respond.title).toBeVisible();
    await page.waitForTimeout(1000);
    expect(endpoint.received).toHaveLength(1);
  } finally {
    await endpoint.close();
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once loaded, the runtime opens again without a network', async ({ page, context }) => {
    const respond = new RespondPage(page);
    await respond.open('?lang=en');
    await expect(respond.title).toBeVisible();
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await context.setOffline(true);
    await page.reload();
    await expect(respond.title).toHaveText(sample.metadata.title.en);
  });
});

test('kiosk mode: three responses kept encrypted, exported as CSV and JSON behind the passphrase', async ({ page }) => {
  const minimal = fixture('samples/minimal.coform.json');
  const respond = new RespondPage(page);
  await respond.open('?survey=samples/minimal.coform.json&kiosk=1&lang=en&respondent=self');
  await expect(page.getByTestId('kiosk-gate')).toBeVisible();
  await expectNoAxeViolations(page, 'kiosk gate');
  await page.getByTestId('kiosk-passphrase').fill('clinic-event-2026');
  await page.getByTestId('kiosk-repeat').fill('clinic-event-2026');
  await page.getByTestId('kiosk-unlock').click();
  for (const age of ['21', '35', '67']) {
    await respond.field('age').fill(age);
    await respond.next();
    await expect(respond.done).toHaveAttribute('data-delivery', 'KeptOnDevice');
    await page.getByTestId('start-again').click();
  }
  // Nothing readable is left in storage.
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('"age"');
  await respond.field('age').fill('44');
  await respond.next();
  await page.getByTestId('kiosk-export-open').click();
  await page.getByTestId('kiosk-export-passphrase').fill('wrong passphrase');
  await page.getByTestId('kiosk-export-unlock').click();
  await expect(page.getByTestId('kiosk-export').locator('.field-error')).toBeVisible();
  await page.getByTestId('kiosk-export-passphrase').fill('clinic-event-2026');
  await page.getByTestId('kiosk-export-unlock').click();
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(1 + 4);
  expect(csv[0]).toContain('age');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const responses = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  expect(responses.map((r: { answers: { age: { number: number } } }) => r.answers.age.number)).toEqual([21, 35, 67, 44]);
  expect(new Set(responses.map((r: { id: string }) => r.id)).size).toBe(4);
  expect(responses.every((r: { survey: { id: string } }) => r.survey.id === minimal.metadata.id)).toBe(true);
  await expectNoAxeViolations(page, 'kiosk export');
});

test('Arabic is laid out right to left: navigation, progress and text mirror', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?lang=ar&respondent=self');
  await expect(respond.title).toHaveText(sample.metadata.title.ar);
  expect(await respond.htmlAttribute('dir')).toBe('rtl');
  const back = (await respond.backButton.boundingBox())!;
  const next = (await respond.nextButton.boundingBox())!;
  expect(back.x).toBeGreaterThan(next.x);
  await respond.field('age').fill('30');
  const bar = (await page.locator('.progress-bar').boundingBox())!;
  const fill = (await page.locator('.progress-fill').boundingBox())!;
  expect(Math.abs(fill.x + fill.width - (bar.x + bar.width))).toBeLessThan(1);
  const label = (await respond.item('age').locator('label.question').boundingBox())!;
  const field = (await respond.field('age').boundingBox())!;
  expect(Math.abs(label.x + label.width - (field.x + field.width))).toBeLessThan(2);
});

test('?survey= opens another definition', async ({ page }) => {
  const other = fixture('samples/clinic-experience.coform.json');
  const respond = new RespondPage(page);
  await respond.open('?survey=samples/clinic-experience.coform.json&lang=es');
  await expect(respond.title).toHaveText(other.metadata.title.es);
});

test('a file picked on the device opens, and a bad one is explained', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?survey=missing.json&lang=en');
  await expect(respond.loadFailure).toBeVisible();
  await page.getByTestId('open-file').setInputFiles(join(__dirname, '../../fixtures/samples/clinic-experience.coform.json'));
  await expect(respond.title).toHaveText(fixture('samples/clinic-experience.coform.json').metadata.title.en);
  await page.getByTestId('open-file').setInputFiles(join(__dirname, '../../fixtures/import-errors/malformed.json'));
  await expect(respond.loadFailure).toContainText('line 5');
});

test('a survey that cannot be downloaded gives a clear message in the respondent language', async ({ page }) => {
  const respond = new RespondPage(page);
  await respond.open('?survey=missing.json&lang=es');
  await expect(respond.loadFailure).toBeVisible();
  await expect(respond.loadFailure).toContainText('missing.json');
  expect(await respond.htmlAttribute('lang')).toBe('es');
  await expectNoAxeViolations(page, 'load failure');
});

test('a survey with errors is refused with a count, not shown broken', async ({ page }) => {
  await page.route('**/invalid.json', (route) => route.fulfill({ body: fixtureText('invalid/dangling-references.coform.json') }));
  const respond = new RespondPage(page);
  await respond.open('?survey=invalid.json&lang=en');
  await expect(respond.loadFailure).toBeVisible();
  // The count is the fixture's own, less what the runtime leaves to the builder (translations
  // that drop a variable still run): every issue it counts is an error.
  const issues = JSON.parse(fixtureText('invalid/dangling-references.issues.json')) as { kind: { type: string } }[];
  expect(issues.every((issue) => !['missingMessage', 'contentHashMismatch'].includes(issue.kind.type))).toBe(true);
  const runtimeIssues = issues.filter((issue) => !issue.kind.type.startsWith('translation'));
  expect(runtimeIssues.length).toBeGreaterThan(0);
  await expect(respond.loadFailure).toContainText(String(runtimeIssues.length));
});

test('every screen passes axe-core, in English and in Arabic', async ({ page }) => {
  const respond = new RespondPage(page);
  for (const lang of ['en', 'ar']) {
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await respond.open(`?lang=${lang}`);
    await expect(page.getByTestId('audience-screen')).toBeVisible();
    await expectNoAxeViolations(page, `${lang} audience`);
    await respond.audienceContinue.click();
    await respond.next();
    await expect(respond.errorSummary).not.toBeEmpty();
    await expectNoAxeViolations(page, `${lang} page 1 with errors`);
    await respond.fillCommunitySample();
    await expectNoAxeViolations(page, `${lang} last page`);
    await respond.next();
    await expect(respond.done).toBeVisible();
    await expectNoAxeViolations(page, `${lang} done`);
    await page.evaluate(() => localStorage.clear());
  }
});

test('the first page of every sample passes axe-core in English and in Arabic', async ({ page }) => {
  const respond = new RespondPage(page);
  for (const name of ['community-health', 'clinic-experience', 'child-immunization']) {
    for (const lang of ['en', 'ar']) {
      await respond.open(`?survey=samples/${name}.coform.json&lang=${lang}&respondent=self`);
      await expect(respond.items.first()).toBeVisible();
      await expectNoAxeViolations(page, `${name} ${lang}`);
    }
  }
});
