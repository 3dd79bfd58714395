#!/usr/bin/env bash
# Security scan: sqlmap (SQL injection) and wapiti (web vulnerabilities) against a running product.
#
# The scan CHANGES DATA (it creates drafts, fails sign-ins, submits forms): run it against a throw-away instance,
# never against real data. Two ways:
#
#   1. Start a product yourself, with a fresh data directory, then scan it:
#        mvn spring-boot:run -Dspring-boot.run.arguments="--server.port=8091 --app.data-dir=$(mktemp -d)"
#        # or: java -jar target/jixiao-0.1.0-SNAPSHOT.jar --server.port=8091 --app.data-dir=$(mktemp -d)
#        BASE_URL=http://127.0.0.1:8091 scripts/security-scan.sh
#
#   2. Let the script build the jar of this work tree (`mvn -q -DskipTests package`) and start it on PORT
#      (default 8091) with a temporary data directory and a Tomcat access log; it stops it and removes the
#      directory at the end:
#        scripts/security-scan.sh --start
#
# Only loopback addresses are scanned (127.0.0.0/8, localhost, [::1]). Demo data must be loaded (the demo accounts of
# ../shared/api.md, password demo12345).
#
# Settings (environment):
#   BASE_URL            product to scan (default http://127.0.0.1:8080; with --start http://127.0.0.1:$PORT)
#   PORT                port for --start (default 8091)
#   OUT                 report directory (default target/security)
#   SQLMAP_LEVEL/RISK   sqlmap --level/--risk (default 3 and 2)
#   SQLMAP_SLOW_DBMS    back end assumed by sqlmap for the targets that pay a BCrypt check on every request (HTTP
#                       Basic, the sign-in form): H2 by default, which leaves out the payloads written for other
#                       databases' syntax (generic boolean, UNION and inline tests remain); empty = every DBMS,
#                       about eight times the requests. All other targets always get every DBMS's payloads.
#   SQLMAP_THREADS      sqlmap --threads (default 3)
#   WAPITI_CRAWL_TIME   wapiti --max-scan-time (crawl) in seconds (default 60)
#   WAPITI_ATTACK_TIME  wapiti --max-attack-time per module in seconds (default 20)
#   WAPITI_USER         account for the signed-in wapiti scan (default lead1)
#   ACCESS_LOG          Tomcat access log of the scanned product, to count the requests each tool sent (set by
#                       --start; otherwise optional)
# Options: --start (see above), --only sqlmap|wapiti.
#
# Output under $OUT: sqlmap/<target>.log (+ traffic and sqlmap's own output dir), wapiti/<scan>.json and
# wapiti/<scan>.txt, summary.txt (also printed at the end). Exit code 0 when the tools ran, whatever they found;
# the summary says what they found. Wall time on a 2-core machine: about 18 minutes (docs/security.md).
set -euo pipefail
cd "$(dirname "$0")/.."

START=false
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --start) START=true ;;
    --only) ONLY="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

PORT=${PORT:-8091}
if $START; then BASE_URL=http://127.0.0.1:$PORT; fi
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
BASE_URL=${BASE_URL%/}
B=$BASE_URL
OUT=${OUT:-target/security}
LEVEL=${SQLMAP_LEVEL:-3}
RISK=${SQLMAP_RISK:-2}
SLOW_DBMS=${SQLMAP_SLOW_DBMS-H2}
THREADS=${SQLMAP_THREADS:-3}
CRAWL_TIME=${WAPITI_CRAWL_TIME:-60}
ATTACK_TIME=${WAPITI_ATTACK_TIME:-20}
WAPITI_USER=${WAPITI_USER:-lead1}
PASSWORD=demo12345
ACCESS_LOG=${ACCESS_LOG:-}

host=$(printf '%s' "$B" | sed -E 's#^[a-z]+://##; s#/.*##; s#:[0-9]+$##')
case "$host" in
  127.*|localhost|'[::1]') ;;
  *) echo "refusing to scan $B: only loopback addresses (127.0.0.0/8, localhost, [::1]) are scanned" >&2; exit 2 ;;
