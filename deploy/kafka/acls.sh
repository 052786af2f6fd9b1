#!/usr/bin/env bash
# kafka-init (docker-compose.yml, image apache/kafka): makes the compose broker match deploy/kafka/acls.txt.
#   1. a SCRAM-SHA-512 user per principal of the file, password CONVENE_KAFKA_PASSWORD_<PRINCIPAL> (environment,
#      from .convene/compose.env), set again on every run, so a new password in the file takes effect;
#   2. every topic named in a LITERAL TOPIC rule (3 partitions; the broker creates no topic on its own);
#   3. the file's ALLOW rules, and the removal of any other ACL of those users (the file is the whole truth).
# Runs as the broker's super user (admin, SASL/PLAIN on the broker listener kafka:19093: deploy/kafka/admin.properties).
# Idempotent; docker compose runs it on every `up`, before the services start. Dry run (prints the commands):
#   KAFKA_INIT_DRY_RUN=1 CONVENE_KAFKA_PASSWORD_ADMIN=x ... bash deploy/kafka/acls.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ACLS="${KAFKA_INIT_ACLS:-$here/acls.txt}"
BIN="${KAFKA_INIT_BIN:-/opt/kafka/bin}"
BOOTSTRAP="${KAFKA_INIT_BOOTSTRAP:-kafka:19093}"
ADMIN_CONFIG="${KAFKA_INIT_ADMIN_CONFIG:-$here/admin.properties}"
PARTITIONS="${KAFKA_INIT_PARTITIONS:-3}"
DRY_RUN="${KAFKA_INIT_DRY_RUN:-}"
ADMIN=(--bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG")

say() { printf 'kafka-init: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
kafka() { # TOOL ARGS...: one of Kafka's command-line tools (kafka-acls.sh, ...) against the broker as admin
    local tool="$1"
    shift
    if [[ -n "$DRY_RUN" ]]; then
        { printf '%s' "$tool"; printf ' %q' "${ADMIN[@]}" "$@"; printf '\n'; } >&2
        return 0
    fi
    "$BIN/$tool" "${ADMIN[@]}" "$@"
}

# the environment variable that holds a principal's password: registration-service -> CONVENE_KAFKA_PASSWORD_REGISTRATION_SERVICE
password_variable() {
    local name="${1^^}"
    printf 'CONVENE_KAFKA_PASSWORD_%s' "${name//-/_}"
}

# a password that needs no quoting anywhere it goes (kafka-configs' [password=...], a JAAS string, a shell word)
check_password() {
    local variable="$1" value="${!1:-}"
    [[ -n "$value" ]] || die "$variable is not set: ./convene writes it to .convene/compose.env (docker-compose.yml env_file)"
    [[ "$value" =~ ^[A-Za-z0-9._~-]{16,}$ ]] \
        || die "$variable must be at least 16 characters of A-Z a-z 0-9 . _ ~ - (e.g. openssl rand -hex 32)"
}

resource_flag() {
    case "$1" in
        TOPIC) echo --topic ;;
        GROUP) echo --group ;;
        TRANSACTIONAL_ID) echo --transactional-id ;;
        CLUSTER) echo --cluster ;;
        *) die "unknown resource type $1" ;;
    esac
}

