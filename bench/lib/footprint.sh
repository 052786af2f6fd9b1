# Footprint: each service's start time to its first database-backed answer, and RSS, as ./convene launches it and,
# for comparison, on other JDKs and caches. Sourced by bench/run after common.sh. A second instance of each service is
# started beside the running one (port 1808x, the running one's environment read from /proc), timed from exec to the
# first 200 of a database-backed GET, then stopped; the running stack is not touched. Every variant is started
# FOOTPRINT_REPEAT times (3) and its median start goes to the TSV (each start to <tsv>-runs.tsv).
#
# Variants (FOOTPRINT_VARIANTS, in this order by default):
#   launcher       exactly what ./convene runs today: its java, SERVICE_JVM_FLAGS, SERVICE_JVM_ENV and its start-up
#                  cache (trained by ./convene's own train_start_caches when missing or stale); the primary figure
#   jdk17-xmx384   the launch line before issue 7 (java -Xmx384m -jar, G1, no cache), on today's jar
#   jdk17          the launcher's flags on JDK 17, no cache
#   jdk17-appcds   the same with an AppCDS archive (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile; JDK 17
#                  has no -XX:+AutoCreateSharedArchive, that came in 19)
#   jdk25          the launcher's flags on JDK 25, no cache
#   jdk25-autocds  the same with -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile
#   jdk25-aot      the same with an AOT cache of its own (JEP 483/514: -XX:AOTCacheOutput once, then -XX:AOTCache),
#                  trained by one start and first answer
# Archives and caches of the comparison variants live in bench/target/footprint/, rebuilt when the jar is newer.
# shellcheck shell=bash

JDK17="${BENCH_JDK17:-java}"
FOOTPRINT_DIR="$BENCH/target/footprint"
FOOTPRINT_REPEAT="${FOOTPRINT_REPEAT:-3}"
FOOTPRINT_DEFAULT_VARIANTS="launcher jdk17-xmx384 jdk17 jdk17-appcds jdk25 jdk25-autocds jdk25-aot"

# the database-backed GET of each service
db_url() {
    case "$1" in
        directory-service) echo "/api/v1/cities?limit=1" ;;
        registration-service) echo "/api/v1/workshops?limit=1" ;;
        notification-service) echo "/api/v1/notifications?limit=1" ;;
    esac
}

# runs a command in a subshell that has sourced ./convene (its functions and settings), with PostgreSQL where the
# running service finds it
with_launcher() {
    (
        local url
        url="$(tr '\0' '\n' <"/proc/$(pid_of directory-service)/environ" 2>/dev/null \
            | sed -n 's|^QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://\([^/]*\)/.*|\1|p')"
        if [[ -n "$url" ]]; then
            export CONVENE_PG_HOST="${url%%:*}" CONVENE_PG_PORT="${url##*:}"
        fi
        # shellcheck source=/dev/null
        source "$ROOT/convene"
        "$@"
    )
}

print_array() {
    local -n values="$1"
    printf '%s\0' "${values[@]}"
}

# the launcher's command line for SERVICE (its cache trained first when missing or stale), NUL-separated
launcher_command_of() {
    with_launcher launcher_command_in_subshell "$1"
}

launcher_command_in_subshell() {
    train_start_caches "$1" >&2
    service_command "$1"
    print_array SERVICE_COMMAND
}

launcher_flags_in_subshell() {
    jvm_flags_of "$1"
    print_array JVM_FLAGS
}

# NAME: one of ./convene's arrays (SERVICE_JVM_FLAGS, SERVICE_JVM_ENV, TRAINING_ENV), NUL-separated
launcher_array() {
    with_launcher print_array "$1"
}

# the JDK 25+ the launcher would use (or BENCH_JDK25)
jdk25_path() {
    if [[ -n "${BENCH_JDK25:-}" ]]; then
        echo "$BENCH_JDK25"
    else
        with_launcher find_aot_java
    fi
}

