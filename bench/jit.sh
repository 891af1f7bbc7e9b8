# Sourced by the benchmarks. A JVM serving Thymeleaf pages keeps its JIT compiler busy for minutes: on 2 CPUs the
# compiler threads took 3 s of CPU in a 10 s round after 30 s of load, and a measurement that starts then measures
# the compiler. warm_until_settled runs a 10 s load again until one round costs the JIT under 0.5 s of compiling.
#
#   warm_until_settled PID COMMAND...   (COMMAND is the load, e.g. wrk ... -d10s; its output is dropped)
#   jit_seconds PID                     (seconds the JVM has spent compiling, from jstat)
JSTAT=$(dirname "$(readlink -f "$(command -v java)")")/jstat

jit_seconds() { "$JSTAT" -compiler "$1" | awk 'NR == 2 { print $4 }'; }

warm_until_settled() {
    local pid=$1 round before spent
    shift
    for ((round = 1; round <= ${JIT_ROUNDS:-15}; round++)); do
        before=$(jit_seconds "$pid")
        "$@" >/dev/null
        spent=$(awk -v a="$before" -v b="$(jit_seconds "$pid")" 'BEGIN { printf "%.1f", b - a }')
        printf '[bench] warm-up round %d: the JIT compiled for %s s\n' "$round" "$spent" >&2
        if awk -v s="$spent" 'BEGIN { exit !(s < 0.5) }'; then
            WARM_ROUNDS=$round
            return 0
        fi
    done
    WARM_ROUNDS="$((round - 1)) (not settled)"
}
