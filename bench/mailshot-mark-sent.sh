#!/usr/bin/env bash
# What marking messages sent a few at a time costs: two copies of the same packaged application, one with
# headsup.mailing.mark-sent-every=50 (the old batch) and one with 5 (the default), each with its own embedded
# PostgreSQL, both sending to one SMTP sink. They take turns (A B, B A, A B, ...), never sending at the same time, so
# that both meet the same load on a shared machine; the ratio of the two is the figure to read.
#
#   bench/mailshot-mark-sent.sh
#
# Settings (environment): N (5000 messages a turn), ROUNDS (4), HEAP (512m), CONCURRENCY (2),
# BEFORE (50), AFTER (5), DOC (docs/performance.md; empty to leave it alone).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
N=${N:-5000}
ROUNDS=${ROUNDS:-4}
HEAP=${HEAP:-512m}
CONCURRENCY=${CONCURRENCY:-2}
BEFORE=${BEFORE:-50}
AFTER=${AFTER:-5}
DOC=${DOC-docs/performance.md}
MARK_START='<!-- bench:mailshot-mark-sent:start -->'
MARK_END='<!-- bench:mailshot-mark-sent:end -->'
TMP=$(mktemp -d /tmp/headsup-mark-sent.XXXXXX)
PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }
cleanup() {
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$TMP"
}
trap cleanup EXIT

[[ -f target/headsup.jar ]] || ./mvnw -q -B -DskipTests package
cp target/headsup.jar "$TMP/headsup.jar" # a build during the run cannot pull the jar from under the applications

sink_port=$(free_port)
java -Xmx256m bench/mailshot/SmtpSink.java "$sink_port" >"$TMP/sink.log" 2>&1 &
PIDS+=($!)
until grep -q listening "$TMP/sink.log" 2>/dev/null; do sleep 0.1; done

declare -A APP PORT
start_app() { # name mark-sent-every
    local name=$1 port
    port=$(free_port)
    log "starting copy $name (mark-sent-every=$2) on port $port"
    HEADSUP_DATA_DIR="$TMP/$name" HEADSUP_DEMO=false SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$sink_port" \
        HEADSUP_MAILING_WORKER_INTERVAL=100ms HEADSUP_MAILING_CONCURRENCY="$CONCURRENCY" \
        HEADSUP_MAILING_MARK_SENT_EVERY="$2" \
        java "-Xmx$HEAP" -jar "$TMP/headsup.jar" --server.port="$port" >"$TMP/$name.log" 2>&1 &
    APP[$name]=$!
    PIDS+=($!)
    PORT[$name]=$port
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true) == 200 ]]; do
        kill -0 "${APP[$name]}" 2>/dev/null || { cat "$TMP/$name.log" >&2; exit 1; }
        sleep 0.5
    done
}
psql_of() { # name
    local pm
    pm=$(sed -n 4p "$TMP/$1/postgres/postmaster.pid")
    echo "psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $pm -U postgres -d headsup"
}
cpu_used() { app_cpu "${APP[$1]}" "$TMP/$1"; } # name
# Queues a notice to $3 people on copy $1, as Mailshots.startNotice would; prints "seconds cpu_seconds".
send() {
    local name=$1 key=$2 n=$3 start cpu
    sink XRESET >/dev/null
    notice_sql "$key" "$n" | $(psql_of "$name")
    cpu=$(cpu_used "$name")
    start=$(date +%s.%N)
    # sent means marked sent: the last batch's commit is part of the cost being measured
    until [[ $($(psql_of "$name") -t -A -c "select count(*) from outbox_messages o join mailshots m on m.id = o.mailshot_id where m.key = '$key' and o.status = 'SENT'") == "$n" ]]; do
        sleep 0.1
    done
    printf '%.1f %.2f\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$(echo "$(cpu_used "$name") - $cpu" | bc)"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
start_app before "$BEFORE"
start_app after "$AFTER"
log "warming up: $N messages each"
send before warmup "$N" >/dev/null
send after warmup "$N" >/dev/null

declare -A SECS CPUS
for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then order=(before after); else order=(after before); fi
    for name in "${order[@]}"; do
        read -r s c < <(send "$name" "round-$r" "$N")
        log "round $r, $name: $s s, $c s CPU (load $(cut -d' ' -f1 /proc/loadavg))"
        SECS[$name]+="$s "
        CPUS[$name]+="$c "
    done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
list() { echo "$1" | xargs | sed 's/ /, /g'; }
bs=$(printf '%.1f' "$(echo "${SECS[before]}" | median)"); as=$(printf '%.1f' "$(echo "${SECS[after]}" | median)")
bc_=$(echo "${CPUS[before]}" | median); ac=$(echo "${CPUS[after]}" | median)
rate() { echo "$N / $1" | bc; }
per() { printf '%.2f' "$(echo "scale=4; 1000 * $1 / $N" | bc)"; }
pct() { printf '%.0f' "$(echo "scale=4; 100 * $1 / $2" | bc)"; }

section=$(cat <<MD
$MARK_START
## Mailshots: marking messages sent $AFTER at a time against $BEFORE at a time

Written by \`bench/mailshot-mark-sent.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); load average $load_start at the start and
$load_end at the end (the machine is shared: read the ratios, not the seconds). $(java -version 2>&1 | head -1),
\`-Xmx$HEAP\`, $CONCURRENCY workers. Two copies of the same jar, each with its own embedded PostgreSQL (fsync on),
differing only in \`headsup.mailing.mark-sent-every\`, send $N personalised notices each turn to one SMTP sink,
taking turns ($ROUNDS rounds after a warm-up, the order swapped each round); a turn is timed from the commit that
queues the messages to the commit that marks the last of them sent.

| mark-sent-every | seconds, each turn | median | messages/s | CPU of JVM + PostgreSQL, each turn | CPU a message (median) |
|---|---|---|---|---|---|
| $BEFORE | $(list "${SECS[before]}") | $bs | $(rate "$bs") | $(list "${CPUS[before]}") s | $(per "$bc_") ms |
| $AFTER | $(list "${SECS[after]}") | $as | $(rate "$as") | $(list "${CPUS[after]}") s | $(per "$ac") ms |

$AFTER at a time takes **$(pct "$as" "$bs") %** of the time and **$(pct "$ac" "$bc_") %** of the CPU that $BEFORE at a time takes
(medians). Rerun: \`bench/mailshot-mark-sent.sh\`.
$MARK_END
MD
)
[[ -z $DOC ]] || write_doc_section "$DOC" "$MARK_START" "$MARK_END" "$section"
echo "$section"
