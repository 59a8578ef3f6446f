"""The whole sales flow through the services, on SQLite and PostgreSQL (issue 7):

lead in the pool → claimed → converted (customer + contact + opportunity) → stages → quote at the customer's grade
price issued straight away, and one with a line below the grade price (submitted → the superior approves → issued →
accepted) → contract through its approval chain → order with a payment plan → partial receipt → overdue → full
receipts → paid; the won deal is the owner's achieved amount; the quote and order PDFs carry the customer and
amounts. Then the refusals (bad input, rules) in one place: a clear message and nothing changed.

Only the organisation (departments, positions, roles, users) is inserted directly; everything of the flow goes
through the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from crm_desktop.db.models import (
    AuditLog,
    CodeItem,
    Contact,
    Contract,
    Customer,
    Lead,
    Opportunity,
    OrderLine,
    PaymentInstalment,
    Position,
    Product,
    Quote,
    QuoteLine,
    Receipt,
    RoleDataScope,
    SalesOrder,
    User,
)
from crm_desktop.db.session import Database
from crm_desktop.services import contracts as contracts_module
from crm_desktop.services import order_state, printing, quote_approval, quotes, receipts
from crm_desktop.services import orders as orders_module
from crm_desktop.services import products as products_module
from crm_desktop.services.context import UserContext
from crm_desktop.services.contract_chain import ChainStepInput, ContractChainService
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.forecast import ForecastService
from crm_desktop.services.lead_convert import LeadConversionService
from crm_desktop.services.lead_pool import LeadPoolService
from crm_desktop.services.leads import LeadInput, LeadService
from crm_desktop.services.opportunities import OpportunityInput, OpportunityService, ProductLineInput
from crm_desktop.services.orders import InstalmentInput, OrderInput, OrderLineInput, OrderService
from crm_desktop.services.printing import PrintingService
from crm_desktop.services.products import ProductInput, ProductService
from crm_desktop.services.quote_approval import QuoteWorkflow
from crm_desktop.services.quotes import QuoteInput, QuoteLineInput, QuoteService
from crm_desktop.services.receipts import ReceiptInput, ReceiptService
from crm_desktop.services.receivables import ReceivablesService
from tests.services.helpers import CUSTOMER_ALL, add_department, add_role, add_user, context_for, role_id

ALL = ("view", "create", "edit", "delete", "print", "export")
SCOPED = ("customer", "lead", "opportunity", "quote", "contract", "order")
CUSTOMER = "北京华强电子有限公司"


@dataclass
class Office:
    db: Database
    rep: UserContext  # 杨帆, 销售代表, own scope
    lead: UserContext  # 刘洋, 销售主管: rep's superior (position hierarchy)
    finance: UserContext  # 郑丽华, role "finance"
    legal: UserContext  # 孙律师, the chain names her as a person
    root: UserContext  # administrator
    finance_role: int
    grade_a: int


def build_office(db: Database) -> Office:
    with db.unit_of_work() as s:
        sales = add_department(s, "销售部")
        positions: dict[str, int] = {}
        for code, name, parent in (("lead", "销售主管", None), ("rep", "销售代表", "lead")):
            position = Position(name=name, parent_id=positions.get(parent or ""))
            s.add(position)
            s.flush()
            positions[code] = position.id
        perms = {m: ALL for m in ("leads", "opportunities", "quotes", "contracts", "orders")}
        perms |= {
            "customers": CUSTOMER_ALL,
            "forecast": ("view",),
            "products": ("view",),
            "messages": ("view",),
        }
        sales_role = add_role(s, "sales", permissions=perms, scope="own")
        for entity in SCOPED[1:]:
            s.add(RoleDataScope(role_id=sales_role, entity=entity, scope="own"))
        finance_role = add_role(s, "finance", permissions={"contracts": ("view",)}, scope=None)
        ids = {
            "rep": add_user(s, "rep", full_name="杨帆", department_id=sales, roles=[sales_role]),
            "lead": add_user(s, "lead", full_name="刘洋", department_id=sales, roles=[sales_role]),
            "finance": add_user(s, "finance", full_name="郑丽华", roles=[finance_role]),
            "legal": add_user(s, "legal", full_name="孙律师", roles=[finance_role]),
            "root": add_user(s, "root", full_name="管理员", roles=[role_id(s, "admin")]),
        }
        for login in ("rep", "lead"):
            user = s.get(User, ids[login])
            assert user is not None
            user.position_id = positions[login]
        grade_a = s.execute(
            select(CodeItem.id).where(CodeItem.category == "customer_grade", CodeItem.code == "A")
        ).scalar_one()
    contexts = {k: context_for(db, v) for k, v in ids.items()}
    return Office(db, **contexts, finance_role=finance_role, grade_a=grade_a)


def add_products(office: Office) -> tuple[int, int]:
    """激光打印机 (list 2000, cost 1500, grade A 1800) and 硒鼓 (list 300, cost 120, no grade price)."""
    service = ProductService(office.db, office.root)
    printer = service.create(
        ProductInput("P-1001", "激光打印机", "台", list_price="2000", cost_price="1500",
                     grade_prices={office.grade_a: "1800"})
    )  # fmt: skip
    toner = service.create(ProductInput("T-2001", "硒鼓", "个", list_price="300", cost_price="120"))
    return printer.id, toner.id


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).replace("\n", "")


def test_lead_to_paid_order(db: Database) -> None:
    office = build_office(db)
    rep, today = office.rep, date.today()
    printer, toner = add_products(office)

    # -- lead: put into the pool by the administrator, claimed and converted by the rep --------------------------
    lead_id = LeadService(db, office.root).create(
        LeadInput(
            company=CUSTOMER, contact_name="王建国", mobile="13901234567", address="北京市海淀区中关村大街1号"
        ),
        to_pool=True,
    )
    pool = LeadPoolService(db, rep)
    assert [r.id for r in pool.list_pool().rows] == [lead_id]
    assert pool.claim([lead_id]) == [lead_id]
    assert pool.list_pool().rows == []
    conversion = LeadConversionService(db, rep)
    draft = conversion.prefill(lead_id)
    draft = replace(draft, customer=replace(draft.customer, grade_id=office.grade_a), amount=Decimal("5000"),
                    opportunity_name="华强电子打印机采购", expected_close=today + timedelta(days=30))  # fmt: skip
    version = LeadService(db, rep).get(lead_id).version
    result = conversion.convert(lead_id, version, draft)
    assert result.customer_created and result.contact_id and result.opportunity_id
    customer, deal = result.customer_id, result.opportunity_id
    converted = LeadService(db, rep).get(lead_id)
    assert converted.status == "converted" and converted.converted_opportunity_id == deal
    with db.read_only() as s:
        row = s.get(Customer, customer)
        assert row is not None and row.owner_id == rep.user_id and row.grade_id == office.grade_a
        assert s.get(Contact, result.contact_id).name == "王建国"  # type: ignore[union-attr]

    # -- opportunity: products at the grade price, then through the stages --------------------------------------
    opportunities = OpportunityService(db, rep)
    stages = {s.name: s for s in opportunities.stages()}
    assert opportunities.unit_price(printer, customer) == Decimal("1800")
    current = opportunities.get(deal)
    version = opportunities.update(
        deal,
        current.version,
        OpportunityInput(customer_id=customer, name=current.name, stage_id=current.stage_id,
                         expected_close=current.expected_close,
                         products=(ProductLineInput(printer, Decimal(2), Decimal("1800")),
                                   ProductLineInput(toner, Decimal(5), Decimal("300")))),
    )  # fmt: skip
    assert opportunities.get(deal).amount == Decimal("5100.00")  # the sum of the product lines
    for name in ("方案报价", "谈判"):
        version = opportunities.move_stage(deal, version, stages[name].id)
        assert opportunities.get(deal).probability == stages[name].probability

    # -- quote 1: the opportunity's products at the grade price, no approval needed, issued straight away -------
    quote_service, workflow = QuoteService(db, rep), QuoteWorkflow(db, rep)
    lines = [QuoteLineInput(p.product_id, p.quantity) for p in opportunities.get(deal).products]
    plain = quote_service.create(QuoteInput(customer, lines, title="打印机报价", opportunity_id=deal))
    detail = quote_service.get(plain)
    assert [(ln.unit_price, ln.amount) for ln in detail.lines] == [
        (Decimal("1800.00"), Decimal("3600.00")),
        (Decimal("300.00"), Decimal("1500.00")),
    ]
    assert detail.total == Decimal("5100.00") and not detail.needs_approval
    workflow.issue(plain, detail.version)
    assert quote_service.get(plain).status == "issued"

    # -- quote 2: the printer below the grade price → the superior approves → issued → accepted ------------------
    cheap = [QuoteLineInput(printer, Decimal(2), Decimal("1700")), QuoteLineInput(toner, Decimal(5))]
    special = quote_service.create(QuoteInput(customer, cheap, title="打印机特价报价", opportunity_id=deal))
    detail = quote_service.get(special)
    assert detail.needs_approval and detail.total == Decimal("4900.00")
    assert detail.lines[0].approval_reason == "below_grade_price"
    version = workflow.submit(special, detail.version)
    assert [q.id for q in QuoteWorkflow(db, office.lead).awaiting_me()] == [special]
    version = QuoteWorkflow(db, office.lead).approve(special, version, "同意，大客户")
    version = workflow.issue(special, version)
    workflow.accept(special, version)
    assert quote_service.get(special).status == "accepted"

    # -- contract from the accepted quote through department manager → finance → legal -------------------------
    ContractChainService(db, office.root).save([
        ChainStepInput("部门审批", "department_manager"),
        ChainStepInput("财务审批", "role", role_id=office.finance_role),
        ChainStepInput("法务审批", "user", user_id=office.legal.user_id),
    ])  # fmt: skip
    contracts = ContractService(db, rep)
    contract = contracts.from_quote(special)
    assert contracts.get(contract).amount == Decimal("4900.00")
    version = contracts.submit(contract, contracts.get(contract).version)
    # Nobody but the current step's approver decides: not the owner, not the finance step before its turn.
    for outsider in (rep, office.finance):
        _refused(db, lambda u=outsider: ContractService(db, u).decide(contract, version, True), PermissionDenied,
                 contracts_module.NOT_YOUR_STEP)  # fmt: skip
    for approver in (office.lead, office.finance, office.legal):
        assert [c.id for c in ContractService(db, approver).awaiting_me()] == [contract]
        version = ContractService(db, approver).decide(contract, version, True, "同意")
    signed = contracts.get(contract)
    assert signed.status == "signed" and [s.status for s in signed.steps] == ["approved"] * 3

    # -- order from the contract with a payment plan of two instalments ----------------------------------------
    order_service = OrderService(db, rep)
    order_input = order_service.draft_from_contract(contract)
    assert [(ln.product_id, ln.quantity) for ln in order_input.lines] == [(printer, 2), (toner, 5)]
    first_due, second_due = today + timedelta(days=10), today + timedelta(days=40)
    order_input.instalments = [InstalmentInput(first_due, Decimal("2000")), InstalmentInput(second_due, Decimal("2900"))]  # fmt: skip
    order = order_service.create(order_input)
    detail_order = order_service.get(order)
    assert detail_order.row.total_amount == Decimal("4900.00") and detail_order.row.status == "open"
    assert (detail_order.contract_id, detail_order.quote_id) == (contract, special)
    first, second = (i.id for i in detail_order.instalments)

    # partial receipt, then the overdue list on a day after the first due date
    receipts_service = ReceiptService(db, rep)
    receipts_service.record(ReceiptInput(order, first, "1000", received_on=today))
    assert order_service.get(order).row.status == "partly_paid"
    receivables = ReceivablesService(db, rep)
    assert receivables.overdue(today) == []
    overdue = receivables.overdue(first_due + timedelta(days=5))
    assert [(o.order_id, o.instalment_id, o.open_amount, o.days_overdue) for o in overdue] == [
        (order, first, Decimal("1000.00"), 5)
    ]
    assert receivables.totals(first_due + timedelta(days=5)) == (Decimal("3900.00"), Decimal("1000.00"))

    # full receipts: paid, nothing overdue any more
    receipts_service.record(ReceiptInput(order, first, "1000", received_on=first_due + timedelta(days=5)))
    receipts_service.record(ReceiptInput(order, second, "2900", received_on=second_due))
    paid = order_service.get(order)
    assert (
        paid.row.status == "paid" and paid.row.received_amount == Decimal("4900.00") and paid.open_amount == 0
    )
    assert receivables.overdue(second_due + timedelta(days=30)) == []

    # -- the deal is won: the owner's forecast shows it as achieved -------------------------------------------
    forecast = ForecastService(db, rep)
    year, quarter = forecast.current_quarter()
    before = forecast.forecast(year, quarter)
    mine = next(r for r in before.rows if r.user_id == rep.user_id)
    assert mine.achieved == 0 and mine.best_case == Decimal("5100.00")
    opportunities.move_stage(deal, opportunities.get(deal).version, stages["赢单"].id)
    assert opportunities.get(deal).status == "won"
    after = forecast.forecast(year, quarter)
    mine = next(r for r in after.rows if r.user_id == rep.user_id)
    assert (mine.achieved, mine.best_case) == (Decimal("5100.00"), 0)

    # -- printed documents: customer name and amounts ----------------------------------------------------------
    documents = PrintingService(db, rep)
    quote_text = pdf_text(documents.quote_pdf(special))
    assert CUSTOMER in quote_text and quote_service.get(special).number in quote_text
    assert "4,900.00" in quote_text and "3,400.00" in quote_text and "肆仟玖佰元整" in quote_text
    order_text = pdf_text(documents.order_pdf(order))
    assert CUSTOMER in order_text and paid.row.number in order_text
    assert "4,900.00" in order_text and "2,900.00" in order_text


# --- refusals: a clear message, nothing changed -------------------------------------------------------------


def _snapshot(db: Database) -> dict[str, Any]:
    """Row counts of every table the refused actions could touch, and the rows' versions and states."""
    with db.read_only() as s:
        counts = {
            m.__name__: s.scalar(select(func.count()).select_from(m))
            for m in (Quote, QuoteLine, SalesOrder, OrderLine, PaymentInstalment, Receipt, Product, AuditLog,
                      Contract, Lead, Opportunity)
        }  # fmt: skip
        counts["live_products"] = s.scalar(select(func.count()).where(Product.deleted_at.is_(None)))
        counts["quotes"] = sorted(s.execute(select(Quote.id, Quote.version, Quote.status, Quote.total)).all())
        counts["orders"] = sorted(
            s.execute(select(SalesOrder.id, SalesOrder.version, SalesOrder.received_amount)).all()
        )
        counts["instalments"] = sorted(
            s.execute(select(PaymentInstalment.id, PaymentInstalment.received_amount)).all()
        )
    return counts


