#!/usr/bin/env bash
# The GIAS import of a whole-country edubasealldata file (made up by GiasFileGenerator: ~51,000 rows, 140 columns,
# ~55 MB, Windows-1252) through `java -jar target/headsup.jar import-gias`, next to PostgreSQL's own COPY of the same
# file into a staging table of 140 text columns, in the same run and on the same database:
#   1. into an empty directory, keeping one local authority (--la 937)       target < 10 s
#   2. into an empty directory, keeping every establishment (--la all)       target < 20 s
#   3. the same file again over 2: nothing changes                          target < 5 s
#   4. psql's \copy of the file into a staging table
#   5. reading the file alone, without the database (GiasReadBenchmark: CPU seconds of the reading thread)
#
#   bench/gias.sh
#
# Database: the machine's PostgreSQL at 127.0.0.1:5432, database test (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD
# choose another), in schemas of its own that it drops afterwards; if none answers, the application's embedded
# PostgreSQL (a fresh data directory per scenario; started once more as a server for the COPY). Installs nothing:
# it needs a JDK, and psql for the COPY. Settings: ROWS (51000), RUNS (3; the median is reported), REBUILD (0; 1
# rebuilds the jar), JAR (target/headsup.jar; another build to compare, e.g. the previous commit's). Each import's
# CPU time (user + system of its JVM, from /usr/bin/time) is reported next to its wall time: on a loaded machine the
# wall time measures the load. Writes its section of docs/performance.md, between its own markers only.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=${JAR:-target/headsup.jar}
GENERATOR_CLASSES=target/test-classes
GENERATOR=uk.headsup.directory.internal.gias.GiasFileGenerator
DOC=docs/performance.md
MARK_START='<!-- bench:gias:start -->'
MARK_END='<!-- bench:gias:end -->'
ROWS=${ROWS:-51000}
RUNS=${RUNS:-3}
REBUILD=${REBUILD:-0}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-test} PGUSER=${PGUSER:-postgres}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_us() { echo "${EPOCHREALTIME/./}"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

TMP=$(mktemp -d /tmp/headsup-gias-bench.XXXXXX)
SCHEMAS=()
SERVER_PID=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $SERVER_PID ]]; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    for s in "${SCHEMAS[@]}"; do
        psql -q -X -c "drop schema if exists $s cascade" >/dev/null 2>&1 || log "could not drop schema $s"
    done
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v java >/dev/null || die "a JDK (java) is needed"
command -v psql >/dev/null || die "psql is needed for the COPY baseline"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for the CPU times"
if [[ ! -f $JAR || ! -d $GENERATOR_CLASSES/uk || $REBUILD == 1 ]]; then
    log "building $JAR and the test classes (the generator)"
    ./mvnw -B -q -DskipTests package >&2
fi

if psql -X -q -Atc 'select 1' >/dev/null 2>&1; then
    MODE=machine
    PG_VERSION="PostgreSQL $(psql -X -Atc 'show server_version')"
    log "using PostgreSQL $PG_VERSION at $PGHOST:$PGPORT, database $PGDATABASE"
else
    MODE=embedded
    log "no PostgreSQL at $PGHOST:$PGPORT: using the embedded one"
fi

FILE=$TMP/edubasealldata.csv
t0=$(now_us)
java -cp "$GENERATOR_CLASSES" "$GENERATOR" "$FILE" "$ROWS" 1
GENERATE_S=$(awk -v us=$(( $(now_us) - t0 )) 'BEGIN { printf "%.1f", us / 1e6 }')
FILE_BYTES=$(stat -c %s "$FILE")
COLUMNS=$(head -n1 "$FILE" | tr ',' '\n' | wc -l)
log "generated $ROWS rows, $COLUMNS columns, $FILE_BYTES bytes in ${GENERATE_S}s"

