#!/usr/bin/env bash
# Benchmark: the seed content plus one synthetic dataset of N rows (default 200000), built from a
# copy under /dev/shm (many files created right after deleting many are slow on / here). Prints
# wall time and peak memory, so that the claim "downloads are streamed, memory does not grow with
# rows" can be rerun rather than believed. Usage: tools/bench/large-dataset.sh [rows]
set -euo pipefail
rows="${1:-200000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=/dev/shm/portal-bench
rm -rf "$work" && mkdir -p "$work"
cp -r "$repo/content" "$repo/theme" "$work/"
dotnet build -c Release "$repo/src/HaiPhongUrban.Portal" -o "$work/bin" >/dev/null

mkdir -p "$work/content/datasets/bench-rows"
cat > "$work/content/datasets/bench-rows/dataset.yml" <<YAML
title: Benchmark rows
description: Synthetic rows for the benchmark only.
keywords: [benchmark]
themes: [quy-hoach]
issued: 2026-01-01
modified: 2026-01-01
update_frequency: never
changes:
  - { date: 2026-01-01, note: Synthetic. }
resources:
  - name: bench-rows
    title: Rows
    path: rows.csv
    schema:
      primary_key: id
      fields:
        - { name: id, title: Id, type: integer, description: Row number. }
        - { name: label, title: Label, type: string, description: Text with commas and Vietnamese. }
        - { name: value, title: Value, type: number, description: A signed number. }
        - { name: day, title: Day, type: date, description: A date. }
YAML
python3 - "$rows" "$work/content/datasets/bench-rows/rows.csv" <<'PY'
import sys, datetime
n, path = int(sys.argv[1]), sys.argv[2]
start = datetime.date(2000, 1, 1)
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("id,label,value,day\r\n")
    for i in range(1, n + 1):
        f.write(f'{i},"Dòng {i}, quy hoạch đô thị",{(i % 200) - 100}.5,{start + datetime.timedelta(days=i % 9000)}\r\n')
PY
echo "rows: $rows, csv: $(du -h "$work/content/datasets/bench-rows/rows.csv" | cut -f1)"
cd "$work"
/usr/bin/time -f "build: %e s wall, %M KB peak memory" dotnet bin/portal.dll build --output "$work/out" 2>&1 | grep -E "build:|error" || true
du -sh "$work/out/du-lieu/bench-rows"
