"""`export` and `import` as administrators script them: exit 0 done, 1 bad data (nothing written),
2 wrong usage; one-line reasons, never a traceback."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.cli import main
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from tests.services.test_ledger import GOOD, write_ledger
from tests.support.builders import wechat_draft


@pytest.fixture
def url(tmp_path) -> str:
    db = open_database(f"sqlite:///{tmp_path / 'cli.db'}")
    register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_export_writes_the_month_unmasked_when_asked(url, tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    assert main(["--db", url, "export", "--month", "2026-10", "--out", str(out), "--unmasked"]) == 0
    assert "2026年10月" in capsys.readouterr().out
    detail = openpyxl.load_workbook(out)["案件明细"]
    assert detail["F2"].value == "13812348000"


def test_export_with_a_bad_month_is_a_usage_error(url, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, "export", "--month", "2026/10", "--out", str(tmp_path / "r.xlsx")])
    assert exit_info.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_export_into_a_missing_folder_says_so(url, tmp_path, capsys):
    assert main(["--db", url, "export", "--month", "2026-10", "--out", str(tmp_path / "no" / "r.xlsx")]) == 1
    assert "文件夹不存在" in capsys.readouterr().err


def test_import_dry_run_then_import_then_bad_ledger(url, tmp_path, capsys):
    good = write_ledger(tmp_path / "good.xlsx", [GOOD])
    assert main(["--db", url, "import", str(good), "--dry-run"]) == 0
    assert "检查通过" in capsys.readouterr().out
    assert main(["--db", url, "import", str(good)]) == 0
    assert "已导入 1 件" in capsys.readouterr().out
    bad = write_ledger(
        tmp_path / "bad.xlsx",
        [{**GOOD, "案件编号": "X1", "消费者电话": "1"}, {**GOOD, "案件编号": "X2", "涉及金额(元)": "-1"}],
    )
    assert main(["--db", url, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "共 2 处问题，未写入任何内容" in err and "第2行 消费者电话" in err and "第3行 涉及金额(元)" in err
    assert "Traceback" not in err
    assert main(["--db", url, "import", str(good), "--skip-existing"]) == 0
    assert "跳过已有案件 1 件" in capsys.readouterr().out


def test_entrusted_results_for_the_office_order_20_art_17(tmp_path, capsys):
    db = open_database(f"sqlite:///{tmp_path / 'e.db'}")
    draft = wechat_draft(
        date(2026, 10, 9),
        source="platform_12315",
        ref_12315="1233100002026100800077",
        entrusted_by="临江市市场监督管理局",
        entrusted_received_on=date(2026, 10, 8),
    )
    register_case(db, Actor.cli(), draft, today=date(2026, 10, 9))
    db.dispose()
    out = tmp_path / "results.xlsx"
    url = f"sqlite:///{tmp_path / 'e.db'}"
    assert main(["--db", url, "entrusted", "--out", str(out), "--office", "临江市市场监督管理局"]) == 0
    assert "1 件" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active["A2"].value == "1233100002026100800077"
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, "entrusted", "--out", str(out), "--from", "2026-02-30"])
    assert exit_info.value.code == 2
