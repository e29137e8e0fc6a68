#!/usr/bin/env bash
# Benchmark: the search as a reader's browser runs it. Builds the seed content under /dev/shm, then,
# with Node.js, loads the published search-core.js and every entry of the index (its bundles), and times
# preparing them once and every query of tests/fixtures/search/relevance.csv over them (each run 200
# times): the ranking's own cost, without fetching. Prints the index's size (all its files, raw and
# gzipped one by one, as Netlify sends them), the prepare time and the time per query.
# tools/bench/search-10k.sh measures what a query fetches, in Chromium.
# Usage: tools/bench/search.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=/dev/shm/portal-bench-search
rm -rf "$work" && mkdir -p "$work"
dotnet run --project "$repo/src/HaiPhongUrban.Portal" -- build --content "$repo/content" --theme "$repo/theme" --output "$work/out" >/dev/null 2>&1
index="$(ls "$work"/out/tim-kiem/chi-muc.*.json)"
core="$(ls "$work"/out/assets/search-core.*.js)"
gzipped=0; for file in "$work"/out/tim-kiem/*.json; do gzipped=$((gzipped + $(gzip -9 -c "$file" | wc -c))); done
echo "index: $(ls "$work"/out/tim-kiem/*.json | wc -l) files, $(cat "$work"/out/tim-kiem/*.json | wc -c) bytes, $gzipped bytes gzipped (manifest $(basename "$index"))"
node - "$core" "$index" "$repo/tests/fixtures/search/relevance.csv" "$work/out" <<'JS'
const fs = require('fs');
const [core, index, table, out] = process.argv.slice(2);
eval(fs.readFileSync(core, 'utf8'));
const manifest = JSON.parse(fs.readFileSync(index, 'utf8'));
const entries = [];
for (let n = 0; n * manifest.bundle < manifest.count; n++) {
  entries.push(...JSON.parse(fs.readFileSync(out + manifest.files.replace('{name}', 'muc-' + n), 'utf8')));
}
const json = JSON.stringify({ version: 1, entries });
let started = process.hrtime.bigint();
const prepared = PortalSearch.prepare(json);
const prepareMs = Number(process.hrtime.bigint() - started) / 1e6;
// The first field of each row; the table's queries hold no comma or quote.
const queries = fs.readFileSync(table, 'utf8').trim().split('\n').slice(1).map(line => line.split(',')[0]);
const runs = 200;
started = process.hrtime.bigint();
for (let i = 0; i < runs; i++) queries.forEach(q => PortalSearch.search(prepared, q));
const perQueryMs = Number(process.hrtime.bigint() - started) / 1e6 / (runs * queries.length);
console.log(`prepare: ${prepareMs.toFixed(1)} ms for ${prepared.entries.length} entries`);
console.log(`query: ${perQueryMs.toFixed(3)} ms on average over ${queries.length} queries x ${runs} runs`);
JS
