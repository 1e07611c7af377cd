// Co-design: a whole review round without a server. Staff publish 1.0.0, start a new draft
// and export a review package; a patient advisor, in a second browser with the builder in
// Spanish, opens it as a reviewer, adds two comments and a suggestion and exports a review
// file; staff import it, accept the suggestion, sign Spanish off, publish 1.1.0, and the
// version comparison shows exactly that change. Also: plain-language hints, the sensitive
// checklist, a published version read-only, sign-off cleared by a later change, and axe.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BuilderPage } from '../pages/builder';

/** Saves what a click downloads in the test's own folder (it outlives the browser context). */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const target = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function identify(page: Page, name: string, role: string): Promise<void> {
  await page.getByTestId('person-name').fill(name);
  await page.getByTestId('person-name').press('Tab');
  await page.getByTestId('role').selectOption(role);
}

function reviewString(page: Page, message: string) {
  return page.locator(`[data-testid=review-string][data-message="${message}"]`);
}

async function publish(page: Page, version: string): Promise<Record<string, any>> {
  await page.getByTestId('mode-translate').click();
  await expect(page.getByTestId('publish-version')).toHaveValue(version);
  const path = await downloadOf(page, () => page.getByTestId('publish').click());
  await expect(page.getByTestId('publish-state')).toHaveAttribute('data-published', 'true');
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('a whole review round: package, advisor review in Spanish, merge, accept, sign-off, 1.1.0 and its diff', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const staff = new BuilderPage(page);
  await staff.open();
  await expect(staff.items.first()).toBeVisible();
  await identify(page, 'Maya', 'staff');

  const first = await publish(page, '1.0.0');
  expect(first.metadata.version).toBe('1.0.0');
  expect(first.changelog).toHaveLength(1);
  // Published means read-only until a new draft is started.
  await page.getByTestId('mode-build').click();
  await expect(page.getByTestId('published-banner')).toBeVisible();
  await staff.select('zip_code');
  await expect(staff.editText).toBeDisabled();
  await page.getByTestId('banner-new-draft').click();
  await expect(staff.editText).toBeEnabled();

  await page.getByTestId('mode-review').click();
  const packagePath = await downloadOf(page, () => page.getByTestId('export-review-package').click());
  const sent = JSON.parse(readFileSync(packagePath, 'utf8'));
  expect(sent.format).toBe('coform.review');
  expect(sent.survey.metadata.id).toBe('community-health-needs');

  // The advisor: another browser, the builder in Spanish.
  const advisorContext = await browser.newContext({ locale: 'es-ES', acceptDownloads: true, serviceWorkers: 'block' });
  const advisorPage = await advisorContext.newPage();
  const advisor = new BuilderPage(advisorPage);
  await advisor.open('?ui=es');
  await expect(advisor.items.first()).toBeVisible();
  await advisorPage.getByTestId('open-survey-file').setInputFiles(packagePath);
  await expect(advisorPage.getByTestId('reviewer-banner')).toBeVisible();
  await expect(advisorPage.locator('html')).toHaveAttribute('lang', 'es');
  await expect(advisorPage.getByTestId('mode-build')).toHaveCount(0);
  await identify(advisorPage, 'Ana', 'patientAdvisor');
  await advisorPage.getByTestId('review-language').selectOption('es');

  await advisor.select('zip_code');
  const question = reviewString(advisorPage, 'item--zip_code');
  await question.getByTestId('comment-text').fill('Algunas personas no tienen domicilio fijo.');
  await question.getByTestId('add-comment').click();
  await expect(question.getByTestId('thread')).toHaveCount(1);
  await expect(question.getByTestId('thread')).toContainText('Ana');

  const hint = reviewString(advisorPage, 'item--zip_code--hint');
  await hint.getByTestId('start-suggestion').click();
  await expect(hint.getByTestId('suggestion-text')).toHaveValue('Esto nos ayuda a saber qué vecindarios necesitan más servicios.');
  await hint.getByTestId('suggestion-text').fill('Esto nos ayuda a saber qué barrios necesitan más servicios.');
  await hint.getByTestId('add-suggestion').click();
  const suggestion = hint.locator('[data-testid=thread][data-kind=suggestion]');
  await expect(suggestion.getByTestId('word-removed')).toContainText('vecindarios');
  await expect(suggestion.getByTestId('word-added')).toContainText('barrios');
  // A reviewer suggests; only staff decide.
  await expect(suggestion.getByTestId('accept-suggestion')).toHaveCount(0);
  await expect(hint.getByTestId('review-current')).toContainText('vecindarios');

  await advisor.select('age');
  const age = reviewString(advisorPage, 'item--age');
  await age.getByTestId('comment-text').fill('¿Años cumplidos o el año en que nació?');
  await age.getByTestId('add-comment').click();
  await expect(age.getByTestId('thread')).toHaveCount(1);
  await expect(advisor.item('zip_code').getByTestId('thread-count')).toContainText('2');

  const reviewPath = await downloadOf(advisorPage, () => advisorPage.getByTestId('export-review-file').click());
  const review = JSON.parse(readFileSync(reviewPath, 'utf8'));
  expect(review.survey).toBeUndefined();
  expect(review.review.threads).toHaveLength(3);
  await advisorContext.close();

  // Staff merge the review: twice, and the second time adds nothing.
  await page.getByTestId('import-reviews').setInputFiles(reviewPath);
  await expect(page.getByTestId('review-import-report')).toBeVisible();
  await expect(staff.item('zip_code').getByTestId('thread-count')).toContainText('2');
  await expect(staff.item('age').getByTestId('thread-count')).toContainText('1');
  await page.getByTestId('import-reviews').setInputFiles([]);
  await page.getByTestId('import-reviews').setInputFiles(reviewPath);
  await expect(staff.item('zip_code').getByTestId('thread-count')).toContainText('2');

  await staff.select('zip_code');
  await page.getByTestId('review-language').selectOption('es');
  const staffHint = reviewString(page, 'item--zip_code--hint');
  const merged = staffHint.locator('[data-testid=thread][data-kind=suggestion]');
  await expect(merged).toContainText('Ana');
  await merged.getByTestId('accept-suggestion').click();
  await expect(staffHint.getByTestId('review-current')).toContainText('barrios');
  await expect(merged.getByTestId('thread-outcome')).toHaveAttribute('data-outcome', 'accepted');
  const comment = reviewString(page, 'item--zip_code').getByTestId('thread');
  await comment.getByTestId('resolve-thread').click();
  await expect(comment.getByTestId('thread-outcome')).toHaveAttribute('data-outcome', 'resolved');

  const spanish = page.locator('[data-testid=sign-off-row][data-tag=es]');
  await spanish.getByTestId('sign-off').click();
  await expect(spanish).toHaveAttribute('data-state', 'valid');
  await expect(spanish).toContainText('Maya');

  await page.getByTestId('mode-translate').click();
  await page.locator('[data-testid=publish-sign-off-gate][data-tag=es]').check();
  await expect(page.getByTestId('publish-blocker')).toHaveCount(0);
  await expect(page.getByTestId('publish-proposed')).toContainText('1.1.0');
  await page.getByTestId('publish-note').fill('Clearer ZIP code hint in Spanish');
  const second = await publish(page, '1.1.0');
  expect(second.metadata.version).toBe('1.1.0');
  expect(second.review).toBeUndefined();
  expect(second.changelog.map((entry: any) => entry.version)).toEqual(['1.0.0', '1.1.0']);
  expect(second.settings.requireSignOff).toEqual(['es']);

  // The versions compared: exactly the accepted wording.
  await expect(page.getByTestId('version-row')).toHaveCount(2);
  await page.getByTestId('compare-from').selectOption('1.0.0');
  await page.getByTestId('compare-to').selectOption('1.1.0');
  await page.getByTestId('compare').click();
  const diff = page.getByTestId('version-diff');
  await expect(diff.getByTestId('diff-text')).toHaveCount(1);
  await expect(diff.getByTestId('diff-text')).toHaveAttribute('data-message', 'item--zip_code--hint');
  await expect(diff.getByTestId('diff-text')).toHaveAttribute('data-language', 'es');
  await expect(diff.getByTestId('word-removed')).toHaveText(['vecindarios']);
  await expect(diff.getByTestId('word-added')).toHaveText(['barrios']);
  for (const part of ['diff-added', 'diff-removed', 'diff-moved', 'diff-logic', 'diff-retyped']) {
    await expect(diff.getByTestId(part)).toHaveCount(0);
  }
});

