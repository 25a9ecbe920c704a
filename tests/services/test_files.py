"""The one safe file write: the target is either the complete new file or the old one, never half of
either; a person's mistake about the target is one clear line and nothing written."""

from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
import threading

import pytest

from app.services import files
from app.services.files import FileNotWritten, safe_write, write_bytes


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(files.TEMP_SUFFIX))


def test_the_new_content_replaces_the_old_and_no_temporary_file_remains(tmp_path):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert leftovers(tmp_path) == []


def test_a_failure_while_writing_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"last month's report")
    with pytest.raises(RuntimeError), safe_write(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"last month's report"
    assert leftovers(tmp_path) == []


def test_the_disk_running_full_is_one_line_and_the_old_file_stays(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(FileNotWritten, match="磁盘空间不足"), safe_write(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"old"


def test_three_exports_to_one_name_at_once_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "same.xlsx"
    seen, barrier = [], threading.Barrier(3)

    def export(n):
        with safe_write(target) as partial:
            seen.append(partial)
            barrier.wait(timeout=10)
            partial.write_bytes(str(n).encode() * 1000)

    threads = [threading.Thread(target=export, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 3
    assert target.read_bytes() in {str(n).encode() * 1000 for n in range(3)}
    assert leftovers(tmp_path) == []


def test_the_flush_to_disk_uses_a_writable_handle_as_windows_requires(tmp_path, monkeypatch):
    modes = []
    real_fsync = os.fsync

    def fsync(fd):
        if os.path.isfile(f"/proc/self/fd/{fd}") and not os.path.isdir(os.readlink(f"/proc/self/fd/{fd}")):
            modes.append(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_bytes(tmp_path / "backup.zip", b"zip")
    assert modes and all(mode != os.O_RDONLY for mode in modes)


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_target_open_in_another_program_is_one_line_and_the_old_file_stays(tmp_path, monkeypatch, winerror):
    """Windows refuses to replace a file Excel holds open: PermissionError, WinError 5 or 32."""
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"open in Excel")

    def refused(_src, _dst):
        err = PermissionError(errno.EACCES, "The process cannot access the file")
        err.winerror = winerror
        raise err

    monkeypatch.setattr(files.os, "replace", refused)
    with pytest.raises(FileNotWritten, match="正被其他程序打开") as caught:
        write_bytes(target, b"new")
    assert "\n" not in caught.value.message
    assert target.read_bytes() == b"open in Excel"
    assert leftovers(tmp_path) == []


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(FileNotWritten, match="是一个文件夹"):
        write_bytes(tmp_path, b"x")


def test_a_missing_folder_is_refused_and_not_created(tmp_path):
    with pytest.raises(FileNotWritten, match="文件夹不存在"):
        write_bytes(tmp_path / "nowhere" / "report.xlsx", b"x")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(FileNotWritten, match="无法在文件夹"):
            write_bytes(folder / "report.xlsx", b"x")
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_as_the_system_reports_it_is_refused(tmp_path, monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(FileNotWritten, match="无法在文件夹"):
        write_bytes(tmp_path / "report.xlsx", b"x")


def test_the_live_database_and_its_side_files_are_never_replaced(tmp_path):
    live = tmp_path / "weiquan.db"
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE cases (id INTEGER)")
    conn.execute("INSERT INTO cases VALUES (1)")
    conn.commit()
    for target in (live, tmp_path / "weiquan.db-wal", tmp_path / "weiquan.db-shm"):
        with pytest.raises(FileNotWritten, match="数据库文件"):
            write_bytes(target, b"PK zip", protect=[live])
    assert conn.execute("SELECT count(*) FROM cases").fetchone() == (1,)
    conn.close()


def test_any_sqlite_database_file_is_refused_as_a_target(tmp_path):
    other = tmp_path / "old-office.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    before = other.read_bytes()
    with pytest.raises(FileNotWritten, match="数据库文件"):
        write_bytes(other, b"x")
    assert other.read_bytes() == before


def test_no_overwrite_refuses_an_existing_file(tmp_path):
    target = tmp_path / "backup.zip"
    target.write_bytes(b"yesterday")
    with pytest.raises(FileNotWritten, match="文件已存在"):
        write_bytes(target, b"today", overwrite=False)
    assert target.read_bytes() == b"yesterday"


def test_no_overwrite_refuses_a_file_that_appeared_while_writing(tmp_path):
    target = tmp_path / "backup.zip"
    with pytest.raises(FileNotWritten, match="文件已存在"), safe_write(target, overwrite=False) as partial:
        partial.write_bytes(b"mine")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == []


def test_a_long_chinese_file_name_still_gets_a_temporary_name_the_file_system_takes(tmp_path):
    target = tmp_path / ("投诉人提供的微信转账截图" * 6 + ".pdf")
    write_bytes(target, b"%PDF")
    assert target.read_bytes() == b"%PDF"
