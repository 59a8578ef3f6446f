"""Demo quotes and contracts: the contract approval chain (department manager → finance → general manager) and,
for each key-account salesperson, an accepted quote with its contract in approval, a discounted quote awaiting
the superior's approval, an issued quote and a draft."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    Contract,
    ContractApproval,
    ContractChainStep,
    Customer,
    Product,
    Quote,
    QuoteLine,
    Role,
    User,
)
from crm_desktop.services import numbering, products
from crm_desktop.services.quote_approval import superior_of
from crm_desktop.services.quotes import evaluate_line, needs_approval

CHAIN = (("部门经理审批", "department_manager", None, None), ("财务审核", "user", None, "zhenglihua"),
         ("总经理审批", "role", "manager", None))  # fmt: skip
# (status, discount % on every line, days the quote stays valid)
PLANS = (("accepted", Decimal(0), 30), ("submitted", Decimal(12), 30), ("issued", Decimal(0), 20),
         ("draft", Decimal(5), 30))  # fmt: skip


def create_chain(session: Session) -> None:
    if session.scalar(select(ContractChainStep.id).limit(1)) is not None:
        return
    for seq, (name, kind, role_code, login) in enumerate(CHAIN, start=1):
        role_id = session.scalar(select(Role.id).where(Role.code == role_code)) if role_code else None
        user_id = session.scalar(select(User.id).where(User.login == login)) if login else None
        if (kind == "role" and role_id is None) or (kind == "user" and user_id is None):
            continue
        session.add(ContractChainStep(seq=seq, step_name=name, kind=kind, role_id=role_id, user_id=user_id))
    session.flush()


def _quote(session: Session, owner: User, customer: Customer, items: list[Product], status: str,
           discount: Decimal, valid_days: int, now: datetime) -> Quote:  # fmt: skip
    quote = Quote(number=numbering.next_number(session, "quote", today=now.date()), customer_id=customer.id,
                  grade_id=customer.grade_id, title=f"{customer.name} 办公设备报价", status=status,
                  valid_until=now.date() + timedelta(days=valid_days), extra={}, owner_id=owner.id,
                  department_id=owner.department_id, created_by=owner.id, updated_by=owner.id)  # fmt: skip
    session.add(quote)
    session.flush()
    reasons, total, list_total, cost_total = [], Decimal(0), Decimal(0), Decimal(0)
    for seq, product in enumerate(items, start=1):
        grade_price = products.price_for(session, product.id, customer.grade_id)
        qty = Decimal(seq)
        result = evaluate_line(qty, grade_price, discount, grade_price, product.cost_price)
        reasons.append(result.reason)
        session.add(QuoteLine(quote_id=quote.id, seq=seq, product_id=product.id, product_name=product.name,
                              unit=product.unit or None, quantity=qty, list_price=product.list_price,
                              grade_price=grade_price, cost_price=product.cost_price, unit_price=grade_price,
                              discount_pct=discount, amount=result.amount,
                              approval_reason=result.reason if result.reason != "cost_unknown" else None))  # fmt: skip
        total += result.amount
        list_total += product.list_price * qty
        cost_total += (product.cost_price or Decimal(0)) * qty
    quote.total, quote.list_total, quote.cost_total = total, list_total, cost_total
    quote.needs_approval = needs_approval(reasons)
    if status != "draft":
        quote.submitted_at = quote.issued_at = now - timedelta(days=2)
    if status == "submitted":
        quote.approver_id = superior_of(session, owner.id)
        quote.issued_at = None
    return quote


def create_quotes(session: Session, sales: list[int], now: datetime) -> int:
    """Quotes and contracts for the first few people in `sales`; returns the number of quotes."""
    items = list(
        session.scalars(
            select(Product)
            .where(Product.deleted_at.is_(None), Product.active, Product.cost_price.is_not(None))
            .order_by(Product.id)
            .limit(12)
        )
    )
    if not items:
        return 0
    create_chain(session)
    chain = list(session.scalars(select(ContractChainStep).order_by(ContractChainStep.seq)))
    made = 0
    for index, user_id in enumerate(sales[:4]):
        owner = session.get(User, user_id)
        customers = list(
            session.scalars(
                select(Customer)
                .where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
                .order_by(Customer.id)
                .limit(len(PLANS))
            )
        )
        if owner is None:
            continue
        for number, (customer, (status, discount, days)) in enumerate(zip(customers, PLANS, strict=False)):
            picked = [items[(index + number + k) % len(items)] for k in range(2)]
            quote = _quote(session, owner, customer, picked, status, discount, days, now)
            made += 1
            if status == "accepted" and chain:
                _contract(session, owner, quote, chain, now)
    session.flush()
    return made


def _contract(
    session: Session, owner: User, quote: Quote, chain: list[ContractChainStep], now: datetime
) -> None:
    contract = Contract(number=numbering.next_number(session, "contract", today=now.date()),
                        title=f"{quote.title} 合同", customer_id=quote.customer_id, quote_id=quote.id,
                        amount=quote.total, status="in_approval", approval_round=1, extra={},
                        starts_on=now.date(), ends_on=now.date() + timedelta(days=365), owner_id=owner.id,
                        department_id=owner.department_id, created_by=owner.id, updated_by=owner.id)  # fmt: skip
    session.add(contract)
    session.flush()
    for step in chain:
        approver = superior_of(session, owner.id) if step.kind == "department_manager" else step.user_id
        session.add(ContractApproval(contract_id=contract.id, approval_round=1, seq=step.seq,
                                     step_name=step.step_name, kind=step.kind, role_id=step.role_id,
                                     approver_id=approver, status="pending" if step.seq == 1 else "waiting"))  # fmt: skip
