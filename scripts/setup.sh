#!/usr/bin/env bash
# Installs what `make serve` / `make test` need and is missing, and skips what is
# already there, so a second run takes seconds.
#
#   scripts/setup.sh build   the pinned Rust (rust-toolchain.toml), wasm target, Trunk,
#                            wasm-bindgen CLI, wasm-split-cli, npm packages (wasm-opt, terser)
#   scripts/setup.sh test    the above, plus Debian's Chromium and ChromeDriver
#
# Only Rust, Node/npm, Python and gcc are assumed. Everything comes from the
# package registries by name; nothing downloads a prebuilt browser or toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PWD/node_modules/.bin:$cargo_bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The wasm-bindgen version Trunk will demand: the one Cargo.lock resolved.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# rust-toolchain.toml names the compiler by version (1.95.0). A machine whose only toolchain is
# that version under the name `stable` gets it linked under its version, so that nothing is
# downloaded; a machine with neither gets it from rustup as the file asks.
ensure_pinned_toolchain() {
  local want
  want=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
  if rustup toolchain list | grep -q "^$want-"; then return; fi
  if rustc +stable --version 2>/dev/null | grep -q "^rustc $want "; then
    # `rustup toolchain link` refuses a name that looks like a release, so the link is made
    # where rustup looks for that release.
    local host
    host=$(rustc +stable -vV | sed -n 's/^host: //p')
    say "linking the installed stable toolchain ($want) under its version"
    ln -s "$(rustc +stable --print sysroot)" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$want-$host"
    return
  fi
  say "installing Rust $want (rust-toolchain.toml)"
  rustup toolchain install "$want" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then return; fi
  # 0.21.14 is the newest Trunk that builds with Rust 1.95's MSRV needs; ~8 min once.
  say "installing Trunk $TRUNK_VERSION (compiles once, several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  [ -n "$want" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want" \
    && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  # Not --locked: one of 0.2.130's locked dependency versions is not served by
  # the registry; the unlocked resolution builds and behaves the same.
  say "installing wasm-bindgen-cli $want (compiles once, a few minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
}

ensure_wasm_split() {
  # Splits the release wasm into modules fetched on first use (scripts/wasm_split.py).
  # The CLI prints no version; cargo's list of installed packages has it.
  if command -v wasm-split-cli >/dev/null \
    && cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then return; fi
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (compiles once, about a minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
}

ensure_npm_packages() {
  # npm ci only when the lock file changed since the last install.
  if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    return
  fi
  say "installing npm packages (wasm-opt, Playwright, axe-core)"
  # Playwright must never fetch a browser: Debian's Chromium is used instead.
  # No optional packages: pdf.js (the report test reads PDF text) would pull a native canvas it does not need.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --omit=optional
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Debian's chromium and chromium-driver"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
}

case "${1:-build}" in
  build)
    ensure_pinned_toolchain; ensure_wasm_target; ensure_trunk; ensure_wasm_bindgen; ensure_wasm_split; ensure_npm_packages ;;
  test)
    ensure_pinned_toolchain; ensure_wasm_target; ensure_trunk; ensure_wasm_bindgen; ensure_wasm_split; ensure_npm_packages; ensure_chromium ;;
  *)
    echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac
