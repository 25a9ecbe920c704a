"""The one message catalog: every entry in both languages, every coded raise in the core names a real entry."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from app.domain import messages
from app.domain.catalog import FIELDS, MESSAGES
from app.domain.errors import ActionRefused, InvalidInput, InvalidValue, Problem
from app.domain.messages import Label, msg, placeholders

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
APP = Path(__file__).resolve().parents[2] / "app"
CORE = [APP / "domain", APP / "services", APP / "store", APP / "cli", APP / "devtools"]
ERRORS = {
    "DomainError",
    "InvalidValue",
    "ActionRefused",
    "PermissionDenied",
    "NotFound",
    "Conflict",
    "SignInFailed",
    "ConnectionLost",
    "DumpFailed",
    "BackupInvalid",
    "UserError",
    "FileNotWritten",
    "DatabaseBusy",
    "ReaderUnavailable",
    "ForeignDatabase",
}
SAMPLE = {"count": 3, "days": 2, "limit": 64, "low": 1, "high": 30, "wait": 5, "row": 4, "year": 2026}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_catalog_entry_reads_in_both_languages(code: str) -> None:
    zh, en = MESSAGES[code]
    assert zh.strip() and en.strip()
    assert placeholders(zh) == placeholders(en), "both languages take the same parameters"
    assert not CJK.search(en.replace("放假", "").replace("上班", "")), f"English text of {code} has Chinese"
    params = {name: SAMPLE.get(name, f"<{name}>") for name in placeholders(zh)}
    for lang in ("zh", "en"):
        text = msg(code, **params).text(lang)
        assert not any("{" + name + "}" in text for name in params), "every parameter is filled"
        for value in params.values():
            assert str(value) in text


def test_field_names_have_english_without_chinese() -> None:
    assert all(not CJK.search(en) for en in FIELDS.values())


def _calls(path: Path) -> list[tuple[str, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            found.append((name, node))
    return found


def _core_files() -> list[Path]:
    return [p for root in CORE for p in root.rglob("*.py") if "migrations" not in p.parts]


def test_every_coded_message_in_the_core_names_a_catalog_entry_with_its_parameters() -> None:
    checked = 0
    for path in _core_files():
        for name, call in _calls(path):
            if name not in ERRORS | {"msg"} or not call.args:
                continue
            first = call.args[0]
            where = f"{path.relative_to(APP)}:{call.lineno}"
            assert not (isinstance(first, ast.JoinedStr)), f"{where}: a message is a code, not an f-string"
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            assert not CJK.search(first.value), f"{where}: Chinese text instead of a message code"
            assert first.value in MESSAGES, f"{where}: {first.value!r} is not in the catalog"
            given = {k.arg for k in call.keywords if k.arg}
            assert given == placeholders(MESSAGES[first.value][0]), f"{where}: parameters of {first.value}"
            checked += 1
    assert checked > 200


def test_no_problem_in_the_core_carries_plain_text() -> None:
    for path in _core_files():
        for name, call in _calls(path):
            if name == "Problem" and len(call.args) > 1:
                reason = call.args[1]
                assert not isinstance(reason, ast.Constant | ast.JoinedStr), f"{path.relative_to(APP)}:{call.lineno}"


def test_a_message_refuses_an_unknown_code_or_missing_parameters() -> None:
    with pytest.raises(KeyError):
        msg("no.such.code")
    with pytest.raises(TypeError):
        msg("case.not_found")


def test_the_language_is_chosen_once_and_every_error_follows_it() -> None:
    err = ActionRefused("case.not_found", case_no="WQ-2026-0001")
    assert str(err) == "没有编号为 WQ-2026-0001 的案件"
    messages.set_language("en")
    assert str(err) == "There is no case numbered WQ-2026-0001"
    assert err.message == str(err) and err.text("zh") == "没有编号为 WQ-2026-0001 的案件"


def test_labels_and_fields_in_a_message_follow_the_language() -> None:
    problem = Problem("登记日期", msg("requirement.not_before", what=messages.field_name("受理日期"), earliest="x"))
    assert problem.text("en") == "Registered on: Cannot be before the Accepted on (x)"
    assert problem.text("zh") == "登记日期: 不能早于受理日期（x）"
    assert msg("mediator.state", state=Label("已登记", "Registered")).text("en").endswith("\u201cRegistered\u201d")


def _refusals() -> list[object]:
    """Refusal and validation paths of the domain reachable without a database, each raising DomainError."""
    from app.domain import dates, identifiers, money, workflow
    from app.domain.deadlines import ClockRule

    return [
        lambda: money.parse_amount("abc"),
        lambda: money.parse_amount("-5"),
        lambda: money.parse_amount("1.234"),
        lambda: money.parse_amount(""),
        lambda: money.parse_amount("99999999999"),
        lambda: dates.parse_date("2026-02-30"),
        lambda: dates.parse_date("yesterday"),
        lambda: dates.check_purchase_date(date(2027, 1, 1), date(2026, 1, 1)),
        lambda: dates.check_purchase_date(date(1999, 1, 1), date(2026, 1, 1)),
        lambda: identifiers.normalize_mobile("12345"),
        lambda: identifiers.normalize_mobile(""),
        lambda: identifiers.normalize_phone("12"),
        lambda: identifiers.normalize_id_number("1234"),
        lambda: identifiers.normalize_id_number("11010519491231002Y"),
        lambda: identifiers.normalize_id_number("110105194912310021"),
        lambda: identifiers.normalize_uscc("123"),
        lambda: identifiers.normalize_uscc("91350100M000100Y4O"),
        lambda: identifiers.normalize_wechat_id("!"),
        lambda: workflow.target_state("closed", "accept"),
        lambda: workflow.target_state("registered", "close"),
        lambda: ClockRule(-1),
        lambda: ClockRule(5, "lunar"),
    ]


@pytest.mark.parametrize("refuse", _refusals())
def test_each_refusal_of_the_domain_reads_in_both_languages(refuse) -> None:
    with pytest.raises((InvalidValue, ActionRefused, InvalidInput)) as err:
        refuse()
    assert CJK.search(err.value.text("zh"))
    english = err.value.text("en")
    assert english and not CJK.search(english), english


def test_an_invalid_input_lists_every_problem_in_the_chosen_language() -> None:
    err = InvalidInput(
        [Problem("登记日期", msg("date.not_after_today"), "2027-01-01", 3), Problem("涉及金额", msg("money.negative"))]
    )
    assert err.text("zh") == "第3行 登记日期: 不能晚于今天；涉及金额: 金额不能为负数"
    assert err.text("en").startswith("Row 3: Registered on: Cannot be after today; ")
