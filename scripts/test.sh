#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite headless: lint, types, layer contracts, tests.
# PostgreSQL tests run when WEIQUAN_TEST_PG names a server, and skip with a reason otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # app.domain, app.store, app.services (pyproject [tool.mypy])
.venv/bin/python -m pytest -n "${WEIQUAN_TEST_WORKERS:-2}" "$@"
