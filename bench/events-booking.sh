#!/usr/bin/env bash
# Confirmed bookings per second for one event under a rush (1,000 requests for 1,000 places, and for 100 places),
# next to 1,000 bookings spread over 1,000 events, in the same run, with CPU milliseconds per booking (JVM and
# PostgreSQL) and the load average: Heads Up on its embedded PostgreSQL, booking through the booking desk from 32
# threads.
#
#   bench/events-booking.sh            (BENCH_ROUNDS=3 BENCH_THREADS=32 BENCH_PLACES=1000 by default)
#
# Writes its section into docs/performance.md between its own markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOC=docs/performance.md
MARK_START='<!-- bench:events-booking:start -->'
MARK_END='<!-- bench:events-booking:end -->'
ROUNDS=${BENCH_ROUNDS:-3}
THREADS=${BENCH_THREADS:-32}
PLACES=${BENCH_PLACES:-1000}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# -Dheadsup.test.jvm= : a benchmark runs with the optimising compiler, which the tests' JVMs leave out (pom.xml).
./mvnw -q -B verify -Dheadsup.test.jvm= -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BookingBenchmark \
    -Dbench.rounds="$ROUNDS" -Dbench.threads="$THREADS" -Dbench.places="$PLACES" >/tmp/headsup-events-bench.log 2>&1 \
    || { tail -50 /tmp/headsup-events-bench.log >&2; exit 1; }
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
busy=""
if awk -v l="${load_end%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
    busy="The load average was above the number of CPUs: other work competed with this run for the CPUs, and a
booking that holds the event's lock waits for a CPU like everything else, so these rates are lower than on a quiet
machine. The ratio of the one-event rate to the no-contention rate, measured in the same minutes, is the figure to
compare between runs."
fi
section=$(cat <<MD
$MARK_START
## Bookings for one event under a rush

Written by \`bench/events-booking.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $load_start at the start and
$load_end at the end, $(java -version 2>&1 | head -1), embedded PostgreSQL 17 (fsync and synchronous commit on).

Each request is one person booking one place through \`BookingDesk.book\` (what the booking page does), from
$THREADS threads released at once, on one application node with a pool of $(cat target/events-booking-pool.txt) database connections. A request's checks
(event, booking window, the booker's posts, audience, not already booked: four reads, no lock) run on its own
thread; then requests for the same event queue on the node and are decided together, in arrival order, by whichever
of their threads gets there first: one transaction that writes the batch's bookings in one statement, records one
\`BookingsMade\` event for them, then takes the event's row lock in its last statement (update the counters, insert the
places, return them) and commits. Confirmation and waiting-list emails (.ics rendered, queued in the outbox) follow
each commit on the event listener's threads. "One event" rounds are all contention: every request takes the same
event row lock. In the 100-place round, 900 requests end on the waiting list: its rate is decisions per second
(requests/s). The last scenario books a new event per request: no contention, no batching. The warm-up (1,000
requests) is not shown.

CPU ms/request is the CPU time of the application's JVM and of every PostgreSQL process (postmaster, backends, WAL
writer...; read from \`/proc\`) divided by the requests: "CPU ms/request" while the requests were being decided,
"with emails" until their emails were also queued. 2 CPUs give 2,000 CPU ms a second, so 2,000 / (CPU ms/request)
is the most this machine could decide a second if nothing else ran. Requests/transaction is how many requests were
decided together on average; load is the 1-minute load average at the end of the round.

$(cat target/events-booking-bench.md)

$busy

Target: at least 300 confirmed bookings per second for one event.
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
