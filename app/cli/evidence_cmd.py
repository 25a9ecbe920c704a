"""`evidence read IMAGE... [--json] [--purchase-date D]`: read payment records and chats from images,
offline, without a database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_DATA, EXIT_OK, UserError
from app.domain.dates import parse_optional_date
from app.domain.errors import InvalidInput, InvalidValue


def register(sub: Any) -> None:
    evidence = sub.add_parser("evidence", help="evidence images")
    actions = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    read = actions.add_parser("read", help="read the fields of payment screenshots and the text of chats")
    read.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    read.add_argument("--json", action="store_true", help="print JSON (one object, or a list for several)")
    read.add_argument(
        "--purchase-date", metavar="YYYY-MM-DD", help="year for a red envelope that shows none (default: the file date)"
    )
    read.set_defaults(handler=run_read)


def _purchase_date(raw: str | None) -> Any:
    try:
        return parse_optional_date(raw)
    except InvalidValue as err:
        raise UserError("cli.bad_option", option="--purchase-date", reason=err.msg) from err


def _text_lines(record: dict[str, Any]) -> list[str]:
    shown = [(k, v) for k, v in record.items() if k not in ("text", "confidence") and v is not None]
    return [*(f"{k}: {v}" for k, v in shown), "", str(record["text"]), ""]


def run_read(args: argparse.Namespace) -> int:
    from app.services.evidence_reader.reading import read_image_file, reading_record

    purchase = _purchase_date(args.purchase_date)
    records, failed = [], False
    for path in args.images:
        try:
            records.append(reading_record(read_image_file(path, purchase), str(path)))
        except InvalidInput as err:
            failed = True
            print(f"{path}: {err.problems[0].message}", file=sys.stderr)
    if failed:
        return EXIT_DATA
    if args.json:
        print(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            print("\n".join(_text_lines(record)))
    return EXIT_OK
