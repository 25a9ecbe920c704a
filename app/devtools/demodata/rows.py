"""Turning a simulated case into table rows for bulk inserts: tuples in the order of :data:`COLUMNS`,
values encoded for the database, ids assigned here so child rows can point at their parents."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from app.devtools.demodata import people, texts
from app.devtools.demodata.bulk import Encoder
from app.devtools.demodata.draw import Draw, Weighted
from app.devtools.demodata.lifecycle import Life, Simulation
from app.devtools.demodata.merchants import MerchantSeed
from app.devtools.demodata.stories import Complaint, render, where_bought
from app.devtools.demodata.world import World
from app.domain.case_numbers import format_case_no
from app.domain.deadlines import CaseClock, Limits, next_running_deadline
from app.domain.rules import RuleSet, rule_set_for
from app.domain.workflow import END_STATES

# Column order of the rows made here, table by table (the rows are tuples in this order).
COLUMNS: dict[str, tuple[str, ...]] = {
    "consumers": ("id", "name", "name_initials", "phone", "id_number", "address", "agent_name", "agent_authorised"),
    "cases": (
        "id",
        "case_no",
        "source",
        "ref_12315",
        "entrusted_by",
        "entrusted_received_on",
        "entrusted_accepted_on",
        "received_on",
        "registered_at",
        "state",
        "rule_set_code",
        "consumer_id",
        "merchant_id",
        "channel",
        "payment",
        "purchase_date",
        "order_no",
        "amount_claimed",
        "nature",
        "category",
        "sub_category",
        "facts",
        "request_text",
        "accepted_on",
        "rejected_on",
        "decision_reason",
        "mediator_id",
        "consumer_consent",
        "merchant_consent",
        "extension_days",
        "terminated_on",
        "termination_ground",
        "notice_on",
        "closed_on",
        "outcome",
        "recovered_amount",
        "punitive_amount",
        "paid_by",
        "next_due_on",
        "next_due_kind",
        "group_id",
        "consumer_sort",
        "merchant_sort",
        "mediator_sort",
        "created_by",
        "version",
    ),
    "case_requests": ("case_id", "code"),
    "assessments": (
        "case_id",
        "registered",
        "sells_continuously",
        "brand_agent",
        "posts_regularly",
        "has_shop",
        "buyers_known",
        "conclusion",
        "note",
    ),
    "suspensions": ("id", "case_id", "reason", "note", "started_on", "ended_on"),
    "mediation_sessions": ("id", "case_id", "held_at", "mode", "participants", "summary", "result", "recorded_by"),
    "offers": ("id", "session_id", "party", "amount", "description"),
    "agreements": (
        "case_id",
        "terms",
        "agreed_on",
        "refund",
        "compensation",
        "punitive",
        "performance_due_on",
        "confirmed_on",
    ),
    "case_respondents": ("id", "case_id", "merchant_id", "role", "note", "added_by", "added_at"),
    "advance_payments": (
        "id",
        "case_id",
        "payer_kind",
        "payer_name",
        "amount",
        "paid_on",
        "note",
        "recorded_by",
        "recorded_at",
    ),
    "case_history": (
        "id",
        "case_id",
        "from_state",
        "to_state",
        "action",
        "actor",
        "at",
        "grounds",
        "note",
        "event_on",
        "outcome",
        "recovered_amount",
        "punitive_amount",
        "due_on",
    ),
}
TABLES = tuple(COLUMNS)
_SOURCES = Weighted(("visit", "phone", "letter", "online", "platform_12315"), (15, 35, 3, 30, 17))
_PAYMENTS = {
    "wechat": Weighted(("wechat_transfer", "wechat_red_envelope", "qr_code", "bank_card", "other"), (50, 22, 22, 3, 3)),
    "wechat_miniprogram": Weighted(("qr_code", "wechat_transfer", "other"), (60, 30, 10)),
    "store": Weighted(("cash", "bank_card", "qr_code", "other"), (25, 30, 40, 5)),
    "other_ecommerce": Weighted(("bank_card", "qr_code", "other"), (35, 25, 40)),
    "tv_phone": Weighted(("bank_card", "cash", "other"), (50, 30, 20)),
    "other": Weighted(("wechat_transfer", "cash", "bank_card", "other"), (30, 30, 20, 20)),
}
_ORDER_CHANNELS = frozenset({"wechat_miniprogram", "other_ecommerce", "tv_phone"})
_PLATFORM_CHANNELS = frozenset({"wechat_miniprogram", "other_ecommerce"})
ENTRUSTED_SHARE = 0.4
"""Of the complaints passed on by 12315, those a SAMR office entrusted to the association (Order 20 Art. 17)."""
PLATFORM_RESPONDENT_SHARE, SUPPLIER_RESPONDENT_SHARE = 0.3, 0.2
_CLOSING_ACTIONS = frozenset({"close", "withdraw", "transfer"})


class Entrusted(NamedTuple):
    """The SAMR office that entrusted the case, and its own receipt and acceptance dates."""

    office: str
    received_on: date
    accepted_on: date


class _Purchase(NamedTuple):
    channel: str
    bought: date
    complaint: Complaint


@dataclass
class Batch:
    """Rows of one batch of cases, table by table, and how many cases ended in each state."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {t: [] for t in TABLES})
    states: Counter[str] = field(default_factory=Counter)


