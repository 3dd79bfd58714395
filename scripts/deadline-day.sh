#!/usr/bin/env bash
# The deadline day of issue 19, load-tested with Gatling (load/, its own Maven project): MariaDB (.ci/mariadb.sh), a
# province-year of generated tables, product nodes on it (mysql profile) behind Debian's nginx, then leads editing and
# submitting, department and finance reviewers deciding and anonymous readers on the public site, all at once; then
# the invariants, the audit chain and every confirmed transition in the audit trail are checked. Everything started
# here is stopped at the end. Exit status non-zero when Gatling counted an error (a 409 on a transition is expected
# and not one) or a check failed.
#
# Settings (environment):
#   TABLES=100000      tables to generate (0: none, the database is used as it is; DB_NAME names it)
#   DURATION=600       seconds of load        RAMP=60 seconds over which each population starts
#   NODES=2            product nodes          LB=nginx (or none: Gatling talks to the first node)
#   LEADS=300 DEPT_REVIEWERS=30 FINANCE_REVIEWERS=20 READERS=500   THINK_MIN=5 THINK_MAX=20 (seconds between requests)
#   NODE_HEAP=1g       -Xmx of each node      JAR=target/jixiao-*.jar (built when missing)
#   CDS=1              nodes start from the jar extracted with a class-data-sharing archive (scripts/cds-archive.sh),
#                      as the README's production start does (0: plain java -jar)
#   MVN="mvn -q"       how Maven is called (add -o once Gatling is in the local repository)
#   DB: with TEST_DB_PREFIX / TEST_DB_SUFFIX / SPRING_DATASOURCE_USERNAME / _PASSWORD set (as .ci/mariadb.sh prints
#   them, e.g. in CI) that server is used, database ${TEST_DB_PREFIX}${DB_NAME:-deadline_<pid>}; otherwise a MariaDB of
#   its own is started on DB_PORT (33070) in the work directory.
# Results: target/deadline-day/summary.md (and Gatling's HTML report under load/target/gatling/).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

TABLES=${TABLES:-100000}
DURATION=${DURATION:-600}
RAMP=${RAMP:-60}
NODES=${NODES:-2}
LB=${LB:-nginx}
LEADS=${LEADS:-300}
DEPT_REVIEWERS=${DEPT_REVIEWERS:-30}
FINANCE_REVIEWERS=${FINANCE_REVIEWERS:-20}
READERS=${READERS:-500}
THINK_MIN=${THINK_MIN:-5}
THINK_MAX=${THINK_MAX:-20}
NODE_HEAP=${NODE_HEAP:-1g}
MVN=${MVN:-mvn -q}
YEAR=2026
PASSWORD=demo12345

work=$(mktemp -d /tmp/jixiao-deadline.XXXXXX)
chmod 755 "$work" # the database server runs as mysql and keeps its files below
out="$root/target/deadline-day"
mkdir -p "$out"
pids=()
own_db=""

stop_all() {
  set +e
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  [ -n "${load_pid:-}" ] && kill "$load_pid" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  done
  [ -n "$own_db" ] && "$root/.ci/mariadb.sh" stop "$own_db"
  echo "== stopped; node logs, nginx config and Gatling's output in $work"
}
trap stop_all EXIT

need=()
command -v jq >/dev/null 2>&1 || need+=(jq)
if [ "$LB" = nginx ] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then need+=(nginx-light); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

