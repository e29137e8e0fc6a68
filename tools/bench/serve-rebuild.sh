#!/usr/bin/env bash
# Benchmark: how long `serve` takes to rebuild after one content file is saved, on the seed content.
# Copies content/, theme/ and netlify.toml to /dev/shm, starts `portal serve --port 0` (Release), then
# saves content/pages/gioi-thieu.md 20 times (its title alternates, so every save changes pages) and
# reads serve's own "Đã dựng lại … trong N ms" lines: the whole pipeline, validation and link checks
# included, from the save being noticed to the new site being served. Prints min, median and max, and
# the time from the save to the served page showing the new title, as curl sees it.
# Usage: tools/bench/serve-rebuild.sh [saves]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
saves="${1:-20}"
work=/dev/shm/portal-bench-serve
rm -rf "$work" && mkdir -p "$work"
cp -r "$repo/content" "$repo/theme" "$repo/netlify.toml" "$work/"
dotnet build -c Release "$repo/src/HaiPhongUrban.Portal" -o "$work/bin" >/dev/null
cd "$work"
env --default-signal=INT dotnet bin/portal.dll serve --port 0 >"$work/stdout" 2>"$work/stderr" &
serve=$!
trap 'kill -INT $serve 2>/dev/null || true; wait $serve 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q 'http://127.0.0.1:' "$work/stdout" && break; sleep 0.1; done
address="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/stdout" | head -1)"
echo "first build: $(grep -o 'trong [0-9]* ms' "$work/stdout" | head -1)"
page=content/pages/gioi-thieu.md
seen=()
for i in $(seq 1 "$saves"); do
  title="Giới thiệu và nguồn gốc (lần $i)"
  sed -i "s/^title: .*/title: $title/" "$page"
  start=$(date +%s%N)
  until curl -s "${address}gioi-thieu/" | grep -q "<title>$title |"; do sleep 0.01; done
  seen+=($(( ($(date +%s%N) - start) / 1000000 )))
  sleep 0.3
done
grep -o 'Đã dựng lại [0-9]* trang trong [0-9]* ms' "$work/stdout" | grep -o '[0-9]* ms' | grep -o '[0-9]*' | sort -n > "$work/rebuilds"
count=$(wc -l < "$work/rebuilds")
echo "rebuilds: $count; rebuild time min $(head -1 "$work/rebuilds") ms, median $(sed -n "$(( (count + 1) / 2 ))p" "$work/rebuilds") ms, max $(tail -1 "$work/rebuilds") ms"
printf '%s\n' "${seen[@]}" | sort -n > "$work/seen"
echo "save to served page (includes the 150 ms quiet spell that groups an editor's writes): min $(head -1 "$work/seen") ms, median $(sed -n "$(( (saves + 1) / 2 ))p" "$work/seen") ms, max $(tail -1 "$work/seen") ms"
echo "memory: $(grep VmHWM /proc/$serve/status | awk '{print $2, $3}') peak resident"
