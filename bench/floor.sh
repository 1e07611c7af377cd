#!/usr/bin/env bash
# The respondent runtime's size floor on this stack: builds examples/respond_floor.rs (Leptos
# CSR + fluent-bundle + serde_json reading a published definition, nothing else) the way the
# release bundles are built (wasm-bindgen, wasm-opt -Oz) and prints its gzip bytes beside a
# Leptos-only page's. BENCHMARKS.md quotes the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/bench/floor
mkdir -p "$out"
cargo build --quiet --locked --release --target wasm32-unknown-unknown --example respond_floor
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/examples/respond_floor.wasm
wasm-opt --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types -Oz \
  "$out/respond_floor_bg.wasm" -o "$out/respond_floor_opt.wasm"
wasm=$(gzip -9c "$out/respond_floor_opt.wasm" | wc -c)
js=$(gzip -9c "$out/respond_floor.js" | wc -c)
echo "respondent floor: wasm $wasm B gzip, JS $js B gzip, total $((wasm + js)) B gzip (budget 150000 with CSS)"
