// Benchmarks (not tests): the same release build and browser as the journeys, one worker so
// figures are not disturbed by a parallel test. Run with `make bench`; figures go in
// BENCHMARKS.md.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  timeout: 300_000,
  workers: 1,
  projects: [{ name: 'desktop-en', use: { viewport: { width: 1280, height: 800 }, locale: 'en-US' } }],
});
