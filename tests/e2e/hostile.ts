// Hostile text for the journeys of journeys/hostile.spec.ts: the payloads of
// tests/fixtures/hostile/payloads.json, a survey that carries them in every string a respondent
// sees, and the checks that a page shows them as text and runs none of them. Every payload
// that would run sets `window.__pwned` (or opens a dialog).
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
