// Authoring a whole survey through the interface alone: sections, a shared choice list,
// show-if and required-if built visually, a piped answer and a validation rule. The exported
// file must equal the committed fixture (COFORM_BLESS=1 rewrites it, to review in the diff).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allItems, fixture } from '../fixtures';
import { BuilderPage } from '../pages/builder';

const expectedPath = join(__dirname, '..', '..', 'fixtures', 'built', 'twelve-items.coform.json');

test('builds a 12-item survey with logic through the UI and exports exactly the fixture', async ({ page }, info) => {
  test.setTimeout(120_000);
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await page.getByTestId('new-survey').click();
  await expect(builder.items).toHaveCount(0);

  await page.getByTestId('survey-details').getByTestId('edit-survey-title').fill('Neighbourhood health check');
  await page.getByTestId('edit-survey-id').fill('neighbourhood-health');
  await page.getByTestId('edit-survey-id').press('Tab');

  // A shared choice list, edited in one place.
  const lists = page.getByTestId('choice-lists');
  await lists.getByTestId('list-new').click();
  await lists.getByTestId('option-add').click();
  await lists.getByTestId('option-add').click();
  for (const [index, label] of ['Never', 'Sometimes', 'Often'].entries()) {
    await lists.getByTestId('option-label').nth(index).fill(label);
  }

  // First section; new items go inside the selected section, then after the selected item.
  await builder.addItem('section', 'about_you', 'About you');
  await builder.addItem('integer', 'age', 'How old are you?');
  await page.getByTestId('edit-required').check();
  await page.getByTestId('add-rule-range').click();
  const rule = page.getByTestId('rule');
  await rule.getByTestId('rule-min').fill('0');
  await rule.getByTestId('rule-min').press('Tab');
  await rule.getByTestId('rule-max').fill('120');
  await rule.getByTestId('rule-max').press('Tab');
  await rule.getByTestId('rule-message').fill('Enter an age from 0 to 120.');
  await builder.addItem('yesNo', 'smokes', 'Do you smoke?');
  await builder.addItem('singleChoice', 'smoke_often', 'How often do you smoke?');
  await page.getByTestId('edit-choices').selectOption('list');

  // Show-if, built by picking: the first earlier answer is offered, then changed.
  const showIf = builder.condition('show-if');
  await showIf.getByTestId('show-if-add').click();
  await showIf.getByTestId('condition-item').selectOption('smokes');
  await expect(showIf.getByTestId('condition-operator')).toHaveValue('equals');
  await expect(showIf.getByTestId('condition-value')).toHaveValue('true');
  await expect(showIf.getByTestId('show-if-sentence')).toContainText('Do you smoke?');
  await expect(showIf.getByTestId('show-if-sentence')).toContainText('Yes');
  // Typing elsewhere rebuilds the pickers' option texts; what was chosen stays chosen.
  await builder.editText.press('End');
  await page.keyboard.type(' Please say.');
  await builder.editText.fill('How often do you smoke?');
  await expect(showIf.getByTestId('condition-item')).toHaveValue('smokes');
  await expect(showIf.getByTestId('condition-operator')).toHaveValue('equals');

  // Second section: added inside the first, then moved out to the page.
  await builder.addItem('section', 'your_home', 'Your home');
  await page.getByTestId('move-to').selectOption('0');
  await expect(builder.item('your_home')).toHaveAttribute('style', /--depth: 0/);
  await builder.addItem('integer', 'household', 'How many people live with you?');
  await builder.addItem('singleChoice', 'drink_often', 'How often do you drink alcohol?');
  await page.getByTestId('edit-choices').selectOption('list');

  await builder.addItem('rating', 'home_rating', 'How happy are you with your home?');
  await page.getByTestId('edit-scale-min-label').fill('Not at all');
  await page.getByTestId('edit-scale-max-label').fill('Very happy');

  // Required-if on an option of the shared list.
  await builder.addItem('shortText', 'phone', 'What phone number can we call you on?');
  const requiredIf = builder.condition('required-if');
  await requiredIf.getByTestId('required-if-add').click();
  await requiredIf.getByTestId('condition-item').selectOption('drink_often');
  await requiredIf.getByTestId('condition-value').selectOption({ label: 'Often' });
  await expect(requiredIf.getByTestId('required-if-sentence')).toContainText('Often');

  // A piped answer, inserted from the picker at the caret.
  await builder.addItem('longText', 'health_notes', 'Anything else about your health at age ');
  await page.getByTestId('pipe-text').selectOption('age');
  await expect(builder.editText).toHaveValue('Anything else about your health at age { $age }');
  await builder.addItem('date', 'last_visit', 'When did you last see a doctor?');
  await builder.addItem('note', 'thanks', 'Thank you for your answers.');

  // Renaming the shared list carries both items that offer it along.
  await lists.getByTestId('list-id').fill('frequency');
  await lists.getByTestId('list-id').press('Tab');
  await builder.select('drink_often');
  await expect(page.getByTestId('edit-choices')).toHaveValue('frequency');

  await expect(builder.items).toHaveCount(12);
  await expect(builder.noIssues).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-survey').click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  if (process.env.COFORM_BLESS && info.project.name === 'desktop-en') writeFileSync(expectedPath, exported);
  expect(exported).toBe(readFileSync(expectedPath, 'utf8'));

  // The live preview runs the logic that was just built.
  await expect(builder.previewItem('smoke_often')).toHaveCount(0);
  await builder.previewItem('smokes').locator('input[value=yes]').check();
  await expect(builder.previewItem('smoke_often')).toBeVisible();
  // …and the validation rule, with its message.
  await builder.previewItem('age').locator('input').fill('200');
  await page.getByTestId('preview').getByTestId('next').click();
  await expect(builder.previewItem('age')).toContainText('Enter an age from 0 to 120.');
});

