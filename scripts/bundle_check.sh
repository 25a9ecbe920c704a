#!/usr/bin/env bash
# Builds the Linux one-folder bundle with installer/weiquan.spec (the spec the Windows installer uses)
# and proves it, so a module, resource or translation missing from the bundle fails here:
#  - installer/build.py checks that every resource, compiled translation and migration is in the bundle,
#    then runs `<bundle>/weiquan selftest` offscreen on a temporary database;
#  - the selftest also saves its screenshots (every page and dialog, Chinese and English) into
#    WEIQUAN_BUNDLE_SCREENSHOTS (default <out>/screenshots; "none" skips them) and must save some;
#  - the bundle reads a generated payment screenshot offline (`evidence read --json`), so the OCR
#    models, their YAML files and ONNX Runtime are in it;
#  - when WEIQUAN_TEST_PG names a PostgreSQL server, the bundle also migrates a fresh schema there
#    (the psycopg driver is bundled too).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${WEIQUAN_BUNDLE_DIR:-build/bundle-check}"
export QT_QPA_PLATFORM=offscreen
unset WEIQUAN_DB

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet -e ".[build]"
fi

started=$(date +%s)
marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT
shots_dir="${WEIQUAN_BUNDLE_SCREENSHOTS:-$out/screenshots}"
[ "$shots_dir" = none ] && shots_dir=""
.venv/bin/python installer/build.py --no-installer --dist "$out/dist" --work "$out/work" \
    ${shots_dir:+--screenshots "$shots_dir"}
bundle="$out/dist/weiquan"

if [ -n "$shots_dir" ] && [ -z "$(find "$shots_dir" -name '*.png' -newer "$marker" 2>/dev/null | head -1)" ]; then
    echo "bundle check: the selftest saved no new screenshots in $shots_dir" >&2
    exit 1
fi

# One generated transfer screenshot, read by the bundled program with its packaged models.
shot_dir="$(mktemp -d)"
trap 'rm -f "$marker"; rm -rf "$shot_dir"' EXIT
.venv/bin/python - "$shot_dir" <<'PY'
import json, sys
from pathlib import Path
from bench.evidence.samples import samples
sample = next(samples(1, seed=2, layouts=["transfer_bill"], photos=False))
sample.save(Path(sys.argv[1]))
truth = sample.truth
Path(sys.argv[1], "truth.json").write_text(json.dumps({"amount": f"{truth.amount:.2f}", "transaction_no": truth.transaction_no}))
PY
want_version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
got_version=$("$bundle/weiquan" --version)
[ "$got_version" = "维权台 Weiquan Desk $want_version" ] \
    || { echo "bundle check: the bundle says '$got_version', expected version $want_version" >&2; exit 1; }
"$bundle/weiquan" evidence read "$shot_dir"/*.png --json > "$shot_dir/read.json"
.venv/bin/python - "$shot_dir" <<'PY'
import json, sys
from pathlib import Path
read = json.loads(Path(sys.argv[1], "read.json").read_text(encoding="utf-8"))
truth = json.loads(Path(sys.argv[1], "truth.json").read_text(encoding="utf-8"))
got = {"kind": read["kind"], "amount": read["amount"], "transaction_no": read["transaction_no"]}
if got != {"kind": "transfer", **truth}:
    sys.exit(f"bundle check: the bundle read the transfer screenshot as {got}, expected {truth}")
print(f"OCR from the bundle: transfer of {read['amount']} read, transaction {read['transaction_no']}")
PY

if [ -n "${WEIQUAN_TEST_PG:-}" ]; then
    schema="bundle_check_$$"
    libpq_url="${WEIQUAN_TEST_PG/postgresql+psycopg:/postgresql:}"
    psql -q "$libpq_url" -c "CREATE SCHEMA $schema"
    trap 'rm -f "$marker"; rm -rf "$shot_dir"; psql -q "$libpq_url" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true' EXIT
    sep="?"; [[ "$WEIQUAN_TEST_PG" == *\?* ]] && sep="&"
    "$bundle/weiquan" --db "${WEIQUAN_TEST_PG}${sep}options=-csearch_path%3D${schema}" case list
    tables=$(psql -tA "$libpq_url" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$schema'")
    if [ "$tables" -eq 0 ]; then
        echo "bundle check: the bundle did not create the schema on PostgreSQL" >&2
        exit 1
    fi
    echo "PostgreSQL from the bundle: schema $schema migrated ($tables tables)"
fi

echo "bundle check passed in $(( $(date +%s) - started )) s: $(du -sh "$bundle" | cut -f1) in $bundle"
