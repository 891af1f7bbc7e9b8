#!/usr/bin/env bash
# Start-up time, idle memory and signed-out home page throughput of Heads Up on its embedded PostgreSQL,
# with nginx serving the same bytes as the baseline measured in the same run.
#
#   bench/run.sh
#
# Writes a Markdown section to stdout and into docs/performance.md (between its own markers only).
# Settings (environment): WARM_RUNS (3), WRK_THREADS (2), WRK_CONNECTIONS (32), WRK_DURATION (15s),
# WARMUP_STEP (10s), WARMUP_MIN_REQUESTS (25000), WARMUP_MAX (30 steps), WRK_WARMUP_NGINX (10s), ROUNDS (3, alternating app/nginx),
# REBUILD (0; 1 rebuilds the jar even if present).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=target/headsup.jar
DOC=docs/performance.md
MARK_START='<!-- bench:startup-and-home:start -->'
MARK_END='<!-- bench:startup-and-home:end -->'

WARM_RUNS=${WARM_RUNS:-3}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
WRK_DURATION=${WRK_DURATION:-15s}
WARMUP_STEP=${WARMUP_STEP:-10s}
WARMUP_MIN_REQUESTS=${WARMUP_MIN_REQUESTS:-25000}
WARMUP_MAX=${WARMUP_MAX:-30}
WRK_WARMUP_NGINX=${WRK_WARMUP_NGINX:-10s}
ROUNDS=${ROUNDS:-3}
REBUILD=${REBUILD:-0}
POLL=0.05               # seconds between polls
START_DEADLINE=300      # seconds to wait for the app to answer 200
STOP_DEADLINE=90        # seconds to wait for a process to exit after a signal

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_us() { echo "${EPOCHREALTIME/./}"; }
ms_since() { echo $(( ($(now_us) - $1) / 1000 )); }
fmt_s() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f MiB", kb / 1024 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# --- what we started, so that we stop exactly that and nothing else -------------------------------------
TMP=$(mktemp -d /tmp/headsup-bench.XXXXXX)
DATA="$TMP/data"
APP_PID=""
NGINX_PID=""

