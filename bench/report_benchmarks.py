"""The monthly export and the ledger import, each beside its floor: openpyxl writing (or reading) the
same cells with no database work and no application code.

    python -m bench report_export ledger_import [--cases N]
    python -m bench.report_benchmarks --memory      peak memory of both at two sizes

``report_export`` writes the workbook of the busiest month of the generated database (about 30,000
cases in the one-million-case database). Its floor writes the values of every sheet of that same
workbook, read back beforehand, with a write-only openpyxl workbook. ``ledger_import`` imports a
100,000-row ledger into an empty database; its floor reads every cell of the same file read-only.
Targets: export within 1.5x, import within 2x; memory flat as the size grows.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from app.services.context import Actor
from app.services.ledger import HEADERS, import_ledger
from app.services.ledger import columns as col
from app.services.report import export_monthly_report
from app.services.setup import open_database
from bench import BenchContext, Run, benchmark
from bench.generate import cache_dir

LEDGER_ROWS = 100_000
STATES = ("已登记", "已受理", "调解中", "中止", "达成协议", "终止调解", "已办结", "已办结", "不予受理")
NATURES = ("质量", "售后服务", "合同", "价格", "虚假宣传", "安全", "假冒")
CATEGORIES = ("日用商品类", "食品类", "服装鞋帽类", "家用电子电器类", "互联网服务", "教育培训服务")
CHANNELS = ("微信朋友圈", "微信群", "微信小程序", "微信视频号直播", "其他电商平台", "实体店")


def busiest_month(ctx: BenchContext) -> date:
    """The month with the most cases registered, accepted, rejected or closed in it."""
    row = (
        ctx.sqlite()
        .execute("SELECT substr(received_on, 1, 7) AS m, count(*) FROM cases GROUP BY m ORDER BY count(*) DESC LIMIT 1")
        .fetchone()
    )
    year, month = row[0].split("-")
    return date(int(year), int(month), 1)


def sheet_values(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook.worksheets]
    finally:
        workbook.close()


def write_values(sheets: list[tuple[str, list[tuple[object, ...]]]], target: Path) -> None:
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
    workbook.save(target)


@benchmark("report_export", runs=3, writes=True)
def report_export(ctx: BenchContext) -> tuple[Run, Run]:
    """Monthly report workbook of the busiest month vs openpyxl writing the same cells."""
    month = busiest_month(ctx)
    folder = Path(tempfile.mkdtemp(prefix="weiquan-bench-report-"))
    db = ctx.database()

    def app() -> object:
        return export_monthly_report(db, Actor.cli(), month, folder / "report.xlsx")

    app()
    sheets = sheet_values(folder / "report.xlsx")
    return app, lambda: write_values(sheets, folder / "floor.xlsx")


def ledger_rows(count: int, seed: int, today: date) -> Iterator[list[object]]:
    """Valid ledger rows as an association keeps them: about three complaints per seller."""
    rng = random.Random(seed)
    for i in range(count):
        received = today - timedelta(days=30 + rng.randrange(700))
        state = rng.choice(STATES)
        accepted = received + timedelta(days=2) if state not in ("已登记", "不予受理") else None
        ended = received + timedelta(days=25) if state in ("已办结", "不予受理") else None
        outcome = rng.choice(("履行完毕", "自行和解", "调解不成")) if state == "已办结" else None
        recovered = round(rng.uniform(10, 2000), 2) if outcome in ("履行完毕", "自行和解") else None
        values = {
            col.CASE_NO: f"TZ{received.year}-{i:06d}",
            col.RECEIVED_ON: received,
            col.SOURCE: rng.choice(("来电", "来访", "网络")),
            col.CONSUMER_NAME: "张三",
            col.CONSUMER_PHONE: f"13{rng.randrange(3, 10)}{rng.randrange(10**8):08d}",
            col.MERCHANT_NAME: f"店铺{i // 3}",
            col.MERCHANT_KIND: "未登记个人",
            col.MERCHANT_WECHAT: f"shop_{i // 3}",
            col.CHANNEL: rng.choice(CHANNELS),
            col.PAYMENT: "微信转账",
            col.PURCHASE_DATE: received - timedelta(days=5),
            col.AMOUNT: round(rng.uniform(10, 3000), 2),
            col.CATEGORY: rng.choice(CATEGORIES),
            col.NATURE: rng.choice(NATURES),
            col.REQUESTS: "退款、赔偿损失",
            col.FACTS: "在朋友圈购买商品，收到后发现质量问题，商家拒绝退款。",
            col.STATE: state,
            col.ACCEPTED_ON: accepted,
            col.CLOSED_ON: ended,
            col.OUTCOME: outcome,
            col.RECOVERED: recovered,
        }
        unknown = set(values) - set(HEADERS)
        if unknown:
            raise LookupError(f"the ledger has no column {sorted(unknown)}")
        yield [values.get(header) for header in HEADERS]


_INLINE = re.compile(r'<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>')
_SHEET = "xl/worksheets/sheet1.xml"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def as_excel_saves(path: Path, columns: int, rows: int) -> None:
    """Rewrite a write-only openpyxl workbook the way Excel saves one: text in the shared-strings table
    (openpyxl writes it inline in each cell) and the sheet's ``<dimension>`` (without it openpyxl reads the
    sheet twice), so that reading it costs what reading a real ledger costs."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts[_SHEET].decode("utf-8")
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match[3], len(strings))
        return f'<c r="{match[1]}"{match[2] or ""} t="s"><v>{index}</v></c>'

    sheet = _INLINE.sub(shared, sheet)
    last = f"{get_column_letter(columns)}{rows}"
    sheet = sheet.replace("<sheetViews>", f'<dimension ref="A1:{last}"/><sheetViews>', 1)
    parts[_SHEET] = sheet.encode("utf-8")
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/>'
    parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rel = f'<Relationship Id="rIdSharedStrings" Type="{_SST_REL}" Target="sharedStrings.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def write_ledger(path: Path, count: int, seed: int, today: date) -> Path:
    """A ledger of ``count`` rows saved as Excel saves one (see :func:`as_excel_saves`)."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    ws.append(list(HEADERS))
    columns = len(HEADERS)
    for row in ledger_rows(count, seed, today):
        ws.append(row)
        columns = max(columns, len(row))
    workbook.save(path)
    as_excel_saves(path, columns, count + 1)
    return path


def cached_ledger(count: int, seed: int, today: date) -> Path:
    """The benchmark's ledger file, written once per size, seed, day and set of columns into the benchmark
    cache."""
    columns = zlib.crc32("|".join(HEADERS).encode()) & 0xFFFF  # a ledger of other columns is made anew
    path = cache_dir() / f"ledger-{count}-seed{seed}-{today.isoformat()}-{columns:04x}.xlsx"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building.xlsx")
        write_ledger(building, count, seed, today)
        building.replace(path)
    return path


def read_cells(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(len(row) for row in workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def import_into_empty(ledger: Path, folder: Path) -> int:
    target = Path(tempfile.mkdtemp(dir=folder)) / "import.db"
    db = open_database(f"sqlite:///{target.as_posix()}")
    try:
        return import_ledger(db, Actor.cli(), ledger).imported
    finally:
        db.dispose()


@benchmark("ledger_import", runs=1)
def ledger_import(ctx: BenchContext) -> tuple[Run, Run]:
    """Import of a 100,000-row ledger into an empty database vs openpyxl reading the same cells."""
    folder = Path(tempfile.mkdtemp(prefix="weiquan-bench-ledger-"))
    ledger = cached_ledger(LEDGER_ROWS, ctx.seed, ctx.today)
    return (lambda: import_into_empty(ledger, folder)), (lambda: read_cells(ledger))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_child(kind: str, size: str, database: str) -> None:
    """Run one export (size: a month YYYY-MM) or import (size: ledger rows) in this process and print the
    growth of its peak memory."""
    folder = Path(tempfile.mkdtemp(prefix="weiquan-bench-memory-"))
    if kind == "import":
        ledger = write_ledger(folder / "ledger.xlsx", int(size), 1, date.today())
        before = _peak_mb()
        rows = import_into_empty(ledger, folder)
    else:
        db = open_database(database)
        before = _peak_mb()
        rows = export_monthly_report(db, Actor.cli(), date.fromisoformat(f"{size}-01"), folder / "r.xlsx").detail_rows
        db.dispose()
    print(f"{kind:<7} {rows:>8} rows  peak memory +{_peak_mb() - before:.0f} MB")


def memory_report(database: str, months: list[str], ledger_sizes: list[int]) -> None:
    """Peak memory of each run in a fresh process, so one does not hide another's peak."""
    runs = [("export", m) for m in months] + [("import", str(n)) for n in ledger_sizes]
    for kind, size in runs:
        subprocess.run(
            [sys.executable, "-m", "bench.report_benchmarks", "--child", kind, size, "--db", database], check=True
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.report_benchmarks")
    parser.add_argument("--memory", action="store_true", help="peak memory of export and import at two sizes")
    parser.add_argument("--db", default="", help="database URL for the export (two months are exported)")
    parser.add_argument("--months", nargs=2, default=[], metavar="YYYY-MM", help="a small and a big month")
    parser.add_argument("--ledgers", nargs=2, type=int, default=[10_000, 100_000], metavar="ROWS")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, size = args.child
        _memory_child(kind, size, args.db)
    elif args.memory:
        memory_report(args.db, args.months if args.db else [], args.ledgers)
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