esac

log() { printf '== %s %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- tools -------------------------------------------------------------------------------------------------------
need=()
command -v sqlmap >/dev/null 2>&1 || need+=(sqlmap)
command -v wapiti >/dev/null 2>&1 || need+=(wapiti)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

mkdir -p "$OUT"
rm -rf "$OUT/sqlmap" "$OUT/wapiti" "$OUT/tmp" "$OUT/access" "$OUT/summary.txt" "$OUT/product.log"
mkdir -p "$OUT/sqlmap" "$OUT/wapiti" "$OUT/tmp"
OUT=$(cd "$OUT" && pwd)
JARS="$OUT/tmp"

# --- the product -----------------------------------------------------------------------------------------------
APP_PID=""
DATA_DIR=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the product (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$DATA_DIR" ]; then rm -rf "$DATA_DIR"; fi
}
trap cleanup EXIT

if $START; then
  log "building the jar (mvn -q -DskipTests package)"
  mvn -q -DskipTests package
  jar=$(ls target/jixiao-*.jar | grep -v '\.original$' | head -1)
  if curl -s -o /dev/null "$B/actuator/health"; then
    echo "something already answers on $B: choose another PORT" >&2; exit 2
  fi
  DATA_DIR=$(mktemp -d /tmp/jixiao-scan.XXXXXX)
  mkdir -p "$OUT/access"
  ACCESS_LOG="$OUT/access/access.log"
  log "starting $jar on port $PORT with data in $DATA_DIR"
  SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_BUFFERED=false \
  SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$OUT/access" SERVER_TOMCAT_ACCESSLOG_PREFIX=access \
  SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log SERVER_TOMCAT_ACCESSLOG_FILE_DATE_FORMAT= SERVER_TOMCAT_ACCESSLOG_ROTATE=false \
  SERVER_TOMCAT_ACCESSLOG_PATTERN='%h %t "%r" %s %b %D "%{User-Agent}i"' \
    java -jar "$jar" --server.port="$PORT" --app.data-dir="$DATA_DIR" --app.demo-data=true > "$OUT/product.log" 2>&1 &
  APP_PID=$!
fi

log "waiting for $B/actuator/health"
for i in $(seq 90); do
  if curl -sf "$B/actuator/health" | grep -q '"UP"'; then break; fi
  if [ -n "$APP_PID" ] && ! kill -0 "$APP_PID" 2>/dev/null; then echo "the product did not start, see $OUT/product.log" >&2; exit 1; fi
  if [ "$i" = 90 ]; then echo "no healthy product at $B" >&2; exit 1; fi
  sleep 2
done
curl -sf -u "admin:$PASSWORD" "$B/api/v1/me" >/dev/null \
  || { echo "admin/$PASSWORD cannot sign in at $B: the scan needs the demo data" >&2; exit 1; }

access_lines() { if [ -n "$ACCESS_LOG" ] && [ -f "$ACCESS_LOG" ]; then wc -l < "$ACCESS_LOG"; else echo 0; fi; }

# JSON helper: python3 -c 'expression over j' < json
jq_() { python3 -c "import json,sys; j=json.load(sys.stdin); print($1)"; }

# Signs in through the form (GET /login for the CSRF token, POST /login) and prints the SESSION cookie's value.
sign_in() {
  local jar="$JARS/$1.cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$B/login"
  local session
  session=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)
  # the session must reach a signed-in page (not the sign-in form)
  if [ -z "$session" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$B/notifications")" != 200 ]; then
    echo "form sign-in as $1 failed" >&2; exit 1
  fi
  printf '%s' "$session"
}

urlenc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

START_TIME=$(date +%s)
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
say() { printf '%s\n' "$*" | tee -a "$SUMMARY" >/dev/null; }

