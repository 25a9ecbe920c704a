#!/usr/bin/env bash
# Sets everything up, then starts Weiquan Desk on the default SQLite database
# (or the one named by --db / $WEIQUAN_DB). Extra arguments go to main.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
