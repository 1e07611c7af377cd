// Untrusted text: every payload of tests/fixtures/hostile/payloads.json (HTML, SVG, attribute
// breaking, `javascript:` URLs, Fluent placeables, bidi overrides, zero-width tricks) in every
// string of a survey, shown by the respondent runtime and the builder (outline, preview, editor,
// review comments); and the same survey as every file the builder opens, written by the core
// (`tests/hostile_files.rs` blesses them in tests/fixtures/hostile/): FHIR, XLSForm, REDCap and
// SurveyJS through "Open a file", a review package, a review file of hostile comments,
// suggestions, replies and names, and a translators' .ftl file. Each page must show the text as
// it stands and run nothing: checked once with the Content-Security-Policy bypassed (so the
// rendering alone is proved inert) and once under it (so the policy is proved to allow the app:
// no violation at all).
import { expect, test, type Page } from '@playwright/test';
import { fixtureText } from '../fixtures';
import { BuilderPage } from '../pages/builder';
import { RespondPage } from '../pages/respond';
import {
  asFluent, expectBuilderShowsHostileSurvey, expectInert, hostileFile, hostileSurvey, keptBy, payloads, textOf, watch,
} from '../hostile';

const survey = JSON.stringify(hostileSurvey());
const typed = payloads.text.filter((text) => !/[{}]/.test(text));

/** The hostile survey as the core writes it in each other format (`tests/hostile_files.rs`),
 * each with the stem of its blessed loss list. */
