"""The association's own details, shared by every PC of the office: name, address, phone, the market
supervision office it reports to, the seal (text and an optional image) and the pattern of document
numbers. They head every printed document and the monthly report.
"""

from __future__ import annotations

import base64
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from sqlalchemy.orm import Session

from app.domain.errors import InvalidInput, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import Actor
from app.store.database import Database
from app.store.reference import Setting

PREFIX = "office."
DEFAULT_PATTERN = "消调〔{year}〕第{n}号"
SEAL_MAX_BYTES = 512 * 1024
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_KNOWN_PLACEHOLDERS = frozenset({"year", "n"})
_IMAGE_KINDS = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class OfficeInfo:
    """How the association names itself on paper."""

    name: str = "消费者协会"
    address: str = ""
    phone: str = ""
    samr_office: str = ""
    """The market supervision office the association reports to (the monthly report's addressee)."""
    seal_text: str = "消费者协会（盖章）"
    number_pattern: str = DEFAULT_PATTERN
    """Document numbers: ``{year}`` the year of issue, ``{n}`` the running number of that year."""
    seal_image: str = ""
    """A PNG or JPEG of the seal, base64; empty for none (then the seal text is printed)."""
    region: str = ""
    """The office's region (setting ``office.region``): a rule set of the same region (a local rule, e.g.
    上海市) applies to its new cases before the national one; empty for the national rules only."""

    @property
    def seal_data_uri(self) -> str:
        """The seal image as a data: URI for the documents, empty when there is none."""
        if not self.seal_image:
            return ""
        raw = base64.b64decode(self.seal_image[:16])
        kind = next((k for magic, k in _IMAGE_KINDS.items() if raw.startswith(magic)), "image/png")
        return f"data:{kind};base64,{self.seal_image}"

    def document_number(self, year: int, n: int) -> str:
        """The number of the ``n``-th document issued in ``year``, e.g. 消调〔2026〕第12号."""
        return self.number_pattern.replace("{year}", str(year)).replace("{n}", str(n))


LABELS = {
    "name": "协会名称",
    "address": "地址",
    "phone": "电话",
    "samr_office": "上报的市场监督管理部门",
    "seal_text": "印章文字",
    "number_pattern": "文书编号格式",
    "seal_image": "印章图片",
    "region": "所在地区",
}
LABELS_EN = {
    "name": "Association name",
    "address": "Address",
    "phone": "Phone",
    "samr_office": "Market supervision office reported to",
    "seal_text": "Seal text",
    "number_pattern": "Document number pattern",
    "seal_image": "Seal image",
    "region": "Region",
}
LIMITS = {
    "name": 60,
    "address": 200,
    "phone": 40,
    "samr_office": 60,
    "seal_text": 60,
    "number_pattern": 40,
    "region": 40,
}


def read_office(session: Session) -> OfficeInfo:
    values = {}
    for f in fields(OfficeInfo):
        row = session.get(Setting, PREFIX + f.name)
        if row is not None and row.value.strip():
            values[f.name] = row.value
    return OfficeInfo(**values)


def office_info(db: Database) -> OfficeInfo:
    with db.read() as session:
        return read_office(session)


def pattern_problems(pattern: str) -> list[Problem]:
    """Why a document number pattern cannot be used: it must hold ``{n}`` and no unknown placeholder."""
    label = LABELS["number_pattern"]
    found = set(_PLACEHOLDER.findall(pattern))
    if "n" not in found:
        return [Problem(label, msg("office.pattern_needs_n"), pattern)]
    unknown = sorted(found - _KNOWN_PLACEHOLDERS)
    if unknown:
        return [Problem(label, msg("office.pattern_placeholders"), pattern)]
    return []


def seal_from_file(path: Path | str) -> str:
    """A seal image file as the base64 text kept in the settings; InvalidInput when it is not a PNG or
    JPEG of at most 512 KB, or cannot be read."""
    label, source = LABELS["seal_image"], Path(path)
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise InvalidInput([Problem(label, msg("file.unreadable", reason=err.strerror or err), str(source))]) from err
    if not any(raw.startswith(magic) for magic in _IMAGE_KINDS):
        raise InvalidInput([Problem(label, msg("office.seal_kind"), source.name)])
    if len(raw) > SEAL_MAX_BYTES:
        raise InvalidInput([Problem(label, msg("office.seal_size"), f"{len(raw) // 1024} KB")])
    return base64.b64encode(raw).decode("ascii")


def _problems(cleaned: dict[str, str]) -> list[Problem]:
    problems = [] if cleaned["name"] else [Problem(LABELS["name"], msg("value.required"))]
    for key, limit in LIMITS.items():
        if len(cleaned[key]) > limit:
            problems.append(Problem(LABELS[key], msg("value.max_chars", limit=limit), cleaned[key][:20] + "…"))
    return problems + pattern_problems(cleaned["number_pattern"] or DEFAULT_PATTERN)


def update_office(db: Database, actor: Actor, info: OfficeInfo) -> None:
    """Change the association's details (administrator); every problem at once, nothing written."""
    actor.require(Permission.MANAGE_RULES)
    cleaned = {k: v.strip() for k, v in asdict(info).items()}
    problems = _problems(cleaned)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        before = asdict(read_office(session))
        for key, value in cleaned.items():
            row = session.get(Setting, PREFIX + key)
            if row is None:
                session.add(Setting(key=PREFIX + key, value=value))
            else:
                row.value = value
        audit.record(
            session, actor, "update_office", "settings", "office", before=_audited(before), after=_audited(cleaned)
        )


def change_office(db: Database, actor: Actor, **changes: str) -> OfficeInfo:
    """Change some of the details, keeping the others; returns the details now in force."""
    unknown = sorted(set(changes) - {f.name for f in fields(OfficeInfo)})
    if unknown:
        raise InvalidInput([Problem(k, msg("office.unknown_item")) for k in unknown])
    update_office(db, actor, replace(office_info(db), **changes))
    return office_info(db)


def _audited(values: dict[str, str]) -> dict[str, str]:
    """The details for the audit log: the seal image by its size, not its bytes."""
    image = values.get("seal_image", "")
    return {**values, "seal_image": f"{len(image) * 3 // 4} bytes" if image else ""}