def _refused(
    db: Database, action: Callable[[], object], error: type[ServiceError], message: str
) -> ServiceError:
    before = _snapshot(db)
    with pytest.raises(error) as caught:
        action()
    messages = [caught.value.message, *getattr(caught.value, "fields", {}).values()]
    assert message in messages, messages
    assert _snapshot(db) == before
    return caught.value


def test_refusals_change_nothing(db: Database) -> None:
    office = build_office(db)
    rep, today = office.rep, date.today()
    printer, toner = add_products(office)
    # A customer of the rep's, a quote with a line below the grade price (draft), an order with a plan.
    lead_id = LeadService(db, rep).create(LeadInput(company=CUSTOMER, contact_name="王建国"))
    conversion = LeadConversionService(db, rep)
    draft = conversion.prefill(lead_id)
    draft = replace(
        draft, customer=replace(draft.customer, grade_id=office.grade_a), create_opportunity=False
    )
    customer = conversion.convert(lead_id, LeadService(db, rep).get(lead_id).version, draft).customer_id
    quote_service, workflow = QuoteService(db, rep), QuoteWorkflow(db, rep)
    good = [QuoteLineInput(printer, Decimal(1), Decimal("1700"))]
    quote = quote_service.create(QuoteInput(customer, good))
    orders = OrderService(db, rep)
    line = OrderLineInput(product_id=toner, description="硒鼓", quantity="4", unit_price="300")
    order = orders.create(OrderInput(customer_id=customer, lines=[line],
                                     instalments=[InstalmentInput(today, Decimal("1200"))]))  # fmt: skip
    instalment = orders.get(order).instalments[0].id
    ReceiptService(db, rep).record(ReceiptInput(order, instalment, "200", received_on=today))

    # Negative quantities: on a new quote and on a new order.
    bad_quantity = [QuoteLineInput(printer, Decimal(-2))]
    _refused(db, lambda: quote_service.create(QuoteInput(customer, bad_quantity)), ValidationError,
             quotes.BAD_QUANTITY)  # fmt: skip
    negative = replace(line, quantity="-4")
    _refused(db, lambda: orders.create(OrderInput(customer_id=customer, lines=[negative])), ValidationError,
             orders_module.QTY_NOT_POSITIVE)  # fmt: skip
    # Discounts over 100 %: editing the quote, and a new order.
    version = quote_service.get(quote).version
    over = [QuoteLineInput(printer, Decimal(1), discount_pct=Decimal("120"))]
    _refused(db, lambda: quote_service.update(quote, version, QuoteInput(customer, over)), ValidationError,
             quotes.BAD_DISCOUNT)  # fmt: skip
    discounted = replace(line, discount_pct="150")
    _refused(db, lambda: orders.create(OrderInput(customer_id=customer, lines=[discounted])), ValidationError,
             orders_module.DISCOUNT_RANGE)  # fmt: skip
    # A receipt above the open amount (1,000.00 open).
    error = _refused(db, lambda: ReceiptService(db, rep).record(ReceiptInput(order, instalment, "1000.01",
                                                                             received_on=today)),
                     ValidationError, receipts.ABOVE_OPEN)  # fmt: skip
    assert isinstance(error, ValidationError) and error.field_params["amount"]["open"] == "1,000.00"
    # Issuing a quote that needs approval before it is approved; approving one's own quote is not possible either.
    _refused(db, lambda: workflow.issue(quote, version), ServiceError, quote_approval.UNAPPROVED)
    version = workflow.submit(quote, version)
    _refused(db, lambda: workflow.issue(quote, version), ServiceError, quote_approval.AWAITING)
    _refused(db, lambda: workflow.approve(quote, version), PermissionDenied, quote_approval.NOT_APPROVER)
    # Deleting a product used in an order (and in the quote).
    _refused(db, lambda: ProductService(db, office.root).delete(toner), ServiceError, products_module.IN_USE)
    _refused(
        db, lambda: ProductService(db, office.root).delete(printer), ServiceError, products_module.IN_USE
    )
    assert {p.id for p in ProductService(db, rep).search()} == {printer, toner}