# Runs import-gias on a fresh or given database; sets ELAPSED (the import, from the command's own clock), WALL (the
# whole process: JVM, Spring, migrations, import), CPU_S (the process's user + system seconds) and SUMMARY.
SCHEMA_N=0
new_database() { # -> DB (a schema name, or an embedded data directory)
    SCHEMA_N=$(( SCHEMA_N + 1 ))
    if [[ $MODE == machine ]]; then
        DB="headsup_gias_bench_$$_$SCHEMA_N"
        SCHEMAS+=("$DB")
        # Extensions belong to the whole database: keep them in public, behind each schema on the search path (as
        # the tests do), so that a schema dropped afterwards does not take them, or other schemas' indexes, along.
        psql -q -X -c "set client_min_messages = warning" -c "drop schema if exists $DB cascade" \
            -c "create extension if not exists pg_trgm schema public" \
            -c "create extension if not exists btree_gin schema public" >/dev/null
    else
        DB="$TMP/data-$SCHEMA_N"
    fi
}
import_gias() { # database, la
    local out t0 env=()
    if [[ $MODE == machine ]]; then
        env=(SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$1,public"
             SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
             SPRING_FLYWAY_SCHEMAS="$1" HEADSUP_DATA_DIR="$TMP/unused")
    else
        env=(HEADSUP_DATA_DIR="$1")
    fi
    t0=$(now_us)
    out=$(env "${env[@]}" /usr/bin/time -f 'CPU: %U %S' java -jar "$JAR" import-gias "$FILE" --la "$2" 2>&1) || { printf '%s\n' "$out" >&2; die "import-gias failed"; }
    WALL=$(awk -v us=$(( $(now_us) - t0 )) 'BEGIN { printf "%.2f", us / 1e6 }')
    CPU_S=$(sed -n 's/^CPU: \([0-9.]*\) \([0-9.]*\)$/\1 \2/p' <<<"$out" | awk '{ printf "%.1f", $1 + $2 }')
    ELAPSED=$(sed -n 's/^Elapsed: \([0-9.]*\) s.*/\1/p' <<<"$out")
    SUMMARY=$(grep '^GIAS import of' <<<"$out")
    [[ -n $ELAPSED ]] || { printf '%s\n' "$out" >&2; die "no Elapsed line in the output"; }
    grep -q ' rejected\.' <<<"$SUMMARY" || die "unexpected summary: $SUMMARY"
}

COPY_SQL="create table gias_staging ($(for i in $(seq 1 "$COLUMNS"); do printf 'c%d text%s' "$i" "$( ((i < COLUMNS)) && echo ,)"; done))"
copy_file() { # schema (machine) -> COPY_S
    local t0
    psql -q -X -v ON_ERROR_STOP=1 -c "set client_min_messages = warning" -c "set search_path = $1" \
        -c "drop table if exists gias_staging" -c "$COPY_SQL" >/dev/null
    t0=$(now_us)
    psql -q -X -v ON_ERROR_STOP=1 -c "set search_path = $1" \
        -c "\\copy gias_staging from '$FILE' with (format csv, header true, encoding 'WIN1252')" >/dev/null
    COPY_S=$(awk -v us=$(( $(now_us) - t0 )) 'BEGIN { printf "%.3f", us / 1e6 }')
    local n
    n=$(psql -X -Atc "select count(*) from $1.gias_staging")
    [[ $n == "$ROWS" ]] || die "COPY loaded $n rows, not $ROWS"
}

