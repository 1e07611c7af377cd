// Editing in the builder: every change is one edit in the stream, so undo and redo take it
// back and forth; ids are checked as they are typed and renames carry their references;
// keyboard reordering; a bad file leaves the work untouched; saving writes the edited survey.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allItems, fixture } from '../fixtures';
import { BuilderPage } from '../pages/builder';

const sample = fixture('samples/community-health.coform.json');

test('editing a text updates the list; undo and redo by button and by keyboard', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  const zip = sample.pages[0].items.find((item) => item.id === 'zip_code')!;
  await builder.select('zip_code');
  await expect(builder.editText).toHaveValue(zip.text.en);
  await builder.editText.fill('Postal code?');
  const text = builder.item('zip_code').locator('.item-text');
  await expect(text).toHaveText('Postal code?');
  await page.getByTestId('undo').click();
  await expect(text).toHaveText(zip.text.en);
  await page.getByTestId('redo').click();
  await expect(text).toHaveText('Postal code?');
  await page.keyboard.press('Control+z');
  await expect(text).toHaveText(zip.text.en);
  await page.keyboard.press('Control+Shift+z');
  await expect(text).toHaveText('Postal code?');
  await expect(page.getByTestId('no-issues')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('adding an item, checking its id live, and renaming with references carried along', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  const before = allItems(sample).length;
  await builder.select('zip_code');
  await page.getByTestId('add-item-type').selectOption('yesNo');
  await page.getByTestId('add-item').click();
  await expect(builder.items).toHaveCount(before + 1);
  const ids = await builder.ids;
  expect(ids[ids.indexOf('zip_code') + 1]).toBe('yes_no');
  await builder.editId.fill('2smokes');
  await expect(page.locator('#edit-id-problem')).not.toBeEmpty();
  await builder.editId.fill('age');
  await expect(page.locator('#edit-id-problem')).not.toBeEmpty();
  await builder.editId.fill('smokes');
  await builder.editId.press('Enter');
  await expect(builder.item('smokes')).toHaveCount(1);
  // Renaming an item that others refer to keeps the survey valid.
  await builder.select('household_size');
  await builder.editId.fill('people_at_home');
  await builder.editId.press('Tab');
  await expect(builder.item('people_at_home')).toHaveCount(1);
  await expect(builder.item('has_children').locator('.item-issues li')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(builder.item('household_size')).toHaveCount(1);
});

test('keyboard reorder, duplicate and delete; undo restores the order', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  const original = await builder.ids;
  await builder.select('age');
  const moveUp = page.getByTestId('move-up');
  await moveUp.focus();
  await page.keyboard.press('Enter');
  let ids = await builder.ids;
  expect(ids.indexOf('age')).toBe(original.indexOf('age') - 1);
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Enter');
  ids = await builder.ids;
  expect(ids.indexOf('age')).toBe(original.indexOf('age') - 2);
  await page.getByTestId('duplicate-item').click();
  await expect(builder.item('age_2')).toHaveCount(1);
  await page.getByTestId('delete-item').click();
  await expect(builder.item('age_2')).toHaveCount(0);
  for (let i = 0; i < 4; i++) await page.getByTestId('undo').click();
  expect(await builder.ids).toEqual(original);
});

test('opening a malformed file explains it and leaves the current survey untouched', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=es');
  await builder.expectLoaded();
  await builder.select('zip_code');
  await builder.editText.fill('Código postal');
  const before = await builder.ids;
  await page.getByTestId('open-survey-file').setInputFiles(join(__dirname, '../../fixtures/import-errors/malformed.json'));
  await expect(page.getByTestId('file-problem')).toContainText('JSON');
  expect(await builder.ids).toEqual(before);
  await expect(builder.item('zip_code').locator('.item-text')).toHaveText('Código postal');
  await page.getByTestId('open-survey-file').setInputFiles(join(__dirname, '../../fixtures/samples/clinic-experience.coform.json'));
  await expect(page.getByTestId('file-problem')).toBeEmpty();
  await builder.expectAllItems(allItems(fixture('samples/clinic-experience.coform.json')).length);
});

