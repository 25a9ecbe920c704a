"""A snapshot of each exported month: the figures as written, kept in the database, so that exporting the
month again says what changed since the last export (a case entered late, a correction, the running
month going on). Only figures are kept, never personal data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import LOCAL_TZ, now_local
from app.services.context import Actor
from app.services.report.definitions import SUMMARY_COLUMNS
from app.services.report.groups import GroupRow, MerchantRow
from app.services.report.summary import MonthSummary
from app.store.reference import ReportSnapshot

GROUP_VALUES = ("件数", "解决", "挽回经济损失(元)")
MAX_CHANGES_LISTED = 30


@dataclass(frozen=True)
class SinceLastExport:
    """How this export differs from the month's last one; ``previous_at`` None for the first export."""

    previous_at: datetime | None
    changes: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The comparison as the 说明 sheet and the command line print it."""
        if self.previous_at is None:
            return ["本月首次导出"]
        when = self.previous_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        if not self.changes:
            return [f"与 {when} 导出的相同"]
        listed = list(self.changes[:MAX_CHANGES_LISTED])
        more = len(self.changes) - len(listed)
        return [f"与 {when} 导出的相比有 {len(self.changes)} 处变化：", *listed] + (
            [f"……另有 {more} 处"] if more else []
        )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def figures_of(
    summary: MonthSummary, groups: Mapping[str, Sequence[GroupRow]], merchants: Sequence[MerchantRow]
) -> dict[str, str]:
    """Every figure cell of the export, "sheet/row/column" -> value as text (the 案件明细 rows are cases,
    not figures, and are not kept)."""
    found: dict[str, str] = {}
    for row in summary.rows():
        for column, value in zip(SUMMARY_COLUMNS, row.values, strict=True):
            found[f"汇总/{row.label}/{column}"] = _text(value)
    for sheet, rows in groups.items():
        for group in rows:
            for column, figure in zip(GROUP_VALUES, (group.accepted, group.resolved, group.recovered), strict=True):
                found[f"{sheet}/{group.label}/{column}"] = _text(figure)
    for m in merchants:
        found[f"经营者/{m.name}/本月受理投诉"] = _text(m.complaints)
        found[f"经营者/{m.name}/本月拒绝调解"] = _text(m.refusals)
    return found


def compare(before: Mapping[str, str], now: Mapping[str, str]) -> tuple[str, ...]:
    """The figures that differ, as "汇总 · 办结 · 本月：5 → 6" (a figure new or gone shows —); a sheet the
    earlier export did not have (added by a later version) is not compared."""
    changed = []
    known_sheets = {key.split("/", 1)[0] for key in before}
    now = {k: v for k, v in now.items() if k.split("/", 1)[0] in known_sheets} if before else now
    for key in list(now) + [k for k in before if k not in now]:
        old, new = before.get(key), now.get(key)
        if old != new:
            sheet, row, column = key.split("/", 2)
            changed.append(f"{sheet} · {row} · {column}：{old or '—'} → {new or '—'}")
    return tuple(changed)


def since_last_export(session: Session, month: date, figures: Mapping[str, str]) -> SinceLastExport:
    """Compare the figures about to be written with the month's last snapshot."""
    last = session.scalars(
        select(ReportSnapshot).where(ReportSnapshot.month == month).order_by(ReportSnapshot.id.desc()).limit(1)
    ).first()
    if last is None:
        return SinceLastExport(None)
    return SinceLastExport(last.exported_at, compare(json.loads(last.figures), figures))


def keep_snapshot(session: Session, actor: Actor, month: date, as_of: date, figures: Mapping[str, str]) -> None:
    """Store the figures of this export."""
    session.add(
        ReportSnapshot(
            month=month,
            as_of=as_of,
            exported_at=now_local(),
            exported_by=actor.login,
            figures=json.dumps(figures, ensure_ascii=False, sort_keys=True),
        )
    )
