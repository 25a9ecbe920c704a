"""Every user mistake is one line and exit 1 (issue 14, points 10-13): the corpus of hostile inputs
(tests/corpus/hostile.py) driven through the commands in-process, and a few through real processes.
Each run must exit 1, say one line on stderr, show no traceback, and write nothing: the database keeps
its cases and no file appears beside the inputs or the database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from tests.corpus.hostile import BACKUPS, WORKBOOKS, make_corpus
from tests.support.builders import wechat_draft

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def office(tmp_path):
    """A database with two cases, in a folder of its own."""
    folder = tmp_path / "office"
    folder.mkdir()
    url = f"sqlite:///{folder / 'weiquan.db'}"
    db = open_database(url)
    for _ in range(2):
        register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    return url


def _files(*folders: Path) -> set[Path]:
    return {p for f in folders for p in f.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


def _count(url: str) -> int:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM cases").scalar())
    finally:
        db.dispose()


def _refused_cleanly(capsys, argv: list[str], watched: list[Path]) -> str:
    before = _files(*watched)
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) >= 1
    assert err.strip().splitlines()[0].strip()
    if not err.startswith("输入有误"):  # a form's problems come one per line after the summary
        assert len(err.strip().splitlines()) == 1, err
    assert _files(*watched) == before
    return err


@pytest.mark.parametrize("name", sorted(WORKBOOKS))
@pytest.mark.parametrize("dry_run", [False, True])
def test_a_hostile_workbook_is_refused_in_one_line(office, corpus, capsys, name, dry_run):
    argv = ["--db", office, "import", str(corpus[name])] + (["--dry-run"] if dry_run else [])
    _refused_cleanly(capsys, argv, [corpus[name].parent, Path(office.removeprefix("sqlite:///")).parent])
    assert _count(office) == 2


@pytest.mark.parametrize("name", sorted(BACKUPS))
def test_a_hostile_backup_is_refused_in_one_line(office, corpus, capsys, name):
    folder = Path(office.removeprefix("sqlite:///")).parent
    _refused_cleanly(capsys, ["--db", office, "restore", str(corpus[name])], [folder, corpus[name].parent])
    assert _count(office) == 2


@pytest.mark.parametrize("name", ["not-a-database.db", "foreign.sqlite", "a-folder.db"])
@pytest.mark.parametrize("command", [["case", "list"], ["audit", "verify"], ["backup", "--out", "{out}"]])
def test_a_file_that_is_not_our_database_is_refused_and_left_as_it_was(corpus, capsys, tmp_path, name, command):
    target = corpus[name]
    before = target.read_bytes() if target.is_file() else None
    argv = ["--db", f"sqlite:///{target}", *[a.replace("{out}", str(tmp_path / "b.zip")) for a in command]]
    _refused_cleanly(capsys, argv, [corpus[name].parent, tmp_path])
    if before is not None:
        assert target.read_bytes() == before


@pytest.mark.parametrize("url", ["mysql://root@localhost/weiquan", "nonsense", "postgresql+nodriver://x/y"])
def test_a_database_address_that_cannot_work_is_one_line(capsys, url, tmp_path):
    _refused_cleanly(capsys, ["--db", url, "case", "list"], [tmp_path])


def test_output_targets_a_person_can_get_wrong(office, capsys, tmp_path):
    folder = Path(office.removeprefix("sqlite:///")).parent
    live = folder / "weiquan.db"
    for out in [live, tmp_path / "missing" / "m.xlsx", folder]:
        argv = ["--db", office, "export", "--month", "2026-10", "--out", str(out)]
        if out == folder:
            argv[-1] = str(folder)
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert _count(office) == 2


def test_a_month_a_year_ahead_or_before_2000_is_refused(office, capsys, tmp_path):
    for month in ["9999-12", "0001-01", "2026-13"]:
        with pytest.raises(SystemExit) as usage:
            main(["--db", office, "export", "--month", month, "--out", str(tmp_path / "x.xlsx")])
        assert usage.value.code == 2
        err = capsys.readouterr().err
        assert ("Traceback" not in err and "YYYY-MM" in err) or "一年之后" in err
    assert not (tmp_path / "x.xlsx").exists()


def _real(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_through_real_processes_too(office, corpus):
    for argv in (
        ["--db", office, "import", str(corpus["huge-cell.xlsx"])],
        ["--db", f"sqlite:///{corpus['foreign.sqlite']}", "case", "list"],
        ["--db", office, "restore", str(corpus["escaping-member.zip"])],
    ):
        done = _real(argv)
        assert done.returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert "Traceback" not in done.stderr and lines, done.stderr
        assert len(lines) == 1 or lines[0].startswith("输入有误"), done.stderr
    assert _count(office) == 2


def test_case_list_into_a_closed_pipe_ends_quietly(office):
    db = open_database(office)
    for _ in range(300):
        register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    shell = f'"{sys.executable}" main.py --db "{office}" case list | head -n 1'
    done = subprocess.run(shell, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
