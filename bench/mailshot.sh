#!/usr/bin/env bash
# Mailshot throughput: Heads Up sends N personalised messages (each greeted by name, with its own signed links,
# claimed from the outbox by the workers) to a local SMTP sink running as a separate process, against a bare
# Jakarta Mail loop sending N pre-built identical messages over one connection to the same sink, in the same run;
# then 100,000 recipients, to see that time grows no faster than the number of messages. Heads Up's 20,000 run is made
# before and after the 100,000 one (and the bare loop before and after the first), and the means compared.
#
#   bench/mailshot.sh
#
# Settings (environment): N (20000), LARGE (100000), HEAP (512m), CONCURRENCY (2, workers per node).
# Writes its section into docs/performance.md between its own markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
N=${N:-20000}
LARGE=${LARGE:-100000}
HEAP=${HEAP:-512m}
CONCURRENCY=${CONCURRENCY:-2}
DOC=docs/performance.md
MARK_START='<!-- bench:mailshot:start -->'
MARK_END='<!-- bench:mailshot:end -->'
TMP=$(mktemp -d /tmp/headsup-mailshot.XXXXXX)
APP=""
SINK=""

log() { printf '[bench] %s\n' "$*" >&2; }
cleanup() {
    for pid in $APP $SINK; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$TMP"
}
trap cleanup EXIT

command -v psql >/dev/null || {
    log "installing the PostgreSQL client"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
}
[[ -f target/headsup.jar ]] || ./mvnw -q -B -DskipTests package
cp target/headsup.jar "$TMP/headsup.jar" # a build during the run cannot pull the jar from under the application
./mvnw -q -o -B dependency:build-classpath -Dmdep.outputFile="$TMP/cp.txt" >/dev/null
MAIL_CP=$(tr ':' '\n' <"$TMP/cp.txt" | grep -E 'angus-mail|jakarta.mail-api|activation' | paste -sd: -)

sink_port=$(free_port)
log "starting the SMTP sink on port $sink_port"
java -Xmx256m bench/mailshot/SmtpSink.java "$sink_port" >"$TMP/sink.log" 2>&1 &
SINK=$!
until grep -q listening "$TMP/sink.log" 2>/dev/null; do kill -0 "$SINK" || exit 1; sleep 0.1; done

sink_count() { sink XCOUNT | awk '{print $2}'; }

bare_loop() {
    sink XRESET >/dev/null
    java -cp "$MAIL_CP" bench/mailshot/BareLoop.java "$sink_port" "$1"
}

app_port=$(free_port)
log "starting Heads Up (-Xmx$HEAP, embedded PostgreSQL, no demo data) on port $app_port"
HEADSUP_DATA_DIR="$TMP/data" HEADSUP_DEMO=false SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$sink_port" \
    HEADSUP_MAILING_WORKER_INTERVAL=100ms HEADSUP_MAILING_CONCURRENCY="$CONCURRENCY" \
    java "-Xmx$HEAP" -jar "$TMP/headsup.jar" --server.port="$app_port" >"$TMP/app.log" 2>&1 &
APP=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/actuator/health/readiness" || true) == 200 ]]; do
    kill -0 "$APP" 2>/dev/null || { cat "$TMP/app.log" >&2; exit 1; }
    sleep 0.2
done
db_port=$(sed -n 4p "$TMP/data/postgres/postmaster.pid")
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d headsup)

# CPU seconds used so far by Heads Up: the JVM and its PostgreSQL
cpu_used() { app_cpu "$APP" "$TMP/data"; }

heap_used() {
    curl -s "http://127.0.0.1:$app_port/actuator/prometheus" |
        awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%d", sum / 1048576}'
}

# Queues a notice to $2 people, as Mailshots.startNotice would, and times it until the sink has them all.
# Prints: seconds peak_heap_MiB cpu_seconds
heads_up() {
    local key=$1 n=$2
    sink XRESET >/dev/null
    notice_sql "$key" "$n" | "${PSQL[@]}"
    local start peak=0 heap cpu
    cpu=$(cpu_used)
    start=$(date +%s.%N)
    while (( $(sink_count) < n )); do
        heap=$(heap_used)
        (( heap > peak )) && peak=$heap
        kill -0 "$APP" || { cat "$TMP/app.log" >&2; exit 1; }
        sleep 0.25
    done
    echo "$(echo "$(date +%s.%N) - $start" | bc) $peak $(echo "$(cpu_used) - $cpu" | bc)"
}

log "warming up: 10,000 messages each way"
bare_loop 10000 >/dev/null
heads_up warmup 10000 >/dev/null

