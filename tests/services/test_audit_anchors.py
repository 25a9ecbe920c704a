"""The anchored audit chain: the chain head kept in this PC's anchor file, in every backup manifest and in
every monthly report's 说明 sheet; `audit verify` finds each of the fourteen tampers of
tests/support/tampers.py (eight of them only against an anchor), and never calls an emptied log intact."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.services.audit_anchors import (
    NOTES_ITEM,
    Anchor,
    anchor_file,
    local_anchors,
    parse_text,
    read_anchors,
    read_head,
    verify_audit,
    write_local_anchor,
)
from app.services.backup.make import create_backup
from app.services.backup.restore import restore_backup
from app.services.report.workbook import export_monthly_report
from tests.support.tampers import BY_ANCHOR, BY_CHAIN, TAMPERS, delete_everything, populate, truncate_tail


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    return err.strip().splitlines()[0]


@pytest.fixture
def busy(db, admin):
    populate(db, admin)
    return db


@pytest.mark.parametrize(("name", "tamper"), TAMPERS, ids=[n for n, _ in TAMPERS])
def test_every_tamper_is_found_against_this_pcs_anchor(busy, name, tamper, capsys):
    assert write_local_anchor(busy) is not None
    tamper(busy)
    assert not verify_audit(busy).intact, name
    assert main(["--db", busy.url, "audit", "verify"]) == 1
    assert _one_line(capsys.readouterr().err).startswith("审计日志")


@pytest.mark.parametrize(("name", "tamper"), BY_ANCHOR, ids=[n for n, _ in BY_ANCHOR])
def test_the_tampers_that_need_an_anchor_pass_the_chain_alone(busy, name, tamper):
    """What the anchors add: without one, these look like an intact chain (or an empty one)."""
    tamper(busy)
    verdict = verify_audit(busy, local=False)
    assert verdict.chain.intact, name


@pytest.mark.parametrize(("name", "tamper"), BY_CHAIN, ids=[n for n, _ in BY_CHAIN])
def test_the_chain_alone_finds_the_others(busy, name, tamper):
    tamper(busy)
    assert not verify_audit(busy, local=False).chain.intact, name


def test_a_chain_that_grew_after_its_anchors_is_intact(busy, admin, capsys):
    write_local_anchor(busy)
    populate(busy, admin, cases=2)
    write_local_anchor(busy)
    verdict = verify_audit(busy)
    assert verdict.intact and len(verdict.checks) == 2
    assert main(["--db", busy.url, "audit", "verify"]) == 0
    assert "与 2 个锚点一致" in capsys.readouterr().out


def test_the_anchor_file_is_one_json_line_per_anchor_in_the_data_folder(busy, tmp_path):
    first, second = write_local_anchor(busy), write_local_anchor(busy)
    path = anchor_file(busy)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["last_id"] == second.last_id == first.last_id
    assert [a.hash for a in local_anchors(busy)] == [first.hash, second.hash]
    assert not list(path.parent.glob("*.tmp"))


def test_a_backup_manifest_holds_the_chain_head_and_serves_as_anchor(busy, admin, tmp_path, capsys):
    head = read_head(busy)
    made = create_backup(busy, admin, tmp_path / "b.zip")
    with zipfile.ZipFile(made.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["audit_head"]["last_id"] == head.last_id and manifest["audit_head"]["hash"] == head.hash
    assert read_anchors(made.path)[0].entries == head.entries
    assert local_anchors(busy), "a backup also writes this PC's anchor"
    assert main(["--db", busy.url, "audit", "verify", "--no-local-anchor", "--anchor", str(made.path)]) == 0
    truncate_tail(busy)
    capsys.readouterr()
    assert main(["--db", busy.url, "audit", "verify", "--no-local-anchor", "--anchor", str(made.path)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "b.zip" in line and "末尾的记录被删除" in line


def test_a_monthly_report_carries_the_chain_head_in_its_notes(busy, supervisor, tmp_path, capsys):
    out = tmp_path / "月报.xlsx"
    export_monthly_report(busy, supervisor, date(2026, 5, 1), out, as_of=date(2026, 6, 1))
    wb = load_workbook(out, read_only=True)
    rows = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r and r[0]}
    wb.close()
    anchor = parse_text(rows[NOTES_ITEM])
    assert anchor is not None and anchor.last_id > 0
    assert read_anchors(out)[0].hash == anchor.hash
    delete_everything(busy)
    assert main(["--db", busy.url, "audit", "verify", "--no-local-anchor", "--anchor", str(out)]) == 1
    assert "全部删除" in _one_line(capsys.readouterr().err)


def test_an_empty_log_beside_cases_is_not_intact(busy, capsys):
    delete_everything(busy)
    assert verify_audit(busy, local=False).cases_without_log == 4
    assert main(["--db", busy.url, "audit", "verify"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "审计日志为空，但数据库中有 4 件案件：审计记录已被删除"


def test_an_empty_new_database_is_intact(db, capsys):
    assert main(["--db", db.url, "audit", "verify"]) == 0
    assert "已核对 0 条记录" in capsys.readouterr().out


def test_anchors_from_before_a_restore_are_superseded_not_failed(sqlite_db, admin, tmp_path, capsys):
    populate(sqlite_db, admin, cases=2)
    made = create_backup(sqlite_db, admin, tmp_path / "b.zip")
    populate(sqlite_db, admin, cases=2)
    write_local_anchor(sqlite_db)
    restore_backup(sqlite_db, admin, made.path)
    verdict = verify_audit(sqlite_db)
    assert verdict.intact and any(c.superseded for c in verdict.checks)
    assert main(["--db", sqlite_db.url, "audit", "verify"]) == 0
    assert "早于最近一次恢复" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content", [b"not json\n", b'{"entries": -1, "last_id": 1, "hash": "x", "taken_at": "2026"}\n', b"\xff\xfe"]
)
def test_a_bad_anchor_file_is_one_line(sqlite_db, tmp_path, content, capsys):
    path = tmp_path / "anchor.jsonl"
    path.write_bytes(content)
    assert main(["--db", sqlite_db.url, "audit", "verify", "--anchor", str(path)]) == 1
    assert "锚点" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("kind", ["missing", "plain zip", "workbook without head", "broken zip"])
def test_other_files_as_anchor_are_one_line(sqlite_db, tmp_path, kind, capsys):
    path = tmp_path / "x.zip"
    if kind == "plain zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("a.txt", "a")
    elif kind == "workbook without head":
        from openpyxl import Workbook

        path = tmp_path / "x.xlsx"
        Workbook().save(path)
    elif kind == "broken zip":
        path.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    assert main(["--db", sqlite_db.url, "audit", "verify", "--anchor", str(path)]) == 1
    assert _one_line(capsys.readouterr().err)


def test_anchor_text_reads_back():
    anchor = Anchor(3, 7, "a" * 64, datetime.now().astimezone())
    again = parse_text(f"前文 {anchor.text()} 后文")
    assert again is not None and (again.entries, again.last_id, again.hash) == (3, 7, "a" * 64)


def test_an_anchor_in_the_restore_s_own_second_is_judged_by_what_it_holds(sqlite_db, admin, tmp_path, monkeypatch):
    """Audit times and anchors are whole seconds. An anchor taken in the same second just before a restore
    is superseded (it held the old chain); one taken in that second just after holds the restore's entry
    and is checked like any other."""
    import app.services.audit as audit_module
    import app.services.audit_anchors as anchors_module
    from app.domain.dates import LOCAL_TZ

    second = datetime(2026, 12, 2, 10, 0, 5, tzinfo=LOCAL_TZ)
    for module in (audit_module, anchors_module):
        monkeypatch.setattr(module, "now_local", lambda: second)
    populate(sqlite_db, admin, cases=2)
    made = create_backup(sqlite_db, admin, tmp_path / "b.zip")
    populate(sqlite_db, admin, cases=2)
    write_local_anchor(sqlite_db)
    restore_backup(sqlite_db, admin, made.path)
    write_local_anchor(sqlite_db)
    verdict = verify_audit(sqlite_db)
    assert verdict.intact, verdict.failed_anchors
    assert [c.superseded for c in verdict.checks][-2:] == [True, False]
