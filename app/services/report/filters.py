"""The case-list filter behind each figure of the report: opening it lists the cases the figure counts.

Flow figures match on the date of their event (received, accepted, rejected, closed from the history);
超期未办结 on the cases open and overdue at the end of the counted span. The dashboard and the Reports page
hand these to the case list as they are and never build a filter themselves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, cast

from app.domain.codes import CATEGORIES
from app.services.cases.listing import ALL_WECHAT, CaseQuery
from app.services.report.figures import Figures
from app.services.report.groups import GOODS_CODE, SERVICES_CODE, TOTAL_CODE, WECHAT_CODE

GROUP_FIELDS = {"nature": "nature", "category": "category", "sub_category": "sub_category", "channel": "channel"}
"""The case-list field each breakdown sheet groups on."""


def figure_filter(key: str, figures: Figures) -> CaseQuery | None:
    """The cases counted by figure ``key`` of ``figures`` (the rate: its numerator, the resolved cases);
    None for a figure that counts no cases (接待来访和咨询, from the enquiry log)."""
    first, last = figures.first, figures.last
    if key == "received":
        return CaseQuery(received_from=first, received_to=last)
    if key == "accepted":
        return CaseQuery(accepted_from=first, accepted_to=last)
    if key == "rejected":
        return CaseQuery(rejected_from=first, rejected_to=last)
    if key == "closed":
        return CaseQuery(closed_from=first, closed_to=last)
    if key in ("resolved", "resolution_rate", "recovered"):
        return CaseQuery(closed_from=first, closed_to=last, resolved=True)
    if key in ("double_count", "double_amount"):
        return CaseQuery(closed_from=first, closed_to=last, doubled=True)
    if key == "overdue_open":
        return CaseQuery(overdue_on=last)
    if key == "enquiries":
        return None
    raise KeyError(key)


def group_filter(grouping: str, code: str | None, first: date, last: date, resolved: bool = False) -> CaseQuery | None:
    """The cases of one line of a breakdown sheet: accepted in the span (or, ``resolved``, resolved in it)
    with that nature, class or channel; None for a line the list cannot select (blank, class subtotals)."""
    span = (
        CaseQuery(closed_from=first, closed_to=last, resolved=True)
        if resolved
        else CaseQuery(accepted_from=first, accepted_to=last)
    )
    if code == TOTAL_CODE:
        return span
    if code is None or code in (GOODS_CODE, SERVICES_CODE):
        return None
    if grouping == "sub_category" and code in CATEGORIES:
        return replace(span, category=code)  # a class's subtotal on 具体商品服务
    value = ALL_WECHAT if grouping == "channel" and code == WECHAT_CODE else code
    return replace(span, **cast(dict[str, Any], {GROUP_FIELDS[grouping]: value}))
