// Hostile text for the journeys of journeys/hostile.spec.ts: the payloads of
// tests/fixtures/hostile/payloads.json, a survey that carries them in every string a respondent
// sees, and the checks that a page shows them as text and runs none of them. Every payload
// that would run sets `window.__pwned` (or opens a dialog).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { fixtureText } from './fixtures';

export interface Payloads {
  /** Texts as someone types them. */
  text: string[];
  /** Fluent on purpose (placeables of string literals), with the text a respondent sees. */
  fluent: { source: string; shows: string }[];
}

export const payloads: Payloads = JSON.parse(fixtureText('hostile/payloads.json'));

/** A typed text as a Fluent pattern that shows it as it stands: braces become literals. */
export function asFluent(text: string): string {
  return text.replace(/[{}]/g, (brace) => `{"${brace}"}`);
}

/** A survey in English and Spanish whose title, page title, item texts, hints and options are
 * the payloads (one short-text item `p<i>` per payload, its text and hint the payload; one
 * single-choice item `options` with an option per payload), and one note `f<j>` per Fluent
 * payload. */
export function hostileSurvey(): Record<string, unknown> {
  const both = (pattern: string) => ({ en: pattern, es: pattern });
  return {
    format: 'coform.survey',
    formatVersion: 4,
    metadata: { id: 'hostile', title: both(asFluent(payloads.text[0])), version: '1.0.0', status: 'draft' },
    sourceLanguage: 'en',
    languages: [
      { tag: 'en', direction: 'ltr' },
      { tag: 'es', direction: 'ltr', fallback: ['en'] },
    ],
    choiceLists: [
      {
        id: 'hostile',
        options: payloads.text.map((text, index) => ({ code: `o${index}`, label: both(asFluent(text)) })),
      },
    ],
    pages: [
      {
        id: 'page',
        title: both(asFluent(payloads.text[1])),
        items: [
          ...payloads.text.map((text, index) => ({
            id: `p${index}`,
            type: 'shortText',
            text: both(asFluent(text)),
            hint: both(asFluent(text)),
          })),
          { id: 'options', type: 'singleChoice', text: both('Options'), choices: 'hostile' },
          ...payloads.fluent.map((payload, index) => ({ id: `f${index}`, type: 'note', text: both(payload.source) })),
        ],
      },
    ],
  };
}

/** Counts dialogs and CSP violations from the page's first script on; `window.__pwned` is the
 * payloads' own mark. Call before the page is opened. */
export async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const record = window as unknown as { __violations: string[] };
    record.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { dialogs };
}

/** What a page's text looks like without Fluent's bidi isolation marks around placeables. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => (element.textContent ?? '').replace(/[\u2068\u2069]/g, ''));
}

/** Nothing ran, and nothing of the payloads became markup: no script-bearing elements in
 * `scope`, no inline handler or `javascript:` URL anywhere in the document, no dialog, no
 * CSP violation. */
export async function expectInert(page: Page, scope: string, dialogs: string[]): Promise<void> {
  const found = await page.evaluate((scope) => {
    const state = window as unknown as { __pwned?: unknown; __violations?: string[] };
    const dangerous = 'script, img, svg, math, iframe, object, embed, video, audio, source, base, link, meta, style, '
      + 'marquee, template, noscript, form, a, details, frame, frameset';
    const inScope = [...document.querySelectorAll(scope)].flatMap((root) => [...root.querySelectorAll(dangerous)]);
    const handlers: string[] = [];
    const urls: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith('on')) handlers.push(`${element.tagName} ${attribute.name}`);
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name) && value.startsWith('javascript:')) {
          urls.push(`${element.tagName} ${attribute.name}`);
        }
      }
    }
    return {
      pwned: state.__pwned ?? null,
      violations: state.__violations ?? [],
      elements: inScope.map((element) => element.tagName.toLowerCase()),
      handlers,
      urls,
    };
  }, scope);
  expect(found).toEqual({ pwned: null, violations: [], elements: [], handlers: [], urls: [] });
  expect(dialogs).toEqual([]);
}

