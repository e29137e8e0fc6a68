#!/usr/bin/env bash
# Benchmark: how long `serve` takes to show an edit after one content file is saved (issue 16's goal: the
# edit in the browser < 300 ms on the 10,000-page site). Copies content/, theme/ and netlify.toml to
# /dev/shm, optionally adds N generated Markdown pages (gen-pages.py, the corpus of tools/bench/run.sh),
# starts the published Release binary (ReadyToRun, as the benchmark times `build`) with
# `serve --port 0 --timings`, then saves one page SAVES times, its title changed each time (content/pages/
# gioi-thieu.md on the seed, content/pages/p00042.md with generated pages), and measures from the save to
# the served page carrying the new title, as curl sees it (this includes the watcher's 75 ms quiet spell,
# which groups an editor's writes into one save). Prints min, median and max of that and of serve's own
# rebuild time, each rebuild's stage times (the last one), and the process's peak memory.
# Usage: tools/bench/serve-rebuild.sh [saves] [pages]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
saves="${1:-20}"
pages="${2:-0}"
work=/dev/shm/portal-bench-serve
rm -rf "$work" && mkdir -p "$work/site"
cp -r "$repo/content" "$repo/theme" "$repo/netlify.toml" "$work/site/"
page=content/pages/gioi-thieu.md
url=gioi-thieu/
if [ "$pages" -gt 0 ]; then
  python3 "$repo/tools/bench/gen-pages.py" "$pages" "$work/hugo" "$work/site/content/pages" >/dev/null
  page=content/pages/p00042.md
  url=p00042/
fi
dotnet publish "$repo/src/HaiPhongUrban.Portal" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/bin" -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
cd "$work/site"
env --default-signal=INT "$work/bin/portal" serve --port 0 --timings >"$work/stdout" 2>"$work/stderr" &
serve=$!
trap 'kill -INT $serve 2>/dev/null || true; wait $serve 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do grep -q 'http://127.0.0.1:' "$work/stdout" && break; sleep 0.1; done
address="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/stdout" | head -1)"
[ -n "$address" ] || { cat "$work/stderr" >&2; echo "serve did not start" >&2; exit 1; }
echo "site: $(grep -o '[0-9]* trang' "$work/stdout" | head -1 | grep -o '[0-9]*') pages; first build: $(grep -o 'trong [0-9]* ms' "$work/stdout" | head -1)"
seen=()
for i in $(seq 1 "$saves"); do
  title="Trang sửa lần $i"
  sed -i "s/^title: .*/title: $title/" "$page"
  start=$(date +%s%N)
  until curl -s "${address}${url}" | grep -q "<title>$title |"; do sleep 0.005; done
  seen+=($(( ($(date +%s%N) - start) / 1000000 )))
  sleep 0.4
done
grep -o 'Đã dựng lại [0-9]* trang trong [0-9]* ms' "$work/stdout" | grep -o 'trong [0-9]* ms' | grep -o '[0-9]* ms' | grep -o '[0-9]*' | sort -n > "$work/rebuilds"
count=$(wc -l < "$work/rebuilds")
echo "rebuilds: $count; rebuild time min $(head -1 "$work/rebuilds") ms, median $(sed -n "$(( (count + 1) / 2 ))p" "$work/rebuilds") ms, max $(tail -1 "$work/rebuilds") ms"
printf '%s\n' "${seen[@]}" | sort -n > "$work/seen"
echo "save to served page (75 ms quiet spell included): min $(head -1 "$work/seen") ms, median $(sed -n "$(( (saves + 1) / 2 ))p" "$work/seen") ms, max $(tail -1 "$work/seen") ms"
echo "last rebuild's stages: $(grep '^timing ' "$work/stderr" | tail -9 | sed 's/^timing //' | paste -sd';' - | sed 's/;/; /g')"
echo "memory: $(grep VmHWM /proc/$serve/status | awk '{print $2, $3}') peak resident"
