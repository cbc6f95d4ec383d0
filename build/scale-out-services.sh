#!/usr/bin/env bash
# Starts PostgreSQL and Redis on this machine (Debian packages) for the multi-instance tests and benchmark,
# and prints the two settings that point LivePoll at them. Idempotent: running it twice is fine.
#   eval "$(bash build/scale-out-services.sh)"   → exports LIVEPOLL_TEST_POSTGRES and LIVEPOLL_TEST_REDIS
set -euo pipefail
log() { echo "$@" >&2; }
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

if ! command -v pg_ctlcluster >/dev/null || ! command -v redis-server >/dev/null; then
  log "Installing postgresql and redis-server (apt) …"
  $SUDO apt-get update -q >&2 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql redis-server >&2
fi

# PostgreSQL: the packaged cluster, started without systemd (containers, CI)
read -r version cluster _ < <(pg_lsclusters --no-header | head -1)
if ! pg_lsclusters --no-header | grep -q online; then
  $SUDO pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres psql -q -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'livepoll') THEN
    CREATE ROLE livepoll LOGIN PASSWORD 'livepoll' CREATEDB;
  END IF;
END $$;
-- tests drop their databases WITH (FORCE), which must also end an autovacuum worker that happens to be in one
GRANT pg_signal_backend TO livepoll;
SQL

# Redis: in memory only (tests and benchmarks need no persistence)
if ! redis-cli -p 6379 ping >/dev/null 2>&1; then
  redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >&2
  for _ in $(seq 1 30); do redis-cli -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi

# three instances × 25 pooled connections stay under PostgreSQL's default max_connections (100)
echo "export LIVEPOLL_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=livepoll;Password=livepoll;Maximum Pool Size=25'"
echo "export LIVEPOLL_TEST_REDIS='127.0.0.1:6379'"
