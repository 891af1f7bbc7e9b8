#!/usr/bin/env bash
# Every benchmark present in two checkouts, run in each with its own script and its own jar, alternating which side
# goes first (before, after; then after, before; ...), one at a time, with the load average and the time around each
# run. Each script writes its section into its own checkout's docs/performance.md; this copies every section out
# into OUT and puts this checkout's docs/performance.md back as it was.
#
#   BEFORE=/work/bench-before bench/before-after.sh             (AFTER: this checkout)
#   BEFORE=... BENCHES="gias run" bench/before-after.sh          (some of them only)
#
# Make the before checkout with `git worktree add --detach /work/bench-before <commit>` and build the jar in each:
# `./mvnw -B -q -DskipTests -Dspotless.check.skip=true package`. Settings (environment): BEFORE (required), AFTER
# (this checkout), OUT (target/before-after), BENCHES (every bench/*.sh in both, apart from the sourced jit.sh and
# lib.sh), FIRST (before: the side that goes first for the first benchmark). Anything else in the environment
# (JIT_ROUNDS, WARMUP, DURATION, LARGE, ...) reaches both sides' scripts alike.
set -euo pipefail

AFTER=${AFTER:-$(cd "$(dirname "$0")/.." && pwd)}
BEFORE=${BEFORE:?BEFORE=<the other checkout> is needed}
OUT=${OUT:-$AFTER/target/before-after}
FIRST=${FIRST:-before}
mkdir -p "$OUT"

if [[ -z ${BENCHES:-} ]]; then
    BENCHES=""
    for f in "$AFTER"/bench/*.sh; do
        name=$(basename "$f" .sh)
        [[ $name == jit || $name == lib || $name == before-after ]] && continue
        [[ -f $BEFORE/bench/$name.sh ]] && BENCHES+="$name "
    done
fi

marker() { grep -o 'bench:[a-z-]*:start' "$1" | head -1 | sed 's/:start$//'; }
section() { # FILE MARK: the section between the marks, marks included
    awk -v s="<!-- $2:start -->" -v e="<!-- $2:end -->" '$0 == s { on = 1 } on { print } $0 == e { on = 0 }' "$1"
}

run_one() { # SIDE DIR NAME
    local side=$1 dir=$2 name=$3 mark start end rc
    mark=$(marker "$dir/bench/$name.sh")
    start=$(date -u +%FT%TZ)
    printf '%s %s %s start %s load %s\n' "$start" "$name" "$side" "$(git -C "$dir" rev-parse --short HEAD)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/runs.log"
    local t0=$SECONDS
    rc=0
    (cd "$dir" && bash "bench/$name.sh") >"$OUT/$name-$side.out" 2>"$OUT/$name-$side.err" || rc=$?
    end=$(date -u +%FT%TZ)
    printf '%s %s %s end rc %s after %ss load %s\n' "$end" "$name" "$side" "$rc" "$((SECONDS - t0))" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/runs.log"
    if [[ -n $mark ]]; then section "$dir/docs/performance.md" "$mark" >"$OUT/$name-$side.md"; fi
}

cp "$AFTER/docs/performance.md" "$OUT/performance.md.after-orig"
cp "$BEFORE/docs/performance.md" "$OUT/performance.md.before-orig"
side=$FIRST
for name in $BENCHES; do
    if [[ $side == before ]]; then
        run_one before "$BEFORE" "$name"; run_one after "$AFTER" "$name"; side=after
    else
        run_one after "$AFTER" "$name"; run_one before "$BEFORE" "$name"; side=before
    fi
done
cp "$OUT/performance.md.after-orig" "$AFTER/docs/performance.md"
cp "$OUT/performance.md.before-orig" "$BEFORE/docs/performance.md"
echo "done: $OUT/runs.log, $OUT/<bench>-<side>.md" | tee -a "$OUT/runs.log"
