#!/usr/bin/env bash
# Prepares the packaged product for a faster start with class data sharing (CDS), as Spring Boot documents it:
# extracts the jar into DIR (its classes as plain jars, which CDS needs) and records DIR/jixiao.jsa in one training
# start that stops as soon as the application context is up (on a throw-away H2 database, so no server is needed).
# The archive belongs to this JVM and this jar: make it again after either changes (the JVM refuses a stale one).
#
# Usage: scripts/cds-archive.sh [JAR] [DIR]      (defaults: target/jixiao-*.jar, target/app)
# Then:  java -XX:SharedArchiveFile=DIR/jixiao.jsa -jar DIR/jixiao-0.1.0-SNAPSHOT.jar   (any profile, any options)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/jixiao-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)}
dir=${2:-target/app}
[ -n "$jar" ] && [ -f "$jar" ] || { echo "no jar: run mvn -DskipTests package first" >&2; exit 1; }
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
java -XX:ArchiveClassesAtExit="$dir/jixiao.jsa" -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$jar")" \
  --app.data-dir="$data" --app.demo-data=false --server.port=0 >"$dir/training.log" 2>&1 \
  || { tail -30 "$dir/training.log" >&2; exit 1; }
echo "$dir/$(basename "$jar") with $dir/jixiao.jsa ($(du -m "$dir/jixiao.jsa" | cut -f1) MiB)"
