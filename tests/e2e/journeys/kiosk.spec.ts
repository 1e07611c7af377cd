// Kiosk mode under a wrong passphrase: responses kept encrypted under the staff passphrase,
// then the page reloaded (the key is gone with it). Wrong passphrases, several times, at the
// lock and at the staff export, each give the localized "wrong passphrase" message, show no
// answer, and change nothing stored: afterwards the right passphrase still unlocks, and the
// export holds every response kept, as it was given.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixture, uiMessage } from '../fixtures';
import { RespondPage } from '../pages/respond';

const minimal = fixture('samples/minimal.coform.json');
const vaultKey = `coform:kiosk:${minimal.metadata.id}`;
const passphrase = 'clinic-event-2026';
/** Near misses and plain mistakes: another phrase, other case, a trailing space, one
 * character short, and nothing at all. */
const wrong = ['wrong passphrase', passphrase.toUpperCase(), `${passphrase} `, passphrase.slice(0, -1), ''];
/** Answers no page shows unless it shows a response: ages and names given by respondents. */
const respondents = [
  { age: '21', name: 'Quillon Arbeth' },
  { age: '35', name: 'Marisol Ventrue' },
  { age: '67', name: 'Teodor Vasquill' },
];

async function vault(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), vaultKey);
}

/** No answer given is anywhere in the document (text, attributes or form values), no
 * question is on screen, and no export can be downloaded. */
async function expectNothingRevealed(page: Page, answers: string[]): Promise<void> {
  const found = await page.evaluate((answers) => {
    const values = [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value);
    const everything = [document.documentElement.outerHTML, ...values].join('\n');
    return answers.filter((answer) => everything.includes(answer));
  }, answers);
  expect(found).toEqual([]);
  await expect(page.locator('[data-testid=item]')).toHaveCount(0);
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
  await expect(page.getByTestId('export-json')).toHaveCount(0);
}

async function keep(page: Page, respond: RespondPage, answer: { age: string; name: string }): Promise<void> {
  await respond.field('age').fill(answer.age);
  await respond.field('name').fill(answer.name);
  await respond.next();
  await expect(respond.done).toHaveAttribute('data-delivery', 'KeptOnDevice');
}

