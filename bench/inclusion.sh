#!/usr/bin/env bash
# Exclusions at a national size: 200,000 exclusions and 50,000 placements over five academic years. Measures a
# school's accountability report (target p95 under 100 ms, over 300 schools at random), the county's report (under
# 1 s) and a 5,000-row termly suspensions CSV checked and saved (under 5 s), each without and then with the indexes
# of V11_16_1, in the same run. Through the module's services (InclusionBenchmark), not over HTTP.
#
#   bench/inclusion.sh                       (the embedded PostgreSQL, in a new directory under target/bench-data)
#   BENCH_DATASOURCE=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_inclusion bench/inclusion.sh
#
# Settings (environment): BENCH_EXCLUSIONS (200000), BENCH_PLACEMENTS (50000), BENCH_SCHOOLS (300 sampled),
# BENCH_DATASOURCE and BENCH_USER (postgres) for a PostgreSQL server (the schema must exist and be empty).
# Writes its section into docs/performance.md between its own markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOC=docs/performance.md
MARK_START='<!-- bench:inclusion:start -->'
MARK_END='<!-- bench:inclusion:end -->'
LOG=$(mktemp /tmp/headsup-inclusion-bench.XXXXXX)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# -Dheadsup.test.jvm= : a benchmark runs with the optimising compiler, which the tests' JVMs leave out (pom.xml).
./mvnw -q -B -ntp verify -Dheadsup.test.jvm= -Dspotless.check.skip=true -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=InclusionBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.exclusions="${BENCH_EXCLUSIONS:-200000}" -Dbench.placements="${BENCH_PLACEMENTS:-50000}" \
    -Dbench.schools="${BENCH_SCHOOLS:-300}" -Dbench.datasource="${BENCH_DATASOURCE:-}" \
    -Dbench.user="${BENCH_USER:-postgres}" >"$LOG" 2>&1 \
    || { tail -60 "$LOG" >&2; exit 1; }
rm -f "$LOG"
rm -rf target/bench-data/inclusion-* # the embedded database of this run, stopped when the benchmark closed it
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
busy=""
if awk -v l="${load_end%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
    busy="The load average was above the number of CPUs: other work competed with this run for them, so every time
above is longer than on a quiet machine, by up to the load divided by the CPUs. Compare the rows of the same run."
fi
where="the embedded PostgreSQL (durable settings, as installed)"
[[ -z ${BENCH_DATASOURCE:-} ]] || where="PostgreSQL at ${BENCH_DATASOURCE%%\?*}"
section=$(cat <<MD
$MARK_START
## Exclusions at a national size

Written by \`bench/inclusion.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $load_start at the start and
$load_end at the end, $(java -version 2>&1 | head -1), $where.

### How to rerun

\`\`\`
bench/inclusion.sh
\`\`\`

It seeds a new embedded PostgreSQL under \`target/bench-data\` (deleted afterwards) through \`InclusionBenchmark\`, or
the server named by \`BENCH_DATASOURCE\`; about ten minutes on a busy machine.

Times are wall-clock milliseconds of the module's services as the pages call them (\`Reports.report\` and the
suppression of its cells; \`SuspensionsImport.importCsv\`), without HTTP or HTML. A school's report holds its own
figures and the county's beside them; the county's column is kept for a minute (\`Reports\`), so "cached" is what
the second and later schools of that minute wait for and "computed too" the first. The period is the last academic
year and this one to date. Each CSV is a new school's autumn term: 2,500 pupils suspended twice. "Without the new
indexes" drops the indexes of \`V11_16_1__inclusion_report_indexes.sql\` (and analyzes); "with them" makes them again.

$(cat target/inclusion-bench.md)

Targets: a school's report p95 under 100 ms, the county's under 1 s, the CSV under 5 s.
$busy
$MARK_END
MD
)
echo "$section"
if grep -qF "$MARK_START" "$DOC"; then
    python3 - "$DOC" "$MARK_START" "$MARK_END" "$section" <<'PY'
import sys
path, start, end, section = sys.argv[1:]
text = open(path).read()
before, rest = text.split(start, 1)
after = rest.split(end, 1)[1]
open(path, 'w').write(before + section + after)
PY
else
    printf '\n%s\n' "$section" >>"$DOC"
fi
