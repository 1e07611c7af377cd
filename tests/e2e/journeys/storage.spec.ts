// The builder's work survives what browsers do to it: a tab killed at any moment of a long
// session, a full quota, storage refused (private windows), two tabs on one draft, and stored
// data that can no longer be read. Each journey checks that nothing is lost silently: either
// the work is in the browser, or the page says it is not and offers it as a file.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuilderPage } from '../pages/builder';

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the journey can see of the survey: the outline's ids in order and the texts it set. */
interface Seen { ids: string[]; texts: Record<string, string> }

async function openBuilder(page: Page): Promise<BuilderPage> {
  const builder = new BuilderPage(page);
  await builder.open('?ui=en');
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  return builder;
}

async function shownText(builder: BuilderPage, id: string): Promise<string> {
  return ((await builder.item(id).getByTestId('select-item').textContent()) ?? '').trim();
}

/** The outline's ids, and the shown text of those of `touched` it lists. */
async function seen(builder: BuilderPage, touched: string[]): Promise<Seen> {
  const ids = await builder.ids;
  const texts: Record<string, string> = {};
  for (const id of touched.filter((id) => ids.includes(id))) texts[id] = await shownText(builder, id);
  return { ids, texts };
}

const saveState = (page: Page) => page.getByTestId('save-state');

/** A browser of its own on a profile of its own, so the journey can kill its process (an
 * ordinary test context forgets its storage when it closes). */
async function launch(profile: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    baseURL,
    serviceWorkers: 'block',
  });
}

/** Kills every process of the browser on `profile` at once (SIGKILL): no unload handler, no
 * pending timer, no pending write of the page runs. */