ONE=(); ALL=(); AGAIN=(); COPY=(); ONE_WALL=(); ALL_WALL=(); AGAIN_WALL=(); ONE_CPU=(); ALL_CPU=(); AGAIN_CPU=()
for run in $(seq 1 "$RUNS"); do
    log "run $run of $RUNS"
    new_database; import_gias "$DB" 937
    ONE+=("$ELAPSED"); ONE_WALL+=("$WALL"); ONE_CPU+=("$CPU_S"); ONE_SUMMARY=$SUMMARY
    log "  keeping LA 937: $ELAPSED s (process $WALL s, CPU $CPU_S s)"
    new_database; import_gias "$DB" all
    ALL+=("$ELAPSED"); ALL_WALL+=("$WALL"); ALL_CPU+=("$CPU_S"); ALL_SUMMARY=$SUMMARY
    log "  keeping all: $ELAPSED s (process $WALL s, CPU $CPU_S s)"
    import_gias "$DB" all
    grep -q 'Nothing changed in the directory' <<<"$SUMMARY" || die "the second import changed something: $SUMMARY"
    AGAIN+=("$ELAPSED"); AGAIN_WALL+=("$WALL"); AGAIN_CPU+=("$CPU_S"); AGAIN_SUMMARY=$SUMMARY
    log "  again, unchanged: $ELAPSED s (process $WALL s, CPU $CPU_S s)"
    if [[ $MODE == machine ]]; then
        copy_file "$DB"
    else
        # The embedded PostgreSQL runs only inside the application: start it as a server on this data directory.
        port=$(( 20000 + RANDOM % 20000 ))
        HEADSUP_DATA_DIR="$DB" HEADSUP_DEMO=false java -jar "$JAR" --server.port=$port >"$TMP/server.log" 2>&1 &
        SERVER_PID=$!
        for _ in $(seq 1 600); do
            curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
            kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped: $(tail -n 20 "$TMP/server.log")"
            sleep 0.2
        done
        PGPORT=$(sed -n 4p "$DB/postgres/postmaster.pid") PGUSER=postgres PGDATABASE=postgres PGHOST=127.0.0.1 \
            copy_file public
        kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
        PG_VERSION="$(sed -n 's/.*Database in use: \(PostgreSQL [0-9.]*\).*/\1/p' "$TMP/server.log" | head -n1) (embedded)"
    fi
    COPY+=("$COPY_S")
    log "  COPY: $COPY_S s"
done

# Reading alone, in the jar (its classes) with the benchmark from the test classes; an older jar without GiasFile
# says n/a.
READ_OUT=$(java -cp "$JAR" -Dloader.path="$GENERATOR_CLASSES" -Dloader.main=uk.headsup.directory.internal.gias.GiasReadBenchmark \
    org.springframework.boot.loader.launch.PropertiesLauncher "$FILE" 5 2>&1) || READ_OUT=""
READ_TWO=$(sed -n 's/^Read two fields: \([0-9.]*\) s CPU.*/\1/p' <<<"$READ_OUT"); READ_TWO=${READ_TWO:-n/a}
READ_ALL=$(sed -n 's/^Read all fields: \([0-9.]*\) s CPU.*/\1/p' <<<"$READ_OUT"); READ_ALL=${READ_ALL:-n/a}
log "reading alone: two fields $READ_TWO s CPU, all fields $READ_ALL s CPU"

m() { printf '%s\n' "$@" | median; }
join() { local IFS=,; sed 's/,/, /g' <<<"$*"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "yes" : "**no**") }'; }
ONE_M=$(m "${ONE[@]}"); ALL_M=$(m "${ALL[@]}"); AGAIN_M=$(m "${AGAIN[@]}"); COPY_M=$(m "${COPY[@]}")
GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || GIT_REV="$GIT_REV (with uncommitted changes)"
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM_GIB=$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
JAVA_VERSION=$(java -version 2>&1 | head -n1)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

SECTION=$TMP/section.md
cat >"$SECTION" <<EOF2
$MARK_START
## GIAS import

