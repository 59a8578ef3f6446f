"""A small office for the collaboration tests: a lead (position above) and two reps in one department, a
storefront clerk in another, and an admin; plus a helper that waits for live changes."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.db.models import Position, User
from crm_desktop.db.session import Database
from crm_desktop.services.context import UserContext
from crm_desktop.services.notify import Change
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
    role_id,
)

WAIT_S = 10.0


@dataclass
class CollabOffice:
    db: Database
    lead: UserContext
    worker: UserContext
    peer: UserContext
    clerk: UserContext
    admin: UserContext
    sales: int  # department ids
    store: int
    customer: int


def build_office(db: Database) -> CollabOffice:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        store = add_department(s, "门市部", parent_id=None)
        staff = add_role(s, "staff", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="own")
        lead_pos = Position(name="销售主管")
        s.add(lead_pos)
        s.flush()
        rep_pos = Position(name="销售代表", parent_id=lead_pos.id)
        s.add(rep_pos)
        s.flush()
        lead = add_user(
            s, "lead", full_name="赵敏", department_id=sales, roles=[staff], station_code="key_accounts"
        )
        worker = add_user(
            s, "worker", full_name="刘洋", department_id=sales, roles=[staff], station_code="key_accounts"
        )
        peer = add_user(
            s, "peer", full_name="杨帆", department_id=sales, roles=[staff], station_code="key_accounts"
        )
        clerk = add_user(
            s, "clerk", full_name="王芳", department_id=store, roles=[staff], station_code="storefront"
        )
        admin = add_user(
            s, "root", full_name="管理员", roles=[role_id(s, "admin")], station_code="admin_office"
        )
        for uid, pos in ((lead, lead_pos.id), (worker, rep_pos.id), (peer, rep_pos.id)):
            user = s.get(User, uid)
            assert user is not None
            user.position_id = pos
        customer = add_customer(s, "甲公司", owner_id=worker, department_id=sales)
    ctx = [context_for(db, u) for u in (lead, worker, peer, clerk, admin)]
    return CollabOffice(db, *ctx, sales, store, customer)


class Inbox:
    """Collects changes from a listener thread; `wait(pred)` returns the first matching one or fails."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Change] = queue.Queue()

    def __call__(self, change: Change) -> None:
        self.queue.put(change)

    def wait(self, pred: Callable[[Change], bool], timeout: float = WAIT_S) -> Change:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, "no matching change arrived in time"
            try:
                change = self.queue.get(timeout=left)
            except queue.Empty:
                raise AssertionError("no matching change arrived in time") from None
            if pred(change):
                return change
