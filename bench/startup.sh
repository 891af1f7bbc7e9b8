#!/usr/bin/env bash
# Start-up of the packaged application on its embedded PostgreSQL, launched in each of the ways docs/operations.md
# describes, in alternating rounds so that every way meets the same load on a shared machine:
#
#   jar  java -jar target/headsup.jar                       (any JDK 17+: from its second start, a server JVM with
#        a class-data-sharing archive that the first graceful stop wrote; platform.FastStart)
#   one  the same with HEADSUP_FAST_START=false: one JVM, as before FastStart
#   jar25  java -jar target/headsup.jar with JDK 25's java (at $JDK25, if present): FastStart makes an AOT cache
#   cds  the extracted jar with a class-data-sharing archive made by a training run (the JDK on the PATH)
#   aot  the extracted jar with an AOT cache made by a training run (JDK 25+, at $JDK25, if present)
#   base java -jar $BASELINE_JAR: an earlier build, to measure a change against in the same rounds (only if set)
#
#   bench/startup.sh
#
# The jar is copied into a temporary directory first, so that its first start really is its first (FastStart keeps
# the extracted jar and archive beside the jar). For each: the training run (once), a first start on an empty data directory (initdb, migrations, demo county)
# and RUNS warm starts on that data directory, to the first HTTP 200 on / and to readiness, with the CPU time
# (user + system) of the JVM and its PostgreSQL when that 200 came, and the JVM's RSS and PSS once idle.
# Prints a Markdown section. Settings (environment): RUNS (3), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64),
# MODES ("jar cds aot", with "base" first when BASELINE_JAR is set), BASELINE_JAR (e.g. a copy of target/headsup.jar
# built before a change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS=${RUNS:-3}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
BASELINE_JAR=${BASELINE_JAR:-}
MODES=${MODES:-${BASELINE_JAR:+base }jar jar25 one cds aot}
JAR=target/headsup.jar
POLL=0.05
DEADLINE=600 # seconds: a start on a machine near a load average of 30 can take minutes

