// The builder on a desktop with the 1000-item, 8-language benchmark survey
// (`builder-1000x8.coform.json`): opening it, typing into an item label, adding, moving and
// undoing, and the memory it takes once open.
import { expect, test } from '@playwright/test';
import { RUNS, benchSurvey, freshContext, record, recordLoads, recordSamples } from './common';

const FILE = 'builder-1000x8.coform.json';
const URL = `/index.html?survey=bench/${FILE}&ui=en`;
const ITEMS = 1000;
/** An item in the middle of the survey with a plain (non-variant) label. */
const TYPED = 'q526';
const KEYSTROKES = 40;

const survey = JSON.parse(benchSurvey('builder-1000x8')) as { pages: { id: string; items: { id: string }[] }[] };
const PAGES = survey.pages.length;
/** The outline opens on the first page's rows; the other pages are closed headings. */
const FIRST = survey.pages[0].items.length;
/** The page holding TYPED, opened before its row is used. */
const TYPED_PAGE = survey.pages.find((page) => page.items.some((item) => item.id === TYPED))!;

/** Holds once the outline lists every page and the rows of the first. */
const listed = `document.querySelectorAll('[data-testid=outline-page]').length === ${PAGES}
  && document.querySelector('[data-testid=items]')?.childElementCount === ${FIRST}`;

test('opening 1000 items', async ({ browser }, info) => {
  await recordLoads(browser, info, URL, listed, 'builder-open', `navigation start to the outline listing all ${PAGES} pages of ${FILE} (${ITEMS} items) and the ${FIRST} items of the first, open page`);
});

test('memory after opening 1000 items', async ({ browser }, info) => {
  const heap: number[] = [];
  const wasm: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await freshContext(browser, info);
    const page = await context.newPage();
    await page.goto(URL);
    await page.waitForFunction(listed, null, { timeout: 60_000 });
    // Let the autosave and any idle work finish, then collect garbage so only what is live counts.
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    expect(used, 'Performance.getMetrics reports JSHeapUsedSize').toBeDefined();
    heap.push(used ?? 0);
    // trunk's loader announces the wasm exports (TrunkApplicationStarted); memory is one of them.
    const linear = await page.evaluate(() => window.__bench.wasm?.memory.buffer.byteLength ?? -1);
    expect(linear, 'the wasm memory was announced by the loader').toBeGreaterThan(0);
    wasm.push(linear);
    await context.close();
  }
  record('builder-memory-js-heap', `JS heap used (CDP Performance.getMetrics JSHeapUsedSize, after a forced GC) with ${FILE} open`, heap, 'bytes');
  record('builder-memory-wasm', `wasm linear memory (memory.buffer.byteLength) with ${FILE} open`, wasm, 'bytes');
});

test('typing, adding, moving and undoing with 1000 items', async ({ browser }, info) => {
  const context = await freshContext(browser, info);
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForFunction(listed, null, { timeout: 60_000 });
  // Open the page holding the typed item, then select it (its page becomes the one edited).
  await page.locator(`[data-testid=outline-page][data-page-id="${TYPED_PAGE.id}"]`).getByTestId('outline-page-toggle').click();
  const rows = page.locator(`[data-testid=outline-page][data-page-id="${TYPED_PAGE.id}"]`).getByTestId('items').getByTestId('item');
  await expect(rows).toHaveCount(TYPED_PAGE.items.length);
  const row = (id: string) => page.getByTestId('items').locator(`[data-testid=item][data-item-id="${id}"]`);
  await row(TYPED).getByTestId('select-item').click();
  const field = page.getByTestId('edit-text');
  await field.focus();

  // Keystrokes: one input event per character, as the browser sends while typing.
  const keystrokes = await page.evaluate(async ({ count, id }) => {
    const field = document.getElementById('edit-text') as HTMLTextAreaElement;
    const label = () => document.querySelector(`[data-testid=items] [data-item-id="${id}"] .item-text`)?.textContent ?? '';
    const out = [];
    for (let i = 0; i < count; i++) {
      const expected = field.value + 'x';
      out.push(await window.__bench.measure(() => {
        field.value = expected;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
      }, () => label() === expected));
    }
    return out;
  }, { count: KEYSTROKES, id: TYPED });
  await expect(row(TYPED).locator('.item-text')).toHaveText(new RegExp(`x{${KEYSTROKES}}$`));
  recordSamples('builder-keystroke', `input event in the label of ${TYPED} to the outline row showing it (${ITEMS} items, 8 languages)`, keystrokes, { keystrokes: KEYSTROKES });

  // Moving: the selected item goes up one place per click on "Move up".
  const moves = await page.evaluate(async ({ runs, id }) => {
    const list = document.querySelector(`[data-testid=items] > [data-item-id="${id}"]`)!.parentElement as HTMLElement;
    const index = () => Array.from(list.children).findIndex((row) => row.getAttribute('data-item-id') === id);
    const button = document.querySelector('[data-testid=move-up]') as HTMLButtonElement;
    const out = [];
    for (let run = 0; run < runs; run++) {
      const before = index();
      out.push(await window.__bench.measure(() => button.click(), () => index() === before - 1));
    }
    return out;
  }, { runs: RUNS, id: TYPED });
  recordSamples('builder-move', `click on "Move up" to the outline row in its new place (${ITEMS} items)`, moves);

  // Undo: each click puts the item back down one place.
  const undos = await page.evaluate(async ({ runs, id }) => {
    const list = document.querySelector(`[data-testid=items] > [data-item-id="${id}"]`)!.parentElement as HTMLElement;
    const index = () => Array.from(list.children).findIndex((row) => row.getAttribute('data-item-id') === id);
    const button = document.querySelector('[data-testid=undo]') as HTMLButtonElement;
    const out = [];
    for (let run = 0; run < runs; run++) {
      const before = index();
      out.push(await window.__bench.measure(() => button.click(), () => index() === before + 1));
    }
    return out;
  }, { runs: RUNS, id: TYPED });
  recordSamples('builder-undo', `click on "Undo" (of a move) to the outline row back in its place (${ITEMS} items)`, undos);

  // Adding: a new item after the selected one.
  const adds = await page.evaluate(async ({ runs, id }) => {
    const list = document.querySelector(`[data-testid=items] > [data-item-id="${id}"]`)!.parentElement as HTMLElement;
    const button = document.querySelector('[data-testid=add-item]') as HTMLButtonElement;
    const out = [];
    for (let run = 0; run < runs; run++) {
      const before = list.childElementCount;
      out.push(await window.__bench.measure(() => button.click(), () => list.childElementCount === before + 1));
    }
    return out;
  }, { runs: RUNS, id: TYPED });
  await expect(rows).toHaveCount(TYPED_PAGE.items.length + RUNS);
  recordSamples('builder-add', `click on "Add item" to the new row in the outline (${ITEMS} items)`, adds);
  await context.close();
});