jar=${JAR:-$(ls target/jixiao-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$jar" ]; then
  echo "== building the jar"
  $MVN -DskipTests package
  jar=$(ls target/jixiao-*.jar | grep -v original | head -1)
fi
java_opts=()
if [ "${CDS:-1}" = 1 ]; then
  echo "== class-data-sharing archive: $("$root/scripts/cds-archive.sh" "$jar" "$work/app")"
  jar="$work/app/$(basename "$jar")"
  java_opts=(-XX:SharedArchiveFile="$work/app/jixiao.jsa")
fi

if [ -z "${TEST_DB_PREFIX:-}" ]; then
  own_db="$work/db"
  eval "$(DB_PORT=${DB_PORT:-33070} .ci/mariadb.sh start "$own_db")"
  # 100,000 tables are about 3 GB: the hot part in memory, as a production server would have it
  mariadb --socket="$own_db/s.sock" -e "SET GLOBAL innodb_buffer_pool_size=2147483648"
fi
db_name="jx_${DB_NAME:-deadline_$$}"
db_url="${TEST_DB_PREFIX%jx_}${db_name}${TEST_DB_SUFFIX}"
db_host=$(sed -E 's#jdbc:mysql://([^:/]+).*#\1#' <<<"$TEST_DB_PREFIX")
db_port=$(sed -E 's#jdbc:mysql://[^:/]+:([0-9]+).*#\1#' <<<"$TEST_DB_PREFIX")
sql() {
  mariadb -h "$db_host" -P "$db_port" -u "$SPRING_DATASOURCE_USERNAME" -p"$SPRING_DATASOURCE_PASSWORD" -N -B "$db_name" -e "$1"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-40000 -n 1; }

start_node() { # port, extra arguments...
  local port=$1; shift
  SPRING_PROFILES_ACTIVE=mysql APP_DEMO_DATA=true SPRING_DATASOURCE_URL="$db_url" \
    java "-Xmx$NODE_HEAP" "${java_opts[@]}" -jar "$jar" --server.port="$port" --app.data-dir="$work/node-$port" "$@" \
    >"$work/node-$port.log" 2>&1 &
  pids+=($!)
  echo "== node on port $port (pid $!), log $work/node-$port.log"
}

wait_ready() { # port, seconds
  local port=$1 limit=$2 pid=${pids[-1]}
  for _ in $(seq 1 "$limit"); do
    if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "node on port $port ended:"; tail -40 "$work/node-$port.log"; exit 1; fi
    sleep 1
  done
  echo "node on port $port not ready after $limit s"; tail -40 "$work/node-$port.log"; exit 1
}

ports=()
for i in $(seq 1 "$NODES"); do ports+=("$(free_port)"); done
started=$(date +%s)
if [ "$TABLES" -gt 0 ]; then
  echo "== node 1 generates $TABLES tables of $YEAR into $db_name ($(uptime | sed 's/.*load/load/'))"
  start_node "${ports[0]}" --app.generate.tables="$TABLES" --app.generate.year="$YEAR"
else
  start_node "${ports[0]}"
fi
wait_ready "${ports[0]}" 14400
grep -h "GENERATED" "$work/node-${ports[0]}.log" | sed 's/.*GENERATED/GENERATED/' || true
echo "== node 1 ready after $(( $(date +%s) - started )) s"
for port in "${ports[@]:1}"; do
  start_node "$port"
  wait_ready "$port" 600
done

base="http://127.0.0.1:${ports[0]}"
if [ "$LB" = nginx ]; then
  lb_port=$(free_port)
  mkdir -p "$work/nginx"
  {
    echo "worker_processes 1; pid $work/nginx.pid; error_log $work/nginx/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  access_log off;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $work/nginx/$t;"; done
    echo "  upstream jixiao {"
    for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=0;"; done
    echo "    keepalive 64;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$lb_port;"
    echo "    location / {"
    echo "      proxy_pass http://jixiao; proxy_http_version 1.1; proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$host:\$server_port; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme; proxy_read_timeout 180s;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$work/nginx.conf"
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx" -t -q -c "$work/nginx.conf" -p "$work/nginx"
  "$nginx" -c "$work/nginx.conf" -p "$work/nginx"
  base="http://127.0.0.1:$lb_port"
  echo "== nginx on $base in front of ${ports[*]} (config $work/nginx.conf)"
fi
curl -sf "$base/actuator/health" >/dev/null

audit_before=$(sql "select coalesce(max(id), 0) from audit_events")
( while true; do echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)"; sleep 15; done ) >"$work/load.txt" &
load_pid=$!

echo "== Gatling: $LEADS leads, $DEPT_REVIEWERS department and $FINANCE_REVIEWERS finance reviewers, $READERS readers for $DURATION s against $base"
gatling_status=0
$MVN -f load/pom.xml gatling:test -DbaseUrl="$base" -Dduration="$DURATION" -Dramp="$RAMP" -Dleads="$LEADS" \
  -DdeptReviewers="$DEPT_REVIEWERS" -DfinanceReviewers="$FINANCE_REVIEWERS" -Dreaders="$READERS" \
  -Dtables="$(sql "select count(*) from target_tables where project_name like '省级专项项目%'")" -Dyear="$YEAR" \
  -DthinkMin="$THINK_MIN" -DthinkMax="$THINK_MAX" -DconfirmedFile="$work/confirmed.txt" \
  >"$work/gatling.log" 2>&1 || gatling_status=$?
# Gatling's own closing summary (global figures and the assertion), then the transitions it counted
sed -n '/^DEADLINE DAY/p; /Global Information/,$p' "$work/gatling.log"
kill "$load_pid" 2>/dev/null; load_pid=""

report=$(ls -dt load/target/gatling/deadlinedaysimulation-*/ | head -1)
{
  echo "# Deadline day $(date -u +%FT%TZ)"
  echo
  echo "TABLES=$TABLES (database: $(sql "select count(*) from target_tables") tables) DURATION=$DURATION NODES=$NODES LB=$LB" \
    "LEADS=$LEADS DEPT_REVIEWERS=$DEPT_REVIEWERS FINANCE_REVIEWERS=$FINANCE_REVIEWERS READERS=$READERS" \
    "THINK=$THINK_MIN-$THINK_MAX s, node heap $NODE_HEAP, $(nproc) cores"
  echo
  echo "Load average (1 min) during the run: $(awk '{print $2}' "$work/load.txt" | sort -n | awk '{a[NR]=$1; s+=$1} END {printf "min %.2f, mean %.2f, max %.2f", a[1], s/NR, a[NR]}')"
  echo
  echo "| request | n | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  # the HTML report's figures (js/stats.js, a script whose object is JSON once its keys are quoted); Gatling's
  # percentiles 1, 3 and 4 are the 50th, 95th and 99th
  awk '/^var stats = /{p=1; sub(/^var stats = /,"")} /^function/{p=0} p' "$report/js/stats.js" \
    | sed -E 's/^( *)([A-Za-z0-9_]+): /\1"\2": /' \
    | jq -r '([.stats] + ([.contents[] | .stats] | sort_by(.name)))[] | "| \(.name) | \(.numberOfRequests.total) | \(.numberOfRequests.ko) | \(.meanNumberOfRequestsPerSecond.total) | \(.percentiles1.total) | \(.percentiles3.total) | \(.percentiles4.total) | \(.maxResponseTime.total) |"'
  echo
  echo "$(grep -h "DEADLINE DAY transitions answered" "$work/gatling.log" | sed 's/^.*DEADLINE DAY //')"
  echo
  echo "Gatling's report: $report"
} >"$out/summary.md"

failed=0
invariants=$(curl -s -u "admin:$PASSWORD" "$base/api/v1/admin/invariants")
audit=$(curl -s -u "admin:$PASSWORD" "$base/api/v1/audit/verify")
{
  echo
  echo "Invariants: $(jq -c '{ok, tables, processes, violationCount}' <<<"$invariants")"
  echo "Audit chain: $(jq -c . <<<"$audit")"
} >>"$out/summary.md"
[ "$(jq -r .ok <<<"$invariants")" = true ] || { echo "INVARIANTS VIOLATED: $invariants" | head -c 2000; failed=1; }
[ "$(jq -r .valid <<<"$audit")" = true ] || { echo "AUDIT CHAIN BROKEN: $audit"; failed=1; }
# every transition the product confirmed (2xx) is in the audit trail; more audited than confirmed are transitions the
# product made but whose answer the client did not get (a request that timed out at Gatling's 60 s, counted as errors)
if [ -f "$work/confirmed.txt" ]; then
  # a simulation that counted nothing would pass the comparison below vacuously
  grep -q '=' "$work/confirmed.txt" || { echo "NO CONFIRMED TRANSITION COUNTED"; failed=1; }
  while IFS='=' read -r action n; do
    [ -n "$action" ] || continue
    audited=$(sql "select count(*) from audit_events where id > $audit_before and action = '$action'")
    echo "Confirmed $action: $n, audited: $audited" >>"$out/summary.md"
    [ "$audited" -ge "$n" ] || { echo "CONFIRMED $action $n BUT AUDITED $audited"; failed=1; }
  done <"$work/confirmed.txt"
else
  echo "no confirmed transitions written by the simulation"; failed=1
fi
cp -r "$report" "$out/" 2>/dev/null || true
echo
cat "$out/summary.md"
if [ "$gatling_status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  echo "== DEADLINE DAY FAILED (Gatling status $gatling_status, checks $failed)"
  exit 1
fi
echo "== DEADLINE DAY PASSED"