log() { printf '[startup] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_us() { echo "${EPOCHREALTIME/./}"; }
HZ=$(getconf CLK_TCK)

TMP=$(mktemp -d /tmp/headsup-startup.XXXXXX)
APP_PID=""
cleanup() {
    local rc=$?
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if (( rc != 0 )); then tail -n 30 "$TMP"/*.log >&2 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -f $JAR ]] || { log "building $JAR"; ./mvnw -B -q -DskipTests package >&2; }
mkdir -p "$TMP/jar" && cp "$JAR" "$TMP/jar/headsup.jar"
mkdir -p "$TMP/jar25" && cp "$JAR" "$TMP/jar25/headsup.jar" # its own start directory, beside its own copy
if [[ " $MODES " == *" aot "* || " $MODES " == *" jar25 "* ]] \
    && ! "$JDK25/bin/java" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
    log "no JDK 25 at $JDK25: leaving out the AOT cache"
    MODES=${MODES/jar25/}
    MODES=${MODES/aot/}
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
http_code() { curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$1" 2>/dev/null || true; }

# The command line of each way in, as docs/operations.md gives it.
APP=$TMP/app
command_of() {
    case $1 in
        base) echo "java -jar $BASELINE_JAR" ;;
        jar) echo "java -jar $TMP/jar/headsup.jar" ;;
        jar25) echo "$JDK25/bin/java -jar $TMP/jar25/headsup.jar" ;;
        one) echo "env HEADSUP_FAST_START=false java -jar $JAR" ;;
        cds) echo "java -XX:SharedArchiveFile=$APP/headsup.jsa -jar $APP/headsup.jar" ;;
        aot) echo "$JDK25/bin/java -XX:AOTCache=$APP/headsup.aot -jar $APP/headsup.jar" ;;
    esac
}

# --- preparing: extract the jar, then one training run per archive ----------------------------------------
train() { # mode java-options...: a start that stops once the context is refreshed, writing the archive at exit
    local mode=$1 t0; shift
    t0=$(now_us)
    env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE HEADSUP_DATA_DIR="$TMP/train-$mode" \
        "$@" -Dspring.context.exit=onRefresh -jar "$APP/headsup.jar" >"$TMP/train-$mode.log" 2>&1 \
        || die "the $mode training run failed"
    # Exiting on refresh closes no context; the application's watcher stops its embedded PostgreSQL once the JVM
    # is gone (EmbeddedDatabase.stopWhenThisJvmEnds). Wait for that, and say so if it does not happen.
    local pm waited=0
    pm=$(head -n1 "$TMP/train-$mode/postgres/postmaster.pid" 2>/dev/null || true)
    if [[ $pm =~ ^[0-9]+$ ]]; then
        while kill -0 "$pm" 2>/dev/null; do
            sleep 0.1
            (( ++waited < 600 )) || die "the $mode training run left its PostgreSQL (pid $pm) running"
        done
    fi
    TRAIN_MS[$mode]=$(( ($(now_us) - t0) / 1000 ))
    log "$mode: training run took ${TRAIN_MS[$mode]} ms"
}
declare -A TRAIN_MS SIZE
if [[ $MODES == *cds* || $MODES == *aot* ]]; then
    t0=$(now_us)
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    TRAIN_MS[extract]=$(( ($(now_us) - t0) / 1000 ))
fi
if [[ $MODES == *cds* ]]; then
    train cds java -XX:ArchiveClassesAtExit="$APP/headsup.jsa"
    SIZE[cds]=$(du -m "$APP/headsup.jsa" | cut -f1)
fi
if [[ $MODES == *aot* ]]; then
    train aot "$JDK25/bin/java" -XX:AOTCacheOutput="$APP/headsup.aot"
    SIZE[aot]=$(du -m "$APP/headsup.aot" | cut -f1)
fi

# --- starts --------------------------------------------------------------------------------------------------
tree() { local p=$1 c; echo "$p"; for c in $(ps -o pid= --ppid "$p"); do tree "$c"; done; }
postmaster_pid() { head -n1 "$1/postgres/postmaster.pid" 2>/dev/null; }
start() { # mode data-dir: sets FIRST_200_MS, CPU_MS, JIT_MS, READY_MS and leaves the app running
    local mode=$1 data=$2 port t0 end code pm jvm pg p
    port=$(free_port)
    t0=$(now_us); end=$(( t0 + DEADLINE * 1000000 ))
    # shellcheck disable=SC2046
    env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE -u HEADSUP_DEMO HEADSUP_DATA_DIR="$data" PORT="$port" \
        SERVER_ADDRESS=127.0.0.1 $(command_of "$mode") >>"$TMP/$mode.log" 2>&1 &
    APP_PID=$!
    URL="http://127.0.0.1:$port"
    until [[ $(http_code "$URL/") == 200 ]]; do
        kill -0 "$APP_PID" 2>/dev/null || die "$mode: the app exited during start-up"
        (( $(now_us) < end )) || die "$mode: no 200 within ${DEADLINE}s"
        sleep "$POLL"
    done
    FIRST_200_MS=$(( ($(now_us) - t0) / 1000 ))
    pm=$(postmaster_pid "$data")
    jvm=0 # the launched JVM, the server JVM it started (FastStart) and what they started and have not waited for
    for p in $(tree "$APP_PID"); do jvm=$(( jvm + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
    pg=0
    for p in $pm $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
    CPU_MS=$(( (jvm + pg) * 1000 / HZ ))
    local jit=0 t # the JIT compiler threads' share of it
    for t in $(for p in $(tree "$APP_PID"); do echo /proc/"$p"/task/*; done); do
        if [[ $(cat "$t/comm" 2>/dev/null) == C[12]" CompilerThre"* ]]; then jit=$(( jit + $(awk '{ print $14 + $15 }' "$t/stat") )); fi
    done
    JIT_MS=$(( jit * 1000 / HZ ))
    until [[ $(http_code "$URL/actuator/health/readiness") == 200 ]]; do
        (( $(now_us) < end )) || die "$mode: not ready within ${DEADLINE}s"
        sleep "$POLL"
    done
    READY_MS=$(( ($(now_us) - t0) / 1000 ))
}
stop() { # sets STOP_MS: SIGTERM to exit (the first stop of the jar mode writes its archive)
    local t0
    t0=$(now_us)
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    STOP_MS=$(( ($(now_us) - t0) / 1000 ))
    APP_PID=""
}
memory() { # RSS and PSS of the JVMs (MiB; with FastStart, launcher and server together) once idle: ten seconds after readiness
    sleep 10
    local rss=0 pss=0 p
    for p in $(tree "$APP_PID"); do
        [[ $(cat "/proc/$p/comm" 2>/dev/null) == java ]] || continue
        rss=$(( rss + $(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status") ))
        pss=$(( pss + $(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup") ))
    done
    MEM="$(( rss / 1024 )) MiB RSS, $(( pss / 1024 )) MiB PSS"
}

declare -A FIRST_STOP FIRST WARM_200 WARM_CPU WARM_JIT WARM_READY LOADS MEMORY
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for mode in $MODES; do
    log "$mode: first start on an empty data directory"
    start "$mode" "$TMP/data-$mode"
    FIRST[$mode]="$FIRST_200_MS $CPU_MS $READY_MS $(cut -d' ' -f1 /proc/loadavg)"
    log "$mode: first 200 after $FIRST_200_MS ms ($CPU_MS ms CPU), ready after $READY_MS ms"
    stop
    FIRST_STOP[$mode]=$STOP_MS
    log "$mode: the first stop took $STOP_MS ms"
done
for round in $(seq 1 "$RUNS"); do
    for mode in $MODES; do
        start "$mode" "$TMP/data-$mode"
        WARM_200[$mode]+="$FIRST_200_MS "; WARM_CPU[$mode]+="$CPU_MS "; WARM_JIT[$mode]+="$JIT_MS "; WARM_READY[$mode]+="$READY_MS "
        LOADS[$mode]+="$(cut -d' ' -f1 /proc/loadavg) "
        log "$mode warm $round: first 200 after $FIRST_200_MS ms ($CPU_MS ms CPU, $JIT_MS ms of it JIT), ready after $READY_MS ms"
        if (( round == RUNS )); then memory; MEMORY[$mode]=$MEM; fi
        stop
    done
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------------
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
s() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
cat <<EOF
## Start-up by launch command

Written by \`bench/startup.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?),
on $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)); load average $LOAD_START at the start and
$LOAD_END at the end. Rounds alternate the launch commands, so each meets the same load. CPU time is the JVM's
and its PostgreSQL's user + system time when the first 200 came (it hardly depends on the load; wall-clock
time does). JIT is the part of that CPU time the JVM's compiler threads (C1 and C2) used.

| launch | first start: 200 / CPU / ready | warm start, median of $RUNS: 200 / CPU / ready | warm CPU, each | warm JIT, median | JVM idle memory |
|---|---|---|---|---|---|
EOF
for mode in $MODES; do
    read -r f200 fcpu fready fload <<<"${FIRST[$mode]}"
    printf '| `%s` | %s / %s / %s (load %s) | **%s** / **%s** / %s (load %s) | %s | %s | %s |\n' "$mode" \
        "$(s "$f200")" "$(s "$fcpu")" "$(s "$fready")" "$fload" \
        "$(s "$(median <<<"${WARM_200[$mode]}")")" "$(s "$(median <<<"${WARM_CPU[$mode]}")")" \
        "$(s "$(median <<<"${WARM_READY[$mode]}")")" "$(median <<<"${LOADS[$mode]}")" \
        "$(for c in ${WARM_CPU[$mode]}; do printf '%s, ' "$(s "$c")"; done | sed 's/, $//')" \
        "$(s "$(median <<<"${WARM_JIT[$mode]}")")" "${MEMORY[$mode]}"
done
echo
echo "First stop, SIGTERM to exit (for \`jar\`, with writing its class-data-sharing archive):" \
    "$(for mode in $MODES; do printf '`%s` %s; ' "$mode" "$(s "${FIRST_STOP[$mode]}")"; done | sed 's/; $/./')"
echo
echo "Preparation (once per build, for cds and aot): extracting the jar $(s "${TRAIN_MS[extract]:-0}");"
for mode in cds aot; do
    [[ -n ${TRAIN_MS[$mode]:-} ]] && echo "the $mode training run $(s "${TRAIN_MS[$mode]}") (archive ${SIZE[$mode]} MB);"
done
echo
echo "Commands: $(for mode in $MODES; do printf '`%s`; ' "$(command_of "$mode" | sed "s|$APP|app|g; s|$TMP/jar/|target/|; s|$TMP/jar25/|target/|; s|$JDK25/bin/||")"; done)"