class Ids:
    """Hands out the ids of the tables with a generated key, from the first free one of each."""

    TABLES = (
        "consumers",
        "cases",
        "suspensions",
        "mediation_sessions",
        "offers",
        "case_history",
        "case_respondents",
        "advance_payments",
    )

    def __init__(self, first: dict[str, int] | None = None) -> None:
        self._next = {t: itertools.count((first or {}).get(t, 1)) for t in self.TABLES}

    def take(self, table: str) -> int:
        return next(self._next[table])


class CaseFactory:
    """Makes the rows of one case after another from one random stream; values leave it encoded for the
    database (:class:`~app.devtools.demodata.bulk.Encoder`), money as Decimal with two places first."""

    def __init__(
        self,
        world: World,
        draw: Draw,
        rule_sets: list[RuleSet],
        limits: dict[str, Limits],
        ids: Ids,
        counters: dict[int, int],
        encode: Encoder,
    ) -> None:
        self.world, self.draw, self.rule_sets, self.limits = world, draw, rule_sets, limits
        self.ids, self.counters, self.encode = ids, counters, encode
        self.names = people.NameMaker(draw)
        self._rules_on: dict[date, RuleSet] = {}
        self._where: dict[tuple[int, str], str] = {}
        self._checked = False
        self.platforms: list[tuple[int, str]] = []
        """Platform merchants (id, name) a case may name as a further respondent (CRPL Art. 44)."""
        self.brands: list[tuple[int, str]] = []
        """Enterprises a case against a brand's agent may name as supplier or brand owner (CRPL Art. 40)."""

    def rules_on(self, received: date) -> RuleSet:
        rules = self._rules_on.get(received)
        if rules is None:
            rules = self._rules_on[received] = rule_set_for(received, self.rule_sets)
        return rules

    def case_no(self, year: int) -> str:
        self.counters[year] = self.counters.get(year, 0) + 1
        return format_case_no(year, self.counters[year])

    def _entrusted(self, source: str, received: date) -> Entrusted | None:
        """A 12315 complaint entrusted by a SAMR office: it received (and accepted) it a few days before."""
        draw = self.draw
        if source != "platform_12315" or not draw.chance(ENTRUSTED_SHARE):
            return None
        office_received = received - timedelta(days=draw.between(1, 5))
        office_accepted = min(self.world.calendar.add_working_days(office_received, draw.between(0, 2)), received)
        return Entrusted(draw.one(texts.ENTRUSTING_OFFICES), office_received, office_accepted)

    def add(self, batch: Batch, received: date, merchant: MerchantSeed) -> None:
        draw = self.draw
        source = _SOURCES(draw)
        entrusted = self._entrusted(source, received)
        rules = self.rules_on(entrusted.received_on if entrusted else received)
        channel = merchant.channels(draw)
        bought = max(
            received - timedelta(days=draw.between(1, 240 if merchant.trade.service else 90)), date(2000, 1, 1)
        )
        where = self._where.get((merchant.id, channel))
        if where is None:
            where = self._where[merchant.id, channel] = where_bought(channel, merchant.name, merchant.shop)
        complaint = render(draw, merchant.trade, bought, where)
        consumer_id, consumer_name = self._consumer(batch, received)
        life = Simulation(
            self.world, draw, rules, self.limits[rules.code], complaint, merchant.row, channel, consumer_name
        ).run(received)
        case_id = self.ids.take("cases")
        purchase = _Purchase(channel, bought, complaint)
        batch.rows["cases"].append(
            self._case(
                case_id, received, rules, (consumer_id, consumer_name), merchant, purchase, life, source, entrusted
            )
        )
        batch.rows["case_requests"].extend((case_id, code) for code in complaint.requests)
        self._children(batch, case_id, life)
        self._respondents(batch, case_id, received, merchant, channel, life)
        batch.states[life.state] += 1

    def _consumer(self, batch: Batch, received: date) -> tuple[int, str]:
        draw = self.draw
        consumer_id = self.ids.take("consumers")
        name, initials = self.names.person()
        agent = self.names.name() if draw.chance(0.02) else None
        batch.rows["consumers"].append(
            (
                consumer_id,
                name,
                initials,
                people.mobile(draw),
                people.id_number(draw, received) if draw.chance(0.35) else None,
                people.address(draw) if draw.chance(0.55) else None,
                agent,
                self.encode.flag[agent is not None],
            )
        )
        return consumer_id, name

    def _case(
        self,
        case_id: int,
        received: date,
        rules: RuleSet,
        consumer: tuple[int, str],
        merchant: MerchantSeed,
        purchase: _Purchase,
        life: Life,
        source: str,
        entrusted: Entrusted | None,
    ) -> tuple[Any, ...]:
        """The case row: one dict literal in the order of ``COLUMNS["cases"]`` (checked once)."""
        draw, d, money = self.draw, self.encode.date, self.encode.money
        channel, bought, complaint = purchase
        due, due_kind = self._next_due(life, received, rules, entrusted)
        consent, mediator, registered = self.encode.flag[life.consent], life.mediator, life.history[0]
        row = {
            "id": case_id,
            "case_no": self.case_no(received.year),
            "source": source,
            "ref_12315": f"{received:%Y%m%d}{draw.digits(8)}" if source == "platform_12315" else None,
            "entrusted_by": entrusted.office if entrusted else None,
            "entrusted_received_on": d[entrusted.received_on] if entrusted else None,
            "entrusted_accepted_on": d[entrusted.accepted_on] if entrusted else None,
            "received_on": d[received],
            "registered_at": registered[4],
            "state": life.state,
            "rule_set_code": rules.code,
            "consumer_id": consumer[0],
            "merchant_id": merchant.id,
            "channel": channel,
            "payment": (_PAYMENTS.get(channel) or _PAYMENTS["wechat"])(draw),
            "purchase_date": d[bought],
            "order_no": self._order_no(channel, bought),
            "amount_claimed": money[complaint.claimed_cents],
            "nature": complaint.nature,
            "category": complaint.category,
            "sub_category": complaint.sub_category,
            "facts": complaint.facts,
            "request_text": complaint.request_text,
            "accepted_on": d[life.accepted_on],
            "rejected_on": d[life.rejected_on],
            "decision_reason": life.decision_reason,
            "mediator_id": mediator.id if mediator else None,
            "consumer_consent": consent,
            "merchant_consent": consent,
            "extension_days": 0,
            "terminated_on": d[life.terminated_on],
            "termination_ground": life.termination_ground,
            "notice_on": d[life.notice_on],
            "closed_on": d[life.closed_on],
            "outcome": life.outcome,
            "recovered_amount": money[life.recovered],
            "punitive_amount": money[life.punitive],
            "paid_by": life.paid_by,
            "next_due_on": d[due],
            "next_due_kind": due_kind,
            "group_id": None,
            # the sort keys the search triggers would set (see demodata.bulk)
            "consumer_sort": consumer[1],
            "merchant_sort": merchant.name,
            "mediator_sort": mediator.name if mediator else "",
            "created_by": registered[3],
            "version": 1,
        }
        if not self._checked:
            if tuple(row) != COLUMNS["cases"]:
                raise LookupError("the case row does not follow COLUMNS['cases']")
            self._checked = True
        return tuple(row.values())

    def _order_no(self, channel: str, bought: date) -> str | None:
        if channel in _ORDER_CHANNELS and self.draw.chance(0.7):
            return f"{bought:%Y%m%d}{self.draw.digits(12)}"
        return None

    def _next_due(
        self, life: Life, received: date, rules: RuleSet, entrusted: Entrusted | None = None
    ) -> tuple[date | None, str | None]:
        """The earliest running (not paused) deadline, as the workflow services store it (an entrusted
        case's from the office's receipt and acceptance dates, as services/clocks.py counts them)."""
        if life.state in END_STATES:
            return None, None
        clock = CaseClock(
            life.state,
            entrusted.received_on if entrusted else received,
            (entrusted.accepted_on if entrusted else None) or life.accepted_on,
            life.terminated_on,
            life.agreement["performance_due_on"] if life.agreement else None,
            tuple((s[2], s[3]) for s in life.suspensions),
        )
        deadline = next_running_deadline(clock, self.limits[rules.code], self.world.calendar, self.world.today)
        return (deadline.due, deadline.kind) if deadline else (None, None)

    def _children(self, batch: Batch, case_id: int, life: Life) -> None:
        rows, take, d, money, flag = batch.rows, self.ids.take, self.encode.date, self.encode.money, self.encode.flag
        if (a := life.assessment) is not None:
            rows["assessments"].append(
                (
                    case_id,
                    flag[a["registered"]],
                    flag[a["sells_continuously"]],
                    flag[a["brand_agent"]],
                    flag[a["posts_regularly"]],
                    flag[a["has_shop"]],
                    a["buyers_known"],
                    a["conclusion"],
                    a["note"],
                )
            )
        for reason, note, started, ended in life.suspensions:
            rows["suspensions"].append((take("suspensions"), case_id, reason, note, d[started], d[ended]))
        recorder = life.mediator.login if life.mediator else self.world.staff.supervisor
        for plan in life.sessions:
            session_id = take("mediation_sessions")
            rows["mediation_sessions"].append(
                (session_id, case_id, plan.held_at, plan.mode, plan.participants, plan.summary, plan.result, recorder)
            )
            rows["offers"].extend(
                (take("offers"), session_id, party, money[cents], text) for party, cents, text in plan.offers
            )
        if (g := life.agreement) is not None:
            rows["agreements"].append(
                (
                    case_id,
                    g["terms"],
                    d[g["agreed_on"]],
                    money[g["refund"]],
                    money[g["compensation"]],
                    money[g["punitive"]],
                    d[g["performance_due_on"]],
                    d[g["confirmed_on"]],
                )
            )
        last_of = {entry[2]: index for index, entry in enumerate(life.history)}
        rows["case_history"].extend(
            (take("case_history"), case_id, *entry[:7], *self._event(life, index == last_of[entry[2]], entry))
            for index, entry in enumerate(life.history)
        )

    def _event(self, life: Life, last: bool, entry: tuple[Any, ...]) -> tuple[Any, ...]:
        """event_on, outcome, money received and due date of a history row, as the workflow keeps them: the
        case's final closing and agreement hold the data; a closing undone by a reopening received nothing.
        ``last``: the row is the case's last one of its action."""
        d, money = self.encode.date, self.encode.money
        action, grounds, on = entry[2], entry[5], entry[7]
        if action in _CLOSING_ACTIONS:
            if last and life.state == "closed":
                return d[on], life.outcome, money[life.recovered], money[life.punitive], None
            return d[on], grounds, money[0], money[0], None
        if action == "agree" and last and life.agreement is not None:
            return d[on], None, None, None, d[life.agreement["performance_due_on"]]
        return d[on], None, None, None, None

    def _respondents(
        self, batch: Batch, case_id: int, received: date, merchant: MerchantSeed, channel: str, life: Life
    ) -> None:
        """A platform named beside a seller on it (CRPL Art. 44, E-Commerce Law Art. 38), the brand owner
        beside its WeChat agent (CRPL Art. 40); the platform's 先行赔付 when it paid the consumer."""
        draw, rows, take = self.draw, batch.rows, self.ids.take
        history = life.history
        at, clerk = history[0][4], history[0][3]
        platform = None
        paid_by_platform = life.paid_by == "platform_advance"
        on_platform = channel in _PLATFORM_CHANNELS and draw.chance(PLATFORM_RESPONDENT_SHARE)
        if self.platforms and (paid_by_platform or on_platform):
            platform = draw.one(self.platforms)
            note = texts.RESPONDENT_NOTES["platform"]
            rows["case_respondents"].append(
                (take("case_respondents"), case_id, platform[0], "platform", note, clerk, at)
            )
        assessment = life.assessment or {}
        if self.brands and assessment.get("brand_agent") and draw.chance(SUPPLIER_RESPONDENT_SHARE):
            brand = draw.one(self.brands)
            if brand[0] != merchant.id:
                note = texts.RESPONDENT_NOTES["supplier"]
                rows["case_respondents"].append(
                    (take("case_respondents"), case_id, brand[0], "supplier", note, clerk, at)
                )
        if paid_by_platform and platform is not None and life.closed_on is not None and life.recovered > 0:
            paid_on = max(life.closed_on - timedelta(days=draw.between(0, 3)), received)
            closing = next(h for h in reversed(history) if h[2] == "close")
            rows["advance_payments"].append(
                (
                    take("advance_payments"),
                    case_id,
                    "platform",
                    platform[1],
                    self.encode.money[life.recovered],
                    self.encode.date[paid_on],
                    texts.ADVANCE_NOTE,
                    closing[3],
                    closing[4],
                )
            )
