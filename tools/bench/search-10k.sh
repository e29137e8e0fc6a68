#!/usr/bin/env bash
# Benchmark: search on a city-sized portal as a reader's browser runs it. Builds the seed content plus
# N generated Markdown pages (default 10,000; tools/bench/gen-pages.py) under /dev/shm, serves the output
# on 127.0.0.1 (python3 -m http.server: plain files, no compression, so the bytes are the decoded ones),
# opens /tim-kiem/ in /usr/bin/chromium (headless, driven by playwright-core, which downloads no browser),
# types the query (default "quy hoach do thi"), presses Enter and prints the decoded bytes fetched (page,
# assets and index files) and the time from Enter to the first result shown.
# Usage: tools/bench/search-10k.sh [pages] [query]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
pages="${1:-10000}"
query="${2:-quy hoach do thi}"
work=/dev/shm/portal-bench-search-10k
rm -rf "$work" && mkdir -p "$work"
cp -r "$repo/content" "$work/content"
# The generator writes a Hugo site too (tools/bench/run.sh builds it); here only its portal pages are used.
python3 "$repo/tools/bench/gen-pages.py" "$pages" "$work/hugo" "$work/content/pages" >/dev/null
(cd "$repo/tools/bench/browser" && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >/dev/null)
dotnet build -c Release "$repo/src/HaiPhongUrban.Portal" -o "$work/bin" >/dev/null
start=$(date +%s%N)
dotnet "$work/bin/portal.dll" build --content "$work/content" --theme "$repo/theme" --output "$work/out" >"$work/build.log" 2>&1 \
  || { tail -20 "$work/build.log"; echo "the build failed" >&2; exit 1; }
built=$(find "$work/out" -name index.html | wc -l)
[ "$built" -ge "$pages" ] || { echo "the build wrote $built pages, fewer than the $pages generated" >&2; exit 1; }
echo "build: $built pages in $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "search files: $(find "$work/out/tim-kiem" -type f ! -name index.html | wc -l), $(find "$work/out/tim-kiem" -type f ! -name index.html -printf '%s\n' | awk '{s+=$1} END {print s}') bytes in all"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/out" "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/tim-kiem/" >/dev/null && break; sleep 0.1; done
node "$repo/tools/bench/browser/search-query.js" "http://127.0.0.1:$port/tim-kiem/" "$query"
