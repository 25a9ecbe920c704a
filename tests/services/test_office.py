"""The association's details: set by an administrator (page or `office set`), checked, audited, and
printed on the monthly report's title."""

from __future__ import annotations

import struct
import zlib
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.domain.errors import InvalidInput, PermissionDenied
from app.services.admin.office import OfficeInfo, change_office, office_info, seal_from_file, update_office
from app.services.report import export_monthly_report
from app.store.reference import AuditEntry


def png_bytes(size: int = 4) -> bytes:
    """A small red square as a real PNG file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_details_are_kept_and_audited(db, admin):
    update_office(
        db,
        admin,
        OfficeInfo(
            name="南山区消费者委员会",
            address="深圳市南山区某路1号",
            phone="0755-12345678",
            samr_office="深圳市市场监督管理局南山监管局",
            number_pattern="南消调〔{year}〕第{n}号",
        ),
    )
    info = office_info(db)
    assert info.samr_office == "深圳市市场监督管理局南山监管局"
    assert info.document_number(2026, 12) == "南消调〔2026〕第12号"
    with db.read() as session:
        detail = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "update_office")).one()
    assert "南山监管局" in detail


def test_bad_details_are_refused_all_at_once_and_nothing_is_written(db, admin):
    with pytest.raises(InvalidInput) as err:
        update_office(db, admin, OfficeInfo(name=" ", number_pattern="第N号", phone="1" * 41))
    assert {p.field for p in err.value.problems} == {"协会名称", "文书编号格式", "电话"}
    assert office_info(db) == OfficeInfo()


def test_only_an_administrator_changes_them(db, clerk):
    with pytest.raises(PermissionDenied):
        change_office(db, clerk, name="别的协会")


def test_a_seal_image_must_be_a_small_png_or_jpeg(tmp_path, db, admin):
    good = tmp_path / "seal.png"
    good.write_bytes(png_bytes())
    info = change_office(db, admin, seal_image=seal_from_file(good))
    assert info.seal_data_uri.startswith("data:image/png;base64,")
    text = tmp_path / "seal.txt"
    text.write_text("not an image")
    with pytest.raises(InvalidInput, match="PNG"):
        seal_from_file(text)
    with pytest.raises(InvalidInput, match="无法读取"):
        seal_from_file(tmp_path / "missing.png")


def test_office_set_and_show_from_the_command_line(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seal = tmp_path / "seal.png"
    seal.write_bytes(png_bytes())
    assert main(["--db", url, "office", "set", "--name", "宝安区消费者委员会", "--seal-image", str(seal)]) == 0
    assert main(["--db", url, "office", "set", "--samr-office", "宝安监管局"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "office", "show"]) == 0
    shown = capsys.readouterr().out
    assert "宝安区消费者委员会" in shown and "宝安监管局" in shown and "印章图片：已设置" in shown
    assert main(["--db", url, "office", "set", "--number-pattern", "第N号"]) == 1
    assert "{n}" in capsys.readouterr().err


def test_the_report_title_names_the_association_and_the_office_it_reports_to(sqlite_db, admin, tmp_path):
    change_office(sqlite_db, admin, name="宝安区消费者委员会", samr_office="深圳市市场监督管理局宝安监管局")
    path = export_monthly_report(sqlite_db, admin, date(2026, 10, 1), tmp_path / "r.xlsx").path
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        title = next(wb["汇总"].iter_rows(max_row=1, values_only=True))[0]
    finally:
        wb.close()
    assert title.startswith("宝安区消费者委员会 2026年10月")
    assert "报送：深圳市市场监督管理局宝安监管局" in title


def test_office_set_region_picks_local_rules_from_the_command_line(tmp_path, capsys):
    """`office set --region` sets the region a local rule set (e.g. 上海市) is matched against."""
    url = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["--db", url, "office", "set", "--region", "上海市"]) == 0
    assert "所在地区：上海市" in capsys.readouterr().out
    assert main(["--db", url, "office", "set", "--region", ""]) == 0
    assert "所在地区：\n" in capsys.readouterr().out
