// Respondent delivery under failure: 100 responses submitted one after another while the
// endpoint answers 500 and 503, drops connections, stores a response and then drops the
// connection before acknowledging it, hangs, and while the device is offline, with reloads in
// between. After recovery every response is stored exactly once (the Idempotency-Key lets
// the receiver ignore a repeat), none is lost, and the outbox is empty.
import { expect, test } from '@playwright/test';
import { startFlakyEndpoint, type Fault } from '../endpoint';
import { RespondPage } from '../pages/respond';

const SUBMISSIONS = 100;
const OFFLINE = { from: 40, to: 60 };
const RELOADS = [35, 70];

/** The first 31 POSTs fail, each way once or more; then the endpoint is healthy. */
function plan(attempt: number): Fault {
  if (attempt < 8) return 'error-500';
  if (attempt < 16) return 'error-503';
  if (attempt < 24) return 'drop';
  if (attempt < 30) return 'store-then-drop';
  if (attempt === 30) return 'hang';
  return 'ok';
}

test(`${SUBMISSIONS} responses through a failing endpoint and an offline spell are each delivered exactly once`, async ({ page, context }, info) => {
  test.setTimeout(300_000);
  const endpoint = await startFlakyEndpoint('samples/minimal.coform.json', plan);
  try {
    const respond = new RespondPage(page);
    const url = `?survey=${encodeURIComponent(endpoint.surveyUrl)}&lang=en&respondent=self`;
    await respond.open(url);
    for (let index = 0; index < SUBMISSIONS; index++) {
      if (index === OFFLINE.from) await context.setOffline(true);
      if (index === OFFLINE.to) await context.setOffline(false);
      if (RELOADS.includes(index)) {
        if (index >= OFFLINE.from && index < OFFLINE.to) await context.setOffline(false);
        await page.reload();
        if (index >= OFFLINE.from && index < OFFLINE.to) await context.setOffline(true);
      }
      await respond.field('age').fill(String(index));
      await respond.next();
      await expect(respond.done).toBeVisible();
      await page.getByTestId('start-again').click();
      await expect(respond.field('age')).toHaveValue('');
    }
    await expect.poll(() => endpoint.stored.size, { timeout: 150_000, intervals: [1000] }).toBe(SUBMISSIONS);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('coform:outbox')), { timeout: 30_000 }).toBe('[]');

    const ages = [...endpoint.stored.values()].map((body) => (JSON.parse(body) as { answers: { age: { number: number } } }).answers.age.number);
    expect(ages.sort((a, b) => a - b)).toEqual([...Array(SUBMISSIONS).keys()]);
    expect(endpoint.resentAfterAck).toBe(0);
    const faults = endpoint.attempts.filter((attempt) => attempt.fault !== 'ok');
    const repeats = endpoint.attempts.length - new Set(endpoint.attempts.map((attempt) => attempt.key)).size;
    expect(faults.length).toBe(31);
    info.annotations.push({
      type: 'figures',
      description: `${SUBMISSIONS} submitted, ${endpoint.stored.size} delivered, 0 lost, 0 duplicated; `
        + `${endpoint.attempts.length} POSTs (${repeats} retries), ${faults.length} endpoint faults, `
        + `${OFFLINE.to - OFFLINE.from} submissions offline, ${RELOADS.length} reloads`,
    });
    console.log(info.annotations.at(-1)?.description);
  } finally {
    await endpoint.close();
  }
});
