"""Screens of the pages and dialogs that need data of their own: the due desk and the merchant list on the
sample merchants, a merchant's profile, the administration and report pages, an edit conflict and the
ledger import wizard with problems."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from PySide6.QtWidgets import QWidget

from app.devtools.screens.case_fixtures import ensure_office
from app.devtools.screens.merchant_fixtures import ensure_merchant_demo
from app.devtools.screens.registry import screenshot
from app.domain.dates import today_local
from app.domain.errors import DomainError, Problem
from app.domain.messages import msg
from app.services.cases.conflicts import EditBase, compare, open_for_edit
from app.services.cases.enquiries import EnquiryInput, log_enquiry
from app.services.cases.view import iter_case_states
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.conflict_dialog import ConflictDialog
from app.views.dialogs.enquiries_dialog import EnquiriesDialog
from app.views.dialogs.import_wizard import ImportWizard
from app.views.dialogs.merchant_dialog import MerchantDialog
from app.views.dialogs.office_dialog import OfficeDialog
from app.views.pages.admin_page import AdminPage
from app.views.pages.due_page import DuePage
from app.views.pages.merchants_page import MerchantsPage
from app.views.pages.reports_page import ReportsPage


@screenshot("due_desk")
def due_desk(ctx: AppContext) -> QWidget:
    ensure_merchant_demo(ctx)
    return DuePage(ctx)


@screenshot("merchants_page")
def merchants_page(ctx: AppContext) -> QWidget:
    ensure_merchant_demo(ctx)
    return MerchantsPage(ctx)


@screenshot("merchant_profile")
def merchant_profile(ctx: AppContext) -> QWidget:
    return MerchantDialog(ctx, ensure_merchant_demo(ctx))


@screenshot("admin_page")
def admin_page(ctx: AppContext) -> QWidget:
    return AdminPage(ctx)


@screenshot("office_dialog")
def office_dialog(ctx: AppContext) -> QWidget:
    ensure_office(ctx)
    return OfficeDialog(ctx)


@screenshot("rule_set_dialog")
def rule_set_dialog(ctx: AppContext) -> QWidget:
    """The new rule set form: four clocks, the ground lists, the pausing reasons (15 rows)."""
    from app.views.dialogs.rule_set_dialog import RuleSetDialog

    return RuleSetDialog(ctx)


@screenshot("ground_dialog")
def ground_dialog(ctx: AppContext) -> QWidget:
    from app.services.admin.rule_sets import list_grounds
    from app.views.dialogs.ground_dialogs import GroundDialog

    return GroundDialog(ctx, next(g for g in list_grounds(ctx.db) if g.code == "party_ceased"))


@screenshot("rule_set_grounds_dialog")
def rule_set_grounds_dialog(ctx: AppContext) -> QWidget:
    from app.services.admin.rule_sets import list_rule_sets
    from app.views.dialogs.ground_dialogs import RuleSetGroundsDialog

    return RuleSetGroundsDialog(ctx, list_rule_sets(ctx.db)[-1])


@screenshot("entrusted_export_dialog")
def entrusted_export_dialog(ctx: AppContext) -> QWidget:
    from app.views.dialogs.entrusted_export import EntrustedExportDialog

    return EntrustedExportDialog(ctx)


@screenshot("enquiries_dialog")
def enquiries_dialog(ctx: AppContext) -> QWidget:
    """The enquiry log with two consultations of today."""
    if not ctx.extras.get("enquiries_logged"):
        today = today_local()
        for channel, topic, nature in (
            ("phone", "网购生鲜到货变质，商家只肯退一半货款，应如何维权", "quality"),
            ("visit", "预付式健身卡门店关闭，剩余课时能否退款", "contract"),
        ):
            log_enquiry(ctx.db, Actor.cli(), EnquiryInput(today, channel, topic, nature))
        ctx.extras["enquiries_logged"] = True
    return EnquiriesDialog(ctx)


@screenshot("reports_page")
def reports_page(ctx: AppContext) -> QWidget:
    return ReportsPage(ctx)


@screenshot("conflict_dialog")
def conflict_dialog(ctx: AppContext) -> QWidget:
    """A demo conflict on a registered case, made by comparison only (nothing is written): the form was
    opened before another PC changed the facts and the phone, and this PC changed the facts and order."""
    for case_no, _state in islice(iter_case_states(ctx.db, "registered"), 20):
        now = open_for_edit(ctx.db, case_no)
        opened = EditBase(
            case_no,
            now.version - 1,
            replace(now.draft, facts="在朋友圈购买面霜，使用后过敏。", consumer_phone="13800000000"),
        )
        mine = replace(now.draft, facts="在朋友圈购买面霜，使用后过敏；检测报告已收到。", order_no="WX-20261102-01")
        try:
            return ConflictDialog(ctx, compare(ctx.db, opened, mine))
        except DomainError:
            continue
    raise LookupError("no registered case to show a conflict on")


@screenshot("import_wizard")
def import_wizard(ctx: AppContext) -> QWidget:
    wizard = ImportWizard(ctx)
    wizard.show_problems(
        [
            Problem("登记日期", msg("date.missing_day"), "2026-02-30", 3),
            Problem("消费者电话", msg("mobile.format"), "12345", 4),
        ]
    )
    return wizard
