# Pieces the benchmark scripts share; source it: . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# A free TCP port on loopback.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

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
