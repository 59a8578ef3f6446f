"""Quotes through the services on SQLite and PostgreSQL: pricing at the grade price, approval by the superior,
refusals that change nothing, rejection, expiry, data scope."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crm_desktop.db.models import Message, MessageRecipient, Quote
from crm_desktop.db.session import Database
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.quote_approval import QuoteWorkflow
from crm_desktop.services.quotes import QuoteInput, QuoteLineInput, QuoteService, evaluate_line
from tests.services.helpers import count
from tests.services.quotes_office import QuotesOffice, build_quotes_office


@pytest.fixture
def office(db: Database) -> QuotesOffice:
    return build_quotes_office(db)


def _quote(o: QuotesOffice, *lines: QuoteLineInput, valid_until: date | None = None) -> int:
    return QuoteService(o.db, o.rep).create(
        QuoteInput(o.customer, lines, title="打印机报价", valid_until=valid_until)
    )


def _notices(db: Database, user_id: int) -> list[str]:
    with db.read_only() as s:
        rows = s.scalars(
            select(Message.subject)
            .join(MessageRecipient, MessageRecipient.message_id == Message.id)
            .where(MessageRecipient.user_id == user_id)
        )
        return list(rows)


def test_evaluate_line_flags_the_worse_reason() -> None:
    grade, cost = Decimal("1800"), Decimal("1500")
    assert evaluate_line(Decimal(2), Decimal(1800), Decimal(0), grade, cost).reason is None
    assert evaluate_line(Decimal(2), Decimal(1800), Decimal(10), grade, cost).reason == "below_grade_price"
    result = evaluate_line(Decimal(2), Decimal(1800), Decimal(20), grade, cost)
    assert (result.net_price, result.amount, result.reason) == (
        Decimal("1440.00"),
        Decimal("2880.00"),
        "below_cost",
    )
    assert evaluate_line(Decimal(1), Decimal(9), Decimal(0), Decimal(5), None).reason == "cost_unknown"


def test_quote_at_grade_price_is_issued_straight_from_draft(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.printer, Decimal(2)), QuoteLineInput(o.toner, Decimal("3.5")))
    service, flow = QuoteService(o.db, o.rep), QuoteWorkflow(o.db, o.rep)
    q = service.get(quote_id)
    assert q.number.startswith("BJ") and q.status == "draft" and not q.needs_approval
    assert [ln.unit_price for ln in q.lines] == [Decimal("1800.00"), Decimal("300.00")]  # grade A, list price
    assert (
        q.total == Decimal("4650.00")
        and q.list_total == Decimal("5050.00")
        and q.cost_total == Decimal("3420.00")
    )
    with pytest.raises(ServiceError, match="issue it directly"):
        flow.submit(quote_id, q.version)
    version = flow.issue(quote_id, q.version)
    flow.accept(quote_id, version)
    assert service.get(quote_id).status == "accepted"


def test_quote_below_grade_price_needs_the_superiors_approval(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.printer, Decimal(2), Decimal("1700")))
    q = QuoteService(o.db, o.rep).get(quote_id)
    assert q.needs_approval and q.lines[0].approval_reason == "below_grade_price"
    flow = QuoteWorkflow(o.db, o.rep)
    with pytest.raises(ServiceError, match="must be approved before it is issued"):
        flow.issue(quote_id, q.version)
    assert QuoteService(o.db, o.rep).get(quote_id).version == q.version  # nothing changed
    version = flow.submit(quote_id, q.version)
    q = QuoteService(o.db, o.rep).get(quote_id)
    assert (q.status, q.approver_id, q.approver_name) == ("submitted", o.lead.user_id, "刘洋")
    assert any(q.number in subject for subject in _notices(o.db, o.lead.user_id))
    with pytest.raises(ServiceError, match="still awaiting approval"):
        flow.issue(quote_id, version)
    # only the approver decides: not a colleague, not the manager higher up
    for other in (o.rep2, o.manager, o.rep):
        assert QuoteWorkflow(o.db, other).awaiting_me() == []
        with pytest.raises(PermissionDenied):
            QuoteWorkflow(o.db, other).approve(quote_id, version)
    inbox = QuoteWorkflow(o.db, o.lead).awaiting_me()
    assert [r.id for r in inbox] == [quote_id]
    assert QuoteWorkflow(o.db, o.lead).pending_detail(quote_id).lines[0].unit_price == Decimal("1700.00")
    version = QuoteWorkflow(o.db, o.lead).approve(quote_id, version)
    assert QuoteWorkflow(o.db, o.lead).awaiting_me() == []
    assert any("已批准" in subject for subject in _notices(o.db, o.rep.user_id))
    flow.issue(quote_id, version)
    assert QuoteService(o.db, o.rep).get(quote_id).status == "issued"


def test_rejection_needs_a_reason_and_editing_returns_to_draft(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.printer, Decimal(1), Decimal("1800"), Decimal("20")))
    q = QuoteService(o.db, o.rep).get(quote_id)
    assert q.lines[0].approval_reason == "below_cost"
    version = QuoteWorkflow(o.db, o.rep).submit(quote_id, q.version)
    lead = QuoteWorkflow(o.db, o.lead)
    with pytest.raises(ValidationError) as error:
        lead.reject(quote_id, version, "  ")
    assert "reason" in error.value.fields
    version = lead.reject(quote_id, version, "低于成本，不批")
    q = QuoteService(o.db, o.rep).get(quote_id)
    assert (q.status, q.reject_reason) == ("rejected", "低于成本，不批")
    with pytest.raises(ServiceError):
        QuoteWorkflow(o.db, o.rep).issue(quote_id, version)
    data = QuoteInput(o.customer, [QuoteLineInput(o.printer, Decimal(1))], title="打印机报价")
    version = QuoteService(o.db, o.rep).update(quote_id, version, data)
    q = QuoteService(o.db, o.rep).get(quote_id)
    assert q.status == "draft" and not q.needs_approval
    QuoteWorkflow(o.db, o.rep).issue(quote_id, version)


def test_bad_lines_are_refused_with_field_messages_and_nothing_saved(office: QuotesOffice) -> None:
    o = office
    lines = [QuoteLineInput(o.printer, Decimal(-1)), QuoteLineInput(o.toner, Decimal(1), None, Decimal(150)),
             QuoteLineInput(o.toner, Decimal(1), Decimal(-5))]  # fmt: skip
    with pytest.raises(ValidationError) as error:
        QuoteService(o.db, o.rep).create(QuoteInput(o.customer, lines))
    assert set(error.value.fields) == {"line.0.quantity", "line.1.discount_pct", "line.2.unit_price"}
    with pytest.raises(ValidationError) as error:
        QuoteService(o.db, o.rep).create(QuoteInput(None, []))
    assert set(error.value.fields) == {"customer_id", "lines"}
    assert count(o.db, Quote) == 0


def test_no_quote_goes_out_before_the_cost_is_known(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.service, Decimal(1)))
    q = QuoteService(o.db, o.rep).get(quote_id)
    with pytest.raises(ServiceError, match="internal cost of “定制服务” is not known"):
        QuoteWorkflow(o.db, o.rep).issue(quote_id, q.version)
    assert QuoteService(o.db, o.rep).get(quote_id).status == "draft"


def test_issued_quote_expires_once_its_validity_passed(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.toner, Decimal(1)), valid_until=date.today() + timedelta(days=1))
    QuoteWorkflow(o.db, o.rep).issue(quote_id, QuoteService(o.db, o.rep).get(quote_id).version)
    with o.db.unit_of_work() as s:
        s.execute(
            update(Quote).where(Quote.id == quote_id).values(valid_until=date.today() - timedelta(days=1))
        )
    rows = QuoteService(o.db, o.rep).list_quotes()
    assert [(r.id, r.status) for r in rows] == [(quote_id, "expired")]
    version = QuoteService(o.db, o.rep).get(quote_id).version
    QuoteService(o.db, o.rep).list_quotes(status="expired")
    assert QuoteService(o.db, o.rep).get(quote_id).version == version  # expiring again changes nothing
    with pytest.raises(ServiceError):
        QuoteWorkflow(o.db, o.rep).accept(quote_id, version)


def test_quotes_stay_within_the_data_scope(office: QuotesOffice) -> None:
    o = office
    quote_id = _quote(o, QuoteLineInput(o.toner, Decimal(1)))
    assert QuoteService(o.db, o.rep2).list_quotes() == []
    assert [r.id for r in QuoteService(o.db, o.manager).list_quotes()] == [quote_id]  # department subtree
    with pytest.raises(PermissionDenied):
        QuoteService(o.db, o.rep2).get(quote_id)
    with pytest.raises(PermissionDenied):
        QuoteService(o.db, o.rep2).update(
            quote_id, 1, QuoteInput(o.customer, [QuoteLineInput(o.toner, Decimal(1))])
        )
    with pytest.raises(PermissionDenied):  # a customer outside rep's scope
        QuoteService(o.db, o.rep).create(QuoteInput(o.other_customer, [QuoteLineInput(o.toner, Decimal(1))]))
    assert [c.name for c in QuoteService(o.db, o.rep).find_customers("")] == ["华强电子"]
    with pytest.raises(PermissionDenied):
        QuoteService(o.db, o.finance).list_quotes()