# --- read acls.txt ----------------------------------------------------------------------------------------------------
[[ -r "$ACLS" ]] || die "cannot read $ACLS"
declare -A PRINCIPALS=() TOPICS=() WANTED=() GROUPED=()
line_number=0
while IFS= read -r line || [[ -n "$line" ]]; do
    line_number=$((line_number + 1))
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    read -r principal operation resource pattern name extra <<<"$line"
    [[ -n "${name:-}" && -z "${extra:-}" ]] || die "$ACLS:$line_number: expected 5 columns: $line"
    [[ "$principal" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "$ACLS:$line_number: bad principal $principal"
    operation="${operation^^}" resource="${resource^^}" pattern="${pattern^^}"
    [[ "$operation" =~ ^(READ|WRITE|CREATE|DELETE|ALTER|DESCRIBE|CLUSTER_ACTION|DESCRIBE_CONFIGS|ALTER_CONFIGS|IDEMPOTENT_WRITE)$ ]] \
        || die "$ACLS:$line_number: unknown operation $operation"
    [[ "$pattern" == LITERAL || "$pattern" == PREFIXED ]] || die "$ACLS:$line_number: pattern must be LITERAL or PREFIXED"
    resource_flag "$resource" >/dev/null
    [[ "$resource" != CLUSTER || ("$name" == kafka-cluster && "$pattern" == LITERAL) ]] \
        || die "$ACLS:$line_number: the cluster resource is LITERAL kafka-cluster"
    PRINCIPALS[$principal]=1
    [[ "$resource" == TOPIC && "$pattern" == LITERAL ]] && TOPICS[$name]=1
    WANTED["$principal|$operation|$resource|$pattern|$name"]=1
    # one kafka-acls.sh call per principal, operation, resource type and pattern type (each call starts a JVM)
    GROUPED["$principal|$operation|$resource|$pattern"]+=" $name"
done <"$ACLS"
[[ ${#PRINCIPALS[@]} -gt 0 ]] || die "$ACLS lists no rule"

check_password CONVENE_KAFKA_PASSWORD_ADMIN
for principal in "${!PRINCIPALS[@]}"; do
    check_password "$(password_variable "$principal")"
done

# --- 1. users ---------------------------------------------------------------------------------------------------------
for principal in $(printf '%s\n' "${!PRINCIPALS[@]}" | sort); do
    variable="$(password_variable "$principal")"
    say "SCRAM-SHA-512 user $principal (password from $variable)"
    kafka kafka-configs.sh --alter --entity-type users --entity-name "$principal" \
        --add-config "SCRAM-SHA-512=[iterations=8192,password=${!variable}]" >/dev/null
done

# --- 2. topics (those missing: one JVM start each) ---------------------------------------------------------------------
declare -A EXISTING=()
while IFS= read -r topic; do [[ -n "$topic" ]] && EXISTING[$topic]=1; done < <(kafka kafka-topics.sh --list)
for topic in $(printf '%s\n' "${!TOPICS[@]}" | sort); do
    [[ -n "${EXISTING[$topic]:-}" ]] && continue
    say "topic $topic"
    kafka kafka-topics.sh --create --if-not-exists --topic "$topic" --partitions "$PARTITIONS" \
        --replication-factor 1 >/dev/null
done

# --- 3. ACLs: add what the file lists ---------------------------------------------------------------------------------
for key in $(printf '%s\n' "${!GROUPED[@]}" | sort); do
    IFS='|' read -r principal operation resource pattern <<<"$key"
    flag="$(resource_flag "$resource")"
    resources=()
    for name in ${GROUPED[$key]}; do
        if [[ "$resource" == CLUSTER ]]; then resources+=("$flag"); else resources+=("$flag" "$name"); fi
    done
    say "allow User:$principal $operation on $resource ($pattern)${GROUPED[$key]}"
    kafka kafka-acls.sh --add --allow-principal "User:$principal" --operation "$operation" \
        --resource-pattern-type "$pattern" "${resources[@]}" >/dev/null
done

# --- 3. ACLs: remove what the file no longer lists --------------------------------------------------------------------
[[ -n "$DRY_RUN" ]] && exit 0
resource_pattern='resourceType=([A-Z_]+), name=(.*), patternType=([A-Z]+)\)'
entry='\(principal=([^,]+), host=([^,]+), operation=([A-Z_]+), permissionType=([A-Z]+)\)'
for principal in $(printf '%s\n' "${!PRINCIPALS[@]}" | sort); do
    # "Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=x, patternType=LITERAL)`:" followed by
    # "	(principal=User:p, host=*, operation=WRITE, permissionType=ALLOW)" lines
    listing="$(kafka kafka-acls.sh --list --principal "User:$principal")"
    resource="" name="" pattern=""
    while IFS= read -r line; do
        if [[ "$line" =~ $resource_pattern ]]; then
            resource="${BASH_REMATCH[1]}" name="${BASH_REMATCH[2]}" pattern="${BASH_REMATCH[3]}"
            continue
        fi
        [[ "$line" =~ $entry && "${BASH_REMATCH[1]}" == "User:$principal" && -n "$resource" ]] || continue
        host="${BASH_REMATCH[2]}" operation="${BASH_REMATCH[3]}" permission="${BASH_REMATCH[4]}"
        [[ "$permission" == ALLOW && "$host" == "*" && -n "${WANTED["$principal|$operation|$resource|$pattern|$name"]:-}" ]] \
            && continue
        target=("$(resource_flag "$resource")")
        [[ "$resource" == CLUSTER ]] || target+=("$name")
        if [[ "$permission" == ALLOW ]]; then who=(--allow-principal "User:$principal" --allow-host "$host")
        else who=(--deny-principal "User:$principal" --deny-host "$host"); fi
        say "remove $permission User:$principal $operation on $resource ($pattern) $name: not in $(basename "$ACLS")"
        kafka kafka-acls.sh --remove --force "${who[@]}" --operation "$operation" --resource-pattern-type "$pattern" \
            "${target[@]}" >/dev/null
    done <<<"$listing"
done
say "done: ${#PRINCIPALS[@]} users, ${#TOPICS[@]} topics, ${#WANTED[@]} rules"
