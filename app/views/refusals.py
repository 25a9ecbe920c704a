"""Offering only what the user may do: a button for a step the services would refuse is disabled, and its
tooltip says why (the permission and the roles that hold it, or that the case is someone else's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from app.domain import codes
from app.domain.permissions import ROLES, Permission, permission_label, roles_granting
from app.services.cases.access import Refusal


def missing_permission_text(permission: Permission, lang: str) -> str:
    """“You need the right to …, which the supervisor holds”, in the user's language."""
    sep = ", " if lang.startswith("en") else "、"
    holders = sep.join(codes.label(ROLES, role.value, lang) for role in roles_granting(permission))
    text = QCoreApplication.translate("refusals", "需要“%1”的权限（%2）")
    return text.replace("%1", permission_label(permission, lang)).replace("%2", holders)


def refusal_text(refusal: Refusal, lang: str) -> str:
    if refusal.missing is not None:
        return missing_permission_text(refusal.missing, lang)
    if refusal.not_assigned:
        return QCoreApplication.translate("refusals", "此案件未指派给您")
    return QCoreApplication.translate("refusals", "案件当前的状态不允许此操作")


def offer(widget: QAbstractButton | QAction, refusal: Refusal | None, lang: str) -> None:
    """Enable the button when the step is open to the user; otherwise disable it and say why."""
    widget.setEnabled(refusal is None)
    widget.setToolTip("" if refusal is None else refusal_text(refusal, lang))


def offer_permission(widget: QAbstractButton | QAction, granted: bool, permission: Permission, lang: str) -> None:
    offer(widget, None if granted else Refusal(permission), lang)
