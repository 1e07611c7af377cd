// Benchmarks (not tests): the same release build and browser as the journeys, one worker so
// figures are not disturbed by a parallel test. Run with `make bench`; each benchmark writes
// target/bench/<name>.json, and `node bench/report.mjs` prints them as table rows.
//
// BENCH_DIST names another build to measure (default ../../dist, e.g. a copy kept from before
// a change), relative to tests/e2e; BENCH_PORT its port (default 8092, so journeys on 8091
// may run meanwhile).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.BENCH_PORT ?? 8092);
const dist = resolve(__dirname, process.env.BENCH_DIST ?? '../../dist');

// The server's root: the build, and the benchmark surveys under bench/ (written by
// bench/survey.py), so the app fetches them over HTTP as it would in use. (Routing them
// through Playwright would add the round trip of a 1.3 MB body through the test runner to
// every figure that loads a survey.)
const root = resolve(__dirname, '../..');
const www = join(root, 'target', 'bench-www');
execFileSync('python3', [join(root, 'bench', 'survey.py'), join(root, 'target', 'bench')], { stdio: 'ignore' });
rmSync(www, { recursive: true, force: true });
mkdirSync(www, { recursive: true });
for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(www, entry));
mkdirSync(join(www, 'bench'));
for (const file of ['respondent-500.coform.json', 'builder-1000x8.coform.json']) {
  symlinkSync(join(root, 'target', 'bench', file), join(www, 'bench', file));
}

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ${www}`,
    url: `http://127.0.0.1:${port}/index.html`,
    stderr: 'ignore',
    reuseExistingServer: false,
  },
  projects: [
    {
      name: 'phone-es',
      testMatch: '**/respondent.bench.ts',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-ES' },
    },
    {
      name: 'desktop-en',
      testMatch: '**/builder.bench.ts',
      use: { viewport: { width: 1280, height: 800 }, locale: 'en-US' },
    },
  ],
});
