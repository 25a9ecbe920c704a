"""Pinyin initials of a Chinese name, so that "zs" finds 张三 in the case list.

pypinyin loads its dictionaries (half a second) when first used, not when the application starts.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)  # a ledger import asks for thousands of names, many of them the same
def name_initials(name: str) -> str:
    """Lower-case initials: 张三 -> "zs"; Latin letters are kept, other characters dropped."""
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="ignore")
    return "".join(part[:1] for part in letters if part).lower()[:32]
