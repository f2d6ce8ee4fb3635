#!/usr/bin/env bash
# Install what the browser tests need: Debian's chromium (apt, when missing) and the
# web-test extra (playwright, pytest-playwright) into .venv. Never runs `playwright install`:
# the tests drive /usr/bin/chromium through executable_path, so no browser is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "storyweave: please install Debian's chromium (apt-get install chromium)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

[ -x .venv/bin/python ] || bash scripts/bootstrap.sh
if ! .venv/bin/python -c "import playwright, pytest_playwright" >/dev/null 2>&1; then
  .venv/bin/python -m pip install -q -e ".[web-test]"
fi
echo "browser tests ready: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
