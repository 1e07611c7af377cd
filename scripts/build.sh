#!/usr/bin/env bash
# Builds both entry points into dist/: the builder (index.html) and the respondent runtime
# (respond.html), each its own wasm binary, and the builder's converter worker
# (convert-worker.js over the `convert` binary, fetched on first export or import). trunk builds one HTML entry at a time, so the
# runtime is built aside and merged; file names are content-hashed, so nothing collides.
#
#   scripts/build.sh           release build (opt-level z, LTO, wasm-opt -Oz)
#   scripts/build.sh --debug   debug build, faster to compile
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

release=--release=true
if [ "${1:-}" = "--debug" ]; then release=--release=false; fi

rm -rf target/dist-respond target/dist-convert
trunk build $release respond.html --dist target/dist-respond
trunk build $release convert.html --dist target/dist-convert
trunk build $release index.html --dist dist
# trunk names its output index.html whatever the source was called.
mv target/dist-respond/index.html target/dist-respond/respond.html
cp -R target/dist-respond/. dist/
# Both pages' Content-Security-Policy forbids inline script: trunk's start-up code goes to a file.
node scripts/externalize-loader.mjs dist/index.html dist/respond.html

# The converter is not a page: keep its module and wasm, and write the worker that loads them.
convert_js=$(cd target/dist-convert && ls convert-*.js)
convert_wasm=$(cd target/dist-convert && ls convert-*_bg.wasm)
cp "target/dist-convert/$convert_js" "target/dist-convert/$convert_wasm" dist/
sed -e "s|__JS__|$convert_js|" -e "s|__WASM__|$convert_wasm|" scripts/convert-worker.js.in > dist/convert-worker.js

# The service worker's precache list comes from the files just built.
precache=$(cd dist && ls respond.html respond-*.js respond-*_bg.wasm app-*.css samples/community-health.coform.json)
version=$(cd dist && cat $precache | sha256sum | cut -c1-16)
list=$(printf '"%s",' $precache)
sed -e "s|__VERSION__|$version|" -e "s|__PRECACHE__|[${list%,}]|" scripts/sw.js.in > dist/sw.js

echo "[build] dist/ holds index.html (builder) and respond.html (respondent runtime)"
