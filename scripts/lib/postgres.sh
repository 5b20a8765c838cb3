# A throwaway PostgreSQL 15 cluster for the test suites: its own data folder under the build tree, its own
# port on loopback, run as the postgres user (initdb refuses root). Sourced by scripts/test.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

# Starts the cluster and exports PARTERRE_TEST_POSTGRES_URL (a maintenance database URL; tests create and
# drop their own databases on it).
start_test_postgres() {
    local runas=()
    [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
    # Under the build tree, unless the postgres user cannot reach it (a checkout in /root, say).
    PG_HOME="$PARTERRE_BUILD_DIR/pg-test"
    if [ ${#runas[@]} -gt 0 ] && ! (cd / && "${runas[@]}" test -x "$PARTERRE_BUILD_DIR"); then
        PG_HOME=$(mktemp -d /tmp/parterre-pg.XXXXXX)
        chmod 755 "$PG_HOME"
    fi
    PG_DATA="$PG_HOME/data"
    PG_RUN="$PG_HOME/run"
    PG_LOG="$PG_HOME/server.log"
    PG_PORT=$(free_port 54329)
    stop_test_postgres quietly
    rm -rf "$PG_DATA" "$PG_RUN" "$PG_LOG"
    mkdir -p "$PG_DATA" "$PG_RUN"
    [ ${#runas[@]} -gt 0 ] && chown -R postgres:postgres "$PG_HOME"
    log "Starting a test PostgreSQL on 127.0.0.1:$PG_PORT"
    (cd / && "${runas[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null)
    # Tuned for a throwaway test server: enough connections for the race suites.
    cat >>"$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 200
shared_buffers = 128MB
fsync = on
CONF
    (cd / && "${runas[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null)
    export PARTERRE_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
    export PARTERRE_TEST_POSTGRES_DATA="$PG_DATA"
    export PARTERRE_TEST_POSTGRES_BIN="$PG_BIN"
}

stop_test_postgres() {
    local data="${PG_DATA:-$PARTERRE_BUILD_DIR/pg-test/data}"
    [ -f "$data/postmaster.pid" ] || return 0
    [ "${1:-}" = quietly ] || log "Stopping the test PostgreSQL"
    local runas=()
    [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
    (cd / && "${runas[@]}" "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1) || true
}
