#!/usr/bin/env bash
# Start-up time and memory of the packaged product (java -jar, default JVM settings):
#   cold: an empty H2 file database (Flyway migrations, Flowable schema, process deployment, demo data);
#   warm: the same database again (nothing to migrate or deploy).
# For each: seconds until /actuator/health is UP and the "Started ... in X seconds" line, then RSS
# (/proc/PID/status VmRSS) and heap used (/actuator/prometheus as admin) after start-up and after a small load
# (lead1 signed in, GET /tables and /public REQUESTS times each). The server is stopped at the end, always.
#
# Usage: scripts/startup-bench.sh            (builds target/jixiao-*.jar first if there is none)
#        REQUESTS=200 JAVA_OPTS="-Xmx512m" scripts/startup-bench.sh
#        JAR=/opt/jixiao/jixiao.jar JAVA_OPTS="-XX:SharedArchiveFile=/opt/jixiao/jixiao.jsa" scripts/startup-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-200}
JAVA_OPTS=${JAVA_OPTS:-}
ADMIN=admin:demo12345

jar() { ls target/jixiao-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true; }
JAR=${JAR:-$(jar)}
if [ -z "$JAR" ]; then
  echo "building the jar (mvn -o -q -DskipTests package)..."
  mvn -o -q -DskipTests package
  JAR=$(jar)
fi

DATA=$(mktemp -d)
WORK=$(mktemp -d)
PID=""
stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
cleanup() { stop; rm -rf "$DATA" "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }
heap_used() {
  curl -sf -u "$ADMIN" "http://127.0.0.1:$PORT/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%.0f", sum / 1048576 }'
}
now_ms() { date +%s%3N; }

# lead1 signs in through the login form (session cookie and CSRF token), then reads pages with that session
load() {
  local jar="$WORK/cookies" token urls=() i
  rm -f "$jar"
  token=$(curl -sf -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=lead1" --data-urlencode "password=demo12345" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
  for i in $(seq 1 "$REQUESTS"); do
    urls+=(-o /dev/null "http://127.0.0.1:$PORT/tables" -o /dev/null "http://127.0.0.1:$PORT/public")
  done
  local start codes
  start=$(now_ms)
  # one curl for all requests (one connection, no process per request); the status codes are counted
  codes=$(curl -s -b "$jar" -w '%{http_code}\n' "${urls[@]}" | sort | uniq -c | awk '{ printf "%s%s x %s", sep, $1, $2; sep = ", " }')
  LOAD_MS=$(( $(now_ms) - start ))
  LOAD_CODES=$codes
}

run() {
  local label=$1 log="$WORK/$1.log" start up_ms started
  PORT=$(free_port)
  start=$(now_ms)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --app.data-dir="$DATA" >"$log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null || [ $(( $(now_ms) - start )) -gt 300000 ]; then
      echo "$label start failed; last lines of its log:" >&2
      tail -30 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  up_ms=$(( $(now_ms) - start ))
  started=$(grep -o 'Started JixiaoApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  local rss1 heap1 rss2 heap2
  rss1=$(rss_mib); heap1=$(heap_used)
  load
  rss2=$(rss_mib); heap2=$(heap_used)
  printf '| %-4s | %6.1f | %6s | %5s | %5s | %5s | %5s | %s in %.1f s (%s) |\n' "$label" \
    "$(awk -v m="$up_ms" 'BEGIN { print m / 1000 }')" "$started" "$rss1" "$heap1" "$rss2" "$heap2" \
    "$((2 * REQUESTS)) GETs" "$(awk -v m="$LOAD_MS" 'BEGIN { print m / 1000 }')" "${LOAD_CODES% }"
  stop
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "jar: $JAR ($(mib "$(stat -c %s "$JAR")") MiB), JAVA_OPTS='${JAVA_OPTS}', data: $DATA"
echo
echo "| start | health UP (s) | \"Started in\" (s) | RSS after start (MiB) | heap used after start (MiB) | RSS after load (MiB) | heap used after load (MiB) | load (status codes) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
run cold
run warm
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
