"""GUI: the quote editor (lines at the grade price, a below-price line flags approval, bad cells marked with the
input kept) and approving a quote from the approver's inbox."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.models import Customer, Product, ProductPrice, Quote, User
from crm_desktop.db.session import Database
from crm_desktop.services.quote_approval import QuoteWorkflow
from crm_desktop.services.quotes import QuoteInput, QuoteLineInput, QuoteService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.quotes.editor_dialog import QuoteDialog
from crm_desktop.ui.modules.quotes.line_table import COL_FLAG, COL_PRICE, COL_QTY, LineProduct
from crm_desktop.ui.modules.quotes.page import QuotesPage

WAIT_MS = 10_000


def _printer(db: Database) -> tuple[int, int, str]:
    """A printer (list 2000, cost 1500) with a grade price of 1800 for the first customer of yangfan."""
    with db.unit_of_work() as s:
        yangfan = s.scalar(select(User.id).where(User.login == "yangfan"))
        customer = s.scalars(
            select(Customer)
            .where(Customer.owner_id == yangfan, Customer.grade_id.is_not(None))
            .order_by(Customer.id)
        ).first()
        assert customer is not None
        product = Product(code="C1-TEST-1", name="激光打印机", unit="台", list_price=Decimal(2000),
                          cost_price=Decimal(1500), search_text="p-1001")  # fmt: skip
        s.add(product)
        s.flush()
        s.add(ProductPrice(product_id=product.id, grade_id=customer.grade_id, price=Decimal(1800)))
        return product.id, customer.id, customer.name


def _quote_count(db: Database) -> int:
    with db.read_only() as s:
        return len(list(s.scalars(select(Quote.id))))


def _set_cell(dialog: QuoteDialog, row: int, col: int, text: str) -> None:
    item = dialog.table.item(row, col)
    assert item is not None
    item.setText(text)


def test_quote_editor_flags_a_line_below_the_grade_price(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], demo_db: Database
) -> None:
    product_id, customer_id, customer_name = _printer(demo_db)
    workspace = sign_in("yangfan")
    before = _quote_count(demo_db)
    dialog = QuoteDialog(workspace, None, customer_id=customer_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.customer_id() == customer_id, timeout=WAIT_MS)
    assert dialog.customer.currentText() == customer_name
    info = QuoteService(workspace.db, workspace.user).price(customer_id, product_id)
    assert info.grade_price == Decimal("1800.00")
    dialog.add_product(LineProduct(info.product_id, info.name, info.unit, info.grade_price, info.cost_price))
    assert dialog.table.item(0, COL_PRICE).text() == "1800.00"  # type: ignore[union-attr]
    assert dialog.table.item(0, COL_FLAG).text() == ""  # type: ignore[union-attr]
    assert not dialog.approval_note.isVisible() or dialog.approval_note.text() == ""
    assert "1,800.00" in dialog.totals.text()

    _set_cell(dialog, 0, COL_PRICE, "1700")
    assert dialog.table.item(0, COL_FLAG).text() == "Below the customer's grade price"  # type: ignore[union-attr]
    assert "superior's approval" in dialog.approval_note.text()

    _set_cell(dialog, 0, COL_QTY, "-2")  # bad input: marked at the cell, typed text kept, nothing saved
    assert "greater than zero" in dialog.table.item(0, COL_QTY).toolTip()  # type: ignore[union-attr]
    dialog.save()
    assert dialog.lines_error.text() == "The quantity must be greater than zero."
    assert dialog.table.item(0, COL_QTY).text() == "-2"  # type: ignore[union-attr]
    assert _quote_count(demo_db) == before

    _set_cell(dialog, 0, COL_QTY, "2")
    type_title = "激光打印机报价"
    dialog.header.renderer.fields["title"].setText(type_title)  # type: ignore[attr-defined]
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    saved = QuoteService(workspace.db, workspace.user).get(dialog.saved_id or 0)
    assert (saved.title, saved.total, saved.needs_approval, saved.status) == (
        type_title,
        Decimal("3400.00"),
        True,
        "draft",
    )
    assert saved.lines[0].approval_reason == "below_grade_price"
    dialog.grab().save("/tmp/c1/quote_dialog.png")


def test_approver_approves_from_the_inbox(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], demo_db: Database
) -> None:
    product_id, customer_id, _name = _printer(demo_db)
    rep = sign_in("yangfan")
    quote_id = QuoteService(rep.db, rep.user).create(
        QuoteInput(customer_id, [QuoteLineInput(product_id, Decimal(1), Decimal(1600))], title="低价报价")
    )
    QuoteWorkflow(rep.db, rep.user).submit(quote_id, QuoteService(rep.db, rep.user).get(quote_id).version)

    number = QuoteService(rep.db, rep.user).get(quote_id).number
    page = QuotesPage(sign_in("liuyang"))
    qtbot.addWidget(page)
    page.resize(1200, 600)

    def numbers() -> list[str]:
        return [page.inbox.item(r, 0).text() for r in range(page.inbox.rowCount())]  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: number in numbers(), timeout=WAIT_MS)
    waiting = len(numbers())
    assert page.tabs.tabText(1) == f"Awaiting my approval ({waiting})"
    page.tabs.setCurrentIndex(1)
    page.inbox.selectRow(numbers().index(number))
    qtbot.mouseClick(page.inbox_buttons["approve"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: number not in numbers(), timeout=WAIT_MS)
    assert len(numbers()) == waiting - 1
    assert QuoteService(rep.db, rep.user).get(quote_id).status == "approved"
    page.grab().save("/tmp/c1/quotes_page.png")
