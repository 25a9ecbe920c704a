"""`office show` and `office set`: the association's details on every document and the monthly report."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.cli.common import EXIT_OK, database
from app.services.admin.office import LABELS, change_office, office_info, seal_from_file
from app.services.context import Actor

_TEXT_OPTIONS = {
    "name": "the association's name (协会名称)",
    "address": "its address",
    "phone": "its phone number",
    "samr_office": "the market supervision office it reports to (上报的市场监督管理部门)",
    "seal_text": "text printed where the seal goes when there is no seal image",
    "number_pattern": "document numbers, {year} and {n}, e.g. 'X消调〔{year}〕第{n}号'",
    "region": "the office's region: a rule set of that region (a local rule) applies first; '' for national",
}


def register(sub: Any) -> None:
    office = sub.add_parser("office", help="the association's details on documents and reports")
    office_sub = office.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    show = office_sub.add_parser("show", help="print the details")
    show.set_defaults(handler=run_show)
    change = office_sub.add_parser("set", help="change some details (the others stay)")
    for key, text in _TEXT_OPTIONS.items():
        change.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT", help=text)
    change.add_argument("--seal-image", metavar="FILE", help="a PNG or JPEG of the seal (at most 512 KB)")
    change.add_argument("--no-seal-image", action="store_true", help="remove the seal image")
    change.set_defaults(handler=run_set)


def _print(values: dict[str, str]) -> None:
    for key, label in LABELS.items():
        value = values.get(key, "")
        if key == "seal_image":
            value = f"已设置（{len(value) * 3 // 4 // 1024} KB）" if value else "未设置"
        print(f"{label}：{value}")


def run_show(args: argparse.Namespace) -> int:
    with database(args) as db:
        _print(asdict(office_info(db)))
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    changes = {k: getattr(args, k) for k in _TEXT_OPTIONS if getattr(args, k) is not None}
    if args.seal_image:
        changes["seal_image"] = seal_from_file(args.seal_image)
    elif args.no_seal_image:
        changes["seal_image"] = ""
    with database(args) as db:
        _print(asdict(change_office(db, Actor.cli(), **changes)))
    return EXIT_OK
