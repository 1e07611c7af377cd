// Playwright journeys against the release build in dist/ (built by `make build`).
// Chromium comes from Debian (/usr/bin/chromium); Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';

const port = 8091;

export default defineConfig({
  testDir: './journeys',
  // axe-core over a whole builder page at phone size takes up to half a minute on two busy
  // cores; a journey that hangs still fails, after a minute and a half.
  timeout: 90_000,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Journeys that test offline loading allow the service worker themselves; elsewhere it
    // would answer requests that tests route.
    serviceWorkers: 'block',
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'phone-es',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-ES' },
    },
    {
      name: 'desktop-en',
      use: { viewport: { width: 1280, height: 800 }, locale: 'en-US' },
    },
  ],
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ../../dist`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
  },
});
