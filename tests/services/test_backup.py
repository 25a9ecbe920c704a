"""Backup and restore on SQLite and PostgreSQL: the round trip brings back exactly what was backed up
(cases and evidence), keeps the replaced database aside, and a damaged or altered file is refused before
anything is touched."""

from __future__ import annotations

import threading
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.services.backup.archive import BackupInvalid
from app.services.backup.make import create_backup
from app.services.backup.restore import restore_backup
from app.services.cases.conflicts import open_for_edit, save_edit
from app.services.cases.evidence import add_evidence, evidence_bytes, list_evidence
from app.services.cases.intake import register_case
from app.services.cases.view import case_document, iter_case_states
from app.services.setup import Database
from app.store.cases import Case
from tests.conftest import pg_url
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 2)
PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def _cases(db) -> list[str]:
    return [no for no, _ in iter_case_states(db)]


def _drop_aside(db, result) -> None:
    if db.is_sqlite:
        return
    engine = create_engine(pg_url())
    with engine.begin() as conn:
        for place in result.kept_aside:
            conn.execute(text(f'DROP SCHEMA "{place.split()[-1]}" CASCADE'))
    engine.dispose()


def _fill(db, admin, folder: Path) -> list[str]:
    """Three cases, one with a screenshot as evidence."""
    numbers = [register_case(db, admin, wechat_draft(D0), today=D0) for _ in range(3)]
    shot = folder / "聊天截图.png"
    shot.write_bytes(PICTURE)
    add_evidence(db, admin, numbers[0], shot, "chat_screenshot")
    return numbers


@pytest.fixture
def filled(db, admin, tmp_path):
    return _fill(db, admin, tmp_path)


def _round_trip(db, admin, filled: list[str], out: Path, use_pg_dump: bool | None = None) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    made = create_backup(db, admin, out, use_pg_dump=use_pg_dump)
    register_case(db, admin, wechat_draft(D0), today=D0)
    base = open_for_edit(db, filled[1])
    save_edit(db, admin, base, replace(base.draft, facts="备份之后才写的内容"))

    result = restore_backup(db, admin, made.path)

    assert _cases(db) == filled
    assert result.cases == made.cases == 3
    assert case_document(db, filled[1])["facts"] == wechat_draft(D0).facts
    [item] = list_evidence(db, filled[0])
    assert evidence_bytes(db, item.id) == PICTURE
    assert result.kept_aside
    if db.is_sqlite:
        assert all(Path(p).exists() for p in result.kept_aside)
    register_case(db, admin, wechat_draft(D0), today=D0)  # ids go on after the restored ones
    assert len(_cases(db)) == 4
    _drop_aside(db, result)


def test_round_trip_brings_back_exactly_the_backup(db, admin, filled, tmp_path):
    _round_trip(db, admin, filled, tmp_path / "backups" / "office.zip")


def test_portable_dump_round_trip_without_pg_dump(pg_db, admin, tmp_path):
    filled = _fill(pg_db, admin, tmp_path)
    _round_trip(pg_db, admin, filled, tmp_path / "portable.zip", use_pg_dump=False)


def test_the_manifest_lists_every_member_with_its_sha256(sqlite_db, tmp_path):
    from app.services.context import Actor

    admin = Actor.cli()
    no = register_case(sqlite_db, admin, wechat_draft(D0), today=D0)
    shot = tmp_path / "转账.png"
    shot.write_bytes(PICTURE)
    add_evidence(sqlite_db, admin, no, shot, "transfer_record")
    made = create_backup(sqlite_db, admin, tmp_path / "b.zip")
    names = {m.name for m in made.manifest.members}
    assert "database/weiquan.db" in names
    assert any(n.startswith("evidence/") and n.endswith("转账.png") for n in names)
    assert all(len(m.sha256) == 64 for m in made.manifest.members)


def _rewrite(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)


@pytest.mark.parametrize("damage", ["altered evidence", "altered database", "extra file", "truncated"])
def test_a_damaged_backup_is_refused_and_nothing_replaced(db, admin, filled, tmp_path, damage):
    if damage == "altered evidence" and not db.is_sqlite:
        pytest.skip("with PostgreSQL the evidence is inside the database dump")
    good = create_backup(db, admin, tmp_path / "good.zip").path
    bad = tmp_path / "bad.zip"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "extra file":
        _rewrite(good, bad, lambda name, data: data)
        with zipfile.ZipFile(bad, "a") as zf:
            zf.writestr("evidence/WQ/木马.exe", b"MZ")
    else:
        prefix = "evidence/" if damage == "altered evidence" else "database/"
        _rewrite(good, bad, lambda name, data: data[:-1] + b"!" if name.startswith(prefix) else data)
    register_case(db, admin, wechat_draft(D0), today=D0)
    before = _cases(db)

    with pytest.raises(BackupInvalid) as refused:
        restore_backup(db, admin, bad)

    assert _cases(db) == before
    assert refused.value.message
    if db.is_sqlite:
        assert not list(tmp_path.glob("*before-restore*"))
        assert [e.sha256 for e in list_evidence(db, filled[0])]


def test_backup_while_another_pc_writes_is_consistent(sqlite_db, admin, tmp_path):
    stop = threading.Event()
    writer_db = Database(sqlite_db.url)

    def keep_writing() -> None:
        while not stop.is_set():
            register_case(writer_db, admin, wechat_draft(D0), today=D0)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        made = [create_backup(sqlite_db, admin, tmp_path / f"live{n}.zip") for n in range(3)]
    finally:
        stop.set()
        thread.join()
        writer_db.dispose()
    last = made[-1]
    restore_backup(sqlite_db, admin, last.path)
    with sqlite_db.read() as session:
        count = session.scalar(select(func.count()).select_from(Case))
        without_history = session.scalar(select(func.count()).select_from(Case).where(~Case.history.any()))
    assert count == last.cases > 0
    assert without_history == 0


def test_command_line_backup_and_a_refused_restore(sqlite_db, admin, tmp_path, capsys):
    from app.cli import main

    register_case(sqlite_db, admin, wechat_draft(D0), today=D0)
    out = tmp_path / "cli.zip"
    assert main(["--db", sqlite_db.url, "backup", "--out", str(out)]) == 0
    assert "1 件案件" in capsys.readouterr().out
    bad = tmp_path / "cli-bad.zip"
    bad.write_bytes(out.read_bytes()[:100])
    sqlite_db.dispose()  # a restore refuses while another connection has the database open
    assert main(["--db", sqlite_db.url, "restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "备份文件已损坏" in err and "Traceback" not in err
    assert main(["--db", sqlite_db.url, "restore", str(out)]) == 0
    assert "原数据库已保留在" in capsys.readouterr().out
