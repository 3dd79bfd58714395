#!/usr/bin/env bash
# Starts a throw-away MariaDB (MySQL protocol) on 127.0.0.1:${DB_PORT:-33061} for the test suite and prints the
# environment that points the tests at it. Usage: eval "$(.ci/mariadb.sh start DIR)"; .ci/mariadb.sh stop DIR
set -euo pipefail
action=$1
dir=$2
port=${DB_PORT:-33061}
case "$action" in
  start)
    mkdir -p "$dir"
    chown mysql:mysql "$dir" 2>/dev/null || true
    mariadb-install-db --user=mysql --datadir="$dir/data" --auth-root-authentication-method=socket \
      --skip-test-db >"$dir/install.log" 2>&1
    version=$(mariadbd --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+-MariaDB' | head -1)
    # Announcing 5.7.19 keeps Flowable's millisecond timestamps (see shared/stack.md). A throw-away server: no flush
    # to disk at each commit nor doublewrite (the crash test kills the product, never the database).
    mariadbd --user=mysql --datadir="$dir/data" --socket="$dir/s.sock" --port="$port" --bind-address=127.0.0.1 \
      --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
      --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
      --max-connections=500 --version="5.7.19-$version" >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 60); do
      [ -S "$dir/s.sock" ] && mariadb --socket="$dir/s.sock" -e "select 1" >/dev/null 2>&1 && break
      sleep 1
    done
    mariadb --socket="$dir/s.sock" -e "CREATE USER IF NOT EXISTS 'jixiao'@'127.0.0.1' IDENTIFIED BY 'jixiao';
      GRANT ALL PRIVILEGES ON \`jx\_%\`.* TO 'jixiao'@'127.0.0.1'; FLUSH PRIVILEGES;" >&2
    # the URL names the connection only: the tests run the mysql profile, which sets the driver's round-trip settings
    echo "export TEST_DB_PREFIX='jdbc:mysql://127.0.0.1:$port/jx_'"
    echo "export TEST_DB_SUFFIX='?createDatabaseIfNotExist=true&nullCatalogMeansCurrent=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin&sslMode=DISABLED&allowPublicKeyRetrieval=true&serverTimezone=UTC'"
    echo "export SPRING_DATASOURCE_USERNAME=jixiao SPRING_DATASOURCE_PASSWORD=jixiao"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      kill "$(cat "$dir/pid")" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$(cat "$dir/pid")" 2>/dev/null || break; sleep 1; done
    fi
    ;;
esac