\`bench/gias.sh\` (ROWS=$ROWS, RUNS=$RUNS) on $(date -u +%Y-%m-%d), commit $GIT_REV, $JAR. Machine: $CPU, $(nproc) cores,
$MEM_GIB GiB; $JAVA_VERSION; $PG_VERSION ($( [[ $MODE == machine ]] && echo "the machine's server, a schema of its own" || echo "embedded")). Load average
at the end: $LOAD (the machine is shared: other builds may have been running).

The file: made up by \`GiasFileGenerator\`, $ROWS rows, $COLUMNS columns, $(awk -v b="$FILE_BYTES" 'BEGIN { printf "%.1f MB", b / 1e6 }'), Windows-1252, CRLF. Each import
is \`java -jar target/headsup.jar import-gias FILE --la ...\`; its time is the command's own clock from opening the file
to the end of the transaction (reading, deciding, writing, committing, the report). The whole process (JVM start,
Spring, migrations on an empty database, import) is shown for reference, with its CPU time (user + system of the
JVM; PostgreSQL's own work is not in it), the figure to compare when the machine is loaded. COPY is psql's
\`\\copy gias_staging from FILE with (format csv, header true, encoding 'WIN1252')\` into a table of $COLUMNS text
columns on the same database, timed around psql. Medians of $RUNS runs, in seconds; every run of each scenario in the last column.

| scenario | import | target | met | whole process | its CPU | runs |
|---|---|---|---|---|---|---|
| empty directory, keeping one authority (\`--la 937\`) | **$ONE_M** | < 10 | $(verdict "$ONE_M" 10) | $(m "${ONE_WALL[@]}") | $(m "${ONE_CPU[@]}") | $(join "${ONE[@]}") |
| empty directory, keeping every establishment (\`--la all\`) | **$ALL_M** | < 20 | $(verdict "$ALL_M" 20) | $(m "${ALL_WALL[@]}") | $(m "${ALL_CPU[@]}") | $(join "${ALL[@]}") |
| the same file again, nothing changes | **$AGAIN_M** | < 5 | $(verdict "$AGAIN_M" 5) | $(m "${AGAIN_WALL[@]}") | $(m "${AGAIN_CPU[@]}") | $(join "${AGAIN[@]}") |
| PostgreSQL \`COPY\` of the file into a staging table | **$COPY_M** | | | | | $(join "${COPY[@]}") |

Reading the file alone (\`GiasReadBenchmark\`, no database; CPU seconds of the reading thread, median of 4 passes
after a first that warms the JIT): asking for two fields of each record (a record of another authority)
**$READ_TWO**, for every field (a record kept whole) **$READ_ALL**.

Keeping every establishment costs about ten times the COPY: each row is also kept whole as JSON (\`source_row\`,
its non-empty columns by header, ~3 kB that PostgreSQL parses into jsonb), \`organisations\` has eight indexes, each row
is hashed and gets a line in the report, and trusts are created and linked. Run an import with
\`--logging.level.uk.headsup.directory=debug\` to see each phase timed.

What the last run's imports said:
- keeping one authority: $ONE_SUMMARY
- keeping every establishment: $ALL_SUMMARY
- again: $AGAIN_SUMMARY
$MARK_END
EOF2

cat "$SECTION"
mkdir -p "$(dirname "$DOC")"
if [[ ! -f $DOC ]]; then
    cat >"$DOC" <<'EOF2'
# Performance

Every benchmark is a script under `bench/` that anyone can rerun with one command. Each writes its own section
below, between its markers, with the machine it ran on; the other sections are left as they are.

EOF2
fi
if grep -qxF -- "$MARK_START" "$DOC"; then
    grep -qxF -- "$MARK_END" "$DOC" || die "$DOC has $MARK_START but not $MARK_END; mend it and run again"
    awk -v start="$MARK_START" -v end="$MARK_END" -v section="$SECTION" '
        $0 == start { while ((getline line < section) > 0) print line; skip = 1; next }
        $0 == end { skip = 0; next }
        !skip { print }' "$DOC" >"$TMP/doc.md"
    cat "$TMP/doc.md" >"$DOC"
else
    cat "$SECTION" >>"$DOC"
fi
log "written to $DOC"
