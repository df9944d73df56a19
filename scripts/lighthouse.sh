#!/usr/bin/env bash
# Lighthouse on the release build (make dist first), served under a sub-path
# with gzip like GitHub Pages. Prints each category's score and the core
# timings for the mobile (default) and desktop presets. A measurement, not a
# test: scores move with the machine's load, so nothing here fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "lighthouse: build first (make dist)" >&2; exit 1; }

port=4190
node e2e/serve.mjs --root dist --base /micromacro/ --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1

out=$(mktemp -d)
for preset in mobile desktop; do
  extra=()
  [ "$preset" = desktop ] && extra=(--preset=desktop)
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.8.2 "http://127.0.0.1:$port/micromacro/" \
    --quiet "${extra[@]}" --output=json --output-path="$out/$preset.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" 2>/dev/null
  python3 - "$preset" "$out/$preset.json" <<'PY'
import json, sys
preset, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
scores = " ".join(f"{k}={round(c['score'] * 100)}" for k, c in report["categories"].items())
audits = report["audits"]
timings = " ".join(
    f"{name}={audits[key]['displayValue']}"
    for name, key in [("FCP", "first-contentful-paint"), ("LCP", "largest-contentful-paint"),
                      ("TBT", "total-blocking-time"), ("CLS", "cumulative-layout-shift")])
print(f"lighthouse {preset}: {scores} | {timings}")
PY
done