# --- sqlmap ------------------------------------------------------------------------------------------------------
# sq NAME [sqlmap options...]: one target; results in $OUT/sqlmap/NAME.log, every request in NAME.traffic
SQ_TOTAL=0
SQ_INJECTABLE=0
SQ_TARGETS=0
sq() {
  local name=$1; shift
  local logf="$OUT/sqlmap/$name.log" traffic="$OUT/sqlmap/$name.traffic"
  local t0; t0=$(date +%s)
  # hard bound per target (sqlmap 1.7 has no time limit of its own)
  timeout --signal=INT -k 30 600 sqlmap "$@" --batch --level="$LEVEL" --risk="$RISK" --flush-session \
    --timeout=10 --retries=1 --disable-coloring --output-dir="$OUT/sqlmap/out" -t "$traffic" \
    > "$logf" 2>&1 || true
  local requests verdict errors
  requests=$(grep -c '^HTTP request \[#' "$traffic" 2>/dev/null || true)
  requests=${requests:-0}
  if grep -q 'sqlmap identified the following injection point' "$logf"; then
    verdict="INJECTABLE: $(grep -oE "(GET|POST|PUT|URI|JSON|\(custom\) POST|Cookie|User-Agent|Referer) parameter '[^']+' is vulnerable" "$logf" | sort -u | paste -sd ';' -)"
    SQ_INJECTABLE=$((SQ_INJECTABLE + 1))
  elif grep -q 'do not appear to be injectable\|does not seem to be injectable' "$logf"; then
    verdict="not injectable"
  else
    verdict="NO VERDICT (see $logf): $(grep -E '\[(CRITICAL|ERROR)\]' "$logf" | tail -1 | cut -c1-160)"
  fi
  errors=$(grep -A1 'HTTP error codes detected during run' "$logf" | tail -1 | sed 's/^\[[0-9:]*\] \[[A-Z]*\] //' || true)
  case "$errors" in *'HTTP error codes'*|'') errors="-" ;; esac
  SQ_TOTAL=$((SQ_TOTAL + requests))
  SQ_TARGETS=$((SQ_TARGETS + 1))
  say "$(printf '  %-22s %6s requests %4ss  %s  [HTTP errors: %s]' "$name" "$requests" "$(( $(date +%s) - t0 ))" "$verdict" "$errors")"
  rm -f "$traffic.gz"; gzip -f "$traffic" 2>/dev/null || true
}

