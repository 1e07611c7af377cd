#!/usr/bin/env node
// Bundle sizes of the release build in dist/: what each entry point makes a browser download,
// raw, gzip -9 and brotli (quality 11), by kind (wasm, JS, CSS). Sizes are deterministic, so
// `--check` fails when an entry's gzip total is over its limit in bench/size-limits.json.
//
//   node bench/sizes.mjs [--check] [--json target/bench/sizes.json]
//
// Entries: the respondent runtime (respond.html and what it references, plus its service
// worker), the builder (index.html and what it references), and the builder's converter
// worker (convert-worker.js and the module and wasm it imports), which the builder fetches
// only when someone exports or opens a file of another format.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const check = args.includes('--check');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

/** The .js, .wasm and .css files a file references (HTML links, JS imports). */
function referenced(file) {
  const text = readFileSync(join(dist, file), 'utf8');
  const found = new Set();
  for (const match of text.matchAll(/(?:href|src)=["']\/?([\w.-]+\.(?:js|wasm|css))["']|from\s+['"]\.\/([\w.-]+\.js)['"]|module_or_path:\s*['"]\.\/([\w.-]+\.wasm)['"]/g)) {
    found.add(match[1] ?? match[2] ?? match[3]);
  }
  return [...found];
}

function entry(name, files) {
  const kinds = {};
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const kind = file.endsWith('.wasm') ? 'wasm' : file.endsWith('.css') ? 'css' : 'js';
    const sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
    kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0, files: [] };
    for (const key of ['raw', 'gzip', 'brotli']) kinds[kind][key] += sizes[key];
    kinds[kind].files.push(file);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const kind of Object.values(kinds)) for (const key of Object.keys(total)) total[key] += kind[key];
  return { name, kinds, total };
}

const entries = [
  entry('respondent', [...referenced('respond.html'), 'sw.js']),
  entry('builder', referenced('index.html')),
  entry('converter', ['convert-worker.js', ...referenced('convert-worker.js')]),
];
const limits = JSON.parse(readFileSync(join(root, 'bench', 'size-limits.json'), 'utf8'));

const fmt = (n) => n.toLocaleString('en-US');
const cell = (kind) => (kind ? `${fmt(kind.raw)} / ${fmt(kind.gzip)} / ${fmt(kind.brotli)}` : '—');
console.log('| entry | wasm (raw / gzip / brotli) | JS | CSS | total gzip | total brotli | limit (gzip) | budget (gzip) |');
console.log('|---|---|---|---|---|---|---|---|');
let failed = false;
for (const { name, kinds, total } of entries) {
  const limit = limits[name];
  console.log(`| ${name} | ${cell(kinds.wasm)} | ${cell(kinds.js)} | ${cell(kinds.css)} | ${fmt(total.gzip)} | ${fmt(total.brotli)} | ${limit ? fmt(limit.limit) : '—'} | ${limit?.budget ? fmt(limit.budget) : '—'} |`);
  if (check && limit && total.gzip > limit.limit) {
    console.error(`[sizes] ${name}: ${fmt(total.gzip)} bytes gzip, over its limit of ${fmt(limit.limit)} (bench/size-limits.json)`);
    failed = true;
  }
}
if (jsonOut) {
  mkdirSync(dirname(join(root, jsonOut)), { recursive: true });
  writeFileSync(join(root, jsonOut), `${JSON.stringify({ entries, limits }, null, 2)}\n`);
}
if (failed) process.exit(1);
