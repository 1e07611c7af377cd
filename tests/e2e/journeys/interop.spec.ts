// Interop: the Export panel shows, for each format, what it cannot carry before the download;
// each downloaded file opens again through the one "Open a file" (recognised by content, not
// by name), with a report of what was not understood; a file of no known format is refused
// and the survey being edited stays as it was.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BuilderPage } from '../pages/builder';

/** Saves what a click downloads in the test's own folder, under a name without extension,
 * so that opening it again proves the builder reads it by content. */
async function downloadOf(page: Page, click: () => Promise<void>, name: string): Promise<{ path: string; suggested: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

test('every export lists its losses before download, and reopens with the same questions', async ({ page }) => {
  test.setTimeout(90_000);
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  const ids = await builder.ids;

  await page.getByTestId('export-open').click();
  const panel = page.getByTestId('export-panel');
  await expect(panel).toBeVisible();

  // coform's own format carries everything.
  await page.getByTestId('export-format-json').check();
  await expect(page.getByTestId('export-no-loss')).toBeVisible();

  const expectations: Record<string, { ending: string; check: (bytes: Buffer) => void }> = {
    fhir: {
      ending: '.questionnaire.json',
      check: (bytes) => expect(JSON.parse(bytes.toString('utf8')).resourceType).toBe('Questionnaire'),
    },
    xlsform: { ending: '.xlsx', check: (bytes) => expect(bytes.subarray(0, 2).toString()).toBe('PK') },
    surveyjs: {
      ending: '.surveyjs.json',
      check: (bytes) => expect(JSON.parse(bytes.toString('utf8')).pages.length).toBeGreaterThan(0),
    },
    redcap: {
      ending: '.redcap.csv',
      check: (bytes) => expect(bytes.toString('utf8')).toMatch(/^"?Variable \/ Field Name/),
    },
  };
  for (const [format, expected] of Object.entries(expectations)) {
    // Each export starts from the bundled sample (the last file opened replaced it).
    await page.getByTestId('new-from-sample').selectOption('community-health');
    await expect.poll(() => builder.ids).toEqual(ids);
    await page.getByTestId(`export-format-${format}`).check();
    // The sample has an audience variable and a co-design-free record: no other format asks
    // who is answering, so every one reports it, at the survey's `audience`.
    await expect(panel.locator('[data-testid=export-loss][data-path=audience]')).toHaveCount(1);
    const { path, suggested } = await downloadOf(page, () => page.getByTestId('export-download').click(), `export-${format}`);
    expect(suggested.endsWith(expected.ending)).toBe(true);
    expected.check(readFileSync(path));

    await page.getByTestId('open-survey-file').setInputFiles(path);
    const report = page.getByTestId('import-report');
    await expect(report).toBeVisible();
    await expect(page.getByTestId('file-problem')).toBeEmpty();
    await expect.poll(() => builder.ids).toEqual(ids);
    await page.getByTestId('import-report-close').click();
    await expect(report).toHaveCount(0);
  }
});

test('a file of no known format is refused with a clear message, and the survey stays', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  const ids = await builder.ids;
  await page.getByTestId('open-survey-file').setInputFiles({
    name: 'survey.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"shopping": ["eggs", "milk"]}'),
  });
  await expect(page.getByTestId('file-problem')).not.toBeEmpty();
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  expect(await builder.ids).toEqual(ids);
});

test('the converter is fetched only when needed, and when it cannot load the builder says so and loses nothing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/convert-/.test(request.url())) fetched.push(request.url());
  });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  const ids = await builder.ids;
  // Opening and editing the survey never downloads the converters.
  expect(fetched).toEqual([]);

  // Offline before the converter was ever fetched: the panel explains, nothing downloads.
  await page.route('**/convert-worker.js', (route) => route.abort('internetdisconnected'));
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-fhir').check();
  await expect(page.getByTestId('export-status')).toContainText(/converter|convertidor/);
  await expect(page.getByTestId('export-download')).toBeDisabled();
  expect(await builder.ids).toEqual(ids);

  // Back online: the next export starts the worker again and lists the losses.
  await page.unroute('**/convert-worker.js');
  await page.getByTestId('export-format-surveyjs').check();
  await expect(page.locator('[data-testid=export-loss][data-path=audience]')).toHaveCount(1);
  await expect(page.getByTestId('export-download')).toBeEnabled();
  expect(fetched.some((url) => url.endsWith('.wasm'))).toBe(true);
});

test('the Export panel has no accessibility violations', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.expectLoaded();
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-xlsform').check();
  await expect(page.getByTestId('export-losses')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid=export-panel]').analyze();
  expect(results.violations).toEqual([]);
});
