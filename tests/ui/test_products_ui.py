"""Products page (category tree, search, editor with grade prices, refused delete), the product picker (search as
you type, pinyin, grade price) and the Print… actions (PDF saved, text checked)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import print_actions
from crm_desktop.ui.modules.customers.page import CustomersPage
from crm_desktop.ui.modules.products.page import ProductsPage
from crm_desktop.ui.widgets.product_picker import ProductPickerDialog
from tests.ui.test_customers_ui import type_text

WAIT = 10_000


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_actions, "OPEN_AFTER_SAVE", False)


def _page(qtbot, workspace: Workspace) -> ProductsPage:  # type: ignore[no-untyped-def]
    page = ProductsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.table.rowCount() > 0, timeout=WAIT)
    return page


def _codes(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_products_page_tree_search_edit_and_refused_delete(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, workspace)
    assert page.table.rowCount() == 14
    # The category tree filters with sub-categories: 耗材 holds 硒鼓墨盒 and 纸张.
    supplies = page.tree.findItems("耗材", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    page.tree.setCurrentItem(supplies)
    qtbot.waitUntil(lambda: not page.loading and page.table.rowCount() == 5, timeout=WAIT)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    type_text(qtbot, page.search, "xigu")
    qtbot.waitUntil(
        lambda: not page.loading and _codes(page.table) == ["CANON-303", "HP-CF228A"], timeout=WAIT
    )
    page.grab().save("/tmp/a/products_page.png")

    # Edit: a negative grade price is refused beside the field and the input stays.
    page.table.selectRow(1)
    dialog = page.edit_product()
    assert dialog is not None
    grade_a = next(iter(dialog.grade_edits.values()))
    grade_a.setText("-5")
    dialog.edits["name"].setText("惠普原装硒鼓（新）")
    dialog.save()
    assert dialog.isVisible() and any(label.isVisible() for label in dialog.errors.labels.values())
    assert dialog.edits["name"].text() == "惠普原装硒鼓（新）"
    dialog.grab().save("/tmp/a/product_dialog.png")
    grade_a.setText("555")
    dialog.save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: any("（新）" in page.table.item(r, 1).text() for r in range(page.table.rowCount())),
                    timeout=WAIT)  # fmt: skip

    # Delete is refused while demo orders or quotes use the product; nothing changes.
    used = workspace.products.search()[0]
    messages: list[str] = []
    page.search.clear()
    qtbot.waitUntil(lambda: not page.loading and page.table.rowCount() == 14, timeout=WAIT)
    with patch.object(QMessageBox, "warning", side_effect=lambda _p, _t, text: messages.append(text)):
        for row in range(page.table.rowCount()):
            page.table.selectRow(row)
            page.delete_product(confirm=False)
    assert any("cannot be deleted" in m for m in messages)
    assert used.id in {p.id for p in workspace.products.search()} or messages

    # Print the list.
    out = tmp_path / "products.pdf"
    print_actions.print_products(page, workspace, page.query(), path=str(out))
    qtbot.waitUntil(out.exists, timeout=WAIT)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(out.read_bytes())).pages)
    assert "惠普激光打印机" in text and "2,680.00" in text


def test_picker_searches_pinyin_and_resolves_the_grade_price(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    grade_a = next(c.id for c in workspace.codes("customer_grade") if c.code == "A")
    dialog = ProductPickerDialog(workspace, grade_a, multi=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.rowCount() > 0, timeout=WAIT)
    type_text(qtbot, dialog.search, "hpjg")  # 惠普激光打印机 by its initials
    qtbot.waitUntil(lambda: not dialog.loading and _codes(dialog.table) == ["HP-M403D"], timeout=WAIT)
    assert dialog.table.item(0, 5).text() == "2,380.00"  # grade A price
    assert dialog.table.item(0, 6).text() == "2,680.00"  # list price
    dialog.search.clear()
    type_text(qtbot, dialog.search, "打印机")
    qtbot.waitUntil(lambda: not dialog.loading and len(_codes(dialog.table)) == 4, timeout=WAIT)
    dialog.grab().save("/tmp/a/picker.png")
    dialog.table.selectAll()
    dialog.accept()
    assert [p.code for p in dialog.selected_products] == _codes(dialog.table)
    prices = {p.code: p.price for p in dialog.selected_products}
    assert str(prices["EPSON-L4168"]) == "1599.00"  # no grade A price: the list price
    assert str(prices["HP-M403D"]) == "2380.00"


def test_customer_list_envelopes_and_labels(qtbot, sign_in, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = sign_in("yangfan")
    page = CustomersPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading(), timeout=WAIT)
    assert page.printer.action.isVisible()
    mine = workspace.customers.list_page(CustomerQuery(), limit=1000).rows
    out = tmp_path / "list.pdf"
    page.printer.print_list(path=str(out))
    qtbot.waitUntil(out.exists, timeout=WAIT)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    assert all(c.name in text for c in mine[:5])
    page.table.selectRow(0)
    chosen = page.selected_customer_ids()
    envelopes = tmp_path / "envelopes.pdf"
    page.printer.print_envelopes("cn5", path=str(envelopes))
    qtbot.waitUntil(envelopes.exists, timeout=WAIT)
    assert len(PdfReader(envelopes).pages) == len(chosen) == 1
    labels = tmp_path / "labels.pdf"
    page.printer.print_labels("a4_3x8", path=str(labels))
    qtbot.waitUntil(labels.exists, timeout=WAIT)
    name = next(c.name for c in mine if c.id == chosen[0])
    assert name in PdfReader(labels).pages[0].extract_text().replace("\n", "")
