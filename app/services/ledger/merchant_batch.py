"""Recognising the merchants of a batch of ledger rows in a few queries instead of several per row.

A merchant whose identifier (USCC, WeChat ID, phone) the database already knows, directly or as an
alias, goes through the intake rule itself (``merchant_for_case``: follow merges, fill what is missing,
note the aliases). The others are new: rows of the batch sharing an identifier become one merchant,
created with one multi-row INSERT, and their names and identifiers are noted as aliases the same way
intake notes them. A row naming the merchant by name only gets its own record, as at intake.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.domain.identifiers import normalize_name
from app.services.ledger.rows import LedgerEntry
from app.services.merchants.identity import _alias_values, merchant_for_case
from app.store.bulk_insert import insert_returning_ids, insert_rows
from app.store.merchant_records import MerchantAlias
from app.store.merchants import Merchant

Key = tuple[str, str]
_CHUNK = 400


def identifier_keys(entry: LedgerEntry) -> list[Key]:
    clean = entry.clean
    pairs = (("uscc", clean.merchant_uscc), ("wechat_id", clean.merchant_wechat), ("phone", clean.merchant_phone))
    return [(kind, key) for kind, key in pairs if key]


class MerchantResolver:
    """Merchant ids for ledger entries, remembered across the batches of one import."""

    def __init__(self, session: Session, at: datetime) -> None:
        self.session, self.at = session, at
        self.known: dict[Key, int] = {}

    def _in_database(self, keys: set[Key]) -> set[Key]:
        found: set[Key] = set()
        columns = {"uscc": Merchant.uscc, "wechat_id": Merchant.wechat_key, "phone": Merchant.phone}
        for kind, column in columns.items():
            values = sorted(k for c, k in keys if c == kind)
            for start in range(0, len(values), _CHUNK):
                chunk = values[start : start + _CHUNK]
                found.update((kind, v) for v in self.session.scalars(select(column).where(column.in_(chunk))) if v)
        listed = sorted(keys)
        for start in range(0, len(listed), _CHUNK):
            pairs = listed[start : start + _CHUNK]
            rows = self.session.execute(
                select(MerchantAlias.kind, MerchantAlias.value_key).where(
                    tuple_(MerchantAlias.kind, MerchantAlias.value_key).in_(pairs)
                )
            )
            found.update((kind, key) for kind, key in rows)
        return found

    def resolve(self, entries: Sequence[LedgerEntry]) -> list[int]:
        """The merchant id of each entry, in order."""
        wanted = {k for e in entries for k in identifier_keys(e) if k not in self.known}
        existing = self._in_database(wanted) if wanted else set()
        ids: list[int | None] = [None] * len(entries)
        groups: list[list[int]] = []
        group_of: dict[Key, int] = {}
        for index, entry in enumerate(entries):
            keys = identifier_keys(entry)
            known = next((self.known[k] for k in keys if k in self.known), None)
            if known is not None:
                ids[index] = known
            elif not keys or any(k in existing for k in keys):
                ids[index] = self._by_intake_rule(entry, keys)
            else:
                group = next((group_of[k] for k in keys if k in group_of), None)
                if group is None:
                    group = len(groups)
                    groups.append([])
                groups[group].append(index)
                for k in keys:
                    group_of.setdefault(k, group)
        aliases: list[dict[str, object]] = []
        for members, merchant_id in zip(groups, self._create([entries[g[0]] for g in groups]), strict=True):
            aliases += self._aliases(merchant_id, [entries[i] for i in members])
            for i in members:
                ids[i] = merchant_id
                self.known.update(dict.fromkeys(identifier_keys(entries[i]), merchant_id))
        insert_rows(self.session, MerchantAlias, aliases)
        return [i for i in ids if i is not None]

    def _by_intake_rule(self, entry: LedgerEntry, keys: list[Key]) -> int:
        merchant, _ = merchant_for_case(self.session, entry.clean)
        self.known.update(dict.fromkeys(keys, merchant.id))
        return merchant.id

    def _create(self, firsts: Sequence[LedgerEntry]) -> list[int]:
        if not firsts:
            return []
        rows = []
        for entry in firsts:
            clean, draft = entry.clean, entry.clean.draft.merchant
            name = draft.name or draft.wechat_id or draft.phone or "未知经营者"
            rows.append(
                {
                    "name": name,
                    "name_key": normalize_name(name),
                    "kind": draft.kind or "unregistered",
                    "uscc": clean.merchant_uscc,
                    "wechat_id": draft.wechat_id or None,
                    "wechat_key": clean.merchant_wechat,
                    "phone": clean.merchant_phone,
                    "payee": None,
                    "payee_key": None,
                    "shop_name": None,
                    "address": None,
                    "verified": False,
                    "verified_how": None,
                    "blacklisted": False,
                    "created_at": self.at,
                }
            )
        return insert_returning_ids(self.session, Merchant, rows)

    def _aliases(self, merchant_id: int, entries: Sequence[LedgerEntry]) -> list[dict[str, object]]:
        """The alias rows of a new merchant: each name and identifier its rows used, once."""
        seen: dict[tuple[str, str], str] = {}
        for entry in entries:
            for kind, value, key in _alias_values(entry.clean.draft.merchant, entry.clean):
                seen.setdefault((kind, key[:120]), value[:120])
        return [
            {"merchant_id": merchant_id, "kind": kind, "value": value, "value_key": key, "seen_at": self.at}
            for (kind, key), value in seen.items()
        ]
