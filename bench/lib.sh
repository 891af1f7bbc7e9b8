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