# start_instance SERVICE PORT LOG [NAME=value | !NAME ...] -- command...: starts a copy with the running one's
# environment, changed as given (!NAME removes NAME); sets INSTANCE_PID
start_instance() {
    local service="$1" port="$2" logfile="$3" pid entry
    shift 3
    local -a extra=() drop=()
    while [[ $# -gt 0 && "$1" != -- ]]; do
        case "$1" in
            !*) drop+=("${1#!}") ;;
            *) extra+=("$1") ;;
        esac
        shift
    done
    shift
    pid="$(pid_of "$service")" || fail "$service is not running (no pid in .convene/pids)"
    local -a environment=() kept=()
    mapfile -d '' environment <"/proc/$pid/environ"
    for entry in "${environment[@]}"; do
        [[ " ${drop[*]} " == *" ${entry%%=*} "* ]] || kept+=("$entry")
    done
    env -i "${kept[@]}" "${extra[@]}" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$((port + 1000))" "$@" \
        >"$logfile" 2>&1 </dev/null &
    INSTANCE_PID=$!
}

# wait_first_answer SERVICE PORT PID STARTED_NS: ms from STARTED_NS to the first 200 of the DB-backed GET
wait_first_answer() {
    local service="$1" port="$2" pid="$3" started_ns="$4" url code
    url="http://127.0.0.1:$port$(db_url "$service")"
    local deadline=$((SECONDS + 90))
    while ((SECONDS < deadline)); do
        kill -0 "$pid" 2>/dev/null || { echo "-1"; return 1; }
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -H "Authorization: Bearer $CONVENE_TOKEN" "$url" || true)"
        if [[ "$code" == 200 ]]; then
            echo $((($(date +%s%N) - started_ns) / 1000000))
            return 0
        fi
        sleep 0.01
    done
    echo "-1"
    return 1
}

