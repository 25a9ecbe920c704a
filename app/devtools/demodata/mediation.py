"""Demo mediation: what the parties end up agreeing (the deal) and the sessions that lead there, with
offers and counter-offers. Money is in fen and only ever integer arithmetic."""

from __future__ import annotations

from typing import Any, NamedTuple

from app.devtools.demodata import texts
from app.devtools.demodata.draw import Draw, Weighted
from app.devtools.demodata.stories import Complaint

_MONEY_REQUESTS = frozenset({"refund", "return", "make_up_quantity"})
_MODES = Weighted(*texts.SESSION_MODES)


def whole_yuan(cents: int) -> int:
    """Round fen down to whole yuan, as negotiated amounts usually are."""
    return cents - cents % 100


def share(cents: int, percent: int) -> int:
    """``percent`` % of an amount, in whole yuan."""
    return whole_yuan(cents * percent // 100)


class Deal(NamedTuple):
    """What the consumer asks and what an agreement would give (fen)."""

    ask: int
    refund: int
    compensation: int
    punitive: int

    @property
    def total(self) -> int:
        return self.refund + self.compensation + self.punitive


def plan_deal(draw: Draw, complaint: Complaint) -> Deal:
    """The terms mediation would reach for this complaint."""
    requests = set(complaint.requests)
    paid = complaint.paid_cents
    refund = 0
    if requests & _MONEY_REQUESTS:
        refund = paid if draw.chance(0.6) else share(paid, draw.between(50, 95))
    compensation = 0
    if complaint.injury_cents:
        compensation = share(complaint.injury_cents, draw.between(30, 100))
    elif "compensation" in requests and draw.chance(0.5):
        compensation = draw.between(2, 30) * 100
    punitive = 0
    if "punitive" in requests and draw.chance(0.35):
        punitive = complaint.punitive_cents if draw.chance(0.6) else max(share(complaint.punitive_cents, 50), 500_00)
    ask = paid + complaint.injury_cents + (complaint.punitive_cents if "punitive" in requests else 0)
    return Deal(ask, refund, compensation, punitive)


class SessionPlan(NamedTuple):
    """One mediation session and its offers (party, amount in fen, description)."""

    held_at: Any  # as World.moment gives it
    mode: str
    participants: str
    summary: str
    result: str
    offers: tuple[tuple[str, int, str], ...]


def plan_session(
    draw: Draw, deal: Deal, held_at: Any, index: int, closing: bool, mediator: str, consumer: str, merchant: str
) -> SessionPlan:
    """Session ``index`` of a mediation; ``closing`` when the parties agree in it."""
    mode = _MODES(draw)
    participants = f"调解员{mediator}；消费者{consumer}；经营者{merchant}"
    offered = share(deal.total, min(30 + 25 * index, 90)) if deal.total else 0
    offers: list[tuple[str, int, str]] = []
    if deal.ask:
        offers.append(("consumer", deal.ask, "消费者要求赔付"))
    if offered:
        offers.append(("merchant", offered, "经营者同意支付"))
    if index == 0:
        stance = draw.one(texts.MERCHANT_STANCES)
        summary = f"{texts.MODE_WORDS[mode]}联系双方。消费者要求赔付{texts.yuan(deal.ask)}元；经营者{stance}。"
    else:
        summary = f"再次组织双方协商，经营者同意支付{texts.yuan(offered)}元，消费者表示不能接受。"
    result = "未达成一致，约定继续协商。"
    if closing:
        offers.append(("mediator", deal.total, "调解员提出的调解方案"))
        summary += f"调解员提出方案：经营者支付{texts.yuan(deal.total)}元，双方表示同意。"
        result = "达成一致。"
    return SessionPlan(held_at, mode, participants, summary, result, tuple(offers))
