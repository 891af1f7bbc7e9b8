#!/usr/bin/env bash
# The recognition schemes at a national scale, in the embedded PostgreSQL of a demo county:
#  1. The public register (/recognition/register, the whole HTML page) with 3,000 awards, filtered by district and
#     type, against nginx serving the same bytes from disk, in the same run: 4 concurrent readers (wrk -t2 -c4),
#     p95 under 50 ms and at least half of nginx's requests per second; CPU time per request.
#  2. Partner suggestions for a school among 24,000 open schools: Partners.suggest itself (same district, same
#     trust, a shared cluster or consortium, then the nearest by GIAS easting/northing), as the group proposal page
#     calls it, through PartnersBenchmark (test tree, its own embedded PostgreSQL, the optimising JIT) for 300 lead
#     schools drawn at random: p95 under 50 ms. Runs first, before the app and nginx start.
#
#   bench/recognition.sh
#   PARTS=partners bench/recognition.sh     (only part 2: prints its figures, leaves docs/performance.md alone)
#
# Settings (environment): AWARDS (3000), DISTRICTS (20), SCHOOLS (24000), LEADS (300), WRK_DURATION (15s),
# CONNECTIONS (4), ROUNDS (3), DATA_DIR (target/bench-recognition), REBUILD (0: build target/headsup.jar only if it
# is missing; part 2's build makes it anew), PARTS (register,partners).
# Writes its section into docs/performance.md between its own markers, with the machine it ran on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
source bench/jit.sh
AWARDS=${AWARDS:-3000}
DISTRICTS=${DISTRICTS:-20}
SCHOOLS=${SCHOOLS:-24000}
LEADS=${LEADS:-300}
PARTS=${PARTS:-register,partners}
WRK_DURATION=${WRK_DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
ROUNDS=${ROUNDS:-3}
REBUILD=${REBUILD:-0}
DATA_DIR=${DATA_DIR:-target/bench-recognition}
DOC=docs/performance.md
MARK_START='<!-- bench:recognition:start -->'
MARK_END='<!-- bench:recognition:end -->'
TMP=$(mktemp -d /tmp/headsup-recognition.XXXXXX)
APP=""
NGINX_PID=""
HZ=$(getconf CLK_TCK)

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
cleanup() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then kill -QUIT "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; fi
    if [[ -n $APP ]] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

# --- 2. partner suggestions: Partners.suggest among 24,000 open schools (first, with the machine to itself) --------
PARTNERS="### Partner suggestions

Not measured in this run (PARTS=$PARTS)."
if [[ ,$PARTS, == *,partners,* ]]; then
    log "partner suggestions: Partners.suggest for $LEADS lead schools among $SCHOOLS open schools (PartnersBenchmark)"
    rm -f target/partners-bench.txt
    # -Dheadsup.test.jvm= : a benchmark runs with the optimising compiler, which the tests' JVMs leave out (pom.xml).
    ./mvnw -q -B -ntp verify -Dheadsup.test.jvm= -Dspotless.check.skip=true -Djacoco.skip=true -Dtest=NoSuchTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PartnersBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
        -Dbench.schools="$SCHOOLS" -Dbench.leads="$LEADS" >"$TMP/partners.log" 2>&1 \
        || { tail -60 "$TMP/partners.log" >&2; exit 1; }
    rm -rf target/bench-data/partners-* # the embedded database of that run, stopped when the benchmark closed it
    pv() { sed -n "s/^$1=//p" target/partners-bench.txt; }
    p_met=$(awk -v x="$(pv wall_p95_ms)" 'BEGIN { print (x < 50 ? "met" : "**not met**") }')
    p_load=$(cut -d' ' -f1-3 /proc/loadavg)
    PARTNERS=$(cat <<MD
### Partner suggestions among $(pv open_schools) open schools

\`Partners.suggest\` itself, as the group proposal page calls it (primary phases, $(pv suggestions) suggestions: the lead's
district first, then its trust, then a cluster or consortium it shares, then the nearest by GIAS easting/northing,
then by name), through \`PartnersBenchmark\` (test tree; the module's service on its own embedded PostgreSQL
$(pv server), no HTTP, the optimising JIT). $(pv open_schools) open schools in 300 districts of 30 km squares, three in
four primary, two in five in one of 2,400 trusts across districts, a quarter in two of 1,200 clusters over two
neighbouring districts, and 2 % more closed (set-up $(pv seed_s) s). $(pv leads) primary lead schools at random, after
$(pv warm_up) others as warm-up: wall time p50 $(pv wall_p50_ms) ms, **p95 $(pv wall_p95_ms) ms**, slowest $(pv wall_max_ms) ms;
the calling thread's CPU p50 $(pv cpu_p50_ms) ms, p95 $(pv cpu_p95_ms) ms. Target: p95 under 50 ms: $p_met. Load
average $p_load at the end of this part.
MD
)
    if [[ ,$PARTS, != *,register,* ]]; then
        echo "$PARTNERS"
        exit 0
    fi
fi

PATH=$PATH:/usr/sbin:/sbin
if ! command -v wrk >/dev/null || ! command -v psql >/dev/null || ! command -v nginx >/dev/null; then
    log "installing wrk, nginx-light and the PostgreSQL client"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light postgresql-client >/dev/null
fi
if [[ ! -f target/headsup.jar || $REBUILD == 1 ]]; then ./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package; fi
if [[ $REBUILD == 1 ]]; then rm -rf "$DATA_DIR"; fi
mkdir -p "$DATA_DIR"

port=$(free_port)
log "starting Heads Up on port $port"
HEADSUP_DATA_DIR="$DATA_DIR" java -Xmx1g -jar target/headsup.jar --server.port="$port" --server.address=127.0.0.1 >"$TMP/app.log" 2>&1 &
APP=$!
BASE="http://127.0.0.1:$port"
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness" || true) == 200 ]]; do
    kill -0 "$APP" 2>/dev/null || { cat "$TMP/app.log" >&2; exit 1; }
    sleep 0.2
done
db_port=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d headsup)
postmaster=$(head -n1 "$DATA_DIR/postgres/postmaster.pid")
app_pids() { echo "$APP $(with_children "$postmaster")"; }

# --- the data: 3,000 awards over DISTRICTS districts (part 2 seeds its own schools) -----------------------
if [[ $("${PSQL[@]}" -At -c "select count(*) from recognition_applications where created_by = 'bench@recognition.example'") == 0 ]]; then
    log "generating $AWARDS awards in $DISTRICTS districts"
    "${PSQL[@]}" <<SQL
insert into recognition_applications (scheme_key, title, lead_organisation_id, state, version_id, created_by)
select 'kitemark', 'Bench awards', (select min(id) from organisations), 'AWARDED',
       (select min(id) from assessment_framework_versions), 'bench@recognition.example';
insert into recognition_awards (application_id, scheme_key, organisation_id, name, organisation_kind, district,
                                starts_on, expires_on, listed)
select (select id from recognition_applications where created_by = 'bench@recognition.example'),
       case when g % 3 = 0 then 'quality-mark' else 'kitemark' end, 100000000 + g,
       (array['Little Acorns', 'Busy Bees', 'Rainbow', 'Oak Tree', 'Sunflower', 'Willow', 'Meadow', 'Kingfisher'])[1 + g % 8]
         || ' ' || (case when g % 3 = 0 then 'Primary School' when g % 3 = 1 then 'Nursery' else 'Childminding' end)
         || ' ' || g,
       case when g % 3 = 0 then 'SCHOOL' when g % 3 = 1 then 'EARLY_YEARS_SETTING' else 'CHILDMINDER' end,
       'Bench district ' || (1 + g % $DISTRICTS), current_date - (g % 1000), current_date - (g % 1000) + 1095, true
  from generate_series(1, $AWARDS) g;
analyze recognition_awards;
SQL
fi
in_force=$("${PSQL[@]}" -At -c "select count(*) from recognition_awards where listed and withdrawn_on is null and starts_on <= current_date and expires_on > current_date")

# --- 1. the register against nginx ------------------------------------------------------------------------------
REGISTER="/recognition/register?district=Bench+district+7&type=EARLY_YEARS_SETTING"
curl -s -D "$TMP/register.headers" -o "$TMP/register.body" "$BASE$REGISTER"
grep -q '^HTTP/1.1 200' "$TMP/register.headers" || die "$REGISTER did not answer 200"
shown=$(grep -o '[0-9]* recognised schools and settings' "$TMP/register.body" | head -1)
REGISTER_BYTES=$(wc -c <"$TMP/register.body")
chmod 755 "$TMP"
start_nginx "$TMP/nginx" "$TMP/register.body"
curl -s -o "$TMP/nginx.body" "$NGINX_URL"
cmp -s "$TMP/register.body" "$TMP/nginx.body" || die "nginx does not serve the same bytes as the app"
nginx_pids() { with_children "$NGINX_PID"; }

cat >"$TMP/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %.0f\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
LUA
run_wrk() { # url pids-function duration -> W_RPS W_P50 W_P95 W_P99 W_CPU W_ERRORS
    local pids c0 c1 n
    pids=$($2); c0=$(cpu_ticks $pids)
    read -r _ n W_ERRORS W_P50 W_P95 W_P99 W_RPS < <(wrk -t2 -c"$CONNECTIONS" -d"$3" -s "$TMP/p95.lua" "$1" | grep '^RESULT')
    c1=$(cpu_ticks $pids)
    W_CPU=$(awk -v t=$(( c1 - c0 )) -v hz="$HZ" -v n="$n" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }')
}
log "register: warming up the app (rounds of 10 s until the JIT has settled) and nginx (10 s)"
warm_until_settled "$APP" run_wrk "$BASE$REGISTER" app_pids 10s
warm_rounds=$WARM_ROUNDS
run_wrk "$NGINX_URL" nginx_pids 10s
ROWS=""; RATIOS=(); APP_RPS=(); NGX_RPS=(); APP_P95=(); APP_CPU=(); NGX_CPU=(); ERRORS=0
for r in $(seq 1 "$ROUNDS"); do
    run_wrk "$BASE$REGISTER" app_pids "$WRK_DURATION"; a=($W_RPS $W_P50 $W_P95 $W_P99 $W_CPU); ERRORS=$(( ERRORS + W_ERRORS ))
    run_wrk "$NGINX_URL" nginx_pids "$WRK_DURATION"; n=($W_RPS $W_P50 $W_P95 $W_P99 $W_CPU); ERRORS=$(( ERRORS + W_ERRORS ))
    ratio=$(awk -v a="${a[0]}" -v n="${n[0]}" 'BEGIN { printf "%.3f", a / n }')
    log "round $r: app ${a[0]} req/s (p95 ${a[2]} ms, ${a[4]} ms CPU), nginx ${n[0]} req/s (p95 ${n[2]} ms, ${n[4]} ms CPU): $ratio"
    ROWS+="| $r | ${a[0]} | ${a[1]} | ${a[2]} | ${a[4]} | ${n[0]} | ${n[1]} | ${n[2]} | ${n[4]} | $(awk -v x="$ratio" 'BEGIN { printf "%.0f %%", x * 100 }') |"$'\n'
    RATIOS+=("$ratio"); APP_RPS+=("${a[0]}"); NGX_RPS+=("${n[0]}"); APP_P95+=("${a[2]}"); APP_CPU+=("${a[4]}"); NGX_CPU+=("${n[4]}")
done
MED_RATIO=$(med "${RATIOS[@]}"); MED_P95=$(med "${APP_P95[@]}")
# On a shared machine the throughput each gets depends on the other work; the CPU each spends per request does much
# less. CPU-bound, a server's throughput is its CPU per request's inverse, so nginx's CPU per request over the app's is
# the app's share of nginx's throughput on the same CPUs.
CPU_RATIO=$(awk -v a="$(med "${APP_CPU[@]}")" -v n="$(med "${NGX_CPU[@]}")" 'BEGIN { printf "%.3f", (a > 0 ? n / a : 0) }')
cpu_ratio_met=$(awk -v x="$CPU_RATIO" 'BEGIN { print (x >= 0.5 ? "met" : "**not met**") }')
ratio_met=$(awk -v x="$MED_RATIO" 'BEGIN { print (x >= 0.5 ? "met" : "**not met**") }')
p95_met=$(awk -v x="$MED_P95" 'BEGIN { print (x < 50 ? "met" : "**not met**") }')
# Without the page cache, for comparison: a changed query string is a page not yet kept (each request differs).
cat >"$TMP/uncached.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/recognition/register?district=Bench+district+7&type=EARLY_YEARS_SETTING&n=" .. n)
end
LUA
cat "$TMP/p95.lua" >>"$TMP/uncached.lua"
pids=$(app_pids); c0=$(cpu_ticks $pids)
read -r _ u_n _ u_p50 u_p95 _ u_rps < <(wrk -t2 -c"$CONNECTIONS" -d10s -s "$TMP/uncached.lua" "$BASE" | grep '^RESULT')
u_cpu=$(awk -v t=$(( $(cpu_ticks $pids) - c0 )) -v hz="$HZ" -v n="$u_n" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')

load=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(cat <<MD
$MARK_START
## Recognition: the public register and partner suggestions

Written by \`bench/recognition.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), load average $load at the end, $(java -version 2>&1 | head -1),
embedded PostgreSQL 17, \`-Xmx1g\`, $(nginx -v 2>&1 | sed 's/^nginx version: //'). The machine is shared with other
builds, so absolute figures move between runs; the app/nginx ratio is measured in the same minutes, and CPU time per
request depends less on the other work than latency does.

### The public register against nginx

$in_force awards in force on the register ($AWARDS generated over $DISTRICTS districts, a third each schools, settings
and childminders, plus the demo county's). \`wrk -t2 -c$CONNECTIONS -d$WRK_DURATION\` ($CONNECTIONS concurrent readers) against
\`$REGISTER\` ($shown, $REGISTER_BYTES bytes of HTML) as a visitor, after $warm_rounds rounds of 10 s of warm-up (until the
JIT compiled for under 0.5 s in one), alternating with nginx serving the same bytes as a static file ($ROUNDS rounds).
Visitors' register pages come from \`RegisterPageCache\` (after Spring Security's light chain for visitors' public
pages: no session, no CSRF token, the headers of every page), checked against the awards' stamp
(two index lookups), which is kept in memory for at most a second and read anew at once when this node changes an
award. Kept pages carry an ETag and \`Cache-Control: public, no-cache\` (\`platform.KeptPage\`): a browser or proxy
holding the page gets \`304 Not Modified\`, one accepting gzip the gzip worked out once; wrk sends neither header,
so every request here gets the whole page, uncompressed, as from nginx.

| round | app req/s | app p50 | app p95 | app CPU ms / request | nginx req/s | nginx p50 | nginx p95 | nginx CPU ms / request | app / nginx |
|---|---|---|---|---|---|---|---|---|---|
${ROWS}| **median** | **$(med "${APP_RPS[@]}")** | | **$MED_P95** | $(med "${APP_CPU[@]}") | **$(med "${NGX_RPS[@]}")** | | | $(med "${NGX_CPU[@]}") | **$(awk -v x="$MED_RATIO" 'BEGIN { printf "%.0f %%", x * 100 }')** |

Targets: p95 under 50 ms at $CONNECTIONS readers: $p95_met; at least 50 % of nginx's throughput: $ratio_met by requests per
second. By CPU per request, which the other work on a shared machine moves much less (nginx's CPU per request over the
app's: the app's share of nginx's throughput when both are bound by the same CPUs): $(awk -v x="$CPU_RATIO" 'BEGIN { printf "%.0f %%", x * 100 }'), $cpu_ratio_met.
Load average at the end: $load; the wall-clock figures need a rerun on a quiet machine before they count. Errors: $ERRORS.
For comparison, the same filter rendered for every request (a query string the cache has not seen): $u_rps requests/s,
p50 $u_p50 ms, p95 $u_p95 ms, $u_cpu ms CPU per request.

$PARTNERS

Rerun: \`bench/recognition.sh\` (REBUILD=1 to rebuild the jar and the data).
$MARK_END
MD
)
echo "$section"
write_doc_section "$DOC" "$MARK_START" "$MARK_END" "$section"