test('saving downloads the edited survey as canonical coform JSON', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('es');
  await builder.select('zip_code');
  await builder.editText.fill('¿Cuál es su código postal (5 dígitos)?');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-survey').click()]);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved.endsWith('\n')).toBe(true);
  const survey = JSON.parse(saved);
  const zip = survey.pages[0].items.find((item: { id: string }) => item.id === 'zip_code');
  // A translation typed in the item editor is a draft by the role at this device (staff by
  // default), made from the current source text (its fingerprint).
  expect(zip.text.es).toEqual({
    text: '¿Cuál es su código postal (5 dígitos)?',
    status: 'draft',
    by: 'staff',
    source: expect.stringMatching(/^[0-9a-f]{16}$/),
  });
  expect(zip.text.en).toBe(sample.pages[0].items.find((item) => item.id === 'zip_code')!.text.en);
  expect(survey.format).toBe('coform.survey');
});

test('choosing an issue goes to its field, in its language; fixing it clears the issue', async ({ page }) => {
  const name = 'invalid/missing-messages';
  await page.route('**/under-test.json', (route) => route.fulfill({ body: readFileSync(join(__dirname, `../../fixtures/${name}.coform.json`), 'utf8') }));
  const builder = new BuilderPage(page);
  await builder.open('?survey=under-test.json&ui=en');
  await builder.expectLoaded();
  const missingSpanish = builder.issues.filter({ has: page.locator('[data-testid=issue-go]') }).first();
  const before = await builder.issues.count();
  await missingSpanish.getByTestId('issue-go').click();
  await expect(builder.editText).toBeFocused();
  await expect(builder.previewLanguage).toHaveValue('es');
  await expect(builder.item('age').getByTestId('select-item')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('¿Cuántos años tiene?');
  await expect(builder.issues).toHaveCount(before - 1);
});

test('the live preview follows every edit, in the preview language and direction', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  await builder.select('zip_code');
  await builder.editText.fill('Which postal code do you live in?');
  await expect(builder.previewItem('zip_code').locator('label.question')).toHaveText('Which postal code do you live in?');
  await builder.editText.fill('');
  await builder.editText.type('Typed live');
  await expect(builder.previewItem('zip_code').locator('label.question')).toHaveText('Typed live');
  await expect(builder.editText).toBeFocused();
  await builder.previewLanguage.selectOption('ar');
  await expect(page.getByTestId('preview')).toHaveAttribute('dir', 'rtl');
  const arabicAge = sample.pages[0].items.find((item) => item.id === 'age')!.text.ar;
  await expect(builder.previewItem('age').locator('label.question')).toContainText(/\[self\] (.*)/.exec(arabicAge)![1]);
});

test('type settings: hint, unit, appearance and scale, each shown in the preview', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  await builder.select('zip_code');
  await expect(page.getByTestId('edit-unit')).toHaveCount(0);
  await page.getByTestId('edit-hint').fill('Five digits, like 02139');
  await expect(builder.previewItem('zip_code').locator('.hint')).toHaveText('Five digits, like 02139');
  await builder.select('age');
  await page.getByTestId('edit-unit').fill('years old');
  await expect(builder.previewItem('age').locator('.unit')).toHaveText('years old');
  await builder.select('home_language');
  await page.getByTestId('edit-appearance').selectOption('dropdown');
  await expect(builder.previewItem('home_language').locator('select')).toHaveCount(1);
  await page.getByTestId('edit-choices').selectOption('');
  await expect(builder.item('home_language').locator('.item-issues li')).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(builder.item('home_language').locator('.item-issues li')).toHaveCount(0);
});

test('a new shared choice list, edited in one place, shows in every item that uses it', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  const lists = page.getByTestId('choice-lists');
  await lists.getByTestId('list-new').click();
  await lists.getByTestId('option-add').click();
  await expect(lists.getByTestId('option')).toHaveCount(2);
  await lists.getByTestId('option-label').nth(0).fill('By bus');
  await lists.getByTestId('option-label').nth(1).fill('On foot');
  await lists.getByTestId('option-code').nth(1).fill('1');
  await lists.getByTestId('option-code').nth(1).press('Tab');
  await expect(lists.getByTestId('option').nth(1).locator('.field-error')).not.toBeEmpty();
  await lists.getByTestId('option-code').nth(1).fill('walk');
  await lists.getByTestId('option-code').nth(1).press('Tab');
  await builder.select('home_language');
  const newList = await lists.getByTestId('list-choose').locator('option').last().textContent();
  await page.getByTestId('edit-choices').selectOption(newList!);
  const preview = builder.previewItem('home_language');
  await expect(preview.locator('[value="walk"]')).toHaveCount(1);
  await expect(preview).toContainText('By bus');
  await lists.getByTestId('option-label').nth(0).fill('By bus or train');
  await expect(preview).toContainText('By bus or train');
});
