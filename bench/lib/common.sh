# Shared by bench/run and bench/drill (sourced). Everything here talks to 127.0.0.1 only.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
PIDS="$ROOT/.convene/pids"
LOGS="$ROOT/.convene/logs"
SERVICES=(directory-service registration-service notification-service)
CLASSPATH_FILE="$BENCH/target/tools.classpath"

# Every virtual client of the benchmarks and drills comes from 127.0.0.1, so registration-service's abuse limit per
# client address (60 sign-ups a minute) would answer 429 to nearly all of them and measure only the limiter. Services
# the bench starts or restarts get it turned off; the per-email limit stays on.
export CONVENE_RATE_LIMITS_SIGN_UP_PER_ADDRESS=0

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() {
    log "error: $*"
    exit 2
}

port_of() {
    case "$1" in
        directory-service) echo 8081 ;;
        registration-service) echo 8082 ;;
        notification-service) echo 8083 ;;
    esac
}

# the pid of a part the launcher started (checked against its command line, as ./convene does)
pid_of() {
    local name="$1" pid marker
    [[ -f "$PIDS/$name.pid" ]] || return 1
    pid="$(cat "$PIDS/$name.pid")"
    case "$name" in
        infrastructure) marker="org.convene.testkit.LocalInfrastructure" ;;
        *) marker="$name/target/quarkus-app/quarkus-run.jar" ;;
    esac
    [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
    echo "$pid"
}

rss_mib() {
    awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}

# management port of a public port (./convene: QUARKUS_MANAGEMENT_PORT = port + 1000): /q/health, /q/metrics
management_port() {
    echo $(($1 + 1000))
}

service_ready() {
    curl -fsS --max-time 2 "http://127.0.0.1:$(management_port "$1")/q/health/ready" 2>/dev/null | grep -q '"status" *: *"UP"'
}

stack_ready() {
    local service
    for service in "${SERVICES[@]}"; do
        service_ready "$(port_of "$service")" || return 1
    done
}

wait_ready() {
    local service="$1" seconds="${2:-120}" waited=0 port
    port="$(port_of "$service")"
    until service_ready "$port"; do
        ((waited++ < seconds * 5)) || return 1
        sleep 0.2
    done
}

# (a) of bench/run: the stack answers, else ./convene up --detach
ensure_stack() {
    if stack_ready; then
        log "stack: the three services answer /q/health/ready"
        return 0
    fi
    log "stack: not (all) up; ./convene up --detach (log in ${1:-/dev/stderr})"
    (cd "$ROOT" && ./convene up --detach) >"${1:-/dev/stderr}" 2>&1 || fail "./convene up --detach failed${1:+; see $1}"
    stack_ready || fail "the services do not answer /q/health/ready after ./convene up"
}

# restarts registration-service (like ./convene) unless it already runs without the per-address limit
ensure_no_address_limit() {
    local pid
    pid="$(pid_of registration-service)" || fail "registration-service is not running"
    if tr '\0' '\n' <"/proc/$pid/environ" | grep -qx 'CONVENE_RATE_LIMITS_SIGN_UP_PER_ADDRESS=0'; then
        return 0
    fi
    log "restarting registration-service with CONVENE_RATE_LIMITS_SIGN_UP_PER_ADDRESS=0 (all virtual clients share 127.0.0.1)"
    (
        # shellcheck source=/dev/null
        source "$ROOT/convene"
        stop_process registration-service
        launch_service registration-service
    ) >&2
    wait_ready registration-service 120 || fail "registration-service did not come back"
}

# compiles the bench project and writes the tools' classpath
build_tools() {
    log "building bench/ (compile + test-compile, classpath)"
    (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml test-compile dependency:build-classpath \
        -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime) >&2 || fail "building bench/ failed"
}

# runs one of the Java tools (org.convene.bench.tools.*)
tool() {
    local class="$1"
    shift
    java -Xmx512m -cp "$BENCH/target/classes:$(cat "$CLASSPATH_FILE")" "org.convene.bench.tools.$class" "$@"
}


# sql DB QUERY: one value
sql() {
    psql -h "${CONVENE_PG_HOST:-127.0.0.1}" -p "${CONVENE_PG_PORT:-5432}" -U "${CONVENE_PG_USER:-postgres}" -d "$1" \
        -XAtqc "$2"
}
