"""Evidence files of a case: added with their SHA-256, kept read-only where every PC of the office can
reach them, and read back for the system viewer.

A SQLite office keeps the files in the data folder beside the database file
(``<db folder>/evidence/<case_no>/<sha256 prefix>-<name>``); a PostgreSQL office keeps them in the
``evidence.content`` column, because the server is the only place all PCs share.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.domain.codes import EVIDENCE_KINDS, PAYMENT_EVIDENCE, WECHAT_CHANNELS
from app.domain.dates import now_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.services import audit
from app.services.backup.staging import VIEWER_CACHE, data_folder
from app.services.cases.access import require_case_edit
from app.services.context import Actor
from app.services.files import write_bytes
from app.store.cases import Evidence, case_by_no
from app.store.database import Database, sqlite_path

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"})
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
READ_ONLY = stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence as the case page lists it."""

    id: int
    kind: str
    filename: str
    sha256: str
    size: int
    added_by: str
    added_at: datetime
    note: str

    @property
    def is_image(self) -> bool:
        return Path(self.filename).suffix.lower() in IMAGE_SUFFIXES


def evidence_folder(db: Database) -> Path | None:
    """The folder beside a SQLite file where evidence is kept; None when files go into the database."""
    path = sqlite_path(db.url)
    return None if path is None else path.parent / "evidence"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_filename(name: str) -> str:
    """The file's own name without characters Windows or a share would refuse."""
    cleaned = _UNSAFE_NAME.sub("_", Path(name).name).strip(" .")
    return cleaned[:120] or "evidence"


def missing_key_evidence(channel: str | None, kinds: Iterable[str]) -> list[str]:
    """The key evidence a case still lacks: a WeChat purchase needs a record of the payment."""
    if channel in WECHAT_CHANNELS and not set(kinds) & set(PAYMENT_EVIDENCE):
        return ["payment_record"]
    return []


def _read_source(path: Path, kind: str) -> tuple[bytes, list[Problem]]:
    problems: list[Problem] = []
    if kind not in EVIDENCE_KINDS:
        problems.append(Problem("证据类型", msg("evidence.kind_required"), kind or None))
    if not path.is_file():
        problems.append(Problem("文件", msg("evidence.not_a_file"), str(path)))
        return b"", problems
    if path.stat().st_size > MAX_EVIDENCE_BYTES:
        problems.append(Problem("文件", msg("evidence.too_large"), str(path)))
        return b"", problems
    return path.read_bytes(), problems


def _write_read_only(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        os.chmod(target, stat.S_IWRITE | READ_ONLY)
    write_bytes(target, data)
    os.chmod(target, READ_ONLY)


def add_evidence(
    db: Database, actor: Actor, case_no: str, source: Path | str, kind: str, note: str = ""
) -> EvidenceItem:
    """Add a file as evidence of a case; the same file twice on one case is refused."""
    data, problems = _read_source(Path(source), kind)
    if problems:
        raise InvalidInput(problems)
    digest, name = sha256_of(data), safe_filename(str(source))
    folder = evidence_folder(db)
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        require_case_edit(actor, case)
        if any(e.sha256 == digest for e in case.evidence):
            raise ActionRefused("evidence.duplicate", case_no=case.case_no)
        row = Evidence(
            kind=kind,
            filename=name,
            sha256=digest,
            size=len(data),
            added_by=actor.login,
            added_at=now_local(),
            note=note.strip(),
        )
        if folder is None:
            row.content = data
        else:
            relative = Path(safe_filename(case.case_no)) / f"{digest[:16]}-{name}"
            row.stored_path = relative.as_posix()
        case.evidence.append(row)
        session.flush()
        audit.record(
            session,
            actor,
            "add_evidence",
            "case",
            case.case_no,
            after={"evidence": row.id, "kind": kind, "file": name, "sha256": digest},
        )
        if folder is not None and row.stored_path:
            _write_read_only(folder / row.stored_path, data)
        return _item(row)


def _item(row: Evidence) -> EvidenceItem:
    return EvidenceItem(row.id, row.kind, row.filename, row.sha256, row.size, row.added_by, row.added_at, row.note)


def list_evidence(db: Database, case_no: str) -> list[EvidenceItem]:
    with db.read() as session:
        return [_item(e) for e in case_by_no(session, case_no).evidence]


def evidence_bytes(db: Database, evidence_id: int) -> bytes:
    """The stored content of a piece of evidence, wherever it is kept."""
    with db.read() as session:
        row = session.get(Evidence, evidence_id)
        if row is None:
            raise NotFound("evidence.not_found")
        if row.stored_path is None:
            return row.content or b""
        stored_path = row.stored_path
    folder = evidence_folder(db)
    path = (folder / stored_path) if folder else Path(stored_path)
    if not path.is_file():
        raise NotFound("evidence.file_missing", path=path)
    return path.read_bytes()


def evidence_path(db: Database, evidence_id: int) -> Path:
    """A local, read-only file to open with the system viewer; checked against the stored SHA-256."""
    with db.read() as session:
        row = session.get(Evidence, evidence_id)
        if row is None:
            raise NotFound("evidence.not_found")
        stored_path, digest, name = row.stored_path, row.sha256, row.filename
    data = evidence_bytes(db, evidence_id)
    if sha256_of(data) != digest:
        raise ActionRefused("evidence.checksum", name=name)
    folder = evidence_folder(db)
    if stored_path is not None and folder is not None:
        return folder / stored_path
    # In the data folder, never the system temp folder (personal data); removed at the next start.
    cache = data_folder(db) / VIEWER_CACHE / f"{digest[:16]}-{name}"
    if not cache.is_file() or sha256_of(cache.read_bytes()) != digest:
        _write_read_only(cache, data)
    return cache


def stored_file(db: Database, evidence_id: int) -> Path | None:
    """Where a SQLite office keeps the file (None when it lives in the database)."""
    with db.read() as session:
        row = session.get(Evidence, evidence_id)
        stored_path = row.stored_path if row else None
    folder = evidence_folder(db)
    return folder / stored_path if folder is not None and stored_path else None


def evidence_kinds_of(db: Database, case_no: str) -> list[str]:
    with db.read() as session:
        case = case_by_no(session, case_no)
        return list(session.scalars(select(Evidence.kind).where(Evidence.case_id == case.id)))
