#!/usr/bin/env bash
# Time from the README's run command (./mvnw spring-boot:run) to the first HTTP 200 on /, on a fresh data
# directory (initdb, migrations, demo county) and again on the same one (warm), with classes already compiled.
#
#   bench/run-command.sh
#
# Writes its section into docs/performance.md between its own markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOC=docs/performance.md
MARK_START='<!-- bench:run-command:start -->'
MARK_END='<!-- bench:run-command:end -->'
TMP=$(mktemp -d /tmp/headsup-run-command.XXXXXX)
PID=""

cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }


run_once() { # prints milliseconds from the command to the first 200
    local port start
    port=$(free_port)
    touch "$TMP/run-start"
    start=$(now_ms)
    HEADSUP_DATA_DIR="$TMP/data" PORT="$port" setsid ./mvnw -q -B spring-boot:run >"$TMP/run.log" 2>&1 &
    PID=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 200 ]]; do
        kill -0 "$PID" 2>/dev/null || { cat "$TMP/run.log" >&2; echo "the application stopped" >&2; exit 1; }
        (( $(now_ms) - start < 600000 )) || { echo "no 200 within 10 minutes" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( $(now_ms) - start ))
    # SIGTERM to the whole process group (Maven and the forked application), then wait for the database to stop.
    kill -TERM -- "-$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
    while [[ -f $TMP/data/postgres/postmaster.pid ]]; do sleep 0.1; done
    # What the run compiled: class files written under target/ by this run.
    find target/classes target/test-classes -type f -newer "$TMP/run-start" 2>/dev/null | wc -l >>"$TMP/compiled"
}

# The run command must compile nothing and change no file once the project is built: count what it wrote.
./mvnw -q -B -DskipTests test-compile >/dev/null
tree_before=$(git status --porcelain)
first=$(run_once)
warm=$(run_once)
compiled=$(paste -sd/ "$TMP/compiled")
if [[ $(git status --porcelain) == "$tree_before" ]]; then tree="none"; else tree="**some** ($(git status --porcelain | wc -l) entries of \`git status\` changed)"; fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
section=$(cat <<MD
$MARK_START
## From the run command to the first page

Written by \`bench/run-command.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), load average $load, $(java -version 2>&1 | head -1).
From \`./mvnw spring-boot:run\` (classes already compiled) to the first HTTP 200 on \`/\`:

| | first 200 on \`/\` |
|---|---|
| first start (empty data directory: initdb, migrations, demo county) | $(awk -v ms="$first" 'BEGIN { printf "%.1f s", ms / 1000 }') |
| warm start (same data directory) | $(awk -v ms="$warm" 'BEGIN { printf "%.1f s", ms / 1000 }') |

The demo county and the first administrator are loaded before the web server takes requests, so the first
200 means the demo addresses on the home page work. The run command wrote $compiled files (first/warm run)
under \`target/classes\` and \`target/test-classes\` (0: it compiled nothing) and changed $tree in the working tree.
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
