# Micro·Macro: every command installs what it needs first (scripts/setup.sh),
# skipping what is already installed.
#
#   make serve   build and serve the app on http://127.0.0.1:8080 (rebuilds on change)
#   make test    every test layer: lint (rustfmt, clippy with clippy.toml's rules, the GitHub
#                workflows), native, browser (wasm-bindgen-test), release build, end to end
#   make dist    release build in dist/, working under any sub-path; prints its size
#   make size    the size report of dist/: served sizes, code by crate, the app's largest
#                functions; fails when the wasm passes WASM_GZIP_BUDGET or the main module with
#                the page's language MAIN_WASM_GZIP_BUDGET, when the wasm holds code it must not
#                (serde, core's float parser or printer, its case tables), or when a served file
#                holds a path of this machine (make test runs it)
#   make bench   the engine's criterion benchmarks
#   make fuzz    10 million generated and mutated inputs through the link, backup, record,
#                roster and results decoders, and the float and JSON codecs against std and
#                serde_json (make test runs 100,000 of them)
#   make lighthouse  Lighthouse scores of the release build (after make dist), the median
#                of LIGHTHOUSE_RUNS runs (3) per route and preset

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# Cargo's home: its installed tools, and the registry's sources a release build names.
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
CARGO_BIN := $(CARGO_HOME_DIR)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

# Browser tests: Debian's ChromeDriver drives Debian's Chromium (flags in webdriver.json).
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 120
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve dist test test-lint test-native test-browser test-e2e size bench fuzz lighthouse setup-build setup-test clean

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

serve: setup-build
	trunk serve

# Budgets (gzip bytes, ratchets just above the last measured size; raise one only with a reason
# in the commit message, lower it when a change makes room; history is in `git log -p Makefile`).
# The wasm a route fetches before its page shows, on the route that fetches the most (#/plan).
WASM_GZIP_BUDGET := 331200
# The main module with the page's language: all that home fetches, every other route's first files.
MAIN_WASM_GZIP_BUDGET := 150500
# Beside the release wasm, scripts/wasm_split.py leaves the main module with its name
# section (the breakdown by crate) and which files each split module fetches.
RELEASE_DIR := target/wasm32-unknown-unknown/release

# The release build splits its wasm into modules fetched on first use (src/ui/lazy.rs,
# scripts/wasm_split.py): `micromacro_split` compiles the split points in, and the linker
# keeps the relocations wasm-split-cli reads. (This variable replaces the config file's
# flags for these builds, so it repeats `erase_components`; see .cargo/config.toml.)
# The crates' sources are named from the registry's folder on, not from this machine's home:
# panic locations keep file names in the wasm, and no path of the build machine ships.
RELEASE_WASM_RUSTFLAGS := --cfg erase_components --cfg micromacro_split -Clink-args=--emit-relocs \
	--remap-path-prefix=$(CARGO_HOME_DIR)/registry/src/=

dist: setup-build
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(RELEASE_WASM_RUSTFLAGS)" trunk build --release --public-url ./
	@$(MAKE) --no-print-directory size

size:
	@node scripts/size-report.mjs dist --names=$(RELEASE_DIR)/micromacro-main.wasm \
		--code=$(RELEASE_DIR)/micromacro.wasm \
		--split=$(RELEASE_DIR)/wasm-split.json --budget-gzip=$(WASM_GZIP_BUDGET) \
		--budget-main-gzip=$(MAIN_WASM_GZIP_BUDGET) \
		--forbid=$(CURDIR)/ --forbid=$(CARGO_HOME_DIR)/

test: setup-test
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory test-lint test-native test-browser dist test-e2e; \
	echo "make test: all layers passed in $$(( $$(date +%s) - start ))s"

test-lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	node scripts/lint-workflows.mjs

test-native:
	cargo test --workspace --locked
	cargo run --locked -q -p micromacro-fuzz -- 100000
	python3 -m unittest scripts/test_csp_hashes.py scripts/test_service_worker.py scripts/test_wasm_split.py \
		scripts/test_route_modules.py

test-browser:
	cargo test --locked --target wasm32-unknown-unknown -p micromacro --test web -- --nocapture

test-e2e:
	npx playwright test

bench:
	cargo bench -p micromacro-engine --locked

fuzz:
	cargo run --locked --release -q -p micromacro-fuzz -- 10000000

lighthouse:
	@scripts/lighthouse.sh

clean:
	cargo clean
	rm -rf dist e2e/artifacts test-results
