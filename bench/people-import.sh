#!/usr/bin/env bash
# The people import through its page, as an administrator uses it: a CSV file of ROWS staff (20,000), each with one
# role at one of the demo county's schools, uploaded to /directory/people/import on the packaged application (embedded
# PostgreSQL, demo data), timed from the upload to the answer (the import runs in the request, in one transaction):
#   1. every row new: ROWS people and ROWS roles added                    target < 20 s
#   2. the same file again: nothing changes
#   3. the same people with a new job title: ROWS people updated
# Each import's counts are checked against its report (directory_imports) and the directory's tables.
#
#   bench/people-import.sh
#
# Settings (environment): ROWS (20000), JAR (target/headsup.jar; another build, e.g. main's, to compare), HEAP (1g).
# Prints a Markdown section; writes it into DOC (docs/performance.md) between its own markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROWS=${ROWS:-20000}
JAR=${JAR:-target/headsup.jar}
HEAP=${HEAP:-1g}
DOC=${DOC:-docs/performance.md}
MARK_START='<!-- bench:people-import:start -->'
MARK_END='<!-- bench:people-import:end -->'
TMP=$(mktemp -d /tmp/headsup-people-import.XXXXXX)
APP=""

log() { printf '[bench] %s\n' "$*" >&2; }
cleanup() {
    if [[ -n $APP ]] && kill -0 "$APP" 2>/dev/null; then
        kill "$APP"
        wait "$APP" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

command -v psql >/dev/null || { log "psql (the PostgreSQL client) is needed"; exit 1; }
[[ -f $JAR ]] || ./mvnw -q -B -DskipTests package
cp "$JAR" "$TMP/headsup.jar" # a build during the run cannot pull the jar from under the application

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log "starting Heads Up (-Xmx$HEAP, embedded PostgreSQL, demo data) on port $port"
HEADSUP_DATA_DIR="$TMP/data" java "-Xmx$HEAP" -jar "$TMP/headsup.jar" --server.port="$port" >"$TMP/app.log" 2>&1 &
APP=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true) == 200 ]]; do
    kill -0 "$APP" 2>/dev/null || { cat "$TMP/app.log" >&2; exit 1; }
    sleep 0.2
done
db_port=$(sed -n 4p "$TMP/data/postgres/postmaster.pid")
PSQL=(psql -q -X -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d headsup)

"${PSQL[@]}" -c "select urn from organisations where kind = 'SCHOOL' and urn is not null order by urn" >"$TMP/urns"
schools=$(wc -l <"$TMP/urns")
(( schools > 0 )) || { log "the demo county has no schools"; exit 1; }
people_before=$("${PSQL[@]}" -c 'select count(*) from people')
roles_before=$("${PSQL[@]}" -c 'select count(*) from appointments')

# file TITLE > path: ROWS staff spread over the schools, five roles in turn
file() {
    awk -v rows="$ROWS" -v title="$1" 'BEGIN {
        split("Headteacher|Deputy headteacher|SENCo|Designated safeguarding lead|Pastoral lead", role, "|")
        print "Email,Full name,Phone,Job title,Organisation URN,Role,Start date,End date"
    }
    { urn[NR] = $1 }
    END {
        for (i = 1; i <= rows; i++) {
            printf "staff%d@bench.example,Member%d Staff,01632 %06d,%s,%s,%s,01/09/2025,\n", i, i, i, title, urn[1 + i % NR], role[1 + i % 5]
        }
    }' "$TMP/urns"
}
file Teacher >"$TMP/new.csv"
file "Senior teacher" >"$TMP/titles.csv"

