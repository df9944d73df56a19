# Micro·Macro: every command installs what it needs first (scripts/setup.sh),
# skipping what is already installed.
#
#   make serve   build and serve the app on http://127.0.0.1:8080 (rebuilds on change)
#   make test    every test layer: lint, native, browser (wasm-bindgen-test), end to end
#   make dist    release build in dist/, working under any sub-path; prints its size
#   make size    the size report of dist/: served sizes, code by crate, the app's largest
#                functions; fails when the wasm passes WASM_GZIP_BUDGET or the main module with
#                the page's language MAIN_WASM_GZIP_BUDGET, or a served file holds a path of
#                this machine
#                (make test runs it)
#   make bench   the engine's criterion benchmarks
#   make fuzz    10 million generated and mutated inputs through the link, backup, record
#                and roster decoders (make test runs 100,000 of them)
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

# The gzip size of the wasm a route fetches before its page shows, on the route that fetches
# the most (bytes; before the split, of the one wasm). A ratchet: it sits just above the
# size measured when it was last lowered, so any growth has to be argued for by raising it
# here. The goal is 300 KB this round and 150 KB after; see ARCHITECTURE.md, "Performance".
# Raised from 550000 for "show the math" on every headline figure (+4.8 KB) and the
# charts' P10-P90 whiskers, typed select fields and pair guesses in the optimiser (+8.2 KB,
# after taking back 5.6 KB of it: no std sort, no signal per select type): 555311 measured.
# Raised from 556000 for drawing charts only near the screen and mounting after the
# skeleton's first paint (IntersectionObserver and frame-callback glue, +1.4 KB), which,
# with the benchmarks panel and the charts' tables built when opened, took the planner's
# load on a 4x-throttled phone from 830-1100 ms of blocking time to 310-720 ms; the chart
# figure compiled once (-2.8 KB) paid for the code-health changes of the same round
# (stores, record versions, campaign operations): 556862 measured. Then the client view's
# introduction, in both languages (+229 B of text), and mounting after the skeleton's first
# contentful paint as the browser reports it (+424 B; a shared link's Lighthouse LCP went
# from 3.9 s to 1.2 s): 557515 measured. Raised from 558000 for mounting the planner in
# finer steps with the ranges, factors and curves after the mount (two more staged parts of
# the brief, clearing figures without redrawing, ranges shown once complete; about +1.5 KB)
# and the report page's introduction in both languages, also its skeleton (about +0.4 KB;
# #/report's Lighthouse performance went from 87 to 100, its LCP from 3.9 s to 1.1 s):
# 559863 measured. Then the toolbar in a step of its own, and the recommendation's
# confidence line following the ranges alone instead of rebuilding the whole panel when they
# arrive, with a line holding its place until then (+433 B; the planner's layout shift on
# desktop went from 0.005 to 0): 560296 measured. Then the print button only where there is
# a report to print (+156 B): 560452 measured. Then the comparison's ranges as their own
# reactive parts, so their arrival updates the range texts instead of rebuilding the three
# cards (+393 B): 560845 measured. Lowered for the engine at opt-level 2 instead of 3
# (-3067 B; see Cargo.toml): 557778 measured. Raised from 557800 for the charts' bitmaps
# taking their height from the page (the tornado is flatter beside two columns of charts, so
# its text is no longer twice theirs) and the client view's shorter introduction (+46 B
# together): 557824 measured. Lowered for the split into modules fetched on first use
# (src/ui/lazy.rs: the checklist, saved-campaigns and report pages, a shared checklist result
# and the planner's share box) and the catalogue's texts as three strings a section instead of
# a table of pointers (-8 KB): the main module, all that home, the planner and a shared
# campaign fetch before they show, is 491,618 B; the checklist page, the largest first load,
# fetches 537,293 B. Raised for reading a shared link's kind from its prefix before the
# mount instead of decoding the whole link twice in the first task (+109 B): 537,402 B.
# Lowered for two split modules instead of four: the planner's lower parts (creators, roster,
# comparison, charts, benchmarks) with its share box, fetched as the planner mounts, and the
# three pages with a shared checklist result (one chunk of shared code instead of six). The
# main module, all that home, the planner and a shared campaign fetch before they show, is
# 350,857 B (-28.6 %); the pages fetch 460,356 B. Raised for decoding a share link in a task
# of its own before the mount (+298 B): on a 4x-throttled CPU the mount's task on a shared
# link went from 161-336 ms to 109-206 ms, and Lighthouse mobile on a shared link, alternating
# with the build before, scored 99 98 95 98 against 93 96 96 93: 460,654 B. Raised for a
# line saying what is coming while the planner's module is on its way (a second or more on a
# slow connection, where the page showed nothing below the recommendation), in both
# languages (+720 B): 461,374 B. Raised for the optimiser's local search and branch and
# bound on small pools, which reach the optimum where the greedy steps stopped at 84-92 % of
# it and prove the plan optimal when the search completes (the solver was test-only code
# before), with the lines saying so in both languages (+4,494 B): 465,868 B. Lowered for
# mounting the creators' list with the planner's module instead of behind a second switch on
# the same step (-393 B): 465,475 B. Then the math's line on how the optimiser works
# naming its search on small pools, which happened to compress better (-480 B): 464,995 B.
# Raised for registering the service worker when the page is idle and starting the planner
# module's fetch in a task of its own, both out of the first mount's task, and for numbers
# written without core's float printing (src/i18n/decimal.rs), which leaves the main module
# but stays in the chunk the pages share with the planner, since plotters prints floats
# (+628 B): 465,623 B. Lowered for working out a shared campaign's decision in a task before
# the mount, whose plain steps the planner's memos now share (-159 B): 465,464 B. Raised for
# building the app's frame and its page in two tasks before it replaces the skeleton, and the
# creators' rows added a few milliseconds' worth a task (+1,707 B, 964 B of it in the chunk
# the pages share with the planner): the first load's longest task on #/plan went from a
# median of 88 to 51 ms unthrottled, and a shared link's rows from one task of 49-101 ms to
# tasks under 20 ms: 467,171 B. Lowered for the optimiser counting what still fits without a
# vector (-319 B), with the comparison's cards a task each on a first load (+1 B): 466,853 B.
# Lowered for case folding without the standard library's Unicode tables (engine/src/
# case_fold.rs: str::to_lowercase and char::is_alphabetic were 27 KB of the main module's
# data; -17,521 B): 449,325 B. Lowered for reading numbers without core's float parser
# (src/i18n/parse_float.rs: its table of powers of five is 11 KB that gzip cannot shrink;
# -12,280 B): 437,045 B. Then the export's own CSV writer (+6 B) and crate sources named
# without the build machine's home folder (-117 B): 436,934 B. Lowered for one big integer
# for writing and reading numbers (src/i18n/big.rs) instead of two (-125 B): 436,809 B.
# Lowered for JSON read and written by the app's own codec (src/json/) instead of serde's
# derives and serde_json (-29,827 B): 406,982 B. Lowered for each language's texts in a module
# of their own, fetched with the page (src/i18n/texts.rs; the larger, Dutch, counts; -12,143 B):
# 394,839 B. Lowered for the JSON reader finding a key twice with a hash set, not a sort of
# its own (-1,234 B): 393,605 B. Raised for the backup file's date and list checked one by one
# and a saved record's version read from the one parse (+25 B): 393,630 B. Lowered for the
# checklist's answers ordered by the app's one stable sort, not an unstable sort of their own
# in the pages' module (-1,543 B): 392,087 B. Lowered for the report page in a module of its
# own, so the checklist and saved campaigns no longer fetch its charts, nor the report the
# checklist (three split modules and four chunks instead of two and one; the largest first
# load is now the checklist's, #/report's about 343 KB): 349,866 B. Lowered for the ranges task
# and the engine's sampling in the planner's module, started by its lower parts (-14,084 B):
# 335,782 B. Lowered for sorting numbers through the engine's one sort instead of a second
# copy of the standard library's (-2,047 B): 333,735 B. Lowered for the planner's pages (and a
# shared link's page, with the work done ahead of its mount) in a split module of their own,
# so home, the checklist, saved campaigns and the report no longer fetch the planner's first
# screen and the engine's decision: the largest first load is now #/plan's and a shared
# campaign's, the main module, Dutch and the planner's module with its chunks (10 files):
# 293,179 B, within the round's 300 KB on every route; then 293,174 B (panic locations moved).
WASM_GZIP_BUDGET := 293200
# The main module and the page's language: everything the home page fetches before it shows,
# and what every other route fetches first (until the planner's pages had a module of their
# own, all that the planner and a shared link fetched too; the main module alone until each
# language's texts had a module of their own). 356,253 B at the start of the session that set it; numbers written without
# core's float printing took it to 349,253 B (-7,000 B); a shared campaign's decision worked
# out ahead of the mount, to 349,071 B; the app's frame and page built in two tasks (+715 B),
# to 349,786 B; the optimiser's count without a vector and the comparison's cards a task
# each (-387 B), to 349,399 B; case folding without Unicode's tables (-17,548 B), to 331,851 B;
# numbers read without core's float parser (-12,271 B), to 319,580 B; the roster export's
# own CSV writer (-22 B), to 319,558 B; sources named without the home folder (-114 B), to
# 319,444 B; one big integer for writing and reading numbers (-92 B), to 319,352 B; JSON
# by the app's own codec instead of serde (-22,839 B), to 296,513 B; each language's texts in
# a module of their own (the main module 271,682 B, with Dutch, the larger language; -12,092 B),
# to 284,421 B; the JSON reader's duplicate keys found with a hash set, not a sort of its own
# (-1,442 B), to 282,979 B; records' versions read from their one parse (+2 B), to 282,981 B;
# then (panic locations in a shifted file) 282,988 B. Raised for the report page's module of its
# own (its loader and preload in the main module, +135 B): 283,123 B. Lowered for the ranges
# task and the engine's sampling in the planner's module (-14,124 B): 268,999 B. Lowered for
# numbers sorted through the engine's one sort, not a second standard sort (-2,017 B): 266,982 B.
# Lowered for the planner's pages in a module of their own (-125,134 B): 141,848 B (then
# 141,847 B), all that home fetches; every other route fetches its page's module after it.
MAIN_WASM_GZIP_BUDGET := 141870
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

test-native:
	cargo test --workspace --locked
	cargo run --locked -q -p micromacro-fuzz -- 100000
	python3 -m unittest scripts/test_csp_hashes.py scripts/test_service_worker.py scripts/test_wasm_split.py

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
