# coform: the two commands are `make serve` and `make test`. Both install what is missing
# first (scripts/setup.sh), so they work on a fresh machine and are quick on a second run.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tests/e2e/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: serve test setup-build setup-test build lint test-native test-interop test-sizes test-wasm test-e2e bench fuzz

## serve: install what is missing, build both entry points, serve on http://127.0.0.1:$(PORT)
serve: setup-build build
	@echo "coform builder:    http://127.0.0.1:$(PORT)/"
	@echo "respondent runtime: http://127.0.0.1:$(PORT)/respond.html"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## test: install what is missing, then lint and run every suite
test: setup-test lint test-native test-interop build test-sizes test-wasm test-e2e

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

build:
	scripts/build.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings

## native tests of the pure core (fixtures under tests/fixtures)
test-native:
	cargo test --locked

## the real tools of each ecosystem read coform's exports (the files are the native tests'
## reviewed outputs) and the instrument fixtures: fhir.resources, pyxform, survey-core
test-interop:
	target/venv/bin/python tests/interop/check_fhir.py tests/fixtures/interop/fhir/*.questionnaire.json tests/fixtures/interop/fhir/import/*.questionnaire.json tests/fixtures/instruments/*.questionnaire.json tests/fixtures/responses/*.fhir.json tests/fixtures/hostile/hostile.fhir.json
	target/venv/bin/python tests/interop/check_xlsform.py tests/fixtures/interop/xlsform/*.xlsx tests/fixtures/instruments/*.xlsx tests/fixtures/hostile/hostile.xlsx
	target/venv/bin/python tests/interop/instruments.py --check
	node tests/e2e/interop/check-surveyjs.mjs $(foreach f,$(wildcard tests/fixtures/samples/*.coform.json) tests/fixtures/interop/features.coform.json,$(f) tests/fixtures/interop/surveyjs/$(notdir $(f:.coform.json=.surveyjs.json))) tests/fixtures/hostile/hostile.coform.json tests/fixtures/hostile/hostile.surveyjs.json

## bundle sizes (deterministic) against bench/size-limits.json
test-sizes:
	node bench/sizes.mjs --check

## component tests in headless Chromium
test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test components

## Playwright journeys against the release build in dist/
test-e2e:
	cd tests/e2e && npx playwright test

## bench: measure (not test) against the release build; figures go in BENCHMARKS.md.
## Writes the benchmark surveys, bundle sizes, the core benchmark (native and in Chromium) and the browser
## benchmarks to target/bench/*.json, then prints the tables.
bench: setup-test build
	python3 bench/survey.py target/bench
	node bench/sizes.mjs --json target/bench/sizes.json
	cargo bench --locked --bench core
	bench/core-wasm.sh
	bench/floor.sh
	cd tests/e2e && npx playwright test -c bench.config.ts --reporter=line
	node tests/e2e/bench/report.mjs target/bench

## fuzz: every importer under cargo-fuzz for FUZZ_SECONDS each (default 60); crashes become
## regression fixtures under tests/fixtures/fuzz/, which `make test` replays (tests/fuzz.rs).
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)
