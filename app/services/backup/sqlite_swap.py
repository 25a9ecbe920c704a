"""Putting a restored SQLite database in place as one step that a power cut cannot leave half done.

The new database and evidence folder are prepared in a staging folder beside the live ones (same disk,
so every move is a rename). Before anything moves, a marker ``<db>.restoring`` is written that lists
every rename to come; other programs refuse to open the database while it exists
(:mod:`app.store.guard`). The swap happens only when no other connection has the file open, and only
after our own handles are closed (Windows cannot rename an open file). If the process dies in between,
the next start finds the marker without a living owner and rolls the renames back, so the old database
is live again instead of an empty new one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.domain.messages import msg
from app.services.files import remove_tree, write_bytes
from app.store.guard import DatabaseBusy, OwnerLock, owner_lock_file, restore_marker

SIDE_FILES = ("-wal", "-shm", "-journal")
STAGING_PREFIX = ".restore-"
IN_USE = msg("restore.in_use")


@dataclass(frozen=True)
class Move:
    """One rename of the swap: the live item, where it is kept aside, and whether it existed."""

    live: Path
    aside: Path
    existed: bool


@dataclass(frozen=True)
class SwapPlan:
    """Every rename of one restore, written to the marker before the first one happens."""

    stamp: str
    staging: Path
    moves: list[Move]

    def to_json(self) -> bytes:
        data = {
            "stamp": self.stamp,
            "staging": str(self.staging),
            "moves": [[str(m.live), str(m.aside), m.existed] for m in self.moves],
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> SwapPlan:
        data = json.loads(raw.decode("utf-8"))
        moves = [Move(Path(live), Path(aside), bool(existed)) for live, aside, existed in data["moves"]]
        return cls(data["stamp"], Path(data["staging"]), moves)

    @property
    def kept_aside(self) -> list[str]:
        return [str(m.aside) for m in self.moves if m.existed]


def plan_swap(path: Path, evidence: Path, stamp: str, staging: Path) -> SwapPlan:
    """The evidence folder, the database file and its side files, each renamed aside with the stamp."""
    aside_db = path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix}")
    moves = [Move(evidence, evidence.with_name(f"{evidence.name}.before-restore-{stamp}"), evidence.exists())]
    moves.append(Move(path, aside_db, path.exists()))
    for suffix in SIDE_FILES:
        moves.append(Move(Path(f"{path}{suffix}"), Path(f"{aside_db}{suffix}"), Path(f"{path}{suffix}").exists()))
    return SwapPlan(stamp, staging, moves)


def require_sole_user(path: Path) -> None:
    """DatabaseBusy unless no other connection has the file open. Leaving WAL mode needs exactly that,
    and it also folds the -wal file into the database, so nothing committed stays in a side file."""
    if not path.exists():
        return
    conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0])
    except sqlite3.OperationalError:
        mode = "busy"
    finally:
        conn.close()
    if mode.lower() != "delete":
        raise DatabaseBusy(IN_USE)


_DROP_ORDER = ("trigger", "view", "index", "table")


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(str(kind), str(name)) for kind, name in rows}


def strip_foreign_objects(staged: Path, reference: Path) -> list[str]:
    """Drop from the staged copy every table, index, view or trigger that this version's migrations do
    not create (``reference`` is a database freshly migrated to the same revision): only the
    application's own schema objects are restored. The names dropped, for the message."""
    ref = sqlite3.connect(reference)
    try:
        expected = _objects(ref)
    finally:
        ref.close()
    conn = sqlite3.connect(staged, isolation_level=None)
    try:
        extra = sorted(_objects(conn) - expected, key=lambda item: _DROP_ORDER.index(item[0]))
        conn.execute("BEGIN")
        for kind, name in extra:
            quoted = name.replace('"', '""')
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{quoted}"')
        conn.execute("COMMIT")
    finally:
        conn.close()
    return [name for _kind, name in extra]


def _failed_name(live: Path, stamp: str) -> Path:
    return live.with_name(f"{live.name}.failed-restore-{stamp}")


def swap(plan: SwapPlan, staged_db: Path, staged_evidence: Path) -> None:
    """Rename the live items aside, then the staged ones into place; on any error, roll back."""
    try:
        for move in plan.moves:
            if move.existed and move.live.exists():
                os.replace(move.live, move.aside)
        database, evidence = plan.moves[1].live, plan.moves[0].live
        os.replace(staged_db, database)
        if staged_evidence.exists():
            os.replace(staged_evidence, evidence)
    except BaseException:
        roll_back(plan)
        raise


def roll_back(plan: SwapPlan) -> None:
    """Bring back every item that was renamed aside; what the restore had put in its place is kept
    under a ``.failed-restore`` name, never deleted."""
    for move in reversed(plan.moves):
        came_back = move.existed and move.aside.exists()
        if (came_back or not move.existed) and move.live.exists():
            os.replace(move.live, _failed_name(move.live, plan.stamp))
        if came_back:
            os.replace(move.aside, move.live)


def begin(path: Path, plan: SwapPlan) -> None:
    """Write the marker: from now on other programs refuse to open the database."""
    write_bytes(restore_marker(path), plan.to_json())


def finish(path: Path) -> None:
    restore_marker(path).unlink(missing_ok=True)


def remove_staging(folder: Path) -> None:
    remove_tree(folder)


def recover_interrupted_restore(path: Path) -> bool:
    """On start: roll back a restore whose process died (marker present, owner gone) and remove the
    staging folders it left (they hold personal data). True if a restore was rolled back."""
    marker = restore_marker(path)
    stale = [p for p in path.parent.glob(f"{STAGING_PREFIX}*") if p.is_dir()] if path.parent.is_dir() else []
    if not marker.exists() and not stale:
        return False
    lock = OwnerLock(owner_lock_file(path))
    if not lock.try_acquire():
        raise DatabaseBusy("restore.running_open_later")
    try:
        rolled_back = False
        if marker.exists():
            plan = SwapPlan.from_json(marker.read_bytes())
            roll_back(plan)
            marker.unlink()
            rolled_back = True
        for folder in stale:
            remove_staging(folder)
        return rolled_back
    finally:
        lock.release()
