"""`python -m bench` runs end to end on a small generated database and writes its JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bench_case_show_writes_its_results(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "case_show", "--cases", "500", "--json", "out.json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in results] == ["case_show"]
    result = results[0]
    assert set(result) == {"name", "median_ms", "floor_ms", "ratio", "runs"}
    assert result["median_ms"] > 0 and result["floor_ms"] > 0 and result["ratio"] > 0 and result["runs"] > 0
    assert "case_show" in done.stdout
    assert (tmp_path / "weiquan-bench" / "cases-500-seed1.db").exists()
    assert not list((tmp_path / "weiquan-bench").glob("*.building.db*"))