/** A file the core wrote from the hostile survey (`tests/hostile_files.rs` blesses them in
 * `tests/fixtures/hostile/`), as the builder's file inputs take it. */
export function hostileFile(name: string, mimeType = 'application/octet-stream'): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType, buffer: readFileSync(join(__dirname, '..', 'fixtures', 'hostile', name)) };
}

interface Loss { path: string; kind: { kind: string; language?: string } }

/** Whether the export to a format kept a place of the hostile survey (a JSON path of the
 * definition, such as `metadata.title.es`): no loss in its blessed loss list names it, what
 * holds it, or its language. */
export function keptBy(format: string): (path: string) => boolean {
  const losses = JSON.parse(fixtureText(`hostile/hostile.${format}.losses.json`)) as Loss[];
  return (path) => !losses.some((loss) => loss.kind.kind === 'language'
    ? path.endsWith(`.${loss.kind.language}`)
    : path === loss.path || path.startsWith(`${loss.path}.`) || path.startsWith(`${loss.path}[`));
}

/** Indices of payloads spread over the kinds (tags, attribute breaking, URLs, entities, bidi,
 * zero-width, astral) that an editor field is checked with, one selection each. */
export const editorSample = [0, 3, 10, 17, 23, 33, 34, 42, 50, 58, 59, 63, 64];

/** The builder, after opening a file that holds the hostile survey, shows it as text: every
 * question and hint in the outline and the preview, every option and Fluent note in the
 * preview, the title and page title where `kept` says the file holds them, and the questions
 * and hints of `editorSample` in the editor's fields. In the preview's language, whichever
 * that is (a language the file lacks falls back to one with the same texts in the outline and
 * the preview). */
export async function expectBuilderShowsHostileSurvey(page: Page, kept: (path: string) => boolean = () => true): Promise<void> {
  const items = page.getByTestId('items').getByTestId('item');
  await expect(items).toHaveCount(payloads.text.length + 1 + payloads.fluent.length);
  const language = await page.getByTestId('preview-language').inputValue();
  const preview = '[data-testid=preview]';
  if (kept(`metadata.title.${language}`)) {
    expect(await textOf(page, `${preview} [data-testid=survey-title]`), 'title').toBe(payloads.text[0]);
  }
  if (kept(`pages[0].title.${language}`)) {
    expect(await textOf(page, `${preview} section.page > h2`), 'page title').toBe(payloads.text[1]);
  }
  for (const [index, text] of payloads.text.entries()) {
    const outline = await textOf(page, `[data-testid=items] [data-testid=item][data-item-id="p${index}"] .item-text`);
    expect(outline, `outline p${index}`).toBe(text);
    const shown = await textOf(page, `${preview} [data-testid=item][data-item-id="p${index}"]`);
    const times = kept(`pages[0].items[${index}].hint.${language}`) ? 2 : 1;
    expect(shown.split(text).length - 1, `preview p${index}: ${text}`).toBe(times);
  }
  const options = await textOf(page, `${preview} [data-testid=item][data-item-id="options"]`);
  for (const text of payloads.text) expect(options, `option ${text}`).toContain(text);
  for (const [index, payload] of payloads.fluent.entries()) {
    expect(await textOf(page, `${preview} [data-testid=item][data-item-id="f${index}"]`), payload.source).toContain(payload.shows);
  }
  // The editor edits the preview's language. Choosing the one the menu shows: after opening a
  // file without the language previewed before (REDCap has English only), the builder keeps
  // editing that language while its menu shows the file's first one.
  await page.getByTestId('preview-language').selectOption(language);
  for (const index of editorSample) {
    await page.getByTestId('items').locator(`[data-testid=item][data-item-id="p${index}"]`).getByTestId('select-item').click();
    await expect(page.getByTestId('edit-text'), `editor p${index}`).toHaveValue(payloads.text[index]);
    await expect(page.getByTestId('edit-hint'), `editor hint p${index}`).toHaveValue(payloads.text[index]);
  }
}
