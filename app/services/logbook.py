"""The application's log: ``logs/weiquan.log`` in the user's data folder (on Windows
``%LOCALAPPDATA%\\WeiquanDesk\\logs``), rotating at 1 MB with three old files kept.

It holds no personal data: which command or window started, the version, and for an unexpected error
its type and where in the code it happened (file, line, function, code line), never the error's text,
which may quote a name, a telephone number or a value from the database.
"""

from __future__ import annotations

import io
import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER_NAME = "weiquan"
LOG_FILE = "weiquan.log"
MAX_BYTES = 1_000_000
KEEP = 3

log = logging.getLogger(LOGGER_NAME)


def log_folder(data_dir: Path) -> Path:
    return data_dir / "logs"


def start(folder: Path, what: str) -> Path | None:
    """Write this run's log lines to ``folder``/weiquan.log (rotating); ``what`` names the command or
    "gui". None when the folder cannot be written: the application then runs without a log."""
    path = folder / LOG_FILE
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True)
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    from app.services.version import app_version

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    log.info(
        "start %s: version %s%s, Python %s, %s", what, app_version(), frozen, platform.python_version(), sys.platform
    )
    return path


def describe_error(err: BaseException) -> str:
    """The error's type and the code it went through, without its text (which may hold personal data)."""
    lines = [f"{type(err).__module__}.{type(err).__qualname__}"]
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current is not err:
            lines.append(f"caused by {type(current).__module__}.{type(current).__qualname__}")
        lines.extend(
            line.rstrip() for line in traceback.StackSummary.extract(traceback.walk_tb(current.__traceback__)).format()
        )
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def log_unexpected(err: BaseException) -> None:
    """Record an error nobody caught: its type and the code it went through."""
    log.error("unexpected error: %s", describe_error(err))


def current_log_file() -> Path | None:
    """The file this run logs to, if any."""
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


class LogStream(io.TextIOBase):
    """A stand-in for ``sys.stderr`` where there is none (the windowed program): each line written
    becomes a line of the log."""

    def __init__(self) -> None:
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                log.warning("%s", line.rstrip())
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            log.warning("%s", self._pending.rstrip())
        self._pending = ""
