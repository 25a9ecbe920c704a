"""Ledger import refuses, with one line naming the cell, a formula whose calculated value the file does
not keep (calamine would read it as empty: 涉及金额 0.00), and case numbers that hide a character."""

from __future__ import annotations

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import InvalidInput
from app.services.context import Actor
from app.services.ledger import import_ledger
from tests.services.test_ledger import GOOD, counts, write_ledger


def test_a_formula_without_a_cached_value_is_refused_naming_the_cell(db, tmp_path, capsys):
    path = write_ledger(tmp_path / "l.xlsx", [GOOD, {**GOOD, "案件编号": "TZ2026-002"}])
    wb = openpyxl.load_workbook(path)
    column = list(GOOD).index("涉及金额(元)") + 1
    wb.active.cell(row=3, column=column, value="=B2*0+88")
    wb.save(path)
    with pytest.raises(InvalidInput) as err:
        import_ledger(db, Actor.cli(), path)
    letter = openpyxl.utils.get_column_letter(column)
    assert err.value.problems[0].message.code == "ledger.formula_without_value"
    assert f"台账!{letter}3" in str(err.value)
    assert counts(db) == (0, 0)
    assert main(["--db", db.url, "import", str(path)]) == 1
    err_text = capsys.readouterr().err
    assert "Traceback" not in err_text and f"台账!{letter}3" in err_text


def test_a_formula_with_its_value_kept_is_read(db, tmp_path):
    """A workbook saved by Excel keeps each formula's value (<v>): that value is imported."""
    import zipfile

    path = write_ledger(tmp_path / "l.xlsx", [GOOD])
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    column = openpyxl.utils.get_column_letter(list(GOOD).index("涉及金额(元)") + 1)
    xml = members[sheet].decode("utf-8")
    start = xml.index(f'<c r="{column}2"')
    end = xml.index("</c>", start) + len("</c>")
    members[sheet] = (xml[:start] + f'<c r="{column}2"><f>40+48</f><v>88</v></c>' + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    report = import_ledger(db, Actor.cli(), path)
    assert report.imported == 1


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\n"])
def test_a_case_number_hiding_a_character_is_refused(db, tmp_path, hidden):
    path = write_ledger(tmp_path / "l.xlsx", [{**GOOD, "案件编号": f"TZ2026{hidden}-001"}])
    with pytest.raises(InvalidInput) as err:
        import_ledger(db, Actor.cli(), path)
    assert [p.message.code for p in err.value.problems] == ["text.unsafe_character"]
    assert counts(db) == (0, 0)
