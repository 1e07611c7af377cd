#!/usr/bin/env node
// Prints the browser benchmarks' figures (target/bench/<name>.json, written by
// `npx playwright test -c bench.config.ts`) as Markdown table rows, each beside its budget.
// Figures not measured yet are left out.
//
//   node tests/e2e/bench/report.mjs [target/bench]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = process.argv[2] ?? join(root, 'target', 'bench');

/** Each figure in the order of the tables, with its budget (none where the issue sets none;
 *  add, move and undo are held to one frame at 60 Hz, PRODUCT's "no interaction longer than a frame"). */
const FIGURES = [
  ['respondent-first-render', 'respondent: 500 items, navigation to first render (390x844 touch, es)', 150],
  ['respondent-language-switch', 'respondent: language switch es → en (500 items)', 50],
  ['respondent-visibility', 'respondent: answer that shows an item (500 items)', 16],
  ['builder-open', 'builder: open 1000 items × 8 languages (to all 20 page headings and the open first page\'s 50 rows)', 300],
  ['builder-keystroke', 'builder: one character into an item label (1000 items)', 16],
  ['builder-add', 'builder: add an item (1000 items)', 16],
  ['builder-move', 'builder: move an item up (1000 items)', 16],
  ['builder-undo', 'builder: undo a move (1000 items)', 16],
  ['builder-memory-js-heap', 'builder: JS heap with 1000 items open', null],
  ['builder-memory-wasm', 'builder: wasm memory with 1000 items open', null],
];

const number = (value) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
const show = (value, unit) => (unit === 'bytes' ? `${number(value)} B` : `${number(value)} ms`);

// Interactions are timed from the event to the DOM updated (the figure), and beside it to
// style and layout done and to the next frame produced.
console.log('| benchmark | median | min | max | runs | with layout (median) | next frame (median) | budget | within |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, label, budget] of FIGURES) {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) continue;
  const figure = JSON.parse(readFileSync(path, 'utf8'));
  const layout = figure.layoutMedian === undefined ? '—' : show(figure.layoutMedian, 'ms');
  const frame = figure.frameMedian === undefined ? '—' : show(figure.frameMedian, 'ms');
  const within = budget === null ? '—' : figure.median <= budget ? 'yes' : '**no**';
  const limit = budget === null ? '—' : `≤ ${show(budget, figure.unit)}`;
  console.log(`| ${label} | ${show(figure.median, figure.unit)} | ${show(figure.min, figure.unit)} | ${show(figure.max, figure.unit)} | ${figure.runs} | ${layout} | ${frame} | ${limit} | ${within} |`);
}