function kill(profile: string): void {
  spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${profile}`]);
}

test('a browser killed at random moments of a 200-edit session loses nothing saved a second before', async ({}, info) => {
  test.setTimeout(600_000);
  const seed = Number(process.env.COFORM_SEED ?? 20261123) + (info.project.name === 'desktop-en' ? 1 : 0);
  const next = random(seed);
  info.annotations.push({ type: 'seed', description: String(seed) });
  const edits = 200;
  // Kills after these edits, each after a random wait of 0–1.5 s (so some land before a save).
  const kills = new Set<number>();
  while (kills.size < 4) kills.add(20 + Math.floor(next() * (edits - 20)));
  const baseURL = info.project.use.baseURL;
  const profile = mkdtempSync(join(tmpdir(), 'coform-kill-'));
  let context = await launch(profile, baseURL);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    let builder = await openBuilder(page);
    // Every state the survey passed through, with the time it was reached.
    const history: { at: number; state: Seen }[] = [];
    let state: Seen = { ids: await builder.ids, texts: {} };
    history.push({ at: Date.now(), state });
    let restoredChecks = 0;

    for (let edit = 1; edit <= edits; edit++) {
      if (next() < 0.2 || Object.keys(state.texts).length === 0) {
        await page.getByTestId('add-item').click();
        const id = await builder.editId.inputValue();
        await expect(builder.item(id)).toHaveCount(1);
        // Adding is an edit of its own, which a save may catch before the text is typed.
        const ids = await builder.ids;
        state = { ids, texts: { ...state.texts, [id]: await shownText(builder, id) } };
        history.push({ at: Date.now(), state });
        const text = `added ${edit}`;
        await builder.editText.fill(text);
        state = { ids, texts: { ...state.texts, [id]: text } };
      } else {
        const touched = Object.keys(state.texts);
        const id = touched[Math.floor(next() * touched.length)];
        const text = `edit ${edit} of ${id}`;
        await builder.select(id);
        await builder.editText.fill(text);
        state = { ids: state.ids, texts: { ...state.texts, [id]: text } };
      }
      history.push({ at: Date.now(), state });

      if (kills.has(edit)) {
        await page.waitForTimeout(Math.floor(next() * 1500));
        const killedAt = Date.now();
        kill(profile);
        await context.close().catch(() => undefined);

        context = await launch(profile, baseURL);
        page = context.pages()[0] ?? (await context.newPage());
        builder = await openBuilder(page);
        const restored = await seen(builder, Object.keys(state.texts));
        // It must be the state reached a second before the kill, or a later one.
        const safe = history.filter((entry) => entry.at <= killedAt - 1000).pop() ?? history[0];
        const candidates = history.slice(history.indexOf(safe));
        const match = candidates.findIndex(({ state: candidate }) =>
          JSON.stringify(candidate.ids) === JSON.stringify(restored.ids) &&
          Object.entries(candidate.texts).every(([id, text]) => restored.texts[id] === text));
        expect(match, `after edit ${edit} (seed ${seed}) the restored survey is older than a second before the kill`).toBeGreaterThanOrEqual(0);
        restoredChecks++;
        // Go on from what was restored: the edits after it were never saved.
        state = candidates[match].state;
        history.length = 0;
        history.push({ at: Date.now(), state });
      }
    }
    expect(restoredChecks).toBe(4);
    await expect(saveState(page)).toHaveAttribute('data-state', 'Saved');
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a full storage quota is said at once, offers the work as a file, and saving resumes once there is room', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...rest: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, rest);
    };
  });
  const builder = await openBuilder(page);
  await builder.select('zip_code');
  await builder.editText.fill('Saved while there was room');
  await expect(saveState(page)).toHaveAttribute('data-state', 'Saved');

  await page.evaluate(() => { (window as unknown as { __quotaFull: boolean }).__quotaFull = true; });
  await builder.editText.fill('Typed when the disk was full');
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toHaveAttribute('data-problem', 'storage-full');
  await expect(warning).toHaveAttribute('role', 'alert');
  await expect(saveState(page)).toHaveAttribute('data-state', 'Full');
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByTestId('save-copy').click()]);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(JSON.stringify(copy)).toContain('Typed when the disk was full');

  // Still full: the next change is not saved either, and the page keeps saying so.
  await builder.editText.fill('Typed later, still full');
  await expect(warning).toHaveAttribute('data-problem', 'storage-full');

  await page.evaluate(() => { (window as unknown as { __quotaFull: boolean }).__quotaFull = false; });
  await warning.getByTestId('save-retry').click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'Saved');
  await expect(warning).toHaveCount(0);
  await page.reload();
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  await expect(builder.item('zip_code').getByTestId('select-item')).toHaveText('Typed later, still full');
});

test('storage refused (a private window) is said before the first edit, and the work can still be saved as a file', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); },
    });
  });
  const builder = await openBuilder(page);
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toHaveAttribute('data-problem', 'storage-unavailable');
  await builder.select('zip_code');
  await builder.editText.fill('Kept only in this tab');
  await expect(saveState(page)).toHaveAttribute('data-state', 'Unavailable');
  await expect(warning).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByTestId('save-copy').click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Kept only in this tab');
});

test('two tabs on one draft never overwrite each other: the second is told, and reloads or keeps its own as a new draft', async ({ context }) => {
  const first = await context.newPage();
  const a = await openBuilder(first);
  await a.select('zip_code');
  await a.editText.fill('Written in the first tab');
  await expect(saveState(first)).toHaveAttribute('data-state', 'Saved');

  // The second tab opens the same (latest) draft, and is told the first has it.
  const second = await context.newPage();
  const b = await openBuilder(second);
  await expect(second.getByTestId('tab-notice')).toHaveAttribute('data-conflict', 'also-open');
  await b.select('zip_code');
  await expect(b.editText).toHaveValue('Written in the first tab');

  // The first tab saves again: the second is told at once, and its own change is not saved.
  await a.editText.fill('Changed again in the first tab');
  await expect(saveState(first)).toHaveAttribute('data-state', 'Saved');
  await expect(second.getByTestId('tab-notice')).toHaveAttribute('data-conflict', 'changed-elsewhere');
  await b.editText.fill('Written in the second tab');
  await expect(saveState(second)).toHaveAttribute('data-state', 'Conflict');

  // Loading the other tab's version: the second tab shows the first tab's text and saves again.
  await second.getByTestId('tab-reload').click();
  await expect(second.getByTestId('tab-notice')).toHaveCount(0);
  await b.select('zip_code');
  await expect(b.editText).toHaveValue('Changed again in the first tab');
  await b.editText.fill('Second tab, after loading the first one’s version');
  await expect(saveState(second)).toHaveAttribute('data-state', 'Saved');

  // Now the first tab is behind: it is told, and keeps its next change as a new draft.
  await expect(first.getByTestId('tab-notice')).toHaveAttribute('data-conflict', 'changed-elsewhere');
  await a.editText.fill('First tab, kept as its own draft');
  await expect(saveState(first)).toHaveAttribute('data-state', 'Conflict');
  await first.getByTestId('tab-fork').click();
  await expect(saveState(first)).toHaveAttribute('data-state', 'Saved');
  await expect(first.getByTestId('tab-notice')).toHaveCount(0);

  // Both versions are kept, each in its own draft.
  const third = await context.newPage();
  const c = await openBuilder(third);
  const drafts = third.getByTestId('drafts');
  await drafts.locator('summary').click();
  await expect(drafts.getByTestId('draft')).toHaveCount(2);
  const texts: string[] = [];
  for (const index of [0, 1]) {
    await drafts.getByTestId('draft').nth(index).getByTestId('draft-open').click();
    await c.previewLanguage.selectOption('en');
    await c.select('zip_code');
    texts.push(await c.editText.inputValue());
  }
  expect(texts.sort()).toEqual(['First tab, kept as its own draft', 'Second tab, after loading the first one’s version']);
});

test('stored drafts that can no longer be read are set aside and reported, and the others still open', async ({ page }) => {
  let builder = await openBuilder(page);
  await builder.select('zip_code');
  await builder.editText.fill('The readable draft');
  await expect(saveState(page)).toHaveAttribute('data-state', 'Saved');
  await page.getByTestId('new-survey').click();
  await page.getByTestId('add-item').click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'Saved');

  // Damage the latest draft (cut short mid-file) and add a summary whose survey is gone.
  const damaged = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coform');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (store: string) => new Promise<{ key: string; value: string }[]>((resolve) => {
      const request = database.transaction(store).objectStore(store).openCursor();
      const out: { key: string; value: string }[] = [];
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor) { out.push({ key: String(cursor.key), value: String(cursor.value) }); cursor.continue(); } else resolve(out);
      };
    });
    const summaries = (await read('draft-summaries')).map(({ key, value }) => ({ key, ...JSON.parse(value) }));
    summaries.sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1));
    const latest = summaries[0].key;
    const surveys = await read('draft-surveys');
    const cut = surveys.find(({ key }) => key === latest)!.value.slice(0, 200);
    await new Promise<void>((resolve) => {
      const transaction = database.transaction(['draft-surveys', 'draft-summaries'], 'readwrite');
      transaction.objectStore('draft-surveys').put(cut, latest);
      transaction.objectStore('draft-summaries').put('{"id":"orphan","title":"Orphan","updatedAt":"2026-01-01T00:00:00Z"}', 'orphan');
      transaction.oncomplete = () => resolve();
    });
    database.close();
    return { latest, cut };
  });

  await page.reload();
  builder = new BuilderPage(page);
  await builder.expectLoaded();
  await builder.previewLanguage.selectOption('en');
  const report = page.getByTestId('quarantine');
  await expect(report).toHaveAttribute('role', 'alert');
  await expect(report.getByTestId('quarantined')).toHaveCount(2);
  // The readable draft opened.
  await builder.select('zip_code');
  await expect(builder.editText).toHaveValue('The readable draft');
  const drafts = page.getByTestId('drafts');
  await drafts.locator('summary').click();
  await expect(drafts.getByTestId('draft')).toHaveCount(1);

  // The damaged draft downloads exactly as it was found.
  const row = report.locator(`[data-testid=quarantined][data-draft-id="${damaged.latest}"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('quarantine-download').click()]);
  const record = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(record.survey).toBe(damaged.cut);
  expect(record.reason).not.toBe('');

  // Deleting one asks first; the other stays set aside across reloads.
  page.once('dialog', (dialog) => dialog.accept());
  await report.locator('[data-testid=quarantined][data-draft-id="orphan"]').getByTestId('quarantine-discard').click();
  await expect(report.getByTestId('quarantined')).toHaveCount(1);
  await page.reload();
  await builder.expectLoaded();
  await expect(page.getByTestId('quarantine').getByTestId('quarantined')).toHaveCount(1);
});
