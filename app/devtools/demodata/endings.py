"""How a demo mediation ends: an agreement that is performed (or not), a termination with its notice,
closing with an outcome and the money actually received, and now and then a reopening.

Money obeys the report's rules: only a resolved case (performed, self-settled) recovers money, the
payer is named whenever money was received, and the punitive part never exceeds what was received.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.devtools.demodata import texts
from app.devtools.demodata.draw import Weighted
from app.devtools.demodata.mediation import share
from app.domain.workflow import Action

if TYPE_CHECKING:
    from app.devtools.demodata.lifecycle import Simulation

PERFORMED_SHARE, SELF_SETTLED_SHARE, REOPEN_SHARE = 0.9, 0.07, 0.04
_NOTICE_DAYS = Weighted((1, 2, 3, 4, 5, 6, 7, 9), (20, 20, 15, 15, 10, 8, 7, 5))
_OUTCOMES = {ground: Weighted.of(mix) for ground, mix in texts.OUTCOMES_BY_GROUND.items()}
_ADVANCE_CHANNELS = frozenset({"other_ecommerce", "wechat_miniprogram"})


def _payer(sim: Simulation) -> str:
    """Who paid: mostly the merchant, sometimes a platform in advance (先行赔付), rarely someone else."""
    roll = sim.draw.random()
    if sim.channel in _ADVANCE_CHANNELS and roll < 0.25:
        return "platform_advance"
    return "other" if roll > 0.98 else "merchant"


def _received(sim: Simulation, amount: int, punitive: int) -> None:
    life = sim.life
    life.recovered, life.punitive = amount, min(punitive, amount)
    life.paid_by = _payer(sim) if amount > 0 else None


def agree(sim: Simulation, day: date) -> None:
    """Record the agreement reached in the last session, then its follow-up."""
    draw, life, deal = sim.draw, sim.life, sim.deal
    assert deal is not None
    if not sim.act(Action.AGREE, day, sim.mediator_login):
        return
    due = day + timedelta(days=draw.between(3, 20))
    life.agreement = {
        "terms": texts.AGREEMENT_TERMS.format(
            due=f"{due.year}年{due.month}月{due.day}日",
            total=texts.yuan(deal.total),
            refund=texts.yuan(deal.refund),
            comp=texts.yuan(deal.compensation),
            punitive=texts.yuan(deal.punitive),
        ),
        "agreed_on": day,
        "refund": deal.refund,
        "compensation": deal.compensation,
        "punitive": deal.punitive,
        "performance_due_on": due,
        "confirmed_on": None,
    }
    if draw.chance(PERFORMED_SHARE):
        paid_on = day + timedelta(days=draw.between(1, (due - day).days))
        confirmed = sim.workdays(paid_on, draw.between(1, 4))
        settled = draw.chance(SELF_SETTLED_SHARE)
        outcome = "self_settled" if settled else "performed"
        if not sim.act(Action.CLOSE, confirmed, sim.mediator_login, outcome, texts.CLOSE_AGREED_NOTE):
            return
        life.closed_on, life.outcome = confirmed, outcome
        life.agreement["confirmed_on"] = confirmed
        if settled:
            _received(sim, share(deal.total, draw.between(50, 100)), 0)
        else:
            _received(sim, deal.total, deal.punitive)
    else:
        # Mediation ended with the agreement: one not performed is closed as 未履行 with the advice to go
        # to court or arbitration (CRPL Art. 39), not terminated.
        failed = sim.workdays(due, draw.between(2, 8))
        if not sim.act(Action.CLOSE, failed, sim.mediator_login, "not_performed", texts.CLOSE_NOT_PERFORMED_NOTE):
            return
        life.closed_on, life.outcome = failed, "not_performed"
        if not sim.reopened and len(life.sessions) <= 2 and draw.chance(REOPEN_SHARE):
            _reopen(sim, failed)


def terminate(sim: Simulation, on: date, ground: str) -> None:
    """Terminate mediation on ``ground``, then tell the parties and close."""
    life = sim.life
    if not sim.act(Action.TERMINATE, on, sim.mediator_login, ground, texts.TERMINATION_NOTES[ground]):
        return
    life.terminated_on, life.termination_ground = on, ground
    _close_terminated(sim, on, ground)


def _close_terminated(sim: Simulation, terminated: date, ground: str) -> None:
    draw, life = sim.draw, sim.life
    notice = sim.workdays(terminated, _NOTICE_DAYS(draw))
    closed = sim.workdays(notice, draw.one((0, 0, 0, 1, 2)))
    outcome = _OUTCOMES[ground](draw)
    if not sim.act(Action.CLOSE, closed, sim.mediator_login, outcome, texts.CLOSE_TERMINATED_NOTE):
        return
    life.notice_on, life.closed_on, life.outcome = notice, closed, outcome
    if outcome == "self_settled":
        _received(sim, share(sim.complaint.paid_cents, draw.between(40, 100)), 0)
    may_reopen = not sim.reopened and len(life.sessions) <= 2
    if outcome in ("not_performed", "no_agreement") and may_reopen and draw.chance(REOPEN_SHARE):
        _reopen(sim, closed)


def _reopen(sim: Simulation, closed: date) -> None:
    """A supervisor takes the case back into mediation; the closing and any agreement are undone."""
    draw, life = sim.draw, sim.life
    on = sim.world.calendar.roll_forward(closed + timedelta(days=draw.between(5, 40)))
    if not sim.act(Action.REOPEN, on, sim.world.staff.supervisor, note=draw.one(texts.REOPEN_REASONS)):
        return
    sim.reopened = True
    life.closed_on = life.outcome = life.paid_by = None
    life.recovered = life.punitive = 0
    life.terminated_on = life.termination_ground = life.notice_on = None
    life.agreement = None
    life.consent = True
    if life.mediator is None:
        life.mediator = draw.one(sim.world.staff.mediators)
    sim.mediate(on, reopened=True)