test('a new survey from a sample opens that sample as a new draft', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await page.getByTestId('new-from-sample').selectOption('clinic-experience');
  await builder.expectAllItems(allItems(fixture('samples/clinic-experience.coform.json')).length);
  await expect(builder.noIssues).toBeVisible();
  await expect(page.getByTestId('new-from-sample')).toHaveValue('');
});

test('drag and drop reorders items, also into a section; undo puts them back', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  const before = await builder.ids;
  await builder.item('household_size').dragTo(builder.item('consent'));
  const after = await builder.ids;
  expect(after.indexOf('household_size')).toBe(after.indexOf('consent') - 1);
  await expect(builder.item('household_size').getByTestId('select-item')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('undo').click();
  expect(await builder.ids).toEqual(before);
  await builder.item('home_hazards').dragTo(builder.item('food_help'));
  await expect(builder.item('home_hazards')).toHaveAttribute('style', /--depth: 1/);
  const inside = await builder.ids;
  expect(inside.indexOf('home_hazards')).toBe(inside.indexOf('food_help') - 1);
  await page.keyboard.press('Control+z');
  expect(await builder.ids).toEqual(before);
});

test('pages: add, title and condition in words, reorder and delete, each undoable', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  const pages = page.getByTestId('page-editor');
  const choose = pages.getByTestId('page-choose');
  await expect(choose.locator('option')).toHaveCount(3);
  await choose.selectOption('2');
  await pages.getByTestId('add-page').click();
  await expect(choose.locator('option')).toHaveCount(4);
  await expect(choose).toHaveValue('3');
  await expect(pages.getByTestId('page-id')).toHaveValue('page_4');
  await pages.getByTestId('page-title').fill('Last words');
  // New items go at the end of the page being edited.
  await builder.addItem('longText', 'last_words', 'Anything else to tell us?');
  expect((await builder.ids).at(-1)).toBe('last_words');
  const condition = builder.condition('page-show-if');
  await choose.selectOption('3');
  await condition.getByTestId('page-show-if-add').click();
  await condition.getByTestId('condition-item').selectOption('has_children');
  await expect(condition.getByTestId('page-show-if-sentence')).toContainText('Yes');
  await condition.getByTestId('condition-value').selectOption('false');
  await expect(condition.getByTestId('page-show-if-sentence')).toContainText('No');
  await pages.getByTestId('page-id').fill('2bad');
  await pages.getByTestId('page-id').press('Tab');
  await expect(page.locator('#page-id-problem')).not.toBeEmpty();
  await pages.getByTestId('page-up').click();
  await expect(choose).toHaveValue('2');
  await pages.getByTestId('delete-page').click();
  await expect(choose.locator('option')).toHaveCount(3);
  await expect(builder.item('last_words')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(builder.item('last_words')).toHaveCount(1);
});

