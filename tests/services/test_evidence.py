"""Evidence: the SHA-256 stored is the file's; the stored copy is read-only and where every PC can reach it
(beside the SQLite file, or in the PostgreSQL database); the missing payment record is flagged."""

from __future__ import annotations

import hashlib
import stat
from datetime import date
from pathlib import Path

import pytest

from app.domain.errors import ActionRefused, InvalidInput
from app.services.cases.detail import case_detail
from app.services.cases.evidence import add_evidence, evidence_bytes, evidence_folder, evidence_path, stored_file
from app.services.cases.intake import register_case
from app.services.context import Actor
from tests.support.builders import wechat_draft

D0 = date(2026, 3, 2)


@pytest.fixture
def screenshot_file(tmp_path):
    path = tmp_path / "红包记录.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    return path


def is_read_only(path) -> bool:
    return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_stored_sha256_matches_the_file_and_the_copy_is_read_only(db, clerk, screenshot_file):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    item = add_evidence(db, clerk, no, screenshot_file, "red_envelope_record", "红包截图")
    data = screenshot_file.read_bytes()
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
    assert evidence_bytes(db, item.id) == data
    opened = evidence_path(db, item.id)
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == item.sha256
    assert is_read_only(opened)
    kept = stored_file(db, item.id)
    if db.is_sqlite:
        assert kept is not None and kept.parent == evidence_folder(db) / no
        assert evidence_folder(db).parent == Path(db.url.removeprefix("sqlite:///")).parent
        assert is_read_only(kept)
    else:
        assert kept is None  # the file lives in the database, which every PC of the office reaches
    assert [e.filename for e in case_detail(db, Actor.cli(), no).evidence] == ["红包记录.png"]


def test_the_same_file_twice_on_one_case_is_refused(db, clerk, screenshot_file):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    add_evidence(db, clerk, no, screenshot_file, "chat_screenshot")
    with pytest.raises(ActionRefused):
        add_evidence(db, clerk, no, screenshot_file, "transfer_record")
    assert len(case_detail(db, Actor.cli(), no).evidence) == 1


def test_a_missing_file_or_kind_is_named_and_nothing_is_added(db, clerk, tmp_path):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    with pytest.raises(InvalidInput) as err:
        add_evidence(db, clerk, no, tmp_path / "nope.png", "")
    assert {p.field for p in err.value.problems} == {"文件", "证据类型"}
    assert case_detail(db, Actor.cli(), no).evidence == []


def test_a_wechat_case_without_a_payment_record_is_flagged_until_one_is_added(db, clerk, screenshot_file, tmp_path):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    assert case_detail(db, Actor.cli(), no).missing_evidence == ["payment_record"]
    chat = tmp_path / "chat.png"
    chat.write_bytes(b"chat")
    add_evidence(db, clerk, no, chat, "chat_screenshot")
    assert case_detail(db, Actor.cli(), no).missing_evidence == ["payment_record"]
    add_evidence(db, clerk, no, screenshot_file, "red_envelope_record")
    assert case_detail(db, Actor.cli(), no).missing_evidence == []


def test_a_shop_purchase_needs_no_payment_record_hint(db, clerk):
    no = register_case(db, clerk, wechat_draft(D0, channel="store", payment="cash"), today=D0)
    assert case_detail(db, Actor.cli(), no).missing_evidence == []


def test_the_viewer_copy_of_database_evidence_stays_out_of_the_system_temp_and_goes_at_the_next_start(
    pg_db, clerk, screenshot_file, tmp_path, monkeypatch
):
    """On PostgreSQL the file lives in the database; the copy the system viewer opens holds personal data,
    so it is written in the data folder (never the system temp folder) and the next start removes it,
    read-only as it is (Windows refuses to delete a read-only file without clearing the flag)."""
    import tempfile

    from app.services.backup.staging import VIEWER_CACHE, data_folder
    from app.services.setup import open_database

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    no = register_case(pg_db, clerk, wechat_draft(D0), today=D0)
    item = add_evidence(pg_db, clerk, no, screenshot_file, "red_envelope_record")
    opened = evidence_path(pg_db, item.id)
    assert opened.parent == data_folder(pg_db) / VIEWER_CACHE and is_read_only(opened)
    assert list(system_temp.iterdir()) == []
    open_database(pg_db.url).dispose()
    assert not opened.exists() and not opened.parent.exists()


def test_a_read_only_tree_is_removed_whole(tmp_path):
    from app.services.files import remove_tree

    folder = tmp_path / "staging" / "evidence"
    folder.mkdir(parents=True)
    copy = folder / "红包记录.png"
    copy.write_bytes(b"x")
    copy.chmod(stat.S_IREAD)
    folder.chmod(stat.S_IREAD | stat.S_IEXEC | stat.S_IWRITE)
    remove_tree(tmp_path / "staging")
    assert not (tmp_path / "staging").exists()
    remove_tree(tmp_path / "never-there")  # nothing to remove is no error