postmaster_pid() {
    # The embedded postmaster of our data directory (its first pid-file line), if it is running.
    local pidfile="$DATA/postgres/postmaster.pid" pid
    [[ -f $pidfile ]] || return 1
    pid=$(head -n1 "$pidfile" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$DATA/postgres" || return 1
    echo "$pid"
}

HZ=$(getconf CLK_TCK)
cpu_ticks() { # pid... -> user + system CPU ticks of those processes
    local p t=0
    for p in "$@"; do t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
    echo "$t"
}
# CPU ticks of the app so far: the JVM with the children it waited for (initdb, pg_ctl) and the
# PostgreSQL processes now running.
tree() { local p=$1 c; echo "$p"; for c in $(ps -o pid= --ppid "$p"); do tree "$c"; done; }
start_cpu_ticks() { # the launched JVM, the server JVM it started (platform.FastStart), and PostgreSQL
    local jvm=0 p
    for p in $(tree "$APP_PID"); do jvm=$(( jvm + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
    # shellcheck disable=SC2046
    echo $(( jvm + $(cpu_ticks $(with_children "$(postmaster_pid)")) ))
}
with_children() { echo "$1 $(ps -o pid= --ppid "$1" | tr -s ' \n' ' ' || true)"; }

wait_exit() { # pid deadline-seconds; returns 1 if still alive at the deadline
    local pid=$1 end=$(( $(now_us) + $2 * 1000000 ))
    while kill -0 "$pid" 2>/dev/null; do
        (( $(now_us) < end )) || return 1
        sleep "$POLL"
    done
    wait "$pid" 2>/dev/null || true
}

stop_app() { # SIGTERM, so that the app stops its embedded PostgreSQL; sets STOP_MS
    local t0
    t0=$(now_us)
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait_exit "$APP_PID" "$STOP_DEADLINE" || die "app (pid $APP_PID) did not stop within ${STOP_DEADLINE}s"
    APP_PID=""
    STOP_MS=$(ms_since "$t0")
}

cleanup() {
    local rc=$? pm
    trap - EXIT INT TERM
    if [[ -n $NGINX_PID ]]; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        wait_exit "$NGINX_PID" 10 || { kill -KILL "$NGINX_PID" 2>/dev/null || true; }
    fi
    if [[ -n $APP_PID ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait_exit "$APP_PID" "$STOP_DEADLINE" || log "app (pid $APP_PID) still running"
    fi
    if pm=$(postmaster_pid); then # left behind only if the app died without stopping it
        log "stopping embedded PostgreSQL (pid $pm) left running"
        kill -INT "$pm" 2>/dev/null || true
        wait_exit "$pm" 30 || log "PostgreSQL (pid $pm) still running"
    fi
    if (( rc != 0 )) && [[ -f $TMP/app.log ]]; then
        log "last lines of the app's log:"; tail -n 30 "$TMP/app.log" >&2 || true
    fi
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites -------------------------------------------------------------------------------------
PATH=$PATH:/usr/sbin:/sbin # where Debian puts nginx
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    log "installing nginx-light and wrk"
    SUDO=""; (( EUID == 0 )) || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light wrk >&2
fi
NGINX=$(command -v nginx) || die "nginx not found"
command -v curl >/dev/null || die "curl is needed"
command -v java >/dev/null || die "a JDK (java) is needed"

if [[ ! -f $JAR || $REBUILD == 1 ]]; then
    log "building $JAR"
    ./mvnw -B -q -DskipTests package >&2
fi

free_port() { # below the kernel's ephemeral range, so that no outgoing connection takes it meanwhile
    local p lo
    lo=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    for _ in $(seq 1 100); do
        p=$(( 10000 + RANDOM % (lo - 10000) ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    die "no free port found"
}

http_code() { curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$1" 2>/dev/null || true; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src pom.xml 2>/dev/null || GIT_REV="$GIT_REV (with uncommitted changes)"

# --- start-up -------------------------------------------------------------------------------------------
mkdir -p "$DATA"

# Launches the app on a free port and waits for its first 200 on / and then for readiness (application
# runners, such as the demo load, have finished). Sets APP, FIRST_200_MS, START_CPU_MS (CPU time used up to
# that 200) and READY_MS, measured from the
# launch. Should another process take the port before the app does, it starts again on another port.
start_app() { # [fresh: empty the data directory before a new attempt]
    local attempt
    for attempt in 1 2 3; do
        launch_app && return 0
        log "port $APP_PORT was taken meanwhile; starting again on another port (attempt $(( attempt + 1 )))"
        check_no_postgres_left
        if [[ ${1:-} == fresh ]]; then rm -rf "$DATA" && mkdir -p "$DATA"; fi
    done
    die "could not find a port to start on"
}
launch_app() {
    local t0 code
    APP_PORT=$(free_port)
    APP="http://127.0.0.1:$APP_PORT"
    t0=$(now_us)
    env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE -u HEADSUP_DEMO \
        HEADSUP_DATA_DIR="$DATA" PORT="$APP_PORT" SERVER_ADDRESS=127.0.0.1 \
        java -jar "$JAR" >>"$TMP/app.log" 2>&1 &
    APP_PID=$!
    local end=$(( t0 + START_DEADLINE * 1000000 ))
    while :; do
        code=$(http_code "$APP/")
        [[ $code == 200 ]] && break
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            wait "$APP_PID" 2>/dev/null || true
            APP_PID=""
            tail -n 20 "$TMP/app.log" | grep -q "Port $APP_PORT was already in use" && return 1
            die "the app exited during start-up"
        fi
        (( $(now_us) < end )) || die "no 200 on / within ${START_DEADLINE}s"
        sleep "$POLL"
    done
    FIRST_200_MS=$(ms_since "$t0")
    START_CPU_MS=$(( $(start_cpu_ticks) * 1000 / HZ ))
    while [[ $(http_code "$APP/actuator/health/readiness") != 200 ]]; do
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up"
        (( $(now_us) < end )) || die "not ready within ${START_DEADLINE}s"
        sleep "$POLL"
    done
    READY_MS=$(ms_since "$t0")
}

check_no_postgres_left() {
    local pm
    if pm=$(postmaster_pid); then die "PostgreSQL (pid $pm) of $DATA still running after the app stopped"; fi
    if pgrep -f -- "-D $DATA/postgres" >/dev/null; then die "a postgres of $DATA is still running"; fi
}

log "first start (empty data directory: initdb, migrations, demo data)"
start_app fresh
FIRST_200=$FIRST_200_MS; FIRST_READY=$READY_MS; FIRST_CPU=$START_CPU_MS
log "first start: 200 on / after ${FIRST_200} ms (${FIRST_CPU} ms CPU), ready after ${FIRST_READY} ms"

# --- memory ---------------------------------------------------------------------------------------------
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

jvm_rss_kb() { # the launched JVM and the server JVM it started (platform.FastStart)
    local p sum=0
    for p in $(tree "$APP_PID"); do
        [[ $(cat "/proc/$p/comm" 2>/dev/null) == java ]] && sum=$(( sum + $(rss_kb "$p") ))
    done
    echo "$sum"
}
settle() { # poll the JVM's RSS once a second until three samples lie within 2 MiB (at most 30 s)
    local a=0 b=0 c end=$(( $(now_us) + 30 * 1000000 ))
    SETTLED=no
    while (( $(now_us) < end )); do
        c=$(jvm_rss_kb)
        if (( a > 0 )); then
            local hi=$(( a > b ? (a > c ? a : c) : (b > c ? b : c) ))
            local lo=$(( a < b ? (a < c ? a : c) : (b < c ? b : c) ))
            if (( hi - lo < 2048 )); then SETTLED=yes; return 0; fi
        fi
        a=$b; b=$c
        sleep 1
    done
}

# Sets MEM_JVM_RSS, MEM_PG_RSS, MEM_PG_PSS (kB), MEM_PG_PROCS, MEM_HEAP (bytes), MEM_HEAP_COMMITTED.
measure_memory() {
    local pm pids p
    MEM_JVM_RSS=$(jvm_rss_kb)
    pm=$(postmaster_pid) || die "no embedded postmaster found for $DATA"
    pids="$pm $(ps -o pid= --ppid "$pm" | tr -s ' \n' ' ' || true)"
    MEM_PG_RSS=0; MEM_PG_PSS=0; MEM_PG_PROCS=0
    for p in $pids; do
        MEM_PG_RSS=$(( MEM_PG_RSS + $(rss_kb "$p") ))
        MEM_PG_PSS=$(( MEM_PG_PSS + $(pss_kb "$p") ))
        MEM_PG_PROCS=$(( MEM_PG_PROCS + 1 ))
    done
    local metrics
    metrics=$(curl -s --max-time 5 "$APP/actuator/prometheus" || true)
    MEM_HEAP=$(awk '/^jvm_memory_used_bytes\{area="heap"/ { s += $NF } END { printf "%.0f", s }' <<<"$metrics")
    MEM_HEAP_COMMITTED=$(awk '/^jvm_memory_committed_bytes\{area="heap"/ { s += $NF } END { printf "%.0f", s }' <<<"$metrics")
}

declare -A MEM
record_memory() { # label
    settle
    measure_memory
    MEM[$1]="$MEM_JVM_RSS $MEM_HEAP $MEM_HEAP_COMMITTED $MEM_PG_RSS $MEM_PG_PSS $MEM_PG_PROCS $SETTLED"
    log "memory ($1): JVM RSS $(mib "$MEM_JVM_RSS"), heap used $(mib $(( MEM_HEAP / 1024 ))), PostgreSQL RSS $(mib "$MEM_PG_RSS") (PSS $(mib "$MEM_PG_PSS")) in $MEM_PG_PROCS processes"
}

record_memory first
stop_app; FIRST_STOP=$STOP_MS
check_no_postgres_left

WARM_200=(); WARM_READY=(); WARM_STOP=(); WARM_CPU=()
for i in $(seq 1 "$WARM_RUNS"); do
    log "warm start $i of $WARM_RUNS"
    start_app
    WARM_200+=("$FIRST_200_MS"); WARM_READY+=("$READY_MS"); WARM_CPU+=("$START_CPU_MS")
    log "warm start $i: 200 on / after ${FIRST_200_MS} ms (${START_CPU_MS} ms CPU), ready after ${READY_MS} ms"
    if (( i < WARM_RUNS )); then
        stop_app; WARM_STOP+=("$STOP_MS")
        check_no_postgres_left
    fi
done
record_memory warm
STARTED_LINE=$(grep -o 'Started HeadsUpApplication in [0-9.]* seconds (process running for [0-9.]*)' "$TMP/app.log" | tail -n1 || true)

# --- the home page: the app versus nginx serving the same bytes ----------------------------------------
curl -s -D "$TMP/home.headers" -o "$TMP/home.body" "$APP/"
HOME_BYTES=$(wc -c <"$TMP/home.body")
if grep -qi '^set-cookie:' "$TMP/home.headers"; then
    SET_COOKIE="**yes** — \`/\` sets a cookie: $(grep -i '^set-cookie:' "$TMP/home.headers" | cut -d= -f1 | tr -d '\r' | sed 's/^[Ss]et-[Cc]ookie: *//' | paste -sd, -)"
else
    SET_COOKIE="no — \`/\` creates no session (no \`Set-Cookie\`)"
fi
HOME_HEADER_BYTES=$(wc -c <"$TMP/home.headers")

NGINX_PORT=$(free_port)
NGINX_DIR="$TMP/nginx"
mkdir -p "$NGINX_DIR/root" "$NGINX_DIR/logs"
cp "$TMP/home.body" "$NGINX_DIR/root/index.html"
chmod 755 "$TMP" "$NGINX_DIR" "$NGINX_DIR/root"; chmod 644 "$NGINX_DIR/root/index.html" # workers run as nobody
cat >"$NGINX_DIR/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; }
    default_type text/html;
    charset utf-8;
    client_body_temp_path $NGINX_DIR/client_body;
    proxy_temp_path $NGINX_DIR/proxy;
    fastcgi_temp_path $NGINX_DIR/fastcgi;
    uwsgi_temp_path $NGINX_DIR/uwsgi;
    scgi_temp_path $NGINX_DIR/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGINX_DIR/root;
        index index.html;
    }
}
EOF
"$NGINX" -e "$NGINX_DIR/logs/error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" >"$NGINX_DIR/logs/stdout.log" 2>&1 &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT/"
end=$(( $(now_us) + 10 * 1000000 ))
until [[ $(http_code "$NGINX_URL") == 200 ]]; do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$NGINX_DIR/logs/"*.log >&2; die "nginx exited"; }
    (( $(now_us) < end )) || die "nginx did not answer within 10s"
    sleep "$POLL"
done
curl -s -o "$TMP/nginx.body" "$NGINX_URL"
cmp -s "$TMP/home.body" "$TMP/nginx.body" || die "nginx does not serve the same bytes as the app"

to_ms() { # wrk latency such as 812.00us, 1.20ms, 1.01s -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
app_pids() { echo "$(tree "$APP_PID" | tr '\n' ' ') $(with_children "$(postmaster_pid)")"; } # both JVMs with FastStart
nginx_pids() { with_children "$NGINX_PID"; }
run_wrk() { # url label pids-function [duration] -> sets W_N W_RPS W_P50 W_P99 W_ERRORS W_CPU (CPU ms/request)
    local out pids c0 c1 n
    pids=$($3)
    # shellcheck disable=SC2086
    c0=$(cpu_ticks $pids)
    out=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${4:-$WRK_DURATION}" --latency "$1")
    # shellcheck disable=SC2086
    c1=$(cpu_ticks $pids)
    n=$(awk '/ requests in / { print $1 }' <<<"$out")
    W_N=$n
    W_CPU=$(awk -v t=$(( c1 - c0 )) -v hz="$HZ" -v n="$n" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }')
    printf '%s\n' "$out" >"$TMP/wrk-$2.txt"
    W_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    W_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    W_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    W_ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
}

# The JIT compilers need thousands of requests, and get little CPU on a busy machine: warm the app up in steps
# until it has served WARMUP_MIN_REQUESTS and its CPU time per request has stopped falling (the last three
# steps within 10 % of each other).
log "warm-up: the app in steps of $WARMUP_STEP until it has served $WARMUP_MIN_REQUESTS requests and its CPU time per request is steady (at most $WARMUP_MAX steps)"
WARMUP_CPU=(); WARMUP_STEADY=no; WARMUP_REQUESTS=0
for step in $(seq 1 "$WARMUP_MAX"); do
    run_wrk "$APP/" "warmup-$step" app_pids "$WARMUP_STEP"
    WARMUP_CPU+=("$W_CPU"); WARMUP_REQUESTS=$(( WARMUP_REQUESTS + W_N ))
    log "warm-up step $step: $W_RPS req/s, CPU $W_CPU ms/req, $WARMUP_REQUESTS requests so far"
    if (( step >= 3 && WARMUP_REQUESTS >= WARMUP_MIN_REQUESTS )) && printf '%s\n' "${WARMUP_CPU[@]: -3}" | sort -g | awk '{ v[NR] = $1 } END { exit !(v[3] <= v[1] * 1.1) }'; then
        WARMUP_STEADY=yes; break
    fi
done
WARMUP_STEPS=${#WARMUP_CPU[@]}
log "warm-up: nginx $WRK_WARMUP_NGINX"
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP_NGINX" "$NGINX_URL" >/dev/null

ROWS=""; RATIOS=(); APP_RPS=(); NGX_RPS=(); APP_P50=(); APP_P99=(); NGX_P50=(); NGX_P99=(); ERRORS=0
APP_CPU=(); NGX_CPU=(); CPU_ROWS=""
for r in $(seq 1 "$ROUNDS"); do
    log "round $r of $ROUNDS: app"
    run_wrk "$APP/" "app-$r" app_pids
    a_rps=$W_RPS; a_p50=$W_P50; a_p99=$W_P99; a_cpu=$W_CPU; ERRORS=$(( ERRORS + W_ERRORS ))
    log "round $r of $ROUNDS: nginx"
    run_wrk "$NGINX_URL" "nginx-$r" nginx_pids
    n_rps=$W_RPS; n_p50=$W_P50; n_p99=$W_P99; n_cpu=$W_CPU; ERRORS=$(( ERRORS + W_ERRORS ))
    ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", a / n }')
    log "round $r: app $a_rps req/s (p50 $a_p50 ms, p99 $a_p99 ms, CPU $a_cpu ms/req), nginx $n_rps req/s (p50 $n_p50 ms, p99 $n_p99 ms, CPU $n_cpu ms/req), ratio $ratio"
    CPU_ROWS+="| $r | $a_cpu | $n_cpu | $(awk -v a="$a_cpu" -v n="$n_cpu" 'BEGIN { printf "%.0f×", (n > 0 ? a / n : 0) }') |"$'\n'
    APP_CPU+=("$a_cpu"); NGX_CPU+=("$n_cpu")
    ROWS+="| $r | $a_rps | $a_p50 | $a_p99 | $n_rps | $n_p50 | $n_p99 | $(awk -v x="$ratio" 'BEGIN { printf "%.1f %%", x * 100 }') |"$'\n'
    RATIOS+=("$ratio"); APP_RPS+=("$a_rps"); NGX_RPS+=("$n_rps")
    APP_P50+=("$a_p50"); APP_P99+=("$a_p99"); NGX_P50+=("$n_p50"); NGX_P99+=("$n_p99")
done
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
MED_RATIO=$(med "${RATIOS[@]}")

kill -QUIT "$NGINX_PID" 2>/dev/null || true
wait_exit "$NGINX_PID" 10 || die "nginx (pid $NGINX_PID) did not stop"
NGINX_PID=""

record_memory after-load
stop_app
check_no_postgres_left
WARM_STOP+=("$STOP_MS")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "all stopped; no PostgreSQL of $DATA left"

# --- the report -----------------------------------------------------------------------------------------
mem_row() { # label key
    local jvm heap heapc pg pss procs settled
    read -r jvm heap heapc pg pss procs settled <<<"${MEM[$2]}"
    [[ $settled == yes ]] || settled=" (still moving after 30 s)"
    [[ $settled != yes ]] || settled=""
    printf '| %s%s | %s | %s of %s committed | %s | %s | %s |\n' "$1" "$settled" "$(mib "$jvm")" \
        "$(mib $(( heap / 1024 )))" "$(mib $(( heapc / 1024 )))" "$(mib "$pg")" "$(mib "$pss")" "$procs"
}
join_s() { local out="" x; for x in "$@"; do out+="${out:+, }$(fmt_s "$x")"; done; echo "$out"; }

CPU_MODEL=$(lscpu 2>/dev/null | awk -F: '/^Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
MEM_TOTAL=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck source=/dev/null
OS_NAME=$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)
JAVA_VERSION=$(java -version 2>&1)
MAX_HEAP=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%.1f GiB", $4 / 1073741824 }')
LOAD_NOTE=""
if awk -v a="$LOAD_BEFORE" -v b="$LOAD_AFTER" -v n="$(nproc)" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] > n || y[1] > n) }'; then
    LOAD_NOTE="The load average was above the number of CPUs: other work competed with this run for the CPUs, so
wall-clock times and requests per second are lower than on a quiet machine."
fi
NGINX_VERSION=$("$NGINX" -v 2>&1 | sed 's/^nginx version: //')
WRK_VERSION=$(wrk -v 2>&1 | head -n1 | awk '{ print $2 }' || true)
PG_VERSION=$(grep -o 'PostgreSQL [0-9.]* on the embedded' "$TMP/app.log" | head -n1 | awk '{ print $2 }' || true)

SECTION="$TMP/section.md"
{
cat <<EOF
$MARK_START
## Start-up, memory and the signed-out home page

Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $GIT_REV. Do not edit by hand: the
script replaces everything between this section's markers.

### How to rerun

\`\`\`
bench/run.sh
\`\`\`

It installs nginx and wrk if they are missing, builds \`$JAR\` if it is absent, starts Heads Up
on its embedded PostgreSQL in a fresh temporary data directory (demo data on, default JVM settings, loopback
only), stops everything it started and prints this section.

### Machine

| | |
|---|---|
| CPU | $CPU_MODEL, $(nproc) CPUs available |
| Memory | $MEM_TOTAL |
| OS | $OS_NAME, Linux $(uname -r) |
| PostgreSQL (embedded) | ${PG_VERSION:-?} |
| nginx / wrk | $NGINX_VERSION / $WRK_VERSION |
| JVM default maximum heap | $MAX_HEAP (no JVM options given) |
| Load average (1, 5, 15 min) | $LOAD_BEFORE at the start, $LOAD_AFTER at the end |

\`\`\`
$ java -version
$JAVA_VERSION
\`\`\`

The machine is shared, so absolute figures move from run to run; the ratio to nginx, measured in the same
minutes, and CPU time are the figures to compare across runs.

$LOAD_NOTE

### Start-up

From launching \`java -jar $JAR\` to the first HTTP 200 on \`/\` (polled every ${POLL}s with curl), and to
readiness (\`/actuator/health/readiness\` = 200, after start-up tasks such as loading the demo county). CPU
time is user + system time of the JVM (with initdb and pg_ctl, which it waits for) and of the PostgreSQL
processes when that first 200 came: unlike the wall-clock time, it hardly depends on what else the machine is
doing.

| | first 200 on \`/\` | CPU time to that 200 | ready | stop (SIGTERM to exit) |
|---|---|---|---|---|
| first start (empty data directory: initdb, migrations, demo data) | $(fmt_s "$FIRST_200") | $(fmt_s "$FIRST_CPU") | $(fmt_s "$FIRST_READY") | $(fmt_s "$FIRST_STOP") |
| warm start, median of $WARM_RUNS | **$(fmt_s "$(printf '%s\n' "${WARM_200[@]}" | median)")** | $(fmt_s "$(printf '%s\n' "${WARM_CPU[@]}" | median)") | $(fmt_s "$(printf '%s\n' "${WARM_READY[@]}" | median)") | $(fmt_s "$(printf '%s\n' "${WARM_STOP[@]}" | median)") |
| warm starts, each | $(join_s "${WARM_200[@]}") | $(join_s "${WARM_CPU[@]}") | $(join_s "${WARM_READY[@]}") | $(join_s "${WARM_STOP[@]}") |

Spring's own figure for the last warm start: "${STARTED_LINE:-not found}".

### Memory

Resident memory after the JVM's RSS stopped moving (three samples a second apart within 2 MiB, at most 30 s).
PostgreSQL is the postmaster of the data directory and all its children; their RSS counts the shared buffers
once per process that touched them, so PSS (shared pages divided among the processes) is the fairer total.
Heap from \`/actuator/prometheus\` (\`jvm_memory_used_bytes{area="heap"}\`, summed over pools).

| when | JVM RSS | JVM heap used | PostgreSQL RSS (sum) | PostgreSQL PSS (sum) | PostgreSQL processes |
|---|---|---|---|---|---|
$(mem_row "idle after the first start" first)
$(mem_row "idle after a warm start" warm)
$(mem_row "after the load test below" after-load)

### Signed-out home page \`/\` versus nginx serving the same bytes

\`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency\` against \`http://127.0.0.1:PORT/\`. First a warm-up: the app
in $WARMUP_STEPS steps of $WARMUP_STEP ($WARMUP_REQUESTS requests) until it had served at least $WARMUP_MIN_REQUESTS and its CPU time per request was steady$( [[ $WARMUP_STEADY == yes ]] || echo " (**it was still falling after the last step**)") (ms per request:
$(printf '%s\n' "${WARMUP_CPU[@]}" | paste -sd, - | sed 's/,/, /g')), then $WRK_WARMUP_NGINX of nginx; then $ROUNDS rounds, each the app and then nginx. nginx ($( [[ $(nproc) -gt 1 ]] && echo "worker_processes auto" || echo "one worker"), access log
off) serves the body the app returned (${HOME_BYTES} bytes, uncompressed as wrk does not ask for gzip) as a
static \`index.html\`; the app also sends ~${HOME_HEADER_BYTES} bytes of headers (CSP, security headers) that
nginx does not. Latencies in milliseconds.

| round | app req/s | app p50 | app p99 | nginx req/s | nginx p50 | nginx p99 | app / nginx |
|---|---|---|---|---|---|---|---|
${ROWS}| **median** | **$(med "${APP_RPS[@]}")** | $(med "${APP_P50[@]}") | $(med "${APP_P99[@]}") | **$(med "${NGX_RPS[@]}")** | $(med "${NGX_P50[@]}") | $(med "${NGX_P99[@]}") | **$(awk -v x="$MED_RATIO" 'BEGIN { printf "%.1f %%", x * 100 }')** |

CPU time per request (user + system, from \`/proc/PID/stat\`, over each measured run): the app is the JVM plus
its PostgreSQL processes, nginx its master and workers. It depends less on what else the machine is doing than
requests per second do.

| round | app CPU ms / request | nginx CPU ms / request | app ÷ nginx |
|---|---|---|---|
${CPU_ROWS}| **median** | **$(med "${APP_CPU[@]}")** | **$(med "${NGX_CPU[@]}")** | $(awk -v a="$(med "${APP_CPU[@]}")" -v n="$(med "${NGX_CPU[@]}")" 'BEGIN { printf "%.0f×", (n > 0 ? a / n : 0) }') |

- Session on \`/\`: $SET_COOKIE.
- Errors (non-2xx responses and socket errors over all measured runs): $ERRORS.
$MARK_END
EOF
} >"$SECTION"

cat "$SECTION"

mkdir -p "$(dirname "$DOC")"
if [[ ! -f $DOC ]]; then
    cat >"$DOC" <<'EOF'
# Performance

Every benchmark is a script under `bench/` that anyone can rerun with one command. Each writes its own section
below, between its markers, with the machine it ran on; the other sections are left as they are.

EOF
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
