"""Contracts through the services on SQLite and PostgreSQL: made from accepted quotes, approved along the
configured chain one step at a time by that step's approver only, rejection back to draft, PDF attachments."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.db.session import Database
from crm_desktop.services.contract_chain import ChainStepInput, ContractChainService
from crm_desktop.services.contracts import MAX_ATTACHMENT, ContractService
from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.quote_approval import QuoteWorkflow
from crm_desktop.services.quotes import QuoteInput, QuoteLineInput, QuoteService
from tests.services.quotes_office import QuotesOffice, build_quotes_office

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def office(db: Database) -> QuotesOffice:
    o = build_quotes_office(db)
    ContractChainService(db, o.root).save(
        [
            ChainStepInput("部门经理审批", "department_manager"),
            ChainStepInput("财务审核", "role", role_id=o.finance_role),
            ChainStepInput("法务审核", "user", user_id=o.root.user_id),
        ]
    )
    return o


def _accepted_quote(o: QuotesOffice) -> int:
    quote_id = QuoteService(o.db, o.rep).create(
        QuoteInput(o.customer, [QuoteLineInput(o.printer, Decimal(2))], title="华强电子打印机采购")
    )
    flow = QuoteWorkflow(o.db, o.rep)
    version = flow.issue(quote_id, QuoteService(o.db, o.rep).get(quote_id).version)
    flow.accept(quote_id, version)
    return quote_id


def _contract(o: QuotesOffice) -> int:
    return ContractService(o.db, o.rep).from_quote(_accepted_quote(o))


def test_contract_from_an_accepted_quote_only_once(office: QuotesOffice) -> None:
    o = office
    quote_id = _accepted_quote(o)
    service = ContractService(o.db, o.rep)
    contract_id = service.from_quote(quote_id)
    c = service.get(contract_id)
    assert c.number.startswith("HT") and c.status == "draft"
    assert (c.amount, c.quote_id, c.customer_name, c.title) == (
        Decimal("3600.00"),
        quote_id,
        "华强电子",
        "华强电子打印机采购",
    )
    with pytest.raises(ServiceError, match="already has contract"):
        service.from_quote(quote_id)
    draft = QuoteService(o.db, o.rep).create(QuoteInput(o.customer, [QuoteLineInput(o.toner, Decimal(1))]))
    with pytest.raises(ServiceError, match="accepted"):
        service.from_quote(draft)


def test_chain_runs_in_order_and_only_the_current_approver_decides(office: QuotesOffice) -> None:
    o = office
    contract_id = _contract(o)
    rep = ContractService(o.db, o.rep)
    version = rep.submit(contract_id, rep.get(contract_id).version)
    steps = rep.get(contract_id).steps
    assert [(s.step_name, s.status) for s in steps] == [
        ("部门经理审批", "pending"),
        ("财务审核", "waiting"),
        ("法务审核", "waiting"),
    ]
    assert steps[0].approver_name == "刘洋"  # rep's superior by position
    # finance and the administrator must wait for their turn; the owner cannot approve his own contract
    for early in (o.finance, o.root, o.rep, o.manager):
        assert ContractService(o.db, early).awaiting_me() == []
        with pytest.raises(PermissionDenied):
            ContractService(o.db, early).decide(contract_id, version, True)
    lead = ContractService(o.db, o.lead)
    assert [r.id for r in lead.awaiting_me()] == [contract_id]
    assert lead.get(contract_id).can_decide  # readable through the assignment, outside lead's own scope
    version = lead.decide(contract_id, version, True, "同意")
    with pytest.raises(PermissionDenied):
        lead.get(contract_id)  # no longer his turn, and not in his scope
    # the role step: any holder decides
    assert [r.id for r in ContractService(o.db, o.finance).awaiting_me()] == [contract_id]
    assert [r.id for r in ContractService(o.db, o.finance2).awaiting_me()] == [contract_id]
    version = ContractService(o.db, o.finance2).decide(contract_id, version, True)
    assert ContractService(o.db, o.finance).awaiting_me() == []
    assert rep.get(contract_id).status == "in_approval"
    ContractService(o.db, o.root).decide(contract_id, version, True)
    c = rep.get(contract_id)
    assert c.status == "signed" and c.signed_at is not None
    assert [s.status for s in c.steps] == ["approved"] * 3
    assert [s.decided_by_name for s in c.steps] == ["刘洋", "王会计", "管理员"]


def test_rejection_returns_the_contract_to_draft_and_a_new_round_starts_over(office: QuotesOffice) -> None:
    o = office
    contract_id = _contract(o)
    rep = ContractService(o.db, o.rep)
    version = rep.submit(contract_id, rep.get(contract_id).version)
    version = ContractService(o.db, o.lead).decide(contract_id, version, True)
    finance = ContractService(o.db, o.finance)
    with pytest.raises(ValidationError):
        finance.decide(contract_id, version, False, "")
    version = finance.decide(contract_id, version, False, "付款条款不清楚")
    c = rep.get(contract_id)
    assert (c.status, c.reject_reason) == ("draft", "付款条款不清楚")
    assert [s.status for s in c.steps] == ["approved", "rejected", "skipped"]
    with pytest.raises(ServiceError):
        finance.decide(contract_id, version, True)
    version = rep.submit(contract_id, version)
    assert [s.status for s in rep.get(contract_id).steps] == ["pending", "waiting", "waiting"]


def test_pdf_attachments_are_stored_and_checked(office: QuotesOffice) -> None:
    o = office
    contract_id = _contract(o)
    rep = ContractService(o.db, o.rep)
    with pytest.raises(ServiceError, match="Only PDF"):
        rep.attach(contract_id, "合同.docx", b"PK\x03\x04 not a pdf")
    with pytest.raises(ServiceError, match="larger than 10 MB"):
        rep.attach(contract_id, "big.pdf", PDF + b"0" * MAX_ATTACHMENT)
    attachment = rep.attach(contract_id, "合同正文.pdf", PDF)
    assert [(a.file_name, a.size) for a in rep.get(contract_id).attachments] == [("合同正文.pdf", len(PDF))]
    assert rep.attachment_data(attachment) == ("合同正文.pdf", PDF)
    with pytest.raises(PermissionDenied):
        ContractService(o.db, o.rep2).attachment_data(attachment)
    version = rep.submit(contract_id, rep.get(contract_id).version)
    assert ContractService(o.db, o.lead).attachment_data(attachment)[1] == PDF  # the approver reads it
    assert version
    rep.remove_attachment(attachment)
    assert rep.get(contract_id).attachments == ()


def test_chain_configuration_is_checked_and_for_administrators(office: QuotesOffice) -> None:
    o = office
    chain = ContractChainService(o.db, o.root)
    with pytest.raises(ValidationError) as error:
        chain.save(
            [
                ChainStepInput("", "department_manager"),
                ChainStepInput("财务", "role"),
                ChainStepInput("法务", "user"),
            ]
        )
    assert set(error.value.fields) == {"step.0.step_name", "step.1.role_id", "step.2.user_id"}
    with pytest.raises(PermissionDenied):
        ContractChainService(o.db, o.rep).save([ChainStepInput("部门经理", "department_manager")])
    assert [s.step_name for s in chain.steps()] == ["部门经理审批", "财务审核", "法务审核"]
    assert chain.steps()[1].approver_label == "finance"


def test_contracts_stay_within_the_data_scope(office: QuotesOffice) -> None:
    o = office
    contract_id = _contract(o)
    assert ContractService(o.db, o.rep2).list_contracts() == []
    assert [r.id for r in ContractService(o.db, o.manager).list_contracts()] == [contract_id]
    with pytest.raises(PermissionDenied):
        ContractService(o.db, o.rep2).get(contract_id)
    with pytest.raises(PermissionDenied):
        ContractService(o.db, o.rep2).submit(contract_id, 1)