run_sqlmap() {
  log "sqlmap $(sqlmap --version 2>/dev/null | head -1): level $LEVEL, risk $RISK, threads $THREADS"
  local fast=(--threads="$THREADS") slow=(--threads=2) login=()
  [ -n "$SLOW_DBMS" ] && slow+=(--dbms="$SLOW_DBMS") && login+=(--dbms="$SLOW_DBMS")
  local lead1 lead2 admin finance
  # ids from the demo data
  local draft published dept
  draft=$(curl -s -u "lead1:$PASSWORD" "$B/api/v1/tables?status=DRAFT" | jq_ 'j["items"][0]["id"]')
  published=$(curl -s "$B/public/api/v1/tables" | jq_ 'j["items"][0]["id"]')
  dept=$(curl -s -u "admin:$PASSWORD" "$B/api/v1/admin/pending" | jq_ '[t["departmentId"] for t in j if t.get("departmentId")][0]')
  local deptname; deptname=$(urlenc "$(curl -s "$B/public/api/v1/tables" | jq_ 'j["items"][0]["departmentName"]')")
  local year; year=$(curl -s "$B/public/api/v1/tables" | jq_ 'j["items"][0]["year"]')
  log "targets: lead1's draft $draft, published table $published, department $dept, year $year"
  say "sqlmap $(sqlmap --version 2>/dev/null | head -1), --level=$LEVEL --risk=$RISK; HTTP Basic and sign-in form with --dbms=${SLOW_DBMS:-(all)}, everything else all DBMS"

  say " anonymous (public pages, public API, sign-in form; the first also tests User-Agent and Referer):"
  sq public-index -u "$B/public?year=$year&q=$(urlenc 慰问)" "${fast[@]}"
  sq public-summary -u "$B/public/summary?year=$year&department=$dept" -p year,department "${fast[@]}"
  sq public-table -u "$B/public/tables/$published*" "${fast[@]}"
  sq public-api-tables -u "$B/public/api/v1/tables?year=$year" -p year "${fast[@]}"
  sq public-api-table -u "$B/public/api/v1/tables/$published*" "${fast[@]}"
  sq public-api-summary -u "$B/public/api/v1/summary?year=$year&department=$deptname" -p year,department "${fast[@]}"
  sq login-form -u "$B/login" --data "username=nobody&password=wrong&_csrf=x" -p username \
    --csrf-token=_csrf --csrf-url="$B/login" "${login[@]}"

  say " JSON API with HTTP Basic:"
  sq api-tables-list -u "$B/api/v1/tables?year=$year&status=DRAFT&page=0&size=20" -p year,status \
    --auth-type=Basic --auth-cred="lead1:$PASSWORD" "${slow[@]}"
  sq api-table-by-id -u "$B/api/v1/tables/$draft*" --auth-type=Basic --auth-cred="lead1:$PASSWORD" "${slow[@]}"
  sq api-admin-pending -u "$B/api/v1/admin/pending?stage=DEPT_REVIEW&department=$dept&overdue=false" \
    -p stage,department --auth-type=Basic --auth-cred="admin:$PASSWORD" "${slow[@]}"
  # table save: every request that passes validation creates a draft of lead2's unit
  sq api-create-table -u "$B/api/v1/tables" --method=POST -H 'Content-Type: application/json' \
    --data '{"kind":"PROJECT","year":2026,"projectName":"扫描项目*","projectLead":"扫描","overallGoal":"目标*","totalFunds":1,"fiscalFunds":1,"otherFunds":0,"indicators":[]}' \
    --auth-type=Basic --auth-cred="lead2:$PASSWORD" "${slow[@]}"
  # publication decision for a department and year without approved tables: the same answer every time
  sq api-publications -u "$B/api/v1/publications" --method=POST -H 'Content-Type: application/json' \
    --data "{\"departmentId\":$dept,\"year\":2023,\"disclosure\":\"PUBLIC*\",\"reason\":\"公开*\"}" \
    --auth-type=Basic --auth-cred="finance1:$PASSWORD" "${slow[@]}"

  lead1=$(sign_in lead1); admin=$(sign_in admin); finance=$(sign_in finance1)
  say " pages and API with a form sign-in session (cookie):"
  local c=(--drop-set-cookie --skip=SESSION)
  sq web-tables -u "$B/tables?year=$year&status=DRAFT&page=0" -p year,status --cookie="SESSION=$lead1" "${c[@]}" "${fast[@]}"
  sq web-library -u "$B/imports/library?level2=$(urlenc 数量指标)&q=$(urlenc 慰问)" -p level2,q --cookie="SESSION=$lead1" "${c[@]}" "${fast[@]}"
  sq web-last-year -u "$B/imports/last-year?projectName=$(urlenc 慰问项目)&year=$((year + 1))" -p projectName --cookie="SESSION=$lead1" "${c[@]}" "${fast[@]}"
  sq api-session-tables -u "$B/api/v1/tables?year=$year&status=DRAFT" -p year,status --cookie="SESSION=$lead1" "${c[@]}" "${fast[@]}"
  sq api-session-by-id -u "$B/api/v1/tables/$draft*" --cookie="SESSION=$lead1" "${c[@]}" "${fast[@]}"
  sq web-audit-search -u "$B/admin/audit?actor=lead1&action=SUBMIT&table=$draft&from=2020-01-01&to=2030-12-31&page=0" \
    -p actor,action,table --cookie="SESSION=$admin" "${c[@]}" "${fast[@]}"
  sq web-admin-pending -u "$B/admin/pending?stage=DEPT_REVIEW&department=$dept&overdue=false" -p stage,department \
    --cookie="SESSION=$admin" "${c[@]}" "${fast[@]}"
  sq web-publication -u "$B/publication?department=$dept&year=$year" -p department,year --cookie="SESSION=$finance" "${c[@]}" "${fast[@]}"
}

