#!/usr/bin/env bash
# Install test extras into .venv (creating it if needed), the browser the web tests drive
# (Debian chromium), and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test,web-test
bash scripts/install-browser.sh
exec .venv/bin/python -m pytest "$@"
