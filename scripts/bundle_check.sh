#!/usr/bin/env bash
# Builds the Linux one-folder bundle with installer/weiquan.spec (the spec the Windows installer uses)
# and proves it: `<bundle>/weiquan selftest` offscreen on a temporary database, with screenshots, so a
# module, resource or translation missing from the bundle fails here. When WEIQUAN_TEST_PG names a
# PostgreSQL server, the bundle also opens a fresh schema there (the psycopg driver is bundled too).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${WEIQUAN_BUNDLE_DIR:-build/bundle-check}"
export QT_QPA_PLATFORM=offscreen
unset WEIQUAN_DB

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet -e ".[build]"
fi

started=$(date +%s)
rm -rf "$out/screenshots"
.venv/bin/python installer/build.py --no-installer --dist "$out/dist" --work "$out/work" \
    --screenshots "$out/screenshots"
bundle="$out/dist/weiquan"

shots=$(find "$out/screenshots" -name '*.png' 2>/dev/null | wc -l)
if [ "$shots" -eq 0 ]; then
    echo "bundle check: the selftest saved no screenshots in $out/screenshots" >&2
    exit 1
fi

if [ -n "${WEIQUAN_TEST_PG:-}" ]; then
    schema="bundle_check_$$"
    libpq_url="${WEIQUAN_TEST_PG/postgresql+psycopg:/postgresql:}"
    psql -q "$libpq_url" -c "CREATE SCHEMA $schema"
    trap 'psql -q "$libpq_url" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true' EXIT
    sep="?"; [[ "$WEIQUAN_TEST_PG" == *\?* ]] && sep="&"
    "$bundle/weiquan" --db "${WEIQUAN_TEST_PG}${sep}options=-csearch_path%3D${schema}" case list
    tables=$(psql -tA "$libpq_url" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$schema'")
    if [ "$tables" -eq 0 ]; then
        echo "bundle check: the bundle did not create the schema on PostgreSQL" >&2
        exit 1
    fi
    echo "PostgreSQL from the bundle: schema $schema migrated ($tables tables)"
fi

echo "bundle check passed in $(( $(date +%s) - started )) s: $(du -sh "$bundle" | cut -f1) in $bundle, $shots screenshots"