# --- wapiti ------------------------------------------------------------------------------------------------------
# ssrf and xxe are left out: they need wapiti's own server on the internet. --no-bugreport: no crash reports sent
# anywhere. --endpoint points the payloads that name an attacker's server at a closed local port.
WAPITI_MODULES="common,-ssrf,csrf,crlf,methods,htaccess"
# Debian's wapiti 3.0.4 crashes on any -x (exclusion) under Python 3.11 ("global flags not at the start of the
# expression"): it runs through this wrapper, which replaces that one function with a correct one.
WAPITI_PY=$(head -1 "$(command -v wapiti)" | sed 's/^#! *//')
cat > "$OUT/tmp/wapiti.py" <<'PY'
import re
import sys
import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
wapiti_scan() {
  local name=$1; shift
  local t0; t0=$(date +%s)
  timeout --signal=INT -k 30 900 $WAPITI_PY "$OUT/tmp/wapiti.py" "$@" --scope folder -m "$WAPITI_MODULES" --flush-session --no-bugreport \
    --endpoint http://127.0.0.1:9/ --max-scan-time "$CRAWL_TIME" --max-attack-time "$ATTACK_TIME" -t 10 \
    -A "wapiti/3.0.4 (jixiao security scan)" --store-session "$OUT/wapiti/session" --store-config "$OUT/wapiti/config" \
    -f json -o "$OUT/wapiti/$name.json" -v 1 > "$OUT/wapiti/$name.log" 2>&1 < /dev/null || true
  local urls; urls=$(grep -oE 'Wapiti found [0-9]+ URLs and forms' "$OUT/wapiti/$name.log" | grep -oE '[0-9]+' || echo '?')
  if [ ! -s "$OUT/wapiti/$name.json" ]; then
    say "  $name: NO REPORT (see $OUT/wapiti/$name.log)"; return
  fi
  # the text report: every finding with its request and details
  python3 - "$OUT/wapiti/$name.json" > "$OUT/wapiti/$name.txt" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
info = r.get("infos", {})
print("wapiti %s against %s, %s" % (info.get("version"), info.get("target"), info.get("date")))
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, items in sorted(r.get(section, {}).items()):
        for item in items:
            print("\n[%s] %s: %s" % (section, category, item.get("info")))
            print("    %s %s  (parameter: %s)" % (item.get("method"), item.get("path"), item.get("parameter")))
            if item.get("http_request"):
                print("    " + item["http_request"].strip().replace("\n", "\n    "))
EOF
  local counts
  counts=$(python3 - "$OUT/wapiti/$name.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
parts = []
for section in ("vulnerabilities", "anomalies", "additionals"):
    found = ["%s %d" % (c, len(v)) for c, v in sorted(r.get(section, {}).items()) if v]
    parts.append("%s: %s" % (section, ", ".join(found) if found else "none"))
print("; ".join(parts))
EOF
)
  # how far each attack module got before its time ran out: resources attacked / resources with parameters
  local coverage
  coverage=$(python3 - "$OUT/wapiti/session" <<'EOF'
import glob, os, sqlite3, sys
dbs = sorted(glob.glob(os.path.join(sys.argv[1], "*.db")), key=os.path.getmtime)
if not dbs:
    sys.exit()
c = sqlite3.connect(dbs[-1])
with_params = c.execute("select count(distinct p.path_id) from paths p join params pr on pr.path_id = p.path_id"
                        " where p.evil = 0").fetchone()[0]
done = c.execute("select module_name, count(*) from attack_log group by module_name order by module_name").fetchall()
print("%d with parameters; attacked per module: %s" % (with_params, ", ".join("%s %d" % row for row in done)))
EOF
) || coverage="?"
  say "  $name: $urls URLs and forms crawled, $(( $(date +%s) - t0 ))s; $counts"
  say "    resources: $coverage"
}

