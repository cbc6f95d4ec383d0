#!/usr/bin/env bash
# Drops every PostgreSQL database the tests made (livepoll_test_*) that a test could not drop itself,
# as the server's owner, who may end any backend still in it. Safe to run when PostgreSQL is absent.
set -uo pipefail
command -v psql >/dev/null || exit 0
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres psql -Atq -c "SELECT datname FROM pg_database WHERE datname LIKE 'livepoll\_test\_%'" 2>/dev/null |
  while read -r database; do
    as_postgres psql -q -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >&2 && echo "dropped leftover test database $database" >&2
  done
exit 0
