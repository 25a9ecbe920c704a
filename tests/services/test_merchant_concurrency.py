"""Merchant identity holds under concurrency (issue 14, point 9): eight PCs registering cases against
the same three WeChat IDs at once end with three merchant records, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from app.store.merchants import Merchant
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 2)
WECHAT_IDS = ["shop_alpha", "shop_beta", "shop_gamma"]


def test_eight_concurrent_writers_create_one_merchant_per_wechat_id(db):
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def pc(n: int) -> None:
        mine = open_database(db.url)
        try:
            barrier.wait(timeout=60)
            for k in range(6):
                wechat = WECHAT_IDS[(n + k) % 3]
                draft = replace(wechat_draft(D0), merchant=MerchantDraft(name=f"店{wechat}", wechat_id=wechat))
                register_case(mine, Actor.cli(), draft, today=D0)
        except BaseException as err:  # reported below, with the others
            errors.append(err)
        finally:
            mine.dispose()

    threads = [threading.Thread(target=pc, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as session:
        per_id = dict(
            session.execute(
                select(Merchant.wechat_id, func.count())
                .where(Merchant.wechat_id.in_(WECHAT_IDS))
                .group_by(Merchant.wechat_id)
            ).all()
        )
    assert per_id == dict.fromkeys(WECHAT_IDS, 1)
