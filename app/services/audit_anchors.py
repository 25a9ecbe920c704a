"""Anchors of the audit chain: the chain head (how many entries, the last entry's number and its hash,
and when it was read) kept outside the database, so that what the chain alone cannot show is detected:
rows cut off the end, every row deleted, or entries rewritten with their hashes recomputed.

The head is written into every backup manifest, every monthly report's 说明 sheet, and this PC's
anchor file in the user data folder (one JSON line per anchor, appended at each sign-out, close and
backup, through the safe file write). :func:`verify_audit` checks that the chain extends each anchor:
the anchored entry is still there with the same hash, the same number of entries lead up to it, and
no entry after it is dated before the anchor was taken (a forged entry slipped in after the fact).

What stays undetectable without a secret key: a rewrite of the entries *after* the newest anchor
(with hashes recomputed), and a rewrite made by someone who also rewrites every anchor they can reach.
A restore replaces the chain on purpose; anchors taken before the latest restore are reported as
superseded, not checked.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.errors import DomainError
from app.domain.messages import Message, msg
from app.services.audit import GENESIS, ChainReport, verify_chain
from app.services.files import write_bytes
from app.store.database import Database, default_data_dir
from app.store.reference import AuditEntry

ANCHOR_FOLDER = "audit-anchors"
KEEP_LINES = 5000
CLOCK_TOLERANCE = timedelta(hours=1)
"""How far a PC's clock may lag the one that took an anchor before a later entry counts as backdated."""
NOTES_ITEM = "审计链"
_TEXT = re.compile(r"(\d+) 条记录，末条编号 (\d+)；SHA-256 ([0-9a-f]{64})；(\S+)")
_MAX_WORKBOOK = 64 * 1024 * 1024


class AnchorUnreadable(DomainError):
    """The file given as an anchor holds no readable chain head."""


@dataclass(frozen=True)
class Anchor:
    """The chain head at one moment, and where it was read from."""

    entries: int
    last_id: int
    hash: str
    taken_at: datetime
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": self.entries,
            "last_id": self.last_id,
            "hash": self.hash,
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "") -> Anchor:
        taken = datetime.fromisoformat(str(data["taken_at"]))
        if taken.tzinfo is None:
            raise ValueError("anchor time without zone")
        entries, last_id, digest = int(data["entries"]), int(data["last_id"]), str(data["hash"])
        if entries < 0 or last_id < 0 or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError("anchor out of range")
        return cls(entries, last_id, digest, taken, source)

    def text(self) -> str:
        """The head as the 说明 sheet prints it (and :func:`parse_text` reads it back)."""
        return (
            f"{self.entries} 条记录，末条编号 {self.last_id}；SHA-256 {self.hash}；"
            f"{self.taken_at.isoformat(timespec='seconds')}"
        )


def parse_text(text: str, source: str = "") -> Anchor | None:
    match = _TEXT.search(text or "")
    if match is None:
        return None
    entries, last_id, digest, taken = match.groups()
    try:
        return Anchor.from_dict({"entries": entries, "last_id": last_id, "hash": digest, "taken_at": taken}, source)
    except ValueError:
        return None


def chain_head(session: Session) -> Anchor:
    """The chain head as this session sees it (count and last number from one statement)."""
    count, last_id = session.execute(select(func.count(), func.max(AuditEntry.id))).one()
    digest = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == last_id)) if last_id else None
    return Anchor(int(count or 0), int(last_id or 0), digest or GENESIS, now_local().replace(microsecond=0))


def read_head(db: Database) -> Anchor:
    with db.read() as session:
        return chain_head(session)


# ---- this PC's anchor file -------------------------------------------------------------------------


def database_key(db: Database) -> str:
    """Which database an anchor belongs to: the file, or the server, database and schema."""
    where = db.describe()
    if not db.is_sqlite:
        from app.services.backup.dumps import current_schema

        where += f"#{current_schema(db)}"
    return where


def anchor_file(db: Database, folder: Path | None = None) -> Path:
    """This PC's anchor file for ``db`` in the user data folder."""
    key = hashlib.sha256(database_key(db).encode("utf-8")).hexdigest()[:16]
    return (folder or default_data_dir()) / ANCHOR_FOLDER / f"{key}.jsonl"


def write_local_anchor(db: Database, folder: Path | None = None) -> Anchor | None:
    """Append the current chain head to this PC's anchor file (sign-out, close, backup). Never fails the
    action it follows: a data folder that cannot be written only means no anchor this time (None)."""
    try:
        head = read_head(db)
        path = anchor_file(db, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        record = {**head.to_dict(), "database": database_key(db)}
        lines = [*lines[-(KEEP_LINES - 1) :], json.dumps(record, ensure_ascii=False)]
        write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except (OSError, DomainError, ValueError):
        return None
    return head


def local_anchors(db: Database, folder: Path | None = None) -> list[Anchor]:
    path = anchor_file(db, folder)
    return read_anchor_lines(path) if path.is_file() else []


def read_anchor_lines(path: Path) -> list[Anchor]:
    anchors = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise AnchorUnreadable("anchor.unreadable", path=path, reason=type(err).__name__) from err
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            anchors.append(Anchor.from_dict(json.loads(line), f"{path.name}:{n}"))
        except (ValueError, KeyError, TypeError) as err:
            raise AnchorUnreadable("anchor.bad_line", path=path, line=n) from err
    return anchors


# ---- anchors given on the command line -------------------------------------------------------------


def read_anchors(path: Path | str) -> list[Anchor]:
    """The anchors in an anchor file, a backup (its manifest) or a monthly report (its 说明 sheet)."""
    path = Path(path)
    if not path.is_file():
        raise AnchorUnreadable("anchor.not_found", path=path)
    if zipfile.is_zipfile(path):
        return [_from_zip(path)]
    return read_anchor_lines(path)


def _from_zip(path: Path) -> Anchor:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "manifest.json" in names:
                data = json.loads(zf.read("manifest.json").decode("utf-8"))
                head = data.get("audit_head") if isinstance(data, dict) else None
                if not isinstance(head, dict):
                    raise AnchorUnreadable("anchor.none_in_backup", path=path)
                return Anchor.from_dict(head, path.name)
            if "xl/workbook.xml" in names:
                return _from_workbook(path)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, TypeError, EOFError) as err:
        raise AnchorUnreadable("anchor.unreadable", path=path, reason=type(err).__name__) from err
    raise AnchorUnreadable("anchor.unknown_file", path=path)


