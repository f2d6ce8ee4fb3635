#!/usr/bin/env bash
# Install test extras into .venv (creating it if needed), the browser the web tests drive
# (Debian chromium), start a throwaway PostgreSQL server for the PostgreSQL store tests
# (scripts/postgres.sh; its URL goes to pytest as STORYWEAVE_PG_DSN), run the whole test
# suite, and stop the server afterwards, pass or fail.
# An existing server: set STORYWEAVE_PG_DSN yourself. No server at all: STORYWEAVE_PG=off
# (the PostgreSQL tests then skip, saying why).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test,web-test,ray
bash scripts/install-browser.sh
if [ -z "${STORYWEAVE_PG_DSN:-}" ] && [ "${STORYWEAVE_PG:-on}" != off ]; then
  eval "$(bash scripts/postgres.sh start)"
  trap 'bash scripts/postgres.sh stop "$STORYWEAVE_PG_DIR"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
fi
.venv/bin/python -m pytest "$@"
