# Micro·Macro: every command installs what it needs first (scripts/setup.sh),
# skipping what is already installed.
#
#   make serve   build and serve the app on http://127.0.0.1:8080 (rebuilds on change)
#   make test    every test layer: lint, native, browser (wasm-bindgen-test), end to end
#   make dist    release build in dist/, working under any sub-path; prints its size
#   make bench   the engine's criterion benchmarks
#   make lighthouse  Lighthouse scores of the release build (after make dist)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

# Browser tests: Debian's ChromeDriver drives Debian's Chromium (flags in webdriver.json).
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 120
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve dist test test-lint test-native test-browser test-e2e size bench lighthouse setup-build setup-test clean

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

serve: setup-build
	trunk serve

dist: setup-build
	trunk build --release --public-url ./
	@node scripts/size-report.mjs dist

size:
	@node scripts/size-report.mjs dist

test: setup-test
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory test-lint test-native test-browser dist test-e2e; \
	echo "make test: all layers passed in $$(( $$(date +%s) - start ))s"

test-lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

test-native:
	cargo test --workspace --locked
	python3 -m unittest scripts/test_csp_hashes.py scripts/test_service_worker.py

test-browser:
	cargo test --locked --target wasm32-unknown-unknown -p micromacro --test web -- --nocapture

test-e2e:
	npx playwright test

bench:
	cargo bench -p micromacro-engine --locked

lighthouse:
	@scripts/lighthouse.sh

clean:
	cargo clean
	rm -rf dist e2e/artifacts test-results