def _from_workbook(path: Path) -> Anchor:
    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as zf:
        if sum(i.file_size for i in zf.infolist()) > _MAX_WORKBOOK:
            raise AnchorUnreadable("anchor.unreadable", path=path, reason="size")
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        if "说明" not in wb.sheetnames:
            raise AnchorUnreadable("anchor.none_in_workbook", path=path)
        for row in wb["说明"].iter_rows(values_only=True):
            if row and row[0] == NOTES_ITEM and len(row) > 1:
                anchor = parse_text(str(row[1]), path.name)
                if anchor is not None:
                    return anchor
    finally:
        wb.close()
    raise AnchorUnreadable("anchor.none_in_workbook", path=path)


# ---- checking ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnchorCheck:
    """One anchor against the chain: None for a chain that extends it, else what does not match."""

    anchor: Anchor
    problem: Message | None = None
    superseded: bool = False


@dataclass(frozen=True)
class AuditVerdict:
    """The chain's own check, each anchor's, and whether an empty log stands beside recorded cases."""

    chain: ChainReport
    checks: list[AnchorCheck] = field(default_factory=list)
    cases_without_log: int = 0

    @property
    def failed_anchors(self) -> list[AnchorCheck]:
        return [c for c in self.checks if c.problem is not None]

    @property
    def intact(self) -> bool:
        return self.chain.intact and not self.failed_anchors and not self.cases_without_log


def _taken_before(session: Session, anchor: Anchor, restore: tuple[int, datetime] | None) -> bool:
    """Whether the anchor was taken before the latest restore. Both times are whole seconds: in the
    restore's own second, only an anchor that already holds the restore's entry (same hash) came after."""
    if restore is None:
        return False
    restore_id, restore_at = restore
    if anchor.taken_at != restore_at:
        return anchor.taken_at < restore_at
    entry = session.get(AuditEntry, anchor.last_id)
    return not (anchor.last_id >= restore_id and entry is not None and entry.hash == anchor.hash)


def _check(session: Session, anchor: Anchor, restore: tuple[int, datetime] | None) -> AnchorCheck:
    if _taken_before(session, anchor, restore):
        return AnchorCheck(anchor, superseded=True)
    if anchor.entries == 0:
        return AnchorCheck(anchor)
    count, last_id = session.execute(select(func.count(), func.max(AuditEntry.id))).one()
    if not count:
        return AnchorCheck(anchor, msg("anchor.log_emptied", entries=anchor.entries, last_id=anchor.last_id))
    if last_id < anchor.last_id:
        return AnchorCheck(anchor, msg("anchor.truncated", last_id=anchor.last_id, now_last=last_id))
    entry = session.get(AuditEntry, anchor.last_id)
    if entry is None:
        return AnchorCheck(anchor, msg("anchor.entry_missing", last_id=anchor.last_id))
    if entry.hash != anchor.hash:
        return AnchorCheck(anchor, msg("anchor.entry_rewritten", last_id=anchor.last_id))
    before = session.scalar(select(func.count()).where(AuditEntry.id <= anchor.last_id)) or 0
    if before != anchor.entries:
        return AnchorCheck(anchor, msg("anchor.count_differs", entries=anchor.entries, now=before))
    threshold = min(anchor.taken_at, entry.at) - CLOCK_TOLERANCE
    backdated = session.scalar(
        select(AuditEntry.id).where(AuditEntry.id > anchor.last_id, AuditEntry.at < threshold).order_by(AuditEntry.id)
    )
    if backdated is not None:
        taken = anchor.taken_at.isoformat(timespec="seconds")
        return AnchorCheck(anchor, msg("anchor.backdated", id=backdated, taken_at=taken))
    return AnchorCheck(anchor)


def check_anchors(db: Database, anchors: Sequence[Anchor]) -> list[AnchorCheck]:
    with db.read() as session:
        latest = session.execute(
            select(AuditEntry.id, AuditEntry.at).where(AuditEntry.action == "restore").order_by(AuditEntry.id.desc())
        ).first()
        restore = (latest.id, latest.at) if latest is not None else None
        return [_check(session, anchor, restore) for anchor in anchors]


def _cases(db: Database) -> int:
    from app.store.cases import Case

    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def verify_audit(db: Database, anchors: Iterable[Anchor] = (), local: bool = True) -> AuditVerdict:
    """The chain's hashes and links, then every anchor given and (``local``) this PC's own anchors.
    An empty log beside recorded cases is never intact: every registration leaves an entry."""
    chain = verify_chain(db)
    given = [*anchors]
    if local:
        given += local_anchors(db)
    checks = check_anchors(db, given)
    empty = _cases(db) if chain.checked == 0 else 0
    return AuditVerdict(chain, checks, empty)
