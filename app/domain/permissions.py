"""Roles and what each may do (domain.md section 1). The services check these; the GUI only mirrors them."""

from __future__ import annotations

from enum import StrEnum

from app.domain.codes import CodeList
from app.domain.workflow import Action


class Role(StrEnum):
    CLERK = "clerk"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLES: CodeList = {
    "clerk": ("登记员", "Intake clerk"),
    "mediator": ("调解员", "Mediator"),
    "supervisor": ("主管", "Supervisor"),
    "admin": ("管理员", "Administrator"),
}


class Permission(StrEnum):
    REGISTER = "register"
    EDIT_OPEN_CASE = "edit_open_case"
    EDIT_ENDED_CASE = "edit_ended_case"
    DECIDE_ACCEPTANCE = "decide_acceptance"
    ASSIGN_MEDIATOR = "assign_mediator"
    MEDIATE = "mediate"
    MEDIATE_ANY_CASE = "mediate_any_case"
    REOPEN = "reopen"
    MANAGE_BLACKLIST = "manage_blacklist"
    MERGE_MERCHANTS = "merge_merchants"
    EXPORT_REPORT = "export_report"
    EXPORT_UNMASKED = "export_unmasked"
    VIEW_PERSONAL_DATA = "view_personal_data"
    VIEW_ID_NUMBER = "view_id_number"
    IMPORT_LEDGER = "import_ledger"
    MANAGE_USERS = "manage_users"
    MANAGE_RULES = "manage_rules"
    MANAGE_HOLIDAYS = "manage_holidays"
    BACKUP = "backup"


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({P.REGISTER, P.EDIT_OPEN_CASE, P.VIEW_PERSONAL_DATA, P.VIEW_ID_NUMBER}),
    Role.MEDIATOR: frozenset({P.EDIT_OPEN_CASE, P.MEDIATE, P.VIEW_PERSONAL_DATA}),
    Role.SUPERVISOR: frozenset(
        {
            P.REGISTER,
            P.EDIT_OPEN_CASE,
            P.EDIT_ENDED_CASE,
            P.DECIDE_ACCEPTANCE,
            P.ASSIGN_MEDIATOR,
            P.MEDIATE,
            P.MEDIATE_ANY_CASE,
            P.REOPEN,
            P.MANAGE_BLACKLIST,
            P.MERGE_MERCHANTS,
            P.EXPORT_REPORT,
            P.EXPORT_UNMASKED,
            P.VIEW_PERSONAL_DATA,
            P.VIEW_ID_NUMBER,
            P.IMPORT_LEDGER,
        }
    ),
    Role.ADMIN: frozenset({P.MANAGE_USERS, P.MANAGE_RULES, P.MANAGE_HOLIDAYS, P.BACKUP, P.EXPORT_REPORT}),
}

PERMISSION_LABELS: dict[Permission, tuple[str, str]] = {
    # (Chinese, English): what the permission lets a person do
    P.REGISTER: ("登记投诉", "register complaints"),
    P.EDIT_OPEN_CASE: ("修改在办案件", "change open cases"),
    P.EDIT_ENDED_CASE: ("修改已办结或不予受理的案件", "change closed or rejected cases"),
    P.DECIDE_ACCEPTANCE: ("决定是否受理", "decide acceptance"),
    P.ASSIGN_MEDIATOR: ("指派调解员", "assign mediators"),
    P.MEDIATE: ("调解案件", "mediate cases"),
    P.MEDIATE_ANY_CASE: ("调解未指派给本人的案件", "mediate cases assigned to others"),
    P.REOPEN: ("重新调解已办结案件", "reopen closed cases"),
    P.MANAGE_BLACKLIST: ("管理经营者黑名单", "manage the merchant blacklist"),
    P.MERGE_MERCHANTS: ("合并经营者", "merge merchants"),
    P.EXPORT_REPORT: ("导出月报", "export the monthly report"),
    P.EXPORT_UNMASKED: ("导出未脱敏数据", "export unmasked data"),
    P.VIEW_PERSONAL_DATA: ("查看个人信息", "see personal data"),
    P.VIEW_ID_NUMBER: ("查看完整身份证号", "see full ID numbers"),
    P.IMPORT_LEDGER: ("导入台账", "import ledgers"),
    P.MANAGE_USERS: ("管理用户", "manage users"),
    P.MANAGE_RULES: ("管理规则", "manage rule sets"),
    P.MANAGE_HOLIDAYS: ("管理节假日", "manage holidays"),
    P.BACKUP: ("备份与恢复", "back up and restore"),
}


def permission_label(permission: Permission, lang: str = "zh_CN") -> str:
    zh, en = PERMISSION_LABELS[permission]
    return en if lang.startswith("en") else zh


def roles_granting(permission: Permission) -> list[Role]:
    """The roles that hold ``permission``, in the order of ROLES."""
    return [role for role in Role if permission in ROLE_PERMISSIONS[role]]


def permissions_of(roles: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[Permission]:
    """Every permission granted by any of the roles."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(Role(role), frozenset())
    return frozenset(granted)


def may_mediate(roles: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
    """Whether a user with these roles may be assigned cases and mediate them (the one rule: Permission.MEDIATE)."""
    return Permission.MEDIATE in permissions_of(roles)


MEDIATION_ACTIONS = frozenset(
    {Action.START, Action.SUSPEND, Action.RESUME, Action.AGREE, Action.TERMINATE, Action.CLOSE}
)
"""The workflow steps of mediation itself: a mediator takes them only on the cases assigned to them."""


def permission_for(action: Action | str) -> Permission:
    """The permission a workflow action needs."""
    if action in (Action.ACCEPT, Action.REJECT, Action.WITHDRAW, Action.TRANSFER):
        return Permission.DECIDE_ACCEPTANCE
    if action == Action.REOPEN:
        return Permission.REOPEN
    return Permission.MEDIATE


CASE_WORK = frozenset({P.REGISTER, P.EDIT_OPEN_CASE, P.MEDIATE, P.DECIDE_ACCEPTANCE})
AREA_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "dashboard": frozenset(),
    "cases": CASE_WORK,
    "due": CASE_WORK,
    "merchants": CASE_WORK | {P.MANAGE_BLACKLIST, P.MERGE_MERCHANTS},
    "reports": frozenset({P.EXPORT_REPORT, P.IMPORT_LEDGER}),
    "admin": frozenset({P.MANAGE_USERS, P.MANAGE_RULES, P.MANAGE_HOLIDAYS, P.BACKUP, P.DECIDE_ACCEPTANCE}),
}
"""The areas of work (the main window's pages) and the permissions any one of which opens each; an empty
set: everyone (the dashboard shows only aggregate figures). Supervisors see the administration area to
read the rule sets."""


def sees_area(granted: frozenset[Permission], area: str) -> bool:
    """True when someone holding ``granted`` works in ``area``."""
    needed = AREA_PERMISSIONS[area]
    return not needed or bool(needed & granted)
