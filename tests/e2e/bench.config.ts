// Benchmarks (not tests): the same release build and browser as the journeys, one worker so
// figures are not disturbed by a parallel test. Run with `make bench`; each benchmark writes
// target/bench/<name>.json, and `node bench/report.mjs` prints them as table rows.
//
// BENCH_DIST names another build to measure (default ../../dist, e.g. a copy kept from before
// a change); BENCH_PORT its port (default 8092, so journeys on 8091 may run meanwhile).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.BENCH_PORT ?? 8092);
const dist = process.env.BENCH_DIST ?? '../../dist';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ${dist}`,
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
