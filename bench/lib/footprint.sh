# Footprint: each service's start time to its first database-backed answer, and RSS, with and without a class-data
# cache. Sourced by bench/run after common.sh. A second instance of each service is started beside the running one
# (port 1808x, same environment and command line as ./convene's, read from /proc), timed from exec to the first
# 200 of a database-backed GET, then stopped; the running stack is not touched.
# shellcheck shell=bash

JDK17="${BENCH_JDK17:-java}"
JDK25="${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
FOOTPRINT_DIR="$BENCH/target/footprint"

# the database-backed GET of each service
db_url() {
    case "$1" in
        directory-service) echo "/api/v1/cities?limit=1" ;;
        registration-service) echo "/api/v1/workshops?limit=1" ;;
        notification-service) echo "/api/v1/notifications?limit=1" ;;
    esac
}

# start_instance SERVICE PORT LOG JAVA [JVM flags...]: starts a copy; sets INSTANCE_PID
start_instance() {
    local service="$1" port="$2" logfile="$3" javabin="$4" pid
    shift 4
    pid="$(pid_of "$service")" || fail "$service is not running (no pid in .convene/pids)"
    local -a environment=() command=()
    mapfile -d '' environment <"/proc/$pid/environ"
    mapfile -d '' command <"/proc/$pid/cmdline"
    # command: java [jvm args] -jar .../quarkus-run.jar ; keep the arguments, change the java and add the flags
    env -i "${environment[@]}" QUARKUS_HTTP_PORT="$port" \
        "$javabin" "$@" "${command[@]:1}" >"$logfile" 2>&1 </dev/null &
    INSTANCE_PID=$!
}

# time_to_first_answer SERVICE PORT PID: ms from now-ish (given start ns) to the first 200 of the DB-backed GET
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
    while kill -0 "$pid" 2>/dev/null && ((waited++ < 300)); do sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# one measured start: prints "service variant ms quarkus_s rss_mib" to the TSV
measure_start() {
    local service="$1" variant="$2" port="$3" javabin="$4" tsv="$5"
    shift 5
    local logfile="$FOOTPRINT_DIR/$service.$variant.log" started ms rss quarkus
    started=$(date +%s%N)
    start_instance "$service" "$port" "$logfile" "$javabin" "$@"
    ms="$(wait_first_answer "$service" "$port" "$INSTANCE_PID" "$started")" || true
    rss="$(rss_mib "$INSTANCE_PID")"
    stop_instance "$INSTANCE_PID"
    quarkus="$(grep -o 'started in [0-9.]*s' "$logfile" | tail -n 1 | grep -o '[0-9.]*' || true)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$service" "$variant" "$ms" "${quarkus:--}" "${rss:--}" >>"$tsv"
    log "footprint: $service $variant: first DB-backed answer after ${ms} ms (Quarkus: ${quarkus:-?} s), RSS ${rss:-?} MiB"
}

# a training run: start, first answer, stop (the JVM writes the archive or cache at exit)
train() {
    local service="$1" variant="$2" port="$3" javabin="$4"
    shift 4
    local logfile="$FOOTPRINT_DIR/$service.$variant.train.log" started
    started=$(date +%s%N)
    start_instance "$service" "$port" "$logfile" "$javabin" "$@"
    wait_first_answer "$service" "$port" "$INSTANCE_PID" "$started" >/dev/null || true
    sleep 1
    stop_instance "$INSTANCE_PID"
}

# footprint TSV: every service, every variant in FOOTPRINT_VARIANTS
footprint() {
    local tsv="$1" service port jar variants
    variants="${FOOTPRINT_VARIANTS:-jdk17 jdk17-appcds jdk25 jdk25-autocds jdk25-aot}"
    mkdir -p "$FOOTPRINT_DIR"
    printf 'service\tvariant\tfirst_answer_ms\tquarkus_started_s\trss_mib\n' >"$tsv"
    for service in "${SERVICES[@]}"; do
        port=$((10000 + $(port_of "$service")))
        jar="$ROOT/$service/target/quarkus-app/quarkus-run.jar"
        for variant in $variants; do
            local archive="$FOOTPRINT_DIR/$service.$variant"
            # an archive older than the jar is stale
            [[ -f "$archive" && "$archive" -nt "$jar" ]] || rm -f "$archive"
            case "$variant" in
                jdk17) measure_start "$service" "$variant" "$port" "$JDK17" "$tsv" ;;
                jdk17-appcds)
                    # JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19+): dump at exit, then use
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" "$JDK17" -XX:ArchiveClassesAtExit="$archive"
                    measure_start "$service" "$variant" "$port" "$JDK17" "$tsv" -XX:SharedArchiveFile="$archive" ;;
                jdk25) [[ -x "$JDK25" ]] && measure_start "$service" "$variant" "$port" "$JDK25" "$tsv" ;;
                jdk25-autocds)
                    [[ -x "$JDK25" ]] || continue
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" "$JDK25" \
                        -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive"
                    measure_start "$service" "$variant" "$port" "$JDK25" "$tsv" \
                        -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" ;;
                jdk25-aot)
                    # JEP 483/514: one training run writes the AOT cache at exit
                    [[ -x "$JDK25" ]] || continue
                    [[ -f "$archive" ]] || train "$service" "$variant" "$port" "$JDK25" -XX:AOTCacheOutput="$archive"
                    measure_start "$service" "$variant" "$port" "$JDK25" "$tsv" -XX:AOTCache="$archive" ;;
            esac
        done
    done
}
