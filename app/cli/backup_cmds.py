"""`backup --out FILE` and `restore FILE` (interfaces.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import EXIT_OK, Progress, database
from app.services.backup.make import create_backup
from app.services.backup.restore import restore_backup
from app.services.context import Actor


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write one file with the database, the evidence and SHA-256 sums")
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", help="verify a backup file, keep the current database aside, restore")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=run_restore)


def _percent(progress: Progress) -> Callable[[int, int], None]:
    return lambda done, total: progress.update(done * 100 // max(total, 1))


def run_backup(args: argparse.Namespace) -> int:
    progress = Progress("备份", 100)
    with database(args) as db:
        result = create_backup(db, Actor.cli(), args.out, progress=_percent(progress))
    progress.finish()
    counts = result.manifest.counts
    print(
        f"已备份到 {result.path}：{counts.get('cases', 0)} 件案件，{counts.get('evidence_files', 0)} 个证据文件，"
        f"{len(result.manifest.members)} 个文件均已记录 SHA-256"
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    progress = Progress("校验并恢复", 100)
    with database(args) as db:
        result = restore_backup(db, Actor.cli(), args.file, progress=_percent(progress))
    progress.finish()
    print(
        f"已从 {args.file}（{result.manifest.created_at}）恢复：{result.cases} 件案件，"
        f"{len(result.manifest.evidence_members)} 个证据文件"
    )
    for place in result.kept_aside:
        print(f"原数据库已保留在 {place}")
    return EXIT_OK