# The machine may be shared: each side runs twice, interleaved, and the means are compared.
log "bare Jakarta Mail loop: $N identical messages over one connection"
bare_ms=$(bare_loop "$N")
log "Heads Up: $N personalised messages"
read -r app_s app_heap app_cpu < <(heads_up bench-small-1 "$N")
log "bare loop again"
bare2_ms=$(bare_loop "$N")
log "Heads Up: $LARGE personalised messages"
read -r large_s large_heap large_cpu < <(heads_up bench-large "$LARGE")
log "Heads Up: $N personalised messages again"
read -r app2_s app2_heap app2_cpu < <(heads_up bench-small-2 "$N")
sent=$("${PSQL[@]}" -t -A -c "select count(*) from outbox_messages where status = 'SENT' and mailshot_id in (select id from mailshots where key like 'bench-%')")

bare_s=$(echo "scale=3; (($bare_ms + $bare2_ms) / 2) / 1000" | bc)
bare_rate=$(echo "$N / $bare_s" | bc)
small_s=$(echo "scale=3; ($app_s + $app2_s) / 2" | bc)
small_cpu=$(echo "scale=2; ($app_cpu + $app2_cpu) / 2" | bc)
(( app2_heap > app_heap )) && app_heap=$app2_heap
app_rate=$(echo "$N / $small_s" | bc)
large_rate=$(echo "$LARGE / $large_s" | bc)
ratio=$(echo "scale=1; 100 * $app_rate / $bare_rate" | bc)
growth=$(echo "scale=2; $large_s / $small_s" | bc)
cpu_growth=$(echo "scale=2; $large_cpu / $small_cpu" | bc)
small_ms=$(printf '%.2f' "$(echo "scale=4; 1000 * $small_cpu / $N" | bc)")
large_ms=$(printf '%.2f' "$(echo "scale=4; 1000 * $large_cpu / $LARGE" | bc)")
met() { if [[ $(echo "$1" | bc) == 1 ]]; then echo yes; else echo "**no**"; fi; }

commit=$(git rev-parse --short HEAD)
section=$(cat <<MD
$MARK_START
## Mailshots: personalised messages to an SMTP sink

Written by \`bench/mailshot.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC, commit $commit, on $(nproc) CPUs
($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end,
$(java -version 2>&1 | head -1), embedded PostgreSQL 17 (durable: fsync on), \`-Xmx$HEAP\`, $CONCURRENCY workers.

The sink (\`bench/mailshot/SmtpSink.java\`) is a separate process on loopback that accepts and discards every message.
Heads Up's messages are a notice greeted by name with three signed links each (call to action through click tracking,
preference centre, one-click unsubscribe) and a \`List-Unsubscribe\` header, claimed from the outbox by the workers
(\`FOR UPDATE SKIP LOCKED\`, batches of 50, one SMTP connection per worker) and marked sent; timed from the commit
that queued them to the sink's receipt of the last. The yardstick (\`bench/mailshot/BareLoop.java\`) sends one
pre-built message N times over one Jakarta Mail connection (the mean of a run before and one after Heads Up's first).

| | messages | seconds | messages/s | peak heap | target | met |
|---|---|---|---|---|---|---|
| bare Jakarta Mail loop, one connection | $N | $bare_s (mean of $bare_ms ms, $bare2_ms ms) | $bare_rate | | | |
| Heads Up, personalised | $N | $small_s (mean of $app_s, $app2_s) | **$app_rate** | $app_heap MiB | ≥ 80 % of the loop: **$ratio %** | $(met "$ratio >= 80") |
| Heads Up, personalised | $LARGE | $large_s | $large_rate | $large_heap MiB | ≤ 5.5 × the $N runs: **$growth ×** | $(met "$growth <= 5.5") |

CPU time used by Heads Up (its JVM and its PostgreSQL processes), which depends less than the clock on what else the
machine is doing: $small_ms ms a message for $N (mean of $app_cpu s and $app2_cpu s), $large_ms ms a message for $LARGE
($large_cpu s): the $LARGE run took **$cpu_growth ×** the CPU time of the $N run.

Heap under 512 MiB: $(met "$app_heap < 512 && $large_heap < 512") (peak of \`jvm_memory_used_bytes{area="heap"}\` polled every
0.25 s). Messages marked sent: $sent of $((2 * N + LARGE)). Rerun: \`bench/mailshot.sh\`.
$MARK_END
MD
)
write_doc_section "$DOC" "$MARK_START" "$MARK_END" "$section"
echo "$section"