test('a later change clears a sign-off, and the sign-off gate then blocks publishing', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await expect(builder.items.first()).toBeVisible();
  await page.getByTestId('mode-review').click();
  const spanish = page.locator('[data-testid=sign-off-row][data-tag=es]');
  await spanish.getByTestId('sign-off').click();
  await expect(spanish).toHaveAttribute('data-state', 'valid');
  await page.getByTestId('mode-build').click();
  await builder.select('zip_code');
  await builder.previewLanguage.selectOption('es');
  await builder.editText.fill('¿Cuál es su código postal (ZIP)?');
  await page.getByTestId('mode-review').click();
  await expect(spanish).toHaveAttribute('data-state', 'cleared');
  await page.getByTestId('mode-translate').click();
  await page.locator('[data-testid=publish-sign-off-gate][data-tag=es]').check();
  await expect(page.getByTestId('publish')).toBeDisabled();
  await expect(page.getByTestId('publish-blocker')).toHaveCount(1);
});

test('plain-language hints and the sensitive-question checklist', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await expect(builder.items.first()).toBeVisible();
  await builder.select('zip_code');
  await builder.previewLanguage.selectOption('en');
  await builder.editText.fill('How often in the past two weeks have you felt sad and lonely because of the neighbourhood conditions surrounding your accommodation?');
  const hints = page.getByTestId('plain-language-hints').first();
  await expect(hints.locator('[data-hint=grade]')).toHaveCount(1);
  await expect(hints.locator('[data-hint=double-barrelled]')).toHaveCount(1);
  await expect(hints.locator('[data-hint=long-word]').first()).toBeVisible();

  await page.getByTestId('sensitive').check();
  await expect(page.getByTestId('sensitive-gap')).toHaveCount(2);
  await page.getByTestId('sensitive-why').fill('It helps us see which neighbourhoods need more services.');
  await expect(page.getByTestId('sensitive-gap')).toHaveCount(1);
  await page.getByTestId('sensitive-content-note').fill('The next question is about where you live.');
  await expect(page.getByTestId('sensitive-gap')).toHaveCount(0);
  await page.getByTestId('mode-review').click();
  await expect(page.locator('[data-testid=sensitive-check][data-ok=false]')).toHaveCount(0);
  await expect(page.getByTestId('sensitive-check')).toHaveCount(3);
});

test('Review mode is clean under axe', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await expect(builder.items.first()).toBeVisible();
  await page.getByTestId('mode-review').click();
  await builder.select('zip_code');
  await reviewString(page, 'item--zip_code').getByTestId('comment-text').fill('A comment');
  await reviewString(page, 'item--zip_code').getByTestId('add-comment').click();
  await expect(page.getByTestId('thread')).toHaveCount(1);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
