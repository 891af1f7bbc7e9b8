# Pieces the benchmark scripts share; source it: . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# These benchmarks measure a running node (requests a second, CPU per request, the JIT settling) from the JVM's own
# /proc entries, so they run Heads Up in one JVM: platform.FastStart's second JVM with a class-data-sharing archive
# changes how a start loads classes, not how a node serves (bench/startup.sh measures the start).
export HEADSUP_FAST_START=${HEADSUP_FAST_START:-false}

# A free TCP port on loopback.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# cpu_ticks PID...: the CPU time (user + system, in clock ticks) the processes have used so far.
cpu_ticks() { local p t=0; for p in "$@"; do t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo "$t"; }
# with_children PID: the process and its direct children, as a list of pids.
with_children() { echo "$1 $(ps -o pid= --ppid "$1" | tr -s ' \n' ' ' || true)"; }
# to_ms VALUE: a wrk latency (850.00us, 1.20ms, 1.05s) in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# med NUMBER...: the median.
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# write_doc_section DOC START END SECTION: puts SECTION (which begins with START and ends with END) in place of the
# text between those markers in DOC, or at its end the first time.
write_doc_section() {
    local doc=$1 start=$2 end=$3 section=$4
    if grep -qF "$start" "$doc"; then
        python3 - "$doc" "$start" "$end" "$section" <<'PY'
import sys
path, start, end, section = sys.argv[1:]
text = open(path).read()
i, j = text.index(start), text.index(end) + len(end)
open(path, 'w').write(text[:i] + section + text[j:])
PY
    else
        printf '\n%s\n' "$section" >>"$doc"
    fi
}

# sink COMMAND: one command (XCOUNT, XRESET) to the mailshot benchmarks' SMTP sink on $sink_port; prints its answer.
sink() {
    exec 3<>"/dev/tcp/127.0.0.1/$sink_port"
    read -r _ <&3
    printf '%s\r\n' "$1" >&3
    read -r reply <&3
    printf 'QUIT\r\n' >&3
    exec 3<&- 3>&-
    echo "${reply%$'\r'}"
}

# app_cpu JVM_PID DATA_DIR: CPU seconds used so far by a Heads Up JVM and its embedded PostgreSQL (the postmaster,
# its backends, and the children it reaped).
app_cpu() {
    local pm ticks=0 pid
    pm=$(head -1 "$2/postgres/postmaster.pid")
    for pid in "$1" "$pm"; do
        ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")))
    done
    for pid in $(pgrep -P "$pm"); do
        ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}

# notice_sql KEY N: the SQL that queues a notice to N people as Mailshots.startNotice would (for psql's input).
notice_sql() {
    local key=$1 n=$2
    cat <<SQL
begin;
insert into mailshots (key, content, reference, title) values ('$key', 'mailing.notice', '$key', 'Benchmark $key');
insert into mailshot_notices (mailshot_id, subject, body, action_text, action_url, action_tag)
select id, 'The Fair Access Protocol panel dates', 'The panel meets on these dates. Please tell your SENCo.

Each school may bring one case to each panel.', 'Read the dates', 'https://headsup.example/articles/17', 'article:17'
  from mailshots where key = '$key';
insert into outbox_messages (id, kind, mailshot_id, priority, recipient, recipient_name, message_id, status)
select x.id, 'mailing.notice', (select id from mailshots where key = '$key'), 1,
       'reader' || x.n || '@school' || (x.n % 500) || '.example', 'Reader ' || x.n,
       '<$key.' || x.id || '@localhost>', 'QUEUED'
  from (select nextval(pg_get_serial_sequence('outbox_messages', 'id')) as id, n from generate_series(1, $n) n) x;
commit;
SQL
}

# start_nginx DIR FILE: nginx serving FILE as the only page of a site rooted in DIR (kept out of the way of other
# runs), with the settings the comparisons use (worker_processes auto, no access log, no gzip). Sets NGINX_PID and
# NGINX_URL, and returns once it answers 200; the caller stops it (kill -QUIT "$NGINX_PID").
start_nginx() {
    local dir=$1 file=$2 port
    port=$(free_port)
    mkdir -p "$dir/root" "$dir/logs"
    cp "$file" "$dir/root/index.html"
    chmod 755 "$dir" "$dir/root"; chmod 644 "$dir/root/index.html"
    cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; }
    default_type text/html;
    charset utf-8;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server { listen 127.0.0.1:$port; root $dir/root; index index.html; }
}
CONF
    nginx -e "$dir/logs/error.log" -p "$dir" -c "$dir/nginx.conf" >"$dir/logs/stdout.log" 2>&1 &
    NGINX_PID=$!
    NGINX_URL="http://127.0.0.1:$port/"
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL" || true) == 200 ]]; do
        kill -0 "$NGINX_PID" || { echo "nginx exited" >&2; return 1; }
        sleep 0.1
    done
}
