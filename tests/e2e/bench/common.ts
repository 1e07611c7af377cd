// What every browser benchmark shares: the generated surveys, fresh pages, the in-page timer
// and the figures written to target/bench/<name>.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, TestInfo } from '@playwright/test';

export const ROOT = join(__dirname, '..', '..', '..');
export const OUT = join(ROOT, 'target', 'bench');

/** Every timing is repeated this many times; the median is the figure. */
export const RUNS = 7;

/** The text of a benchmark survey (bench.config.ts has `bench/survey.py` write them and
 * serves them at `bench/<name>.coform.json`). */
export function benchSurvey(name: 'respondent-500' | 'builder-1000x8'): string {
  const path = join(OUT, `${name}.coform.json`);
  if (!existsSync(path)) {
    execFileSync('python3', [join(ROOT, 'bench', 'survey.py'), OUT], { stdio: 'inherit' });
  }
  return readFileSync(path, 'utf8');
}

/** A new context with the project's viewport, locale and touch settings: nothing cached,
 * nothing stored, so every run loads as a first visit does. */
export async function freshContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const use = info.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    locale: use.locale,
    serviceWorkers: 'block',
  });
  await context.addInitScript(INSTRUMENT);
  return context;
}

/**
 * Loads `url` in a fresh context `RUNS` times and records, under `name`, the time from
 * navigation start to the first DOM change after which `check` (JavaScript source) holds,
 * with the time to the next frame beside it.
 */
export async function recordLoads(browser: Browser, info: TestInfo, url: string, check: string, name: string, what: string): Promise<Figure> {
  const samples: number[] = [];
  const frames: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await freshContext(browser, info);
    await context.addInitScript(`window.__ready = window.__bench.whenDom(() => ${check}).then((dom) =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() }), 0))));`);
    const page = await context.newPage();
    await page.goto(url);
    const { dom, frame } = await page.evaluate(() => (window as unknown as { __ready: Promise<{ dom: number; frame: number }> }).__ready);
    samples.push(dom);
    frames.push(frame);
    await context.close();
  }
  return record(name, what, samples, 'ms', {
    frameMedian: round(median(frames), 'ms'),
    frameSamples: frames.map((value) => round(value, 'ms')),
  });
}

/**
 * Installed in every page before the app starts (`window.__bench`):
 * - `whenDom(check)`: performance.now() (ms since navigation start) of the first DOM mutation
 *   after which `check()` holds;
 * - `measure(act, done)`: runs `act` right after a frame, then reports `dom`, the time until
 *   `done()` holds (the DOM updated: the event handler and every reactive update it set off
 *   have run), `layout`, until style and layout are brought up to date too, and `frame`,
 *   until the next frame has been produced;
 * - `wasm`: the wasm exports trunk's loader announces (for the size of linear memory).
 */
export const INSTRUMENT = `
(() => {
  const macrotask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const bench = {
    wasm: null,
    whenDom(check) {
      return new Promise((resolve) => {
        const test = () => { try { return check(); } catch { return false; } };
        if (test()) { resolve(performance.now()); return; }
        const observer = new MutationObserver(() => {
          if (test()) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    },
    async measure(act, done) {
      await frame();
      const start = performance.now();
      act();
      let dom;
      for (;;) {
        await macrotask();
        if (done()) { dom = performance.now() - start; break; }
        if (performance.now() - start > 30000) throw new Error('the DOM did not change within 30 s');
      }
      void document.body.offsetHeight;
      const layout = performance.now() - start;
      await frame();
      return { dom, layout, frame: performance.now() - start };
    },
  };
  window.__bench = bench;
  addEventListener('TrunkApplicationStarted', (event) => { bench.wasm = event.detail && event.detail.wasm; });
})();
`;

export interface Sample { dom: number; layout: number; frame: number }

export interface Figure {
  /** The benchmark: target/bench/<name>.json. */
  name: string;
  /** What one sample measures. */
  what: string;
  unit: 'ms' | 'bytes';
  runs: number;
  median: number;
  min: number;
  max: number;
  samples: number[];
  /** Anything else worth keeping beside the figure. */
  [extra: string]: unknown;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, unit: Figure['unit']) => (unit === 'ms' ? Math.round(value * 10) / 10 : Math.round(value));

/** Median, min and max of `samples`, written to target/bench/<name>.json and printed. */
export function record(name: string, what: string, samples: number[], unit: Figure['unit'] = 'ms', extra: Record<string, unknown> = {}): Figure {
  const figure: Figure = {
    name,
    what,
    unit,
    runs: samples.length,
    median: round(median(samples), unit),
    min: round(Math.min(...samples), unit),
    max: round(Math.max(...samples), unit),
    samples: samples.map((value) => round(value, unit)),
    ...extra,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(figure, null, 2)}\n`);
  const beside = ['layoutMedian', 'frameMedian'].filter((key) => key in extra).map((key) => `, ${key.replace('Median', '')} median ${extra[key]} ms`).join('');
  console.log(`[bench] ${name}: median ${figure.median} ${unit} (min ${figure.min}, max ${figure.max}, ${figure.runs} runs${beside})`);
  return figure;
}

/** Records in-page samples: the DOM figure under `name`, the layout and next-frame figures
 * beside it. */
export function recordSamples(name: string, what: string, samples: Sample[], extra: Record<string, unknown> = {}): Figure {
  const layouts = samples.map((sample) => sample.layout);
  const frames = samples.map((sample) => sample.frame);
  return record(name, what, samples.map((sample) => sample.dom), 'ms', {
    layoutMedian: round(median(layouts), 'ms'),
    frameMedian: round(median(frames), 'ms'),
    layoutSamples: layouts.map((value) => round(value, 'ms')),
    frameSamples: frames.map((value) => round(value, 'ms')),
    ...extra,
  });
}

declare global {
  interface Window {
    __bench: {
      wasm: { memory: WebAssembly.Memory } | null;
      whenDom(check: () => boolean): Promise<number>;
      measure(act: () => void, done: () => boolean): Promise<Sample>;
    };
  }
}