log "signing in as an administrator"
jar="$TMP/cookies"
csrf() { curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$jar" -b "$jar" -o /dev/null \
    -d "email=priya.shah@elmshire.example&password=heads-up-demo&_csrf=$(csrf /sign-in/password)" \
    "http://127.0.0.1:$port/sign-in/password"

# upload FILE: prints seconds, and the report's counts (read added updated unchanged rejected status)
upload() {
    local token seconds location id
    token=$(csrf /directory/people/import)
    [[ -n $token ]] || { log "could not open the import page (not signed in?)"; exit 1; }
    read -r seconds location < <(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total} %{redirect_url}\n' \
        -F "_csrf=$token" -F "file=@$1;type=text/csv" "http://127.0.0.1:$port/directory/people/import")
    id=${location##*/imports/}
    [[ $id =~ ^[0-9]+$ ]] || { log "the upload did not lead to a report (got '$location')"; tail -50 "$TMP/app.log" >&2; exit 1; }
    echo "$(printf '%.1f' "$seconds") $("${PSQL[@]}" -F ' ' -c "select rows_read, added, updated, unchanged, rejected, status from directory_imports where id = $id")"
}
expect() { [[ $1 == "$2" ]] || { log "$3: expected '$2', got '$1'"; exit 1; }; }

log "import 1: $ROWS new people over $schools schools"
read -r new_s read1 added1 updated1 unchanged1 rejected1 status1 < <(upload "$TMP/new.csv")
expect "$status1 $read1 $added1 $updated1 $unchanged1 $rejected1" "DONE $ROWS $ROWS 0 0 0" "import 1"
expect "$("${PSQL[@]}" -c 'select count(*) from people')" "$((people_before + ROWS))" "people after import 1"
expect "$("${PSQL[@]}" -c 'select count(*) from appointments')" "$((roles_before + ROWS))" "roles after import 1"
expect "$("${PSQL[@]}" -c "select count(*) from directory_import_rows r join directory_imports i on i.id = r.import_id where i.id = (select max(id) from directory_imports where kind = 'PEOPLE')")" "$ROWS" "report lines of import 1"
log "  ${new_s} s"

log "import 2: the same file"
read -r same_s read2 added2 updated2 unchanged2 rejected2 status2 < <(upload "$TMP/new.csv")
expect "$status2 $read2 $added2 $updated2 $unchanged2 $rejected2" "DONE $ROWS 0 0 $ROWS 0" "import 2"
log "  ${same_s} s"

log "import 3: a new job title for everyone"
read -r title_s read3 added3 updated3 unchanged3 rejected3 status3 < <(upload "$TMP/titles.csv")
expect "$status3 $read3 $added3 $updated3 $unchanged3 $rejected3" "DONE $ROWS 0 $ROWS 0 0" "import 3"
expect "$("${PSQL[@]}" -c "select count(*) from people where job_title = 'Senior teacher'")" "$ROWS" "job titles after import 3"
log "  ${title_s} s"

load=$(cut -d' ' -f1-3 /proc/loadavg)
met() { if [[ $(echo "$1" | bc) == 1 ]]; then echo yes; else echo "**no**"; fi; }
section=$(cat <<MD
$MARK_START
## People import

Written by \`bench/people-import.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), worktree at commit $(git rev-parse --short HEAD), jar \`$JAR\`, on
$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $load at the end,
$(java -version 2>&1 | head -1), embedded PostgreSQL (durable: fsync on), \`-Xmx$HEAP\`, demo county data.

A CSV file of $ROWS staff, each with one role at one of the demo county's $schools schools, uploaded to the import page
as an administrator; timed from the upload to the answer (the import runs in the request, in one transaction). Each
import's counts were checked against its report and the directory's tables.

| import | seconds | rows/s | report | target | met |
|---|---|---|---|---|---|
| every row new | $new_s | $(echo "$ROWS / $new_s" | bc) | $added1 added | < 20 s | $(met "$new_s < 20") |
| the same file again | $same_s | $(echo "$ROWS / $same_s" | bc) | $unchanged2 unchanged | | |
| a new job title for everyone | $title_s | $(echo "$ROWS / $title_s" | bc) | $updated3 updated | | |

Rerun: \`bench/people-import.sh\` (\`JAR=...\` to measure another build).
$MARK_END
MD
)
if [[ -f $DOC ]] && grep -q "$MARK_START" "$DOC"; then
    python3 - "$DOC" "$MARK_START" "$MARK_END" "$section" <<'PY'
import sys
path, start, end, section = sys.argv[1:]
text = open(path).read()
i, j = text.index(start), text.index(end) + len(end)
open(path, 'w').write(text[:i] + section + text[j:])
PY
else
    printf '\n%s\n' "$section" >>"$DOC"
fi
echo "$section"
