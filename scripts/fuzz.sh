#!/usr/bin/env bash
# Fuzzes every importer (coform JSON, Fluent patterns, FHIR, XLSForm, SurveyJS, REDCap, review
# files, .ftl files and archives) with cargo-fuzz (libFuzzer, nightly), each for a bounded
# time, starting from the seed folders of tests/fixtures/fuzz/seeds.txt. An input that crashes
# or hangs is copied to tests/fixtures/fuzz/<target>/, where tests/fuzz.rs replays it in
# `make test` once fixed, and the run fails. Prints executions per target.
#
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true

# Installs what is missing: the nightly toolchain (libFuzzer needs it) and cargo-fuzz.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo fuzz --version > /dev/null 2>&1 || cargo install cargo-fuzz --locked

seeds=tests/fixtures/fuzz/seeds.txt
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(grep -v '^#' "$seeds" | cut -d: -f1); fi

failed=0
summary=""
for target in "${targets[@]}"; do
  folders=()
  for folder in $(grep "^$target:" "$seeds" | cut -d: -f2); do
    [ -d "tests/fixtures/$folder" ] && folders+=("tests/fixtures/$folder")
  done
  corpus=target/fuzz/corpus/$target
  artifacts=target/fuzz/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  log=target/fuzz/$target.log
  status=0
  cargo +nightly fuzz run "$target" "$corpus" "${folders[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 > "$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$(ls "$artifacts" | wc -l)
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    mkdir -p "tests/fixtures/fuzz/$target"
    cp "$artifacts"/* "tests/fixtures/fuzz/$target/" 2>/dev/null || true
    echo "[fuzz] $target: FAILED (exit $status); inputs copied to tests/fixtures/fuzz/$target/, log in $log" >&2
  fi
  summary+="| $target | ${runs:-0} | $seconds s | $found |"$'\n'
done
echo "| target | executions | time | crashes or hangs |"
echo "|---|---|---|---|"
printf '%s' "$summary"
exit $failed
