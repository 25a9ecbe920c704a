"""Automatic backup when the application closes: at most once a day for the whole office, into the folder
the administrator chose (an office-wide setting), keeping the newest 14 automatic backups there.

The day is claimed in the settings table before the backup runs, so when five PCs close at five o'clock
only the first one writes a backup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.domain.dates import now_local
from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission, Role
from app.services import audit
from app.services.backup.make import BackupResult, create_backup
from app.services.context import Actor
from app.store.database import Database
from app.store.reference import Setting

FOLDER_KEY = "backup.folder"
LAST_KEY = "backup.last_auto"
KEEP = 14
AUTO_NAME = re.compile(r"^weiquan-auto-\d{8}-\d{6}\.zip$")


@dataclass(frozen=True)
class AutoBackupSettings:
    """Where automatic backups go (None: switched off) and the day of the last one."""

    folder: Path | None
    last_day: str


def auto_backup_settings(db: Database) -> AutoBackupSettings:
    with db.read() as session:
        folder = session.get(Setting, FOLDER_KEY)
        last = session.get(Setting, LAST_KEY)
        return AutoBackupSettings(
            Path(folder.value) if folder and folder.value.strip() else None, last.value if last else ""
        )


def set_backup_folder(db: Database, actor: Actor, folder: str | Path | None) -> None:
    """Choose the folder for automatic backups (administrator); empty switches them off."""
    actor.require(Permission.BACKUP)
    text = str(folder or "").strip()
    if text and not Path(text).is_absolute():
        raise InvalidInput([Problem("备份文件夹", msg("backup.folder_full_path"), text)])
    if text:
        try:
            Path(text).mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InvalidInput(
                [Problem("备份文件夹", msg("backup.folder_unwritable", reason=err.strerror), text)]
            ) from err
    with db.transaction() as session:
        row = session.get(Setting, FOLDER_KEY)
        before = row.value if row else ""
        if row is None:
            session.add(Setting(key=FOLDER_KEY, value=text))
        else:
            row.value = text
        audit.record(
            session,
            actor,
            "set_backup_folder",
            "settings",
            FOLDER_KEY,
            before={"folder": before},
            after={"folder": text},
        )


def _claim_day(db: Database, day: str) -> str | None:
    """Mark today as done; the previous day, or None when another PC already backed up today."""
    with db.transaction() as session:
        row = session.scalars(select(Setting).where(Setting.key == LAST_KEY).with_for_update()).first()
        if row is not None and row.value == day:
            return None
        previous = row.value if row else ""
        if row is None:
            session.add(Setting(key=LAST_KEY, value=day))
        else:
            row.value = day
        return previous


def _release_day(db: Database, previous: str) -> None:
    with db.transaction() as session:
        row = session.get(Setting, LAST_KEY)
        if row is not None:
            row.value = previous


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; other files in the folder are left alone."""
    autos = sorted(p for p in folder.iterdir() if p.is_file() and AUTO_NAME.match(p.name))
    removed = autos[:-keep] if len(autos) > keep else []
    for path in removed:
        path.unlink()
    return removed


def backup_on_exit(db: Database, actor: Actor, now: datetime | None = None) -> BackupResult | None:
    """The hook the GUI calls when it closes: a backup if a folder is set and none was made today."""
    settings = auto_backup_settings(db)
    if settings.folder is None:
        return None
    now = now or now_local()
    previous = _claim_day(db, now.date().isoformat())
    if previous is None:
        return None
    system = Actor(login=f"auto:{actor.login}"[:64], name=f"自动备份（{actor.name}）", roles=frozenset({Role.ADMIN}))
    try:
        settings.folder.mkdir(parents=True, exist_ok=True)
        result = create_backup(db, system, settings.folder / f"weiquan-auto-{now:%Y%m%d-%H%M%S}.zip")
    except BaseException:
        _release_day(db, previous)
        raise
    prune(settings.folder)
    return result
