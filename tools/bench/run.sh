#!/usr/bin/env bash
# Benchmark of issue 16's goals, each as a ratio measured in one run (a ratio taken in one run survives a
# busy machine better than two absolute times):
#   - the seed content plus 1,000 and plus 10,000 Markdown pages, the portal against Hugo building the
#     same pages (CPU, wall and peak memory ratios);
#   - a generated 1,000,000-row, 8-column dataset added to the seed, the build's extra time against
#     Miller converting the same CSV to JSON (`mlr --icsv --ojson cat`), and the build's peak memory;
#   - the seed site as Netlify builds it, process start included;
#   - `serve` on the seed plus 10,000 pages: one page saved, the time until the served page shows the edit
#     (tools/bench/serve-rebuild.sh).
# Builds are timed twice against Hugo: without the build cache (--no-cache, every piece of work done, the
# figure the goals are judged by) and from a warm one (.cache/portal/ left by the run before, as a
# staff member's second build or a Netlify build with the cache restored has it).
# The portal timed is the published Release binary with ReadyToRun (what .ci/netlify-build runs), not
# `dotnet run`. hyperfine times both commands of a pair in the same run (warm-ups, mean ± spread, min,
# max); /usr/bin/time -v gives peak memory, which hyperfine does not; the portal's own `--timings`
# gives the time of each build stage. Any build that exits non-zero, or writes fewer pages than it
# should, stops the benchmark: a failed build must never benchmark as fast.
# Everything is written under /dev/shm (many files created right after deleting many are slow on /).
# Usage: tools/bench/run.sh [--quick] [--only seed,1000,10000,rows,serve]
#   --quick  fewer runs (3 of each where a run is short, 2 otherwise), for a trial while developing.
#   --only   just the listed parts (default: all four).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=/dev/shm/portal-bench-run
quick=false
only="seed,1000,10000,rows,serve"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --only) only="$2"; shift ;;
    *) echo "usage: $0 [--quick] [--only seed,1000,10000,rows,serve]" >&2; exit 2 ;;
  esac
  shift
done
wants() { [[ ",$only," == *",$1,"* ]]; }
# hyperfine's runs: many where a run is short, fewer where it takes seconds.
if $quick; then runs_small=3; runs_large=2; warmup=1; else runs_small=10; runs_large=5; warmup=2; fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "Cannot run '$*': not root and no sudo." >&2; return 1
  fi
}

packages=()
command -v hugo >/dev/null 2>&1 || packages+=(hugo)
command -v mlr >/dev/null 2>&1 || packages+=(miller)
command -v hyperfine >/dev/null 2>&1 || packages+=(hyperfine)
[ -x /usr/bin/time ] || packages+=(time)
if [ "${#packages[@]}" -gt 0 ]; then
  echo "Installing ${packages[*]} for the benchmark…"
  as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
fi