stop_instance() {
    local pid="$1" waited=0
    kill -TERM "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && ((waited++ < 1200)); do sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# measure_start SERVICE VARIANT PORT RUNS_TSV [env...] -- command...: one start; appends
# "service variant ms quarkus_s rss_mib" to RUNS_TSV
measure_start() {
    local service="$1" variant="$2" port="$3" tsv="$4"
    shift 4
    local logfile="$FOOTPRINT_DIR/$service.${variant%% *}.log" started ms rss quarkus
    started=$(date +%s%N)
    start_instance "$service" "$port" "$logfile" "$@"
    ms="$(wait_first_answer "$service" "$port" "$INSTANCE_PID" "$started")" || true
    rss="$(rss_mib "$INSTANCE_PID")"
    stop_instance "$INSTANCE_PID"
    quarkus="$(grep -o 'started in [0-9.]*s' "$logfile" | tail -n 1 | grep -o '[0-9.]*' || true)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$service" "$variant" "$ms" "${quarkus:--}" "${rss:--}" >>"$tsv"
    log "footprint: $service $variant: first DB-backed answer after ${ms} ms (Quarkus: ${quarkus:-?} s), RSS ${rss:-?} MiB"
}

# a training run: start, first answer, stop (the JVM writes the archive or cache at exit); no relay, consumers, mail
train() {
    local service="$1" variant="$2" port="$3"
    shift 3
    local logfile="$FOOTPRINT_DIR/$service.$variant.train.log" started
    started=$(date +%s%N)
    start_instance "$service" "$port" "$logfile" "${TRAINING[@]}" "$@"
    wait_first_answer "$service" "$port" "$INSTANCE_PID" "$started" >/dev/null || true
    sleep 1
    stop_instance "$INSTANCE_PID"
}

# the median start of each (service, variant) of RUNS_TSV (failed starts only when all failed), in the order measured
median_rows() {
    awk -F'\t' '
        { key = $1 "\t" $2; if (!(key in n)) { order[++keys] = key }; n[key]++; row[key, n[key]] = $0
          if ($3 >= 0) { ok[key]++; good[key, ok[key]] = $0 } }
        END {
            for (k = 1; k <= keys; k++) {
                key = order[k]
                if (ok[key] == 0) { print row[key, 1]; continue }
                m = ok[key]
                for (i = 1; i <= m; i++) { sorted[i] = good[key, i] }
                for (i = 2; i <= m; i++) { v = sorted[i]; split(v, a, "\t"); j = i - 1
                    while (j >= 1) { split(sorted[j], b, "\t"); if (b[3] + 0 <= a[3] + 0) break; sorted[j + 1] = sorted[j]; j-- }
                    sorted[j + 1] = v }
                print sorted[int((m + 1) / 2)]
            }
        }' "$1"
}

# footprint TSV (one median line per service and variant); each start in <tsv>-runs.tsv
footprint() {
    local tsv="$1" runs="${1%.tsv}-runs.tsv" service port jar variants variant archive label jdk25 i
    variants="${FOOTPRINT_VARIANTS:-$FOOTPRINT_DEFAULT_VARIANTS}"
    mkdir -p "$FOOTPRINT_DIR"
    local -a FLAGS=() JVM_ENV=() TRAINING=() LAUNCHER=() OLD=()
    mapfile -d '' JVM_ENV < <(launcher_array SERVICE_JVM_ENV)
    mapfile -d '' TRAINING < <(launcher_array TRAINING_ENV)
    TRAINING=("${JVM_ENV[@]}" "${TRAINING[@]}")
    OLD=('!MALLOC_ARENA_MAX')    # the previous launch line had no glibc setting
    jdk25="$(jdk25_path)"
    log "footprint: launcher flags per service (./convene jvm_flags_of) ${JVM_ENV[*]}; JDK 25: ${jdk25:-none}; $FOOTPRINT_REPEAT starts per variant"
    printf 'service\tvariant\tfirst_answer_ms\tquarkus_started_s\trss_mib\n' >"$runs"
    for service in "${SERVICES[@]}"; do
        port=$((10000 + $(port_of "$service")))
        jar="$ROOT/$service/target/quarkus-app/quarkus-run.jar"
        mapfile -d '' FLAGS < <(with_launcher launcher_flags_in_subshell "$service")
        for variant in $variants; do
            archive="$FOOTPRINT_DIR/$service.$variant"
            # an archive older than the jar is stale
            [[ -f "$archive" && "$archive" -nt "$jar" ]] || rm -f "$archive"
            case "$variant" in
                jdk25*) [[ -n "$jdk25" && -x "$jdk25" ]] || { log "footprint: no JDK 25, $variant skipped"; continue; } ;;
            esac
            local -a command=() environment=("${JVM_ENV[@]}")
            label="$variant"
            case "$variant" in
                launcher)
                    mapfile -d '' command < <(launcher_command_of "$service")
                    label="launcher ($("${command[0]}" -version 2>&1 | awk -F'"' '/version/ { print "java " $2; exit }')"
                    if printf '%s\n' "${command[@]}" | grep -q '^-XX:AOTCache='; then
                        label="$label, AOT cache)"
                    elif printf '%s\n' "${command[@]}" | grep -q '^-XX:SharedArchiveFile='; then
                        label="$label, AppCDS)"
                    else
                        label="$label, no cache)"
                    fi
                    ;;
                jdk17-xmx384) command=("$JDK17" -Xmx384m -jar "$jar") environment=("${OLD[@]}") ;;
                jdk17) command=("$JDK17" "${FLAGS[@]}" -jar "$jar") ;;
                jdk17-appcds)
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" -- \
                        "$JDK17" "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$jar"
                    command=("$JDK17" "${FLAGS[@]}" -XX:SharedArchiveFile="$archive" -jar "$jar")
                    ;;
                jdk25) command=("$jdk25" "${FLAGS[@]}" -jar "$jar") ;;
                jdk25-autocds)
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" -- \
                        "$jdk25" "${FLAGS[@]}" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" -jar "$jar"
                    command=("$jdk25" "${FLAGS[@]}" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" -jar "$jar")
                    ;;
                jdk25-aot)
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" -- \
                        "$jdk25" "${FLAGS[@]}" -XX:AOTCacheOutput="$archive" -jar "$jar"
                    command=("$jdk25" "${FLAGS[@]}" -XX:AOTCache="$archive" -jar "$jar")
                    ;;
                *) log "footprint: unknown variant $variant"; continue ;;
            esac
            for ((i = 1; i <= FOOTPRINT_REPEAT; i++)); do
                measure_start "$service" "$label" "$port" "$runs" "${environment[@]}" -- "${command[@]}"
            done
        done
    done
    {
        printf 'service\tvariant\tfirst_answer_ms\tquarkus_started_s\trss_mib\n'
        tail -n +2 "$runs" | median_rows /dev/stdin
    } >"$tsv"
}
