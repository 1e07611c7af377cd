#!/usr/bin/env node
// trunk writes the code that starts the wasm as an inline <script type="module"> in each HTML
// entry. The Content-Security-Policy of both entries allows no inline script, so this moves
// that code into its own file beside the page (named by its content's hash, loaded with
// Subresource Integrity like trunk's other files) and points the page at it.
//
//   node scripts/externalize-loader.mjs dist/index.html dist/respond.html
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const inline = /<script type="module">([\s\S]*?)<\/script>/g;

for (const page of process.argv.slice(2)) {
  const html = readFileSync(page, 'utf8');
  const found = [...html.matchAll(inline)];
  if (found.length !== 1) {
    console.error(`${page}: expected one inline module script from trunk, found ${found.length}`);
    process.exit(1);
  }
  const code = found[0][1].trim() + '\n';
  const digest = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `${basename(page, '.html')}-start-${digest}.js`;
  writeFileSync(join(dirname(page), name), code);
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  const tag = `<script type="module" src="/${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  writeFileSync(page, html.replace(found[0][0], tag));
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(found[0][0], tag))) {
    console.error(`${page}: an inline script is left`);
    process.exit(1);
  }
  console.log(`[build] ${page}: start-up script moved to ${name}`);
}
