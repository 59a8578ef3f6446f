"""Demo sales orders: contract-style orders of the key-account staff with two or three instalments (some paid,
some partly, some overdue) and quick sales at the storefront counter paid on the spot."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import CodeItem, Customer, Product, User
from crm_desktop.services.context import UserContext
from crm_desktop.services.order_state import instalments_of, money
from crm_desktop.services.orders import InstalmentInput, OrderInput, OrderLineInput, add_order, checked_lines
from crm_desktop.services.receipts import ReceiptInput, add_receipt

# Items sold when the demo has no products yet: (name, unit, price)
ITEMS = (
    ("惠普激光打印机 M404dn", "台", Decimal("2380")),
    ("联想台式电脑 启天M430", "台", Decimal("4599")),
    ("原装硒鼓 CF276A", "个", Decimal("520")),
    ("A4复印纸（5包/箱）", "箱", Decimal("135")),
    ("打印机上门维护（年度）", "次", Decimal("1200")),
)


def _context(session: Session, user_id: int) -> UserContext:
    user = session.get(User, user_id)
    assert user is not None
    return UserContext(user.id, user.login, user.full_name, user.department_id, user.position_id,
                       user.station_code or "", (), False)  # fmt: skip


def _lines(session: Session, rng: random.Random, count: int) -> list[OrderLineInput]:
    products = session.execute(
        select(Product.id, Product.name, Product.unit, Product.list_price)
        .where(Product.deleted_at.is_(None), Product.active)
        .order_by(Product.id)
        .limit(40)
    ).all()
    choices = [(p.id, p.name, p.unit, p.list_price) for p in products] or [(None, *item) for item in ITEMS]
    picked = rng.sample(choices, min(count, len(choices)))
    return [
        OrderLineInput(
            pid, name, unit, Decimal(rng.choice((1, 1, 2, 3, 5))), price, Decimal(rng.choice((0, 0, 5, 10)))
        )
        for pid, name, unit, price in picked
    ]


def create_orders(
    session: Session, rng: random.Random, sales: list[int], storefront: list[int], now: datetime
) -> int:
    """Orders for the customers of each person in `sales` and quick sales by `storefront`; returns the count."""
    today = now.date()
    methods = list(session.scalars(select(CodeItem.id).where(CodeItem.category == "payment_method")))
    created = 0
    for user_id in sales:
        user = _context(session, user_id)
        customers = list(
            session.scalars(
                select(Customer.id)
                .where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
                .limit(3)
            )
        )
        for customer_id in customers:
            order_date = today - timedelta(days=rng.randint(5, 120))
            lines = _lines(session, rng, rng.randint(1, 3))
            total = sum((line["amount"] for line in checked_lines(lines)), Decimal(0))
            parts = rng.choice((1, 2, 3))
            share = money(total / parts)
            plan = [
                InstalmentInput(order_date + timedelta(days=30 * (i + 1)), share) for i in range(parts - 1)
            ]
            plan.append(InstalmentInput(order_date + timedelta(days=30 * parts), total - share * (parts - 1)))
            order = add_order(
                session, user, OrderInput(customer_id, order_date, lines, plan), customer_id=customer_id
            )
            created += 1
            for inst in instalments_of(session, order.id):
                if inst.due_date > today or rng.random() < 0.3:
                    continue  # not due yet, or overdue
                amount = inst.amount if rng.random() < 0.7 else money(inst.amount / 2)
                add_receipt(session, user, ReceiptInput(order.id, inst.id, amount, min(inst.due_date, today),
                                                        rng.choice(methods) if methods else None))  # fmt: skip
    for user_id in storefront:
        user = _context(session, user_id)
        customers = list(
            session.scalars(
                select(Customer.id)
                .where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
                .limit(4)
            )
        )
        for customer_id in customers:
            day = today - timedelta(days=rng.randint(0, 30))
            order = add_order(session, user, OrderInput(customer_id, day, _lines(session, rng, rng.randint(1, 2))),
                              customer_id=customer_id, kind="quick_sale")  # fmt: skip
            created += 1
            first = instalments_of(session, order.id)[0]
            add_receipt(session, user, ReceiptInput(order.id, first.id, order.total_amount, day,
                                                    rng.choice(methods) if methods else None))  # fmt: skip
    return created
