#!/usr/bin/env bash
# Installs what coform's build and tests need, and nothing that is already there.
# Idempotent: a second run only checks versions and returns in a few seconds.
#
#   scripts/setup.sh build   Rust wasm target, trunk, wasm-bindgen CLI, wasm-opt
#   scripts/setup.sh test    the above, plus Chromium + ChromeDriver and the Node test packages
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-test}"
TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml (and so in Cargo.lock).
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

step() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Without --locked: a dependency version locked by that release is gone from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about seven minutes on two cores)"
  # With --locked: newer lightningcss/cssparser releases do not build together.
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# wasm-opt (binaryen) and the browser-test packages live in tests/e2e/node_modules, pinned by
# tests/e2e/package-lock.json. Debian's binaryen is too old for the wasm that Rust 1.95 emits.
# A copy of the lock file marks a finished install; a changed lock file reinstalls.
stamp=tests/e2e/node_modules/.coform-installed-lock.json
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || ! cmp -s tests/e2e/package-lock.json "$stamp"; then
  step "installing Node packages (wasm-opt, Playwright, axe-core)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json "$stamp"
fi

if [ "$want" = test ]; then
  # The interop checkers (fhir.resources, later pyxform) in a venv of the project's own.
  venv=target/venv
  if ! cmp -s tests/interop/requirements.txt "$venv/.coform-installed-requirements.txt"; then
    step "installing the Python interop checkers"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/interop/requirements.txt
    cp tests/interop/requirements.txt "$venv/.coform-installed-requirements.txt"
  fi

  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    step "installing Chromium and ChromeDriver from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
step "ready ($want)"
