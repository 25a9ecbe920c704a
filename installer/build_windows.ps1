# Builds the Weiquan Desk installer on Windows from a clean checkout (see "Building the Windows
# installer" in README.md): a virtual environment with the build tools, then installer\build.py.
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3 -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "Could not create .venv: is Python 3.11+ installed (py launcher)?" }
}
.venv\Scripts\python -m pip install --upgrade pip
if ($LASTEXITCODE -ne 0) { throw "pip upgrade failed" }
.venv\Scripts\python -m pip install -e ".[build]"
if ($LASTEXITCODE -ne 0) { throw "Installing the application and PyInstaller failed" }
.venv\Scripts\python installer\build.py @args
exit $LASTEXITCODE
