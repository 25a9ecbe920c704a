"""A power cut in the middle of writing: the writer process is killed with SIGKILL while it registers
cases; after reopening, the file passes the integrity check, every case the writer saw committed is
there, and no case is half-written."""

from __future__ import annotations

import random
import sys

import pytest

from tests.support.crash import inspect_after_crash, write_then_kill

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def test_sigkill_in_the_middle_of_writes_loses_no_committed_case(tmp_path):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    rng = random.Random(8)
    reported: set[str] = set()
    for round_no in range(4):
        reported |= write_then_kill(url, after_cases=8 + round_no * 3, rng=rng)
        report = inspect_after_crash(url, reported)
        assert report.integrity == "ok"
        assert report.lost == set()
        assert report.partial == []
        assert report.audit_intact
    assert len(reported) >= 4 * 8


def test_a_killed_writer_on_postgresql_loses_nothing_either(pg_schema_url):
    rng = random.Random(9)
    reported = write_then_kill(pg_schema_url, after_cases=15, rng=rng, mode="workflow")
    report = inspect_after_crash(pg_schema_url, reported)
    assert len(reported) >= 15
    assert report.lost == set() and report.partial == [] and report.audit_intact
