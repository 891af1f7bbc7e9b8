#!/usr/bin/env bash
# Bulletins at ten years' scale: about 5,000 published editions and 50,000 articles in the embedded PostgreSQL.
#  1. Archive search (/bulletins/search, the whole HTML page) with wrk: p95 must be under 50 ms.
#  2. A published edition page served to visitors, against nginx serving the same bytes from disk, in the same
#     run (wrk -t2 -c32): at least half of nginx's requests per second, p99 under 50 ms; CPU time per request.
#
#   bench/bulletins.sh
#
# Settings (environment): EDITIONS (5000), ARTICLES_PER_EDITION (10), SEARCH_DURATION (20s), SEARCH_CONNECTIONS (4),
# WRK_DURATION (15s), WRK_CONNECTIONS (32), ROUNDS (3), DATA_DIR (target/bench-bulletins), REBUILD (0).
# The generated archive is kept in DATA_DIR and used again by the next run (generating it takes minutes); REBUILD=1
# builds the jar again and generates the archive afresh.
# Writes its section into docs/performance.md between its own markers, with the machine it ran on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
source bench/jit.sh
EDITIONS=${EDITIONS:-5000}
ARTICLES_PER_EDITION=${ARTICLES_PER_EDITION:-10}
SEARCH_DURATION=${SEARCH_DURATION:-20s}
SEARCH_CONNECTIONS=${SEARCH_CONNECTIONS:-4}
WRK_DURATION=${WRK_DURATION:-15s}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
ROUNDS=${ROUNDS:-3}
REBUILD=${REBUILD:-0}
DATA_DIR=${DATA_DIR:-target/bench-bulletins}
DOC=docs/performance.md
MARK_START='<!-- bench:bulletins:start -->'
MARK_END='<!-- bench:bulletins:end -->'
TMP=$(mktemp -d /tmp/headsup-bulletins.XXXXXX)
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

PATH=$PATH:/usr/sbin:/sbin
if ! command -v wrk >/dev/null || ! command -v psql >/dev/null || ! command -v nginx >/dev/null; then
    log "installing wrk, nginx-light and the PostgreSQL client"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light postgresql-client >/dev/null
fi
if [[ ! -f target/headsup.jar || $REBUILD == 1 ]]; then ./mvnw -q -B -DskipTests package; fi
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

generated=$("${PSQL[@]}" -At -c "select count(*) from bulletin_editions where created_by = 'bench@elmshire.example'")
if [[ $generated == "$EDITIONS" && -f "$DATA_DIR/bench-load-seconds" ]]; then
load_s=$(cat "$DATA_DIR/bench-load-seconds")
log "using the archive generated earlier in $DATA_DIR (in ${load_s}s; REBUILD=1 generates it afresh)"
else
[[ $generated == 0 ]] || die "$DATA_DIR holds another archive ($generated bench editions): run with REBUILD=1"
log "generating $EDITIONS editions with $ARTICLES_PER_EDITION articles each"
load_start=$(date +%s.%N)
"${PSQL[@]}" <<SQL
-- Words of school bulletins, most frequent first; articles draw from them with a skew (a few words are in most
-- articles, most words in few), as real text does.
create temporary table words (i int primary key, w text);
insert into words select row_number() over (), t.w from unnest(string_to_array(
 'school schools pupils staff children please information support training term date dates leaders headteachers '
 || 'setting settings education local authority new year available contact team meeting session sessions guidance '
 || 'send inclusion safeguarding senco sencos designated lead leads early years primary secondary families parents '
 || 'attendance curriculum assessment places booking book register registration deadline conference panel fair access '
 || 'protocol audit wellbeing mental health governors trust academy report policy plan plans review reviews annual '
 || 'funding grant application apply course courses workshop online virtual venue hall county elmshire kingsford '
 || 'northbrook mereton stowbridge ashby free cost invoice termly briefing statutory duty keeping children safe '
 || 'exclusion exclusions alternative provision transition reception nursery childminders ofsted inspection framework '
 || 'behaviour relationships anti-bullying online safety prevent radicalisation filtering monitoring recruitment '
 || 'vacancy vacancies survey feedback consultation outcomes results data tracking phonics reading writing maths '
 || 'science music sport sports physical activity meals holiday activities hub hubs autism sensory communication '
 || 'speech language therapy educational psychology ehcp ehcps annual-review tribunal mediation coordinator kitemark '
 || 'quality mark award ceremony celebration volunteers community partnership cluster consortium network forum '
 || 'bereavement trauma attachment counselling coaching supervision workload retention recruitment apprenticeship '
 || 'careers guidance post-16 college sixth-form attainment disadvantaged pupil premium catch-up tutoring '
 || 'snow closure closures weather emergency flooding heating building maintenance estates insurance transport '
 || 'admissions appeals allocation offers catchment waiting list in-year place planning capital expansion', ' ')) t(w);
