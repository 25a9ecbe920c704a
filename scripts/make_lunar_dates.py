"""Write ``app/domain/lunar_dates.py``: the lunar-calendar holiday dates of 1901-2099 from ``lunar_python``.

    .venv/bin/python scripts/make_lunar_dates.py

The table saves computing them at every start (a quarter of a second for the years a calendar needs);
``tests/domain/test_lunar_dates.py`` checks every year of it against the package.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.statutory_holidays import FIRST_YEAR, LAST_YEAR, computed_lunar_dates

TARGET = Path(__file__).resolve().parents[1] / "app" / "domain" / "lunar_dates.py"
HEADER = '''"""春节 (正月初一), 清明, 端午 (五月初五) and 中秋 (八月十五) of each year 1901-2099, as (month, day).

Written by ``scripts/make_lunar_dates.py`` from the ``lunar_python`` package, which
``app.domain.statutory_holidays`` used at every start before; ``tests/domain/test_lunar_dates.py`` checks
every year against it. Do not edit by hand.
"""

LUNAR_DATES: dict[int, tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]] = {
'''


def main() -> None:
    lines = [HEADER]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        days = computed_lunar_dates(year)
        lines.append(f"    {year}: {tuple((d.month, d.day) for d in days)},\n")
    lines.append("}\n")
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(TARGET)


if __name__ == "__main__":
    main()
