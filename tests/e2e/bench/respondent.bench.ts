// The respondent runtime on a phone (390x844, touch, Spanish) with the 500-item benchmark
// survey (`respondent-500.coform.json`, all items on one page): first render, language switch,
// and an answer that shows another item.
import { expect, test } from '@playwright/test';
import { RUNS, benchSurvey, freshContext, recordLoads, recordSamples } from './common';

const FILE = 'respondent-500.coform.json';
const URL = `/respond.html?survey=bench/${FILE}`;

interface BenchItem { id: string; type: string; text: Record<string, string>; showIf?: unknown }
const survey = JSON.parse(benchSurvey('respondent-500')) as { pages: { items: BenchItem[] }[] };
const items = survey.pages.flatMap((page) => page.items);
/** What a respondent sees before answering: every item without a condition. */
const visible = items.filter((item) => !item.showIf);
const lastVisible = visible[visible.length - 1];

/** Holds once every initially visible item is in the page, the last one in Spanish. */
const rendered = `(() => {
  const rows = document.querySelectorAll('section.page > [data-testid=item]');
  const last = document.querySelector('[data-testid=item][data-item-id="${lastVisible.id}"]');
  return rows.length === ${visible.length} && last !== null && last.textContent.includes(${JSON.stringify(lastVisible.text.es)});
})()`;

test('first render of 500 items', async ({ browser }, info) => {
  await recordLoads(browser, info, URL, rendered, 'respondent-first-render',
    `navigation start to all ${visible.length} visible items of ${FILE} in the DOM in Spanish (390x844 touch)`);
});

test('language switch and visibility change on 500 items', async ({ browser }, info) => {
  const context = await freshContext(browser, info);
  const page = await context.newPage();
  await page.goto(URL);
  await expect(page.locator('section.page > [data-testid=item]')).toHaveCount(visible.length, { timeout: 60_000 });

  // The first and the last item shown: the switch is done when both read in the new language.
  const ends = [items[0], lastVisible].map((item) => ({ id: item.id, en: item.text.en, es: item.text.es }));
  const switches = await page.evaluate(async ({ runs, ends }) => {
    const select = document.querySelector('[data-testid=language]') as HTMLSelectElement;
    const label = (id: string) => document.querySelector(`[data-item-id="${id}"]`)?.textContent ?? '';
    const reads = (tag: 'en' | 'es') => ends.every((end) => label(end.id).includes(end[tag]));
    const choose = (tag: string) => { select.value = tag; select.dispatchEvent(new Event('change', { bubbles: true })); };
    const out = [];
    for (let run = 0; run < runs; run++) {
      out.push(await window.__bench.measure(() => choose('en'), () => reads('en')));
      // Back to Spanish, not measured.
      await window.__bench.measure(() => choose('es'), () => reads('es'));
    }
    return out;
  }, { runs: RUNS, ends });
  recordSamples('respondent-language-switch', `change event on the language select (es to en) to every item's text in English, ${visible.length} items shown`, switches);

  // Each number question above 2 shows the multiple choice two items after it.
  const numbers = items.filter((item) => item.type === 'integer').slice(0, RUNS);
  const shown = await page.evaluate(async (ids) => {
    const out = [];
    for (const [number, dependent] of ids) {
      const input = document.getElementById(`q-${number}`) as HTMLInputElement;
      out.push(await window.__bench.measure(() => {
        input.value = '5';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '5', inputType: 'insertText' }));
      }, () => document.querySelector(`[data-item-id="${dependent}"]`) !== null));
    }
    return out;
  }, numbers.map((item) => [item.id, `q${Number(item.id.slice(1)) + 2}`]));
  await expect(page.locator('section.page > [data-testid=item]')).toHaveCount(visible.length + numbers.length);
  recordSamples('respondent-visibility', 'input event answering a number with 5 to the multiple choice it shows in the DOM (500-item page)', shown);
  await context.close();
});
