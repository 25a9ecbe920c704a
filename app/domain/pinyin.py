"""Pinyin initials of a Chinese name, so that "zs" finds 张三 in the case list."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def name_initials(name: str) -> str:
    """Lower-case initials: 张三 -> "zs"; Latin letters are kept, other characters dropped."""
    letters = lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")
    return "".join(part[:1] for part in letters if part).lower()[:32]
