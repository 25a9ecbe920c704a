"""The corpus of hostile inputs: files a clerk or a script might hand the command line by mistake, or an
attacker on purpose. Each is made here, byte for byte the same every time, into a folder the test gives.

Workbooks: not a zip, a truncated zip, broken XML, no sheet, one huge cell in a small file (a zip bomb
for the reader), a text file named .xlsx. Databases: not a database, another program's SQLite file, a
folder. Backups: not a zip, a truncated one, a zip without manifest, members escaping the folder.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)


def _zip(members: dict[str, bytes], compress: bool = True) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _huge_cell() -> bytes:
    """A 150 MB shared string in a file of about 150 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            block = b"A" * (1 << 20)
            for _ in range(150):
                fh.write(block)
            fh.write(b"</t></si></sst>")
    return buf.getvalue()


WORKBOOKS: dict[str, Callable[[], bytes]] = {
    "not-a-zip.xlsx": lambda: b"this is a letter, not a workbook\n" * 20,
    "truncated.xlsx": lambda: _zip({"[Content_Types].xml": CONTENT_TYPES.encode(), "xl/workbook.xml": b"<x/>" * 500})[
        :300
    ],
    "broken-xml.xlsx": lambda: _zip(
        {"[Content_Types].xml": CONTENT_TYPES.encode(), "xl/workbook.xml": b"<workbook><sheets><sheet name="}
    ),
    "no-sheet.xlsx": lambda: _zip({"[Content_Types].xml": CONTENT_TYPES.encode()}),
    "huge-cell.xlsx": _huge_cell,
    "empty.xlsx": lambda: b"",
}


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def _manifest(members: list[dict[str, object]]) -> bytes:
    return json.dumps(
        {
            "format": "weiquan-backup",
            "format_version": 1,
            "created_at": "2026-11-01T10:00:00+08:00",
            "app_version": "0.1.0",
            "source": "sqlite",
            "database_format": "sqlite",
            "database_member": "database/weiquan.db",
            "members": members,
        }
    ).encode()


BACKUPS: dict[str, Callable[[], bytes]] = {
    "not-a-zip.zip": lambda: b"PK? no." * 100,
    "truncated.zip": lambda: _zip({"manifest.json": b"{}", "database/weiquan.db": b"x" * 5000})[:200],
    "no-manifest.zip": lambda: _zip({"database/weiquan.db": b"SQLite format 3\x00"}),
    "escaping-member.zip": lambda: _zip(
        {
            "manifest.json": _manifest([{"name": "../../evil.db", "size": 1, "sha256": "0" * 64}]),
            "../../evil.db": b"x",
        }
    ),
    "manifest-not-json.zip": lambda: _zip({"manifest.json": b"\xff\xfe not json"}),
}


def make_corpus(folder: Path) -> dict[str, Path]:
    """Write every hostile file into ``folder``; name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for name, build in {**WORKBOOKS, **BACKUPS}.items():
        path = folder / name
        path.write_bytes(build())
        made[name] = path
    made["not-a-database.db"] = folder / "not-a-database.db"
    made["not-a-database.db"].write_bytes(b"hello, I am a text file pretending to be a database\n" * 10)
    made["foreign.sqlite"] = folder / "foreign.sqlite"
    _foreign_sqlite(made["foreign.sqlite"])
    made["a-folder.db"] = folder / "a-folder.db"
    made["a-folder.db"].mkdir()
    return made
