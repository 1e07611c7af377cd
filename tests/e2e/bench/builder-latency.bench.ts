// Input latency of the builder on a 1000-item survey: the time from an input event in the
// item's text field to the next frame, once the edit has reached the outline and the preview.
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuilderPage } from '../pages/builder';

const PAGES = 20;
const PER_PAGE = 50;
const KEYSTROKES = 40;

/** A valid survey of PAGES × PER_PAGE items in English and Spanish, with a shared list. */
function bigSurvey(): unknown {
  const types = ['shortText', 'integer', 'singleChoice', 'yesNo', 'longText'];
  const pages = Array.from({ length: PAGES }, (_, page) => ({
    id: `page_${page + 1}`,
    items: Array.from({ length: PER_PAGE }, (_, index) => {
      const n = page * PER_PAGE + index + 1;
      const type = types[n % types.length];
      return {
        id: `q${n}`,
        type,
        text: { en: `Question number ${n}`, es: `Pregunta número ${n}` },
        ...(type === 'singleChoice' ? { choices: 'frequency' } : {}),
      };
    }),
  }));
  return {
    format: 'coform.survey',
    formatVersion: 2,
    metadata: { id: 'big', title: { en: 'Big', es: 'Grande' }, version: '1.0.0', status: 'draft' },
    sourceLanguage: 'en',
    languages: [{ tag: 'en', direction: 'ltr' }, { tag: 'es', direction: 'ltr' }],
    choiceLists: [{
      id: 'frequency',
      options: ['never', 'sometimes', 'often'].map((code) => ({ code, label: { en: code, es: code } })),
    }],
    pages,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

test('typing in an item label of a 1000-item survey', async ({ page }) => {
  await page.route('**/big.json', (route) => route.fulfill({ body: JSON.stringify(bigSurvey()), contentType: 'application/json' }));
  const builder = new BuilderPage(page);
  const opened = Date.now();
  await builder.open('?survey=big.json&ui=en');
  await expect(builder.items).toHaveCount(PAGES * PER_PAGE, { timeout: 120_000 });
  const openMs = Date.now() - opened;
  const id = `q${(PAGES / 2) * PER_PAGE + PER_PAGE / 2}`;
  await builder.select(id);
  await builder.editText.focus();
  const samples: number[] = await page.evaluate(async (count) => {
    const field = document.getElementById('edit-text') as HTMLTextAreaElement;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      await frame();
      const start = performance.now();
      field.value += 'x';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
      await frame();
      out.push(performance.now() - start);
    }
    return out;
  }, KEYSTROKES);
  await expect(builder.item(id).locator('.item-text')).toHaveText(new RegExp(`x{${KEYSTROKES}}$`));
  const sorted = [...samples].sort((a, b) => a - b);
  const result = {
    items: PAGES * PER_PAGE,
    keystrokes: KEYSTROKES,
    openMs,
    medianMs: Math.round(percentile(sorted, 0.5)),
    p95Ms: Math.round(percentile(sorted, 0.95)),
    maxMs: Math.round(sorted[sorted.length - 1]),
  };
  const out = join(__dirname, '..', '..', '..', 'target', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'builder-latency.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`builder input latency: ${JSON.stringify(result)}`);
});
