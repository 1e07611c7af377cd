#!/usr/bin/env bash
# The core benchmark in headless Chromium (benches/core_wasm.rs): builds it for wasm32 with
# the release settings, runs it with wasm-bindgen-test-runner, prints the table and writes
# the figures to target/bench/core-wasm.json. A measurement, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
[ -f target/bench/builder-1000x8.coform.json ] || python3 bench/survey.py target/bench
mkdir -p target/bench
cargo bench --target wasm32-unknown-unknown --bench core_wasm | tee target/bench/core-wasm.log
line=$(grep -o 'core-wasm.json {.*' target/bench/core-wasm.log | tail -1 || true)
if [ -z "$line" ]; then
    echo "core-wasm: no figures in the runner's output (see target/bench/core-wasm.log)" >&2
    exit 1
fi
python3 -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1]), indent=2, ensure_ascii=False))' \
    "${line#core-wasm.json }" > target/bench/core-wasm.json
echo "wrote target/bench/core-wasm.json"
