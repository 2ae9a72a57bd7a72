# A private PostgreSQL server for the fleet tests and benchmark (sourced).
#   pg_start DIR     initdb into DIR/data (as the postgres user when run as
#                    root: initdb refuses root), TLS with a self-signed
#                    certificate, password auth, a free loopback port; sets
#                    PG_PORT, PG_URL (database "fleet", user aman) and PG_PW
#   pg_stop / pg_restart
#   pg_sql SQL       runs SQL in "fleet", prints the bare values
# The caller traps pg_stop on EXIT.
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_PW='s3cret-Pw'

pg_as() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
    PG_DIR=$1
    if [ ! -x "$PG_BIN/initdb" ]; then
        echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2
        return 1
    fi
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    echo "$PG_PW" >"$PG_DIR/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/pw"
    pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U aman --pwfile="$PG_DIR/pw" \
        --auth=scram-sha-256 -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || {
        cat "$PG_DIR/initdb.log" >&2
        return 1
    }
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
        -keyout "$PG_DIR/data/server.key" -out "$PG_DIR/data/server.crt" >/dev/null 2>&1
    chmod 600 "$PG_DIR/data/server.key"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/data/server.key" "$PG_DIR/data/server.crt"
    for PG_PORT in $(shuf -i 20000-60000 -n 20); do
        if pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 30 start -o \
            "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c ssl=on -c fsync=off" \
            >/dev/null 2>&1; then
            PG_URL="postgresql://aman:$PG_PW@127.0.0.1:$PG_PORT/fleet"
            PGPASSWORD=$PG_PW "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$PG_PORT" -U aman \
                -d postgres -c "CREATE DATABASE fleet" >/dev/null || return 1
            return 0
        fi
    done
    echo "could not start PostgreSQL:" >&2
    tail -5 "$PG_DIR/log" >&2
    return 1
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] &&
        pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
    return 0
}

pg_restart() {
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 30 start -o \
        "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c ssl=on -c fsync=off" >/dev/null
}

pg_sql() {
    PGPASSWORD=$PG_PW "$PG_BIN/psql" -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U aman \
        -d fleet -c "$1"
}