def test_printed_states_cover_every_state() -> None:
    assert set(printing.ORDER_STATUS) == set(order_state.ORDER_STATUSES)  # "returned" was missing
    assert set(printing.QUOTE_STATUS) == set(quotes.STATUSES)


def _new_customer(office: Office, company: str, *, deal: bool) -> tuple[int, int | None]:
    """(customer id, opportunity id) of a lead the rep enters and converts."""
    leads, conversion = LeadService(office.db, office.rep), LeadConversionService(office.db, office.rep)
    lead_id = leads.create(LeadInput(company=company, contact_name="联系人"))
    draft = conversion.prefill(lead_id)
    draft = replace(draft, customer=replace(draft.customer, grade_id=office.grade_a), create_opportunity=deal)
    result = conversion.convert(lead_id, leads.get(lead_id).version, draft)
    return result.customer_id, result.opportunity_id


def test_documents_stay_with_their_customer(db: Database) -> None:
    """A quote names only a deal of its own customer; an order made from a quote or contract is for that
    document's customer (and a contract's order for the contract's quote)."""
    office = build_office(db)
    rep = office.rep
    printer, _toner = add_products(office)
    customer, deal = _new_customer(office, CUSTOMER, deal=True)
    other, other_deal = _new_customer(office, "远方贸易有限公司", deal=True)
    quote_service, workflow = QuoteService(db, rep), QuoteWorkflow(db, rep)
    lines = [QuoteLineInput(printer, Decimal(1))]
    _refused(db, lambda: quote_service.create(QuoteInput(other, lines, opportunity_id=deal)), ServiceError,
             quotes.OPPORTUNITY_CUSTOMER)  # fmt: skip
    quote = quote_service.create(QuoteInput(customer, lines, opportunity_id=deal))
    version = quote_service.get(quote).version
    _refused(db, lambda: quote_service.update(quote, version, QuoteInput(customer, lines, opportunity_id=other_deal)),
             ServiceError, quotes.OPPORTUNITY_CUSTOMER)  # fmt: skip
    workflow.accept(quote, workflow.issue(quote, version))
    orders = OrderService(db, rep)
    draft = orders.draft_from_quote(quote)
    _refused(db, lambda: orders.create(replace(draft, customer_id=other)), ServiceError,
             orders_module.SOURCE_CUSTOMER)  # fmt: skip
    ContractChainService(db, office.root).save([ChainStepInput("主管审批", "department_manager")])
    contracts = ContractService(db, rep)
    contract = contracts.from_quote(quote)
    version = contracts.submit(contract, contracts.get(contract).version)
    ContractService(db, office.lead).decide(contract, version, True)
    draft = orders.draft_from_contract(contract)
    _refused(db, lambda: orders.create(replace(draft, customer_id=other)), ServiceError,
             orders_module.SOURCE_CUSTOMER)  # fmt: skip
    second = quote_service.create(QuoteInput(customer, lines))
    workflow.accept(second, workflow.issue(second, quote_service.get(second).version))
    _refused(db, lambda: orders.create(replace(draft, quote_id=second)), ServiceError,
             orders_module.QUOTE_NOT_CONTRACTS)  # fmt: skip
    order = orders.create(draft)
    assert orders.get(order).row.customer_id == customer