create or replace function pg_temp.sentence(k int, a text[]) returns text language sql volatile as \$\$
  select string_agg(a[1 + floor(cardinality(a) * power(random(), 2.2))::int], ' ') from generate_series(1, k) \$\$;
create temporary table vocabulary as select array_agg(w order by i) a from words;
-- Editions: the weekly Heads Up on Mondays (10 years), daily briefings on other weekdays, a few specials.
insert into bulletin_editions (series_id, number, edition_date, status, created_by, published_at, approved_by,
                               approved_at, foreword, foreword_html, signed_name, signed_title)
select case when g % 5 = 0 then 1 when g % 97 = 0 then 3 else 2 end,
       100000 + g, date '2026-08-31' - (g * 3650 / $EDITIONS), 'PUBLISHED', 'bench@elmshire.example',
       (date '2026-08-31' - (g * 3650 / $EDITIONS)) + time '08:00', 'Bench', now(), '', '', null, null
  from generate_series(1, $EDITIONS) g;
insert into bulletin_sections (edition_id, position, title)
select e.id, s.pos, s.title from bulletin_editions e
  cross join (values (1, 'SEND and Inclusion'), (2, 'Safeguarding'), (3, 'Events and training'), (4, 'Wellbeing'), (5, 'Key dates')) s(pos, title)
 where e.created_by = 'bench@elmshire.example';
insert into bulletin_articles (title, summary, body, status, author_email, author_name, updated_by)
select 'Bench article ' || g, '', '', 'SUBMITTED', 'bench@elmshire.example', 'Bench', 'bench@elmshire.example'
  from generate_series(1, $EDITIONS * $ARTICLES_PER_EDITION) g;
-- Bulk load: the search index is built once afterwards, as a restore would.
drop index bulletin_published_articles_search;
insert into bulletin_published_articles (edition_id, article_id, series_id, edition_date, section_title, section_position,
    position, slug, title, summary, body_html, body_text, audience_roles, audience_phases, audience_districts,
    audience_clusters, essential, marketing)
select e.id, a.id, e.series_id, e.edition_date, s.title, s.pos, a.n, 'article-' || a.n, t.title, t.summary,
       '<p class="govuk-body">' || t.body || '</p>', t.body,
       case when a.n % 4 = 0 then '{SENCO}'::text[] else '{}' end, '{}', '{}', '{}', a.n % 23 = 0, false
  from (select id, row_number() over (order by id) r, 1 + (row_number() over (order by id) - 1) % $ARTICLES_PER_EDITION n
          from bulletin_articles where author_email = 'bench@elmshire.example') a
  join (select id, series_id, edition_date, row_number() over (order by id) r from bulletin_editions
         where created_by = 'bench@elmshire.example') e on e.r = 1 + (a.r - 1) / $ARTICLES_PER_EDITION
  cross join lateral (select 1 + (a.n - 1) % 5 pos) p
  join (values (1, 'SEND and Inclusion'), (2, 'Safeguarding'), (3, 'Events and training'), (4, 'Wellbeing'), (5, 'Key dates')) s(pos, title) on s.pos = p.pos
  cross join vocabulary v
  cross join lateral (select initcap(pg_temp.sentence(6 + a.id::int % 5, v.a)) title,
                             initcap(pg_temp.sentence(14, v.a)) || '.' summary,
                             pg_temp.sentence(120 + a.id::int % 80, v.a) || '.' body) t;