run_wapiti() {
  log "wapiti $(wapiti --version 2>/dev/null | tail -1): modules $WAPITI_MODULES"
  say "wapiti $(wapiti --version 2>/dev/null | tail -1), modules $WAPITI_MODULES, crawl ${CRAWL_TIME}s, ${ATTACK_TIME}s per module"
  local year; year=$(curl -s "$B/public/api/v1/tables" | jq_ 'j["items"][0]["year"]')
  local published; published=$(curl -s "$B/public/api/v1/tables" | jq_ 'j["items"][0]["id"]')
  wapiti_scan public -u "$B/" -s "$B/public" -s "$B/public?year=$year&q=$(urlenc 慰问)" -s "$B/public/summary?year=$year" \
    -s "$B/public/api/v1/tables?year=$year" -s "$B/public/api/v1/summary?year=$year" -s "$B/public/api/v1/tables/$published" \
    -s "$B/login" -s "$B/actuator/health" -s "$B/actuator/info"
  # signed in through the form (CSRF token and all) by curl; wapiti gets the session as a cookie file. Sign-out and
  # the sign-in page are left out so the session stays; the public part was scanned above.
  local session; session=$(sign_in "$WAPITI_USER")
  local hostkey; hostkey=$(printf '%s' "$B" | sed -E 's#^[a-z]+://##; s#/.*##; s#:[0-9]+$##')
  printf '{"%s": {"/": {"SESSION": {"value": "%s", "expires": null, "secure": false, "port": null, "version": 0}}}}\n' \
    "$hostkey" "$session" > "$OUT/tmp/wapiti-cookie.json"
  wapiti_scan "signed-in-$WAPITI_USER" -u "$B/" -c "$OUT/tmp/wapiti-cookie.json" \
    -s "$B/tables" -s "$B/tasks" -s "$B/tasks/done" -s "$B/imports" -s "$B/notifications" -s "$B/tables/new" \
    -x "$B/logout" -x "$B/login*" -x "$B/public*"
  local still; still=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$B/notifications")
  say "  (session of $WAPITI_USER after the scan: GET /notifications answered $still; 200 = still signed in)"
}

say "Security scan of $B, $(date -u '+%Y-%m-%d %H:%M UTC'), on $(nproc) cores"
a0=$(access_lines)
if [ "$ONLY" != wapiti ]; then
  t=$(date +%s); run_sqlmap; a1=$(access_lines)
  say "sqlmap total: $SQ_TARGETS targets, $SQ_TOTAL requests (sqlmap's traffic logs), $SQ_INJECTABLE injectable, $(( $(date +%s) - t ))s"
  [ -n "$ACCESS_LOG" ] && say "  access log: $((a1 - a0)) requests reached the product during the sqlmap runs (its access log)"
  a0=$a1
fi
if [ "$ONLY" != sqlmap ]; then
  t=$(date +%s); run_wapiti; a1=$(access_lines)
  say "wapiti total: $(( $(date +%s) - t ))s"
  [ -n "$ACCESS_LOG" ] && say "  access log: $((a1 - a0)) requests reached the product during the wapiti scans (its access log)"
fi
if [ -n "$ACCESS_LOG" ] && [ -f "$ACCESS_LOG" ]; then
  say "responses by status in the access log: $(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /HTTP\/[0-9.]+"$/) { print $(i + 1); break } }' "$ACCESS_LOG" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
fi
say "duration: $(( $(date +%s) - START_TIME ))s; reports in $OUT"
echo
cat "$SUMMARY"