const formats = [
  { format: 'fhir', file: 'hostile.fhir.json', mimeType: 'application/fhir+json' },
  { format: 'xlsx', file: 'hostile.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { format: 'redcap', file: 'hostile.redcap.csv', mimeType: 'text/csv' },
  { format: 'surveyjs', file: 'hostile.surveyjs.json', mimeType: 'application/json' },
];
const builderScope = '[data-testid=items], [data-testid=preview], [data-testid=item-editor], [data-testid=import-report]';

/** Opens the builder (in the interface language the browser asks for) and, through its one
 * "Open a file", a file of the hostile survey; the import report shows and no problem. */
async function openInBuilder(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<BuilderPage> {
  const builder = new BuilderPage(page);
  await builder.open();
  await expect(builder.items.first()).toBeVisible();
  await page.getByTestId('open-survey-file').setInputFiles(file);
  await expect(builder.item(`f${payloads.fluent.length - 1}`)).toHaveCount(1);
  await expect(page.getByTestId('file-problem')).toBeEmpty();
  return builder;
}

async function openRespondent(page: Page): Promise<RespondPage> {
  await page.route('**/hostile.coform.json', (route) => route.fulfill({ body: survey, contentType: 'application/json' }));
  const respond = new RespondPage(page);
  await respond.open('?survey=hostile.coform.json&lang=en');
  await expect(respond.item('p0')).toBeVisible();
  return respond;
}

async function expectRespondentShowsText(page: Page, respond: RespondPage): Promise<void> {
  expect(await textOf(page, '[data-testid=survey-title]')).toBe(payloads.text[0]);
  expect(await textOf(page, 'section.page > h2')).toBe(payloads.text[1]);
  for (const [index, text] of payloads.text.entries()) {
    const shown = await textOf(page, `[data-testid=item][data-item-id="p${index}"]`);
    expect(shown.split(text).length - 1, `p${index}: ${text}`).toBe(2);
  }
  const options = await textOf(page, '[data-testid=item][data-item-id="options"]');
  for (const text of payloads.text) expect(options, text).toContain(text);
  for (const [index, payload] of payloads.fluent.entries()) {
    expect(await textOf(page, `[data-testid=item][data-item-id="f${index}"]`), payload.source).toContain(payload.shows);
  }
  // Focus, typing and choosing: payloads that wait for an event get their chance.
  await respond.field('p2').fill('<img src=x onerror=window.__pwned=1>');
  await respond.option('options', 'o3').check();
  await respond.field('p17').focus();
}

const respondentScope = '[data-testid=survey-title], section.page';

test('the hostile files are written from the survey these journeys build', () => {
  // tests/hostile_files.rs builds the survey in Rust and blesses it beside the files it writes.
  type Shape = Record<string, any>;
  const blessed = JSON.parse(fixtureText('hostile/hostile.coform.json')) as Shape;
  const built = hostileSurvey() as Shape;
  const strings = (survey: Shape) => ({
    title: survey.metadata.title,
    languages: survey.languages.map((language: Shape) => language.tag),
    options: survey.choiceLists[0].options.map((option: Shape) => [option.code, option.label]),
    page: survey.pages[0].title,
    items: survey.pages[0].items.map((item: Shape) => [item.id, item.type, item.text, item.hint ?? null, item.choices ?? null]),
  });
  expect(strings(blessed)).toEqual(strings(built));
});

test.describe('with the Content-Security-Policy bypassed', () => {
  test.use({ bypassCSP: true });

  test(`respondent: ${payloads.text.length + payloads.fluent.length} payloads in the title, texts, hints and options show as text and run nothing`, async ({ page }) => {
    const { dialogs } = await watch(page);
    const respond = await openRespondent(page);
    await expectRespondentShowsText(page, respond);
    await expectInert(page, respondentScope, dialogs);
  });

  test('builder: a hostile survey file shows every payload as text in the outline, the preview and the editor', async ({ page }) => {
    const { dialogs } = await watch(page);
    const builder = new BuilderPage(page);
    await builder.open('?ui=en');
    await expect(builder.items.first()).toBeVisible();
    await page.getByTestId('open-survey-file').setInputFiles({ name: 'hostile.coform.json', mimeType: 'application/json', buffer: Buffer.from(survey) });
    // One page, the one being edited, so its rows show without opening it.
    await expect(builder.item(`f${payloads.fluent.length - 1}`)).toHaveCount(1);
    await expect(builder.items).toHaveCount(payloads.text.length + 1 + payloads.fluent.length);
    for (const [index, text] of payloads.text.entries()) {
      expect(await textOf(page, `[data-testid=items] [data-testid=item][data-item-id="p${index}"] .item-text`), `outline p${index}`).toContain(text);
      expect(await textOf(page, `[data-testid=preview] [data-testid=item][data-item-id="p${index}"]`), `preview p${index}`).toContain(text);
    }
    await builder.select('p5');
    await expect(builder.editText).toHaveValue(payloads.text[5]);
    await expectInert(page, '[data-testid=items], [data-testid=preview]', dialogs);
  });

  test(`builder: ${typed.length} payloads typed into the survey title, an item's text and review comments show as text`, async ({ page }) => {
    const { dialogs } = await watch(page);
    const builder = new BuilderPage(page);
    await builder.open('?ui=en');
    await expect(builder.items.first()).toBeVisible();
    await builder.select('zip_code');
    for (const text of typed) {
      await builder.editText.fill(text);
      await expect(builder.previewItem('zip_code')).toContainText(text);
      expect(await textOf(page, '[data-testid=items] [data-testid=item][data-item-id="zip_code"] .item-text')).toBe(text);
    }
    for (const text of typed.slice(0, 12)) {
      await page.getByTestId('edit-survey-title').fill(text);
      await expect(page.getByTestId('edit-survey-title')).toHaveValue(text);
    }
    await page.getByTestId('mode-review').click();
    const thread = page.locator('[data-testid=review-string][data-message="item--zip_code"]');
    for (const text of typed.slice(0, 12)) {
      await thread.getByTestId('comment-text').fill(text);
      await thread.getByTestId('add-comment').click();
    }
    const comments = await thread.getByTestId('thread-comment').evaluateAll((nodes) => nodes.map((node) => node.textContent));
    expect(comments).toEqual(typed.slice(0, 12));
    await expectInert(page, '[data-testid=items], [data-testid=preview], [data-testid=thread]', dialogs);
  });
  for (const { format, file, mimeType } of formats) {
    test(`builder: the hostile survey as ${file}, opened as a file, shows every payload as text in the outline, the preview and the editor`, async ({ page }) => {
      const { dialogs } = await watch(page);
      await openInBuilder(page, hostileFile(file, mimeType));
      await expect(page.getByTestId('import-report')).toBeVisible();
      await expectBuilderShowsHostileSurvey(page, keptBy(format));
      await expectInert(page, builderScope, dialogs);
    });
  }

  test('builder: a hostile review package opens as a reviewer\'s copy that shows every payload as text', async ({ page }) => {
    const { dialogs } = await watch(page);
    const builder = await openInBuilder(page, hostileFile('hostile.review-package.json', 'application/json'));
    await expect(page.getByTestId('reviewer-banner')).toBeVisible();
    await expect(page.getByTestId('mode-build')).toHaveCount(0);
    await expect(builder.items).toHaveCount(payloads.text.length + 1 + payloads.fluent.length);
    for (const [index, text] of payloads.text.entries()) {
      expect(await textOf(page, `[data-testid=items] [data-testid=item][data-item-id="p${index}"] .item-text`), `outline p${index}`).toBe(text);
    }
    await page.getByTestId('review-language').selectOption('es');
    for (const index of [0, 17, 33, 58, 64]) {
      await builder.select(`p${index}`);
      const current = page.locator(`[data-testid=review-string][data-message="item--p${index}"]`).getByTestId('review-current');
      expect(await current.evaluate((node) => (node.textContent ?? '').replace(/[\u2068\u2069]/g, '')), `p${index}`).toBe(payloads.text[index]);
    }
    await expectInert(page, '[data-testid=items], [data-testid=review-panel]', dialogs);
  });

  test('builder: a hostile review file merges, and every comment, suggestion, reply, reason and name shows as text', async ({ page }) => {
    test.setTimeout(120_000);
    const { dialogs } = await watch(page);
    const builder = await openInBuilder(page, hostileFile('hostile.coform.json', 'application/json'));
    await page.getByTestId('role').selectOption('staff');
    await page.getByTestId('mode-review').click();
    await page.getByTestId('review-language').selectOption('es');
    await page.getByTestId('import-reviews').setInputFiles(hostileFile('hostile.review.json', 'application/json'));
    await expect(page.getByTestId('review-import-report')).not.toBeEmpty();
    await expect(page.getByTestId('review-import-problem')).toHaveCount(0);
    const n = payloads.text.length;
    for (const [i, text] of payloads.text.entries()) {
      // As `hostile_threads` in tests/hostile_files.rs wrote them.
      const open = i % 5 !== 4;
      await expect(builder.item(`p${i}`).getByTestId('thread-count'), `p${i} open threads`).toHaveCount(open ? 1 : 0);
      await builder.select(`p${i}`);
      const thread = page.locator(`[data-testid=review-string][data-message="item--p${i}"] [data-testid=thread][data-thread-id="t${i}"]`);
      await expect(thread).toHaveCount(1);
      const shown = await thread.evaluate((node) => {
        const text = (element: Element | null) => (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '');
        const diff = node.querySelector('[data-testid=word-diff]')?.cloneNode(true) as Element | undefined;
        diff?.querySelectorAll('del').forEach((removed) => removed.remove());
        return {
          by: text(node.querySelector(':scope > .thread-by')),
          comment: text(node.querySelector('[data-testid=thread-comment]')),
          suggestion: diff ? text(diff) : null,
          replies: [...node.querySelectorAll('[data-testid=thread-reply]')].map((reply) => text(reply)),
          reason: node.querySelector('[data-testid=thread-outcome] .reason') ? text(node.querySelector('[data-testid=thread-outcome] .reason')) : null,
        };
      });
      expect(shown.by, `t${i} opened by`).toContain(text);
      expect(shown.comment, `t${i} comment`).toBe(text);
      expect(shown.suggestion, `t${i} suggestion`).toBe(i % 2 === 1 ? asFluent(payloads.text[(i + 1) % n]) : null);
      if (i % 3 === 0) {
        expect(shown.replies, `t${i} replies`).toHaveLength(1);
        expect(shown.replies[0], `t${i} reply author`).toContain(payloads.text[(i + 2) % n]);
        expect(shown.replies[0], `t${i} reply`).toContain(payloads.text[(i + 3) % n]);
      } else {
        expect(shown.replies, `t${i} replies`).toEqual([]);
      }
      expect(shown.reason, `t${i} reason`).toBe(i % 10 === 9 ? payloads.text[(i + 4) % n] : null);
    }
    for (const [j, payload] of payloads.fluent.entries()) {
      await builder.select(`f${j}`);
      const comment = page.locator(`[data-testid=thread][data-thread-id="tf${j}"] [data-testid=thread-comment]`);
      expect(await comment.evaluate((node) => node.textContent), `tf${j}`).toBe(payload.source);
    }
    // Staff accept a hostile suggestion: it becomes the question's text, still text.
    await builder.select('p1');
    const suggestion = page.locator('[data-testid=thread][data-thread-id="t1"]');
    await suggestion.getByTestId('accept-suggestion').click();
    await expect(suggestion.getByTestId('thread-outcome')).toHaveAttribute('data-outcome', 'accepted');
    await expectInert(page, '[data-testid=items], [data-testid=review-panel]', dialogs);
    await page.getByTestId('mode-build').click();
    await builder.previewLanguage.selectOption('es');
    expect(await textOf(page, '[data-testid=preview] [data-testid=item][data-item-id="p1"]')).toContain(payloads.text[2]);
    await expectInert(page, builderScope, dialogs);
  });

  test('builder: a hostile translators\' file changes the Spanish, and every payload shows as text', async ({ page }) => {
    const { dialogs } = await watch(page);
    const builder = await openInBuilder(page, hostileFile('hostile.coform.json', 'application/json'));
    await page.getByTestId('mode-translate').click();
    await page.getByTestId('translate-language').selectOption('es');
    await page.getByTestId('ftl-import').setInputFiles(hostileFile('hostile.es.ftl', 'text/plain'));
    await expect(page.getByTestId('ftl-problem')).toBeEmpty();
    await expect(page.getByTestId('ftl-report')).not.toBeEmpty();
    // The file moved each Spanish text one payload on, each hint two, each option three
    // (`rotated_spanish` in tests/hostile_files.rs).
    const n = payloads.text.length;
    const m = payloads.fluent.length;
    const rows = page.locator('[data-testid=translation-row][data-id^="item--p"]:not([data-id$="--hint"])');
    await expect(rows.first()).toBeVisible();
    const shownRows = await rows.evaluateAll((nodes) => nodes.map((node) => ({
      id: node.getAttribute('data-id') ?? '',
      target: (node.querySelector('[data-testid=translation-target]') as HTMLTextAreaElement | null)?.value ?? null,
    })));
    expect(shownRows.length).toBeGreaterThan(10);
    for (const { id, target } of shownRows) {
      const index = Number(id.replace('item--p', ''));
      expect(target, id).toBe(asFluent(payloads.text[(index + 1) % n]));
    }
    await expectInert(page, '[data-testid=translation-editor]', dialogs);
    await page.getByTestId('mode-build').click();
    await builder.previewLanguage.selectOption('es');
    for (const index of payloads.text.keys()) {
      const shown = await textOf(page, `[data-testid=preview] [data-testid=item][data-item-id="p${index}"]`);
      expect(shown, `p${index} text`).toContain(payloads.text[(index + 1) % n]);
      expect(shown, `p${index} hint`).toContain(payloads.text[(index + 2) % n]);
      expect(await textOf(page, `[data-testid=items] [data-testid=item][data-item-id="p${index}"] .item-text`), `outline p${index}`)
        .toBe(payloads.text[(index + 1) % n]);
    }
    const options = await textOf(page, '[data-testid=preview] [data-testid=item][data-item-id="options"]');
    for (const text of payloads.text) expect(options, `option ${text}`).toContain(text);
    for (const index of payloads.fluent.keys()) {
      expect(await textOf(page, `[data-testid=preview] [data-testid=item][data-item-id="f${index}"]`)).toContain(payloads.fluent[(index + 1) % m].shows);
    }
    await expectInert(page, builderScope, dialogs);
  });
});

test('under the Content-Security-Policy: every hostile file opens in the builder with nothing run and no violation', async ({ page }) => {
  test.setTimeout(120_000);
  const { dialogs } = await watch(page);
  const builder = await openInBuilder(page, hostileFile('hostile.review-package.json', 'application/json'));
  await expect(page.getByTestId('reviewer-banner')).toBeVisible();
  for (const { file, mimeType } of formats) {
    await page.getByTestId('open-survey-file').setInputFiles(hostileFile(file, mimeType));
    await expect(page.getByTestId('import-report')).toBeVisible();
    await expect(page.getByTestId('file-problem')).toBeEmpty();
    await expect(builder.items).toHaveCount(payloads.text.length + 1 + payloads.fluent.length);
    expect(await textOf(page, '[data-testid=items] [data-testid=item][data-item-id="p0"] .item-text'), file).toBe(payloads.text[0]);
    await expectInert(page, builderScope, dialogs);
    await page.getByTestId('import-report-close').click();
  }
  await page.getByTestId('open-survey-file').setInputFiles(hostileFile('hostile.coform.json', 'application/json'));
  await page.getByTestId('mode-review').click();
  await page.getByTestId('review-language').selectOption('es');
  await page.getByTestId('import-reviews').setInputFiles(hostileFile('hostile.review.json', 'application/json'));
  await expect(page.getByTestId('review-import-problem')).toHaveCount(0);
  await builder.select('p0');
  await expect(page.locator('[data-testid=thread][data-thread-id="t0"]')).toHaveCount(1);
  await page.getByTestId('mode-translate').click();
  await page.getByTestId('translate-language').selectOption('es');
  await page.getByTestId('ftl-import').setInputFiles(hostileFile('hostile.es.ftl', 'text/plain'));
  await expect(page.getByTestId('ftl-problem')).toBeEmpty();
  await expectInert(page, '[data-testid=items], [data-testid=translation-editor]', dialogs);
});

test('under the Content-Security-Policy: the payloads run nothing and the runtime reports no violation', async ({ page }) => {
  const { dialogs } = await watch(page);
  const respond = await openRespondent(page);
  await expectRespondentShowsText(page, respond);
  await respond.field('p3').fill('more text');
  await expectInert(page, respondentScope, dialogs);
});

test('both pages carry a strict Content-Security-Policy and no inline script; the builder runs under it', async ({ page, request }) => {
  for (const path of ['/index.html', '/respond.html']) {
    const html = await (await request.get(path)).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const directives = Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src'], path).toEqual(["'none'"]);
    expect(directives['script-src'], path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src'], path).toEqual(["'self'"]);
    expect(directives['object-src'], path).toEqual(["'none'"]);
    expect(directives['base-uri'], path).toEqual(["'none'"]);
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), path).toBeNull();
  }
  const { dialogs } = await watch(page);
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.select('zip_code');
  await builder.editText.fill('Código postal');
  await page.getByTestId('mode-translate').click();
  await page.getByTestId('mode-build').click();
  await expectInert(page, '[data-testid=items], [data-testid=preview]', dialogs);
});