create index bulletin_published_articles_search on bulletin_published_articles using gin (search) with (fastupdate = off);
update bulletin_series s set next_number = (select max(number) + 1 from bulletin_editions where series_id = s.id);
analyze bulletin_published_articles; analyze bulletin_editions; analyze bulletin_sections;
SQL
load_s=$(awk -v a="$load_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "$load_s" >"$DATA_DIR/bench-load-seconds"
fi
counts=$("${PSQL[@]}" -At -c "select (select count(*) from bulletin_editions where status = 'PUBLISHED') || ' published editions, ' || (select count(*) from bulletin_published_articles) || ' published articles'")
table_size=$("${PSQL[@]}" -At -c "select pg_size_pretty(pg_total_relation_size('bulletin_published_articles'))")
log "generated in ${load_s}s: $counts ($table_size)"

# --- 1. search --------------------------------------------------------------------------------------------
cat >"$TMP/search.lua" <<'LUA'
local queries = {
  "q=safeguarding", "q=fair+access+protocol", "q=autism+training", "q=%22annual+review%22", "q=senco+conference",
  "q=ofsted+inspection+framework", "q=snow+closure", "q=pupil+premium&series=heads-up", "q=bereavement",
  "q=mental+health&section=Wellbeing", "q=attendance&from.day=1&from.month=9&from.year=2025",
  "q=kitemark+early+years", "q=transport+-snow", "q=school", "q=training+booking&series=daily-briefing",
  "q=exclusions+alternative+provision", "q=phonics", "q=tribunal+mediation", "q=consultation&page=3",
  "q=recruitment+retention+workload"
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/bulletins/search?" .. queries[(n % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f %.1f %.1f\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
LUA
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/bulletins/search?q=safeguarding") == 200 ]] || die "search did not answer 200"
curl -s -o "$TMP/search.html" "$BASE/bulletins/search?q=safeguarding"
grep -q '<mark>' "$TMP/search.html" || die "search found nothing"
log "search: warming up in rounds of 10 s until the JIT has settled"
warm_until_settled "$APP" wrk -t1 -c"$SEARCH_CONNECTIONS" -d10s -s "$TMP/search.lua" "$BASE"
search_warm_rounds=$WARM_ROUNDS
log "search: measuring with $SEARCH_CONNECTIONS connections for $SEARCH_DURATION"
pids=$(app_pids); c0=$(cpu_ticks $pids); jit_before=$(jit_seconds "$APP")
read -r _ s_requests s_errors s_p50 s_p95 s_p99 s_max s_rps < <(wrk -t1 -c"$SEARCH_CONNECTIONS" -d"$SEARCH_DURATION" -s "$TMP/search.lua" "$BASE" | grep '^RESULT')
search_jit=$(awk -v a="$jit_before" -v b="$(jit_seconds "$APP")" 'BEGIN { printf "%.1f", b - a }')
s_cpu=$(awk -v t=$(( $(cpu_ticks $pids) - c0 )) -v hz="$HZ" -v n="$s_requests" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
log "the search page without a search, for comparison"
cat >"$TMP/form.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.1f %.1f\n", summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
LUA
pids=$(app_pids); c0=$(cpu_ticks $pids)
read -r _ f_requests f_p50 f_p95 f_rps < <(wrk -t1 -c"$SEARCH_CONNECTIONS" -d"$SEARCH_DURATION" -s "$TMP/form.lua" "$BASE/bulletins/search" | grep '^RESULT')
f_cpu=$(awk -v t=$(( $(cpu_ticks $pids) - c0 )) -v hz="$HZ" -v n="$f_requests" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
log "search: measuring one at a time for $SEARCH_DURATION"
read -r _ s1_requests s1_errors s1_p50 s1_p95 s1_p99 s1_max s1_rps < <(wrk -t1 -c1 -d"$SEARCH_DURATION" -s "$TMP/search.lua" "$BASE" | grep '^RESULT')
matches=$("${PSQL[@]}" -At -c "select string_agg(q || ': ' || n, ', ') from (select q, (select count(*) from bulletin_published_articles where search @@ websearch_to_tsquery('english', q)) n from unnest(array['school', 'safeguarding', 'fair access protocol', 'phonics']) q) t")
# The database's share: the page's query (as ArchiveSearch runs it), alone, for each search of the list, as a visitor
# (public series), with its plan: a walk of the date index ("date walk") or the GIN index ("GIN"). Median of 3.
public_series=$("${PSQL[@]}" -At -c "select string_agg(id::text, ',') from bulletin_series where public_archive")
db_time() { # words, series ids, extra conditions, offset, label -> "label: N ms (plan)"
    local sql plan t
    sql="with newest as materialized (select pa.id, pa.edition_date, ts_rank(pa.search, query) score
        from bulletin_published_articles pa, websearch_to_tsquery('english', \$\$$1\$\$) query
        where pa.search @@ query and pa.series_id in ($2) $3 order by pa.edition_date desc, pa.id desc limit 501),
      shown as (select id, edition_date, score from (select * from newest order by edition_date desc, id desc
        limit 500) ranked order by score desc, edition_date desc, id limit 20 offset $4)
      select pa.id, pa.title, pa.summary, pa.section_title, pa.edition_date, s.key, s.name, e.number, pa.slug,
        (select count(*) from newest), pa.body_text, querytree(websearch_to_tsquery('english', \$\$$1\$\$))
      from shown join bulletin_published_articles pa on pa.id = shown.id join bulletin_series s on s.id = pa.series_id
      join bulletin_editions e on e.id = pa.edition_id order by shown.score desc, shown.edition_date desc, shown.id"
    plan=$("${PSQL[@]}" -At -c "explain $sql" | grep -q 'bulletin_published_articles_newest' && echo "date walk" || echo "GIN")
    t=$(for i in 1 2 3; do "${PSQL[@]}" -At -c "explain (analyze, format json) $sql" | grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'; done | sort -g | sed -n 2p)
    printf '%s: %.1f ms (%s)' "$5" "$t" "$plan"
}
db_times=""
while IFS='|' read -r words series extra offset label; do
    [[ -n $words ]] || continue
    db_times+="${db_times:+; }$(db_time "$words" "${series:-$public_series}" "$extra" "$offset" "$label")"
done <<'LIST'
safeguarding|||0|safeguarding
fair access protocol|||0|fair access protocol
autism training|||0|autism training
"annual review"|||0|"annual review"
senco conference|||0|senco conference
ofsted inspection framework|||0|ofsted inspection framework
snow closure|||0|snow closure
pupil premium|1||0|pupil premium (Heads Up)
bereavement|||0|bereavement
mental health||and pa.section_title = 'Wellbeing'|0|mental health (Wellbeing)
attendance||and pa.edition_date >= '2025-09-01'|0|attendance (from 1 September 2025)
kitemark early years|||0|kitemark early years
transport -snow|||0|transport -snow
school|||0|school
exclusions alternative provision|||0|exclusions alternative provision
phonics|||0|phonics
tribunal mediation|||0|tribunal mediation
consultation|||40|consultation (page 3)
recruitment retention workload|||0|recruitment retention workload
LIST
log "search: p50 $s_p50 ms, p95 $s_p95 ms (4 connections); one at a time p95 $s1_p95 ms; matches $matches"

# --- 2. an edition page against nginx ------------------------------------------------------------------------
EDITION=$("${PSQL[@]}" -At -c "select '/bulletins/heads-up/' || max(number) from bulletin_editions where series_id = 1 and created_by = 'bench@elmshire.example'")
curl -s -D "$TMP/edition.headers" -o "$TMP/edition.body" "$BASE$EDITION"
grep -q '^HTTP/1.1 200' "$TMP/edition.headers" || die "$EDITION did not answer 200"
EDITION_BYTES=$(wc -c <"$TMP/edition.body")
EDITION_HEADER_BYTES=$(wc -c <"$TMP/edition.headers")
chmod 755 "$TMP"
start_nginx "$TMP/nginx" "$TMP/edition.body" || die "nginx exited"
curl -s -o "$TMP/nginx.body" "$NGINX_URL"
cmp -s "$TMP/edition.body" "$TMP/nginx.body" || die "nginx does not serve the same bytes as the app"
nginx_pids() { with_children "$NGINX_PID"; }

run_wrk() { # url pids-function duration -> W_RPS W_P50 W_P99 W_CPU W_ERRORS
    local out pids c0 c1 n
    pids=$($2); c0=$(cpu_ticks $pids)
    out=$(wrk -t2 -c"$WRK_CONNECTIONS" -d"$3" --latency "$1")
    c1=$(cpu_ticks $pids)
    n=$(awk '/ requests in / { print $1 }' <<<"$out")
    W_CPU=$(awk -v t=$(( c1 - c0 )) -v hz="$HZ" -v n="$n" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }')
    W_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    W_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    W_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    W_ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
}
log "edition page: warming up the app (in rounds of 10 s until the JIT has settled) and nginx (10s)"
warm_until_settled "$APP" run_wrk "$BASE$EDITION" app_pids 10s
edition_warm_rounds=$WARM_ROUNDS
run_wrk "$NGINX_URL" nginx_pids 10s
ROWS=""; CPU_ROWS=""; RATIOS=(); APP_RPS=(); NGX_RPS=(); APP_P99=(); NGX_P99=(); APP_CPU=(); NGX_CPU=(); ERRORS=0
for r in $(seq 1 "$ROUNDS"); do
    run_wrk "$BASE$EDITION" app_pids "$WRK_DURATION"; a=($W_RPS $W_P50 $W_P99 $W_CPU); ERRORS=$(( ERRORS + W_ERRORS ))
    run_wrk "$NGINX_URL" nginx_pids "$WRK_DURATION"; n=($W_RPS $W_P50 $W_P99 $W_CPU); ERRORS=$(( ERRORS + W_ERRORS ))
    ratio=$(awk -v a="${a[0]}" -v n="${n[0]}" 'BEGIN { printf "%.3f", a / n }')
    log "round $r: app ${a[0]} req/s (p99 ${a[2]} ms, ${a[3]} ms CPU), nginx ${n[0]} req/s (p99 ${n[2]} ms, ${n[3]} ms CPU): $ratio"
    ROWS+="| $r | ${a[0]} | ${a[1]} | ${a[2]} | ${n[0]} | ${n[1]} | ${n[2]} | $(awk -v x="$ratio" 'BEGIN { printf "%.0f %%", x * 100 }') |"$'\n'
    CPU_ROWS+="| $r | ${a[3]} | ${n[3]} |"$'\n'
    RATIOS+=("$ratio"); APP_RPS+=("${a[0]}"); NGX_RPS+=("${n[0]}"); APP_P99+=("${a[2]}"); NGX_P99+=("${n[2]}")
    APP_CPU+=("${a[3]}"); NGX_CPU+=("${n[3]}")
done
MED_RATIO=$(med "${RATIOS[@]}"); MED_APP_P99=$(med "${APP_P99[@]}")
ratio_met=$(awk -v x="$MED_RATIO" 'BEGIN { print (x >= 0.5 ? "met" : "**not met**") }')
p99_met=$(awk -v x="$MED_APP_P99" 'BEGIN { print (x < 50 ? "met" : "**not met**") }')
search_met=$(awk -v x="$s_p95" 'BEGIN { print (x < 50 ? "met" : "**not met**") }')
# A page through the whole stack, for comparison: the same edition for a signed-in reader skips the cache.
log "the same edition through Spring Security and Thymeleaf (a request with a session cookie)"
jar="$TMP/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in/password" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "email=tom.whitaker@elmshire.example&password=heads-up-demo&_csrf=$csrf" "$BASE/sign-in/password"
session=$(awk '$6 == "HEADSUP_SESSION" { print $7 }' "$jar")
uncached=$(wrk -t1 -c1 -d10s --latency -H "Cookie: HEADSUP_SESSION=$session" "$BASE$EDITION")
U_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$uncached")
U_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$uncached")")
U_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$uncached")")
load=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(cat <<MD
$MARK_START
## Bulletins: archive search and published edition pages

Written by \`bench/bulletins.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), on
$(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), load average $load at the end, $(java -version 2>&1 | head -1),
embedded PostgreSQL 17, \`-Xmx1g\`, $(nginx -v 2>&1 | sed 's/^nginx version: //'). The machine is shared with other
builds, so absolute figures move between runs; the app/nginx ratio is measured in the same minutes.

Archive: $counts ($table_size with the search index), generated with SQL in ${load_s} s from a
word list of school-bulletin words drawn with a skew (a few words are in most articles, most in few), 120-200 words
an article. Matches for some queries: $matches.

### Search

\`wrk -t1\` cycling through 20 searches of \`/bulletins/search\` (the whole HTML page: the newest 500 matches ranked
with \`ts_rank\`, the count of matches, exact up to 500 and estimated beyond, highlighted snippets for the 20 shown),
words, phrases, exclusions, with and without series, section and date filters and a later page, as a visitor (public
series). Warm-up: $search_warm_rounds rounds of 10 s of the same load, the last one the first in which the JIT
compiled for under 0.5 s (\`bench/jit.sh\`); during the measurement it compiled for ${search_jit} s.

| connections | requests | errors | p50 | p95 | p99 | max | requests/s |
|---|---|---|---|---|---|---|---|
| $SEARCH_CONNECTIONS | $s_requests | $s_errors | $s_p50 ms | **$s_p95 ms** | $s_p99 ms | $s_max ms | $s_rps |
| 1 | $s1_requests | $s1_errors | $s1_p50 ms | $s1_p95 ms | $s1_p99 ms | $s1_max ms | $s1_rps |

Target: p95 under 50 ms: $search_met.

The database's share, the page's query alone as a visitor (\`EXPLAIN ANALYZE\` execution time, median of 3, and whether
the newest matches came from walking the date index or from the GIN index): $db_times.
The search of the daily briefing, a series visitors cannot see, does not reach the database.

For comparison, the same page without a search (\`/bulletins/search\`: Spring Security, the form with its series and
section lists, Thymeleaf), $SEARCH_CONNECTIONS connections: p50 $f_p50 ms, p95 $f_p95 ms, $f_rps requests/s.

CPU time per request (user + system from \`/proc\`, the JVM and its PostgreSQL processes; less sensitive to other
work on the machine than latency): a search $s_cpu ms, the page without a search $f_cpu ms.

### A published edition page against nginx

\`wrk -t2 -c$WRK_CONNECTIONS -d$WRK_DURATION --latency\` against \`$EDITION\` ($ARTICLES_PER_EDITION articles, $EDITION_BYTES bytes of
HTML; the app adds ~$EDITION_HEADER_BYTES bytes of headers: CSP, security headers, ETag) as a visitor, after
$edition_warm_rounds rounds of 10 s of warm-up (until the JIT compiled for under 0.5 s in one), alternating with nginx serving the same bytes as a static file ($ROUNDS rounds). Visitors' pages of
public series come from the in-memory page cache (\`ArchivePageCache\`, after Spring Security's light chain for visitors' pages; see decisions).

| round | app req/s | app p50 | app p99 | nginx req/s | nginx p50 | nginx p99 | app / nginx |
|---|---|---|---|---|---|---|---|
${ROWS}| **median** | **$(med "${APP_RPS[@]}")** | | **$MED_APP_P99** | **$(med "${NGX_RPS[@]}")** | | $(med "${NGX_P99[@]}") | **$(awk -v x="$MED_RATIO" 'BEGIN { printf "%.0f %%", x * 100 }')** |

CPU time per request (user + system from \`/proc\`; the app is the JVM and its PostgreSQL processes):

| round | app CPU ms / request | nginx CPU ms / request |
|---|---|---|
${CPU_ROWS}| **median** | **$(med "${APP_CPU[@]}")** | **$(med "${NGX_CPU[@]}")** |

Targets: at least 50 % of nginx's throughput: $ratio_met; p99 under 50 ms: $p99_met. Errors: $ERRORS.
For comparison, the same edition for a signed-in reader (through Spring Session, Spring Security and Thymeleaf,
no cache), one request at a time (\`wrk -t1 -c1\`; concurrent requests of one session queue on its row):
$U_RPS requests/s, p50 $U_P50 ms, p99 $U_P99 ms.

Rerun: \`bench/bulletins.sh\`.
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
