#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Render the HTML report as a person sees it: headless Chromium loads the
# page, and the DOM it built must hold the charts (inline <svg> with glyph
# outlines: the Chinese labels) and the tables (the Hanyang figures, the
# targets with their status). Skipped (77) without chromium.
# Usage: check_report_browser.sh ECONIND
set -eu
econind=$1
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not installed: skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$econind" report -o "$tmp/report.html"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$tmp/profile" --window-size=1280,2400 \
    --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" 2>"$tmp/err.txt" \
    || { cat "$tmp/err.txt"; exit 1; }
python3 - "$tmp/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
def need(cond, what):
    if not cond:
        sys.exit("report in the browser: " + what)
svgs = re.findall(r"<svg[^>]*>", dom)
need(len(svgs) >= 6, f"expected charts for the headline indicators, found {len(svgs)}")
need(all('viewBox' in s for s in svgs), "a chart without a viewBox")
need(len(re.findall(r'<symbol[^>]*id="c\d+-glyph', dom)) > 50, "chart text is not drawn (no glyphs)")
need(len(set(re.findall(r'id="([^"]+)"', dom))) == len(re.findall(r'id="([^"]+)"', dom)),
     "duplicate ids across the inline charts")
need('aria-label="地区生产总值 gross domestic product"' in dom, "no GDP level chart")
rows = re.findall(r"<tr>(.*?)</tr>", dom, re.S)
cells = [re.findall(r"<td[^>]*>(.*?)</td>", r, re.S) for r in rows]
gdp2020 = [c for c in cells if c and c[0] == "2020" and "699.00" in c[1]]
need(gdp2020, "no 2020 GDP row with 699")
need(any("caliber-break" in x for x in gdp2020[0]), "2020 GDP growth not marked caliber-break")
need(any(c and c[0] == "2017" and "948.00" in c[1] and "estimate" in "".join(c) for c in cells),
     "no 2017 GDP estimate 948")
statuses = re.findall(r'<span class="badge (good|warn|bad)">(met|met early|on track|behind|not met|hard to reach)</span>', dom)
need(statuses, "no target shown with a status")
need('<section id="targets">' in dom and 'class="tally"' in dom, "no targets tally")
need("700, now actual 699" in dom, "the 700 -> 699 revision is missing")
print(f"{len(svgs)} charts, {len(rows)} table rows, {len(statuses)} targets with a status")
PY
