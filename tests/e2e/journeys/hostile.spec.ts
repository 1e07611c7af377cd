// Untrusted text: every payload of tests/fixtures/hostile/payloads.json (HTML, SVG, attribute
// breaking, `javascript:` URLs, Fluent placeables, bidi overrides, zero-width tricks) in every
// string of a survey, shown by the respondent runtime and the builder (outline, preview, editor,
// review comments). Each page must show the text as it stands and run nothing: checked once with
// the Content-Security-Policy bypassed (so the rendering alone is proved inert) and once under
// it (so the policy is proved to allow the app: no violation at all).
import { expect, test, type Page } from '@playwright/test';
import { BuilderPage } from '../pages/builder';
import { RespondPage } from '../pages/respond';
import { expectInert, hostileSurvey, payloads, textOf, watch } from '../hostile';

const survey = JSON.stringify(hostileSurvey());
const typed = payloads.text.filter((text) => !/[{}]/.test(text));

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