test('a condition on a deleted question is flagged on its item, never dropped', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  // diabetes_supplies is shown only when conditions includes diabetes.
  await builder.select('conditions');
  await page.getByTestId('delete-item').click();
  await expect(builder.item('diabetes_supplies').locator('.item-issues li')).not.toHaveCount(0);
  await builder.select('diabetes_supplies');
  const showIf = builder.condition('show-if');
  await expect(showIf.getByTestId('condition-item')).toHaveValue('conditions');
  await expect(showIf.getByTestId('show-if-sentence')).toContainText('conditions');
  await page.getByTestId('undo').click();
  await expect(builder.item('diabetes_supplies').locator('.item-issues li')).toHaveCount(0);
});

test('keyboard only: add items, name them, build a condition, reorder and undo', async ({ page }) => {
  test.setTimeout(90_000);
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  const key = (name: string) => page.keyboard.press(name);
  await builder.tabTo(page.getByTestId('new-survey'));
  await key('Enter');
  await expect(builder.items).toHaveCount(0);

  // A short text question, named and worded from the keyboard.
  await builder.tabTo(page.getByTestId('add-item'));
  await key('Enter');
  await builder.tabTo(builder.editId);
  await key('Control+a');
  await page.keyboard.type('postcode');
  await builder.tabTo(builder.editText);
  await page.keyboard.type('What is your postcode?');
  await expect(builder.item('postcode')).toContainText('What is your postcode?');

  // A yes/no question after it, chosen by typing in the type list.
  await builder.tabTo(page.getByTestId('add-item-type'));
  await page.keyboard.type('Yes');
  await expect(page.getByTestId('add-item-type')).toHaveValue('yesNo');
  await builder.tabTo(page.getByTestId('add-item'));
  await key('Enter');
  await builder.tabTo(builder.editId);
  await key('Control+a');
  await page.keyboard.type('moved_recently');
  await builder.tabTo(builder.editText);
  await page.keyboard.type('Did you move in the last year?');

  // Show it only when the postcode is answered.
  const showIf = builder.condition('show-if');
  await builder.tabTo(showIf.getByTestId('show-if-add'));
  await key('Enter');
  await builder.tabTo(showIf.getByTestId('condition-operator'));
  await page.keyboard.type('is answered');
  await expect(showIf.getByTestId('show-if-sentence')).toContainText('What is your postcode?');
  await expect(showIf.getByTestId('show-if-sentence')).toContainText('is answered');
  await expect(showIf.getByTestId('condition-value')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Reorder with the keyboard: the condition now points at a later question and is flagged.
  await builder.tabTo(page.getByTestId('move-up'));
  await key('Enter');
  expect(await builder.ids).toEqual(['moved_recently', 'postcode']);
  await expect(builder.item('moved_recently').locator('.item-issues li')).not.toHaveCount(0);
  await key('Control+z');
  expect(await builder.ids).toEqual(['postcode', 'moved_recently']);
  await expect(builder.item('moved_recently').locator('.item-issues li')).toHaveCount(0);
});