test('kiosk mode: wrong passphrases reveal nothing and destroy nothing; the right one still exports every response', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const lang = String(testInfo.project.use.locale ?? 'en').split('-')[0];
  const message = uiMessage(lang, 'respond.ftl', 'kiosk-wrong');
  const names = respondents.map((respondent) => respondent.name);
  const respond = new RespondPage(page);
  await respond.open(`?survey=samples/minimal.coform.json&kiosk=1&lang=${lang}&respondent=self`);
  await page.getByTestId('kiosk-passphrase').fill(passphrase);
  await page.getByTestId('kiosk-repeat').fill(passphrase);
  await page.getByTestId('kiosk-unlock').click();
  for (const respondent of respondents) {
    await keep(page, respond, respondent);
    await page.getByTestId('start-again').click();
    await expect(respond.field('age')).toBeVisible();
  }
  const stored = await vault(page);
  expect(JSON.parse(stored ?? '{}').records).toHaveLength(respondents.length);
  // Encrypted at rest: no answer readable anywhere in the device's storage.
  const storage = await page.evaluate(() => JSON.stringify(localStorage));
  for (const name of names) expect(storage).not.toContain(name);

  // A reload forgets the key: the kiosk is locked, and asks for the passphrase (once).
  await page.reload();
  const gate = page.getByTestId('kiosk-gate');
  await expect(gate).toBeVisible();
  await expect(page.getByTestId('kiosk-repeat')).toHaveCount(0);
  await expectNothingRevealed(page, names);
  for (const attempt of wrong) {
    await page.getByTestId('kiosk-passphrase').fill(attempt);
    await page.getByTestId('kiosk-unlock').click();
    await expect(gate.getByRole('alert'), `unlock with "${attempt}"`).toHaveText(message);
    await expect(page.getByTestId('kiosk-unlock')).toBeEnabled();
    await expect(gate).toBeVisible();
    await expectNothingRevealed(page, names);
    expect(await vault(page), `the vault after "${attempt}"`).toBe(stored);
  }

  // The right passphrase still unlocks; one more response is kept.
  await page.getByTestId('kiosk-passphrase').fill(passphrase);
  await page.getByTestId('kiosk-unlock').click();
  await expect(gate).toHaveCount(0);
  const last = { age: '44', name: 'Ysolde Brannick' };
  await keep(page, respond, last);
  names.push(last.name);
  const before = await vault(page);
  expect(JSON.parse(before ?? '{}').records).toHaveLength(names.length);

  // At the staff export, wrong passphrases again: the message, no response, nothing changed.
  await page.getByTestId('kiosk-export-open').click();
  const exportScreen = page.getByTestId('kiosk-export');
  await expect(exportScreen).toBeVisible();
  await expect(page.getByTestId('kiosk-count')).toContainText(String(names.length));
  for (const attempt of wrong) {
    await page.getByTestId('kiosk-export-passphrase').fill(attempt);
    await page.getByTestId('kiosk-export-unlock').click();
    await expect(exportScreen.getByRole('alert'), `export with "${attempt}"`).toHaveText(message);
    await expect(page.getByTestId('kiosk-export-unlock')).toBeEnabled();
    await expectNothingRevealed(page, names);
    expect(await vault(page), `the vault after "${attempt}"`).toBe(before);
  }

  // The right passphrase: every response kept, exactly as given, once each.
  await page.getByTestId('kiosk-export-passphrase').fill(passphrase);
  await page.getByTestId('kiosk-export-unlock').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const responses = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    id: string; survey: { id: string }; answers: { age: { number: number }; name: { text: string } };
  }[];
  expect(responses).toHaveLength(names.length);
  expect(responses.map((response) => [String(response.answers.age.number), response.answers.name.text]))
    .toEqual([...respondents, last].map((respondent) => [respondent.age, respondent.name]));
  expect(new Set(responses.map((response) => response.id)).size).toBe(names.length);
  expect(responses.every((response) => response.survey.id === minimal.metadata.id)).toBe(true);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(readFileSync(await csvDownload.path(), 'utf8').trim().split('\n')).toHaveLength(1 + names.length);
  expect(await vault(page)).toBe(before);
});

test('kiosk mode keeps no answers in progress: nothing in the clear, and a reload shows the next person an empty form', async ({ page }, testInfo) => {
  const lang = String(testInfo.project.use.locale ?? 'en').split('-')[0];
  const respond = new RespondPage(page);
  await respond.open(`?survey=samples/minimal.coform.json&kiosk=1&lang=${lang}&respondent=self`);
  await page.getByTestId('kiosk-passphrase').fill(passphrase);
  await page.getByTestId('kiosk-repeat').fill(passphrase);
  await page.getByTestId('kiosk-unlock').click();
  const partial = { age: '52', name: 'Orsolya Penhallow' };
  await respond.field('age').fill(partial.age);
  await respond.field('name').fill(partial.name);
  await respond.field('name').press('Tab');
  // Give an autosave every chance to run, then look at everything the device keeps.
  await page.waitForTimeout(1000);
  const storage = await page.evaluate(() => JSON.stringify(localStorage));
  expect(storage).not.toContain(partial.name);

  await page.reload();
  await page.getByTestId('kiosk-passphrase').fill(passphrase);
  await page.getByTestId('kiosk-unlock').click();
  await expect(respond.field('age')).toBeVisible();
  await expect(respond.field('age')).toHaveValue('');
  await expect(respond.field('name')).toHaveValue('');
  const shown = await page.evaluate(() => document.documentElement.outerHTML);
  expect(shown).not.toContain(partial.name);
});