fail() { echo "bench: $*" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
echo "== publishing the portal (Release, ReadyToRun) to $work/bin"
dotnet publish "$repo/src/HaiPhongUrban.Portal" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/bin" -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; fail "dotnet publish failed"; }
portal="$work/bin/portal"

# A site: a copy of the seed content and theme. No published-urls.txt beside it, so the synthetic
# pages' new addresses raise no warning (the list speaks for the real repository only).
new_site() {
  mkdir -p "$1"
  cp -r "$repo/content" "$repo/theme" "$1/"
}

# Builds a site once with --timings (without the cache, or with the flags given as $3), checks its exit
# code and page count, and prints its stage times.
# $1 the site's folder, $2 how many pages it must build at least; sets built_pages and peak_kb.
check_build() {
  local site="$1" expected="$2" flags="${3:---no-cache}" log="$1.check"
  ( cd "$site" && /usr/bin/time -v "$portal" build --lang en --timings $flags --output "$site/output" ) >"$log" 2>&1 \
    || { tail -20 "$log" >&2; fail "the build of $site exited non-zero"; }
  built_pages="$(grep -o '^Built [0-9]* pages' "$log" | grep -o '[0-9]*' || true)"
  [ -n "$built_pages" ] && [ "$built_pages" -ge "$expected" ] || fail "the build of $site wrote ${built_pages:-no} pages, fewer than $expected"
  peak_kb="$(grep 'Maximum resident set size' "$log" | grep -o '[0-9]*')"
  echo "stages (wall, CPU of every thread): $(grep '^timing ' "$log" | sed 's/^timing //' | paste -sd';' - | sed 's/;/; /g')"
}

# Peak resident memory of one run of a command, in KB; the command must succeed.
peak_of() {
  /usr/bin/time -v "$@" >/dev/null 2>"$work/peak.log" || { cat "$work/peak.log" >&2; fail "$1 exited non-zero"; }
  grep 'Maximum resident set size' "$work/peak.log" | grep -o '[0-9]*'
}

# From hyperfine's JSON: the mean wall time or the mean CPU time (user + system) of a named command, in s.
stat_of() { python3 -c '
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
r = results[sys.argv[2]]
print("%.4f" % (r["mean"] if sys.argv[3] == "wall" else r["user"] + r["system"]))' "$@"; }
ratio() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$1" "$2"; }

# One line of the closing table: what, the figure, the goal, and whether the goal is met.
summary=()
verdict() { # $1 what, $2 the figure as a number, $3 le or lt, $4 the goal, $5 the figure as shown
  local met sign
  met="$(python3 -c 'import sys; v, op, g = float(sys.argv[1]), sys.argv[2], float(sys.argv[3]); print("met" if (v <= g if op == "le" else v < g) else "NOT met")' "$2" "$3" "$4")"
  sign="$([ "$3" = le ] && echo '≤' || echo '<')"
  summary+=("$(printf '%-46s %-10s goal %s %-6s %s' "$1" "$5" "$sign" "$4" "$met")")
}

# The seed alone: its page count is what every bigger site adds to.
new_site "$work/seed"
echo "== seed content"
check_build "$work/seed" 1
seed_pages="$built_pages"
echo "seed: $seed_pages pages, peak $((peak_kb / 1024)) MiB"
if wants seed; then
  hyperfine --warmup "$warmup" --runs "$runs_small" --export-json "$work/seed.json" \
    -n portal-seed "cd $work/seed && $portal build --no-cache --output $work/seed/output"
  seed_wall="$(stat_of "$work/seed.json" portal-seed wall)"
  verdict "seed build, process start included (s)" "$seed_wall" lt 1.0 "$seed_wall"
fi

for pages in 1000 10000; do
  wants "$pages" || continue
  echo "== seed + $pages pages against Hugo"
  hugo_site="$work/hugo-$pages"
  site="$work/pages-$pages"
  new_site "$site"
  python3 "$repo/tools/bench/gen-pages.py" "$pages" "$hugo_site" "$site/content/pages"
  check_build "$site" $((seed_pages + pages))
  portal_peak="$peak_kb"
  echo "(from a warm cache:)"
  check_build "$site" $((seed_pages + pages)) ""
  check_build "$site" $((seed_pages + pages)) ""
  warm_peak="$peak_kb"
  hugo_peak="$(peak_of hugo --quiet --source "$hugo_site" --destination "$hugo_site/public")"
  hugo_pages="$(find "$hugo_site/public/posts" -mindepth 2 -name index.html | wc -l)"
  [ "$hugo_pages" -ge "$pages" ] || fail "hugo wrote $hugo_pages pages, fewer than $pages"
  runs=$([ "$pages" -le 1000 ] && echo "$runs_small" || echo "$runs_large")
  hyperfine --warmup "$warmup" --runs "$runs" --export-json "$work/pages-$pages.json" \
    -n portal "cd $site && $portal build --no-cache --output $site/output" \
    -n portal-warm "cd $site && $portal build --output $site/output" \
    -n hugo "hugo --quiet --source $hugo_site --destination $hugo_site/public"
  # The timed runs must have built every page too, not only the checked one.
  written="$(find "$site/output" -mindepth 2 -maxdepth 2 -path '*/p[0-9][0-9][0-9][0-9][0-9]/index.html' | wc -l)"
  [ "$written" -eq "$pages" ] || fail "the timed build left $written of the $pages pages in $site/output"
  cpu="$(ratio "$(stat_of "$work/pages-$pages.json" portal cpu)" "$(stat_of "$work/pages-$pages.json" hugo cpu)")"
  wall="$(ratio "$(stat_of "$work/pages-$pages.json" portal wall)" "$(stat_of "$work/pages-$pages.json" hugo wall)")"
  memory="$(ratio "$portal_peak" "$hugo_peak")"
  warm_cpu="$(ratio "$(stat_of "$work/pages-$pages.json" portal-warm cpu)" "$(stat_of "$work/pages-$pages.json" hugo cpu)")"
  warm_wall="$(ratio "$(stat_of "$work/pages-$pages.json" portal-warm wall)" "$(stat_of "$work/pages-$pages.json" hugo wall)")"
  warm_memory="$(ratio "$warm_peak" "$hugo_peak")"
  echo "peak memory: portal $((portal_peak / 1024)) MiB (warm cache $((warm_peak / 1024)) MiB), hugo $((hugo_peak / 1024)) MiB"
  verdict "$pages pages: CPU, portal / Hugo" "$cpu" le 0.5 "$cpu"
  verdict "$pages pages: wall, portal / Hugo" "$wall" le 0.5 "$wall"
  verdict "$pages pages: peak memory, portal / Hugo" "$memory" le 0.2 "$memory"
  verdict "$pages pages, warm cache: CPU / Hugo" "$warm_cpu" le 0.5 "$warm_cpu"
  verdict "$pages pages, warm cache: wall / Hugo" "$warm_wall" le 0.5 "$warm_wall"
  verdict "$pages pages, warm cache: memory / Hugo" "$warm_memory" le 0.2 "$warm_memory"
done

if wants rows; then
  echo "== seed + a 1,000,000-row dataset against Miller"
  site="$work/rows"
  new_site "$site"
  dataset="$site/content/datasets/bench-rows"
  mkdir -p "$dataset"
  cat >"$dataset/dataset.yml" <<'YAML'
# Synthetic rows for the benchmark only: tools/bench/run.sh writes them under /dev/shm, never into content/.
title: Thửa đất thử nghiệm
description: Một triệu dòng tổng hợp để đo thời gian dựng, không phải dữ liệu thật.
keywords: [đo hiệu năng]
themes: [quy-hoach]
issued: 2026-01-01
modified: 2026-01-01
update_frequency: never
changes:
  - { date: 2026-01-01, note: Tổng hợp. }
resources:
  - name: thua-dat
    title: Thửa đất
    path: thua-dat.csv
    schema:
      primary_key: id
      fields:
        - { name: id, title: Mã, type: integer, description: Số thứ tự của dòng., required: true, unique: true }
        - { name: label, title: Tên, type: string, description: "Chữ có dấu phẩy và dấu tiếng Việt." }
        - { name: zone, title: Phân khu, type: string, description: Một trong bốn loại đất., enum: [dat-o, thuong-mai, cong-nghiep, cay-xanh] }
        - { name: change, title: Thay đổi, type: number, description: Một số có dấu. }
        - { name: floors, title: Số tầng, type: integer, description: Một số nguyên. }
        - { name: surveyed, title: Ngày đo, type: date, description: Một ngày. }
        - { name: public, title: Công khai, type: boolean, description: Đúng hay sai. }
        - { name: note, title: Ghi chú, type: string, description: "Chữ, đôi khi bắt đầu bằng dấu bằng (công thức của bảng tính)." }
YAML
  csv="$dataset/thua-dat.csv"
  python3 - "$csv" <<'PY'
import sys, datetime
zones = ["dat-o", "thuong-mai", "cong-nghiep", "cay-xanh"]
start = datetime.date(2000, 1, 1)
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    f.write("id,label,zone,change,floors,surveyed,public,note\r\n")
    for i in range(1, 1_000_001):
        note = f"=SUM(A{i}:B{i})" if i % 7 == 0 else f"Đã đối chiếu bản đồ tờ {i % 500}"
        f.write(f'{i},"Thửa {i}, phường Lê Chân, quận Hồng Bàng",{zones[i % 4]},{(i % 2001) - 1000}.{i % 100:02d},{i % 40},'
                f'{start + datetime.timedelta(days=i % 9000)},{"true" if i % 3 else "false"},{note}\r\n')
PY
  echo "csv: $(du -h "$csv" | cut -f1), $(($(wc -l <"$csv") - 1)) rows"
  check_build "$site" "$seed_pages"
  rows_peak="$peak_kb"
  published="$site/output/du-lieu/bench-rows/thua-dat.csv"
  [ -f "$published" ] && [ "$(wc -l <"$published")" -eq 1000001 ] || fail "the build did not publish the 1,000,000 rows as $published"
  hyperfine --warmup 1 --runs "$runs_large" --export-json "$work/rows.json" \
    -n portal-seed "cd $work/seed && $portal build --no-cache --output $work/seed/output" \
    -n portal-rows "cd $site && $portal build --no-cache --output $site/output" \
    -n miller "mlr --icsv --ojson cat $csv"
  extra="$(python3 -c 'import sys; print("%.3f" % (float(sys.argv[1]) - float(sys.argv[2])))' "$(stat_of "$work/rows.json" portal-rows wall)" "$(stat_of "$work/rows.json" portal-seed wall)")"
  miller="$(stat_of "$work/rows.json" miller wall)"
  echo "the dataset adds $extra s to the build; Miller takes $miller s; the build's peak $((rows_peak / 1024)) MiB"
  rows_ratio="$(ratio "$extra" "$miller")"
  verdict "1M rows: extra build time / Miller (wall)" "$rows_ratio" le 0.5 "$rows_ratio"
  verdict "1M rows: build peak memory (MiB)" "$((rows_peak / 1024))" lt 300 "$((rows_peak / 1024))"
fi

if wants serve; then
  echo "== serve, seed + 10,000 pages: one page saved until the served page shows it"
  saves=$($quick && echo 8 || echo 20)
  "$repo/tools/bench/serve-rebuild.sh" "$saves" 10000 | tee "$work/serve.log"
  shown="$(grep -o 'save to served page.*median [0-9]* ms' "$work/serve.log" | grep -o '[0-9]* ms$' | grep -o '[0-9]*')"
  [ -n "$shown" ] || fail "serve-rebuild.sh printed no median"
  verdict "serve, 10,000 pages: save to page shown (ms)" "$shown" lt 300 "$shown"
fi

echo
echo "== issue 16's goals ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $($quick && echo quick || echo full) run)"
printf '%s\n' "${summary[@]}"
