"""Roles and what each may do (domain.md section 1). The services check these; the GUI only mirrors them."""

from __future__ import annotations

from enum import StrEnum

from app.domain.codes import CodeList


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

PERMISSION_LABELS: dict[Permission, str] = {
    P.REGISTER: "登记投诉",
    P.EDIT_OPEN_CASE: "修改在办案件",
    P.EDIT_ENDED_CASE: "修改已办结或不予受理的案件",
    P.DECIDE_ACCEPTANCE: "决定是否受理",
    P.ASSIGN_MEDIATOR: "指派调解员",
    P.MEDIATE: "调解案件",
    P.MEDIATE_ANY_CASE: "调解未指派给本人的案件",
    P.REOPEN: "重新调解已办结案件",
    P.MANAGE_BLACKLIST: "管理经营者黑名单",
    P.MERGE_MERCHANTS: "合并经营者",
    P.EXPORT_REPORT: "导出月报",
    P.EXPORT_UNMASKED: "导出未脱敏数据",
    P.VIEW_PERSONAL_DATA: "查看个人信息",
    P.VIEW_ID_NUMBER: "查看完整身份证号",
    P.IMPORT_LEDGER: "导入台账",
    P.MANAGE_USERS: "管理用户",
    P.MANAGE_RULES: "管理规则",
    P.MANAGE_HOLIDAYS: "管理节假日",
    P.BACKUP: "备份与恢复",
}


def permissions_of(roles: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[Permission]:
    """Every permission granted by any of the roles."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(Role(role), frozenset())
    return frozenset(granted)
