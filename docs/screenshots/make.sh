#!/usr/bin/env bash
# Regenerate the HTML report screenshots shown in the README (needs chromium; run from the repository root).
set -euo pipefail
out=docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1796040000  # the footer's time, fixed so that the pictures change only with the report
factcheck compare --format html -o "$tmp/seed.html" fixtures/seed-kyiv-2022-02-24
factcheck compare --format html -o "$tmp/ecb.html" fixtures/ecb-iran-quake-toll
shot() {  # URL WIDTH,HEIGHT PNG
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size="$2" --screenshot="$3" "$1" 2>/dev/null
}
shot "file://$tmp/seed.html" 1280,1000 "$out/html-seed-top.png"
# A link to a fact opens its evidence and scrolls to it: shown in a frame, as the page scrolled there.
frame() {  # PAGE HEIGHT PNG
  printf '<!doctype html><body style="margin:0"><iframe src="%s" style="border:0;width:1280px;height:%spx">' \
    "$1" "$2" > "$tmp/frame.html"
  shot "file://$tmp/frame.html" "1280,$2" "$3"
}
frame "seed.html#f2" 1000 "$out/html-seed-evidence.png"
frame "ecb.html?verdict=conflict,update" 1150 "$out/html-ecb-iran-conflicts.png"
