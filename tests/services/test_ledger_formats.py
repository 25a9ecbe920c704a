"""Ledgers kept as old Excel / WPS (.xls) or LibreOffice (.ods) files import like .xlsx ones; a file that
is no workbook at all is refused with one Chinese sentence and nothing is written."""

from __future__ import annotations

from datetime import date

import odf.opendocument
import odf.table
import odf.text
import pytest
import xlwt

from app.domain.errors import InvalidInput
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.ledger import import_ledger
from tests.services.test_ledger import GOOD, counts, write_ledger

SECOND = {**GOOD, "案件编号": "TZ2026-002", "消费者姓名": "王五", "涉及金额(元)": 120.5, "登记日期": date(2026, 10, 8)}


def write_xls(path, rows: list[dict[str, object]]):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, header in enumerate(GOOD):
        sheet.write(0, c, header)
    for r, row in enumerate(rows, 1):
        for c, header in enumerate(GOOD):
            value = row.get(header)
            if isinstance(value, date):
                sheet.write(r, c, value, dates)
            elif value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_ods(path, rows: list[dict[str, object]]):
    doc = odf.opendocument.OpenDocumentSpreadsheet()
    table = odf.table.Table(name="台账")
    for values in [list(GOOD), *[[row.get(h) for h in GOOD] for row in rows]]:
        line = odf.table.TableRow()
        for value in values:
            if isinstance(value, float | int):
                cell = odf.table.TableCell(valuetype="float", value=value)
            elif isinstance(value, date):
                cell = odf.table.TableCell(valuetype="date", datevalue=value.isoformat())
            else:
                cell = odf.table.TableCell(valuetype="string")
            cell.addElement(odf.text.P(text="" if value is None else str(value)))
            line.addElement(cell)
        table.addElement(line)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("writer, suffix", [(write_ledger, "xlsx"), (write_xls, "xls"), (write_ods, "ods")])
def test_a_ledger_in_any_of_the_three_formats_imports_the_same_cases(db, tmp_path, writer, suffix):
    report = import_ledger(db, Actor.cli(), writer(tmp_path / f"ledger.{suffix}", [GOOD, SECOND]))
    assert report.imported == 2
    first, second = case_document(db, "TZ2026-001"), case_document(db, "TZ2026-002")
    assert (first["received_on"], second["received_on"]) == ("2026-10-09", "2026-10-08")
    assert (first["consumer"]["name"], second["consumer"]["name"]) == ("李四", "王五")
    assert first["consumer"]["phone"] == "13912345678"
    assert second["amounts"]["claimed"] == "120.50"


def test_a_file_that_is_no_workbook_is_refused_in_chinese(db, tmp_path):
    path = tmp_path / "ledger.xls"
    path.write_text("这不是表格", encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        import_ledger(db, Actor.cli(), path)
    message = str(refused.value)
    assert "无法读取台账文件" in message and ".ods" in message
    assert not any(
        ch.isascii() and ch.isalpha()
        for ch in message.replace("Excel", "")
        .replace("LibreOffice", "")
        .replace("xlsx", "")
        .replace("xls", "")
        .replace("ods", "")
    )
    assert counts(db) == (0, 0)
