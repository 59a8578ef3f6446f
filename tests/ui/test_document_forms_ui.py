"""GUI: sales documents follow the user-definable forms — the administrator adds a custom field to the key-accounts
quote form in the designer; an open quote editor picks it up (typed input kept), the rep fills it and it is stored.
The contract dialog and the order dialogs render their headers from the station's form too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.db.session import Database
from crm_desktop.services.contracts import ContractInput, ContractService
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Section
from crm_desktop.services.definitions.store import TOPIC, DefinitionService
from crm_desktop.services.quotes import QuoteService
from crm_desktop.services.validation import REQUIRED
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.contracts.contract_dialog import ContractDialog
from crm_desktop.ui.modules.orders.common import Services as OrderServices
from crm_desktop.ui.modules.orders.order_dialog import OrderDialog
from crm_desktop.ui.modules.orders.quick_sale_dialog import QuickSaleDialog
from crm_desktop.ui.modules.quotes.editor_dialog import QuoteDialog
from crm_desktop.ui.modules.quotes.line_table import LineProduct
from crm_desktop.ui.signals import app_signals
from tests.ui.test_customers_ui import type_text
from tests.ui.test_forms_designer import answer_yes, canvas_widget, drop, new_field, open_designer
from tests.ui.test_quotes_ui import _printer

__all__ = ["answer_yes"]  # the designer's confirmations answer Yes here too (autouse fixture)
pytestmark = pytest.mark.gui
WAIT_MS = 10_000


def test_designer_field_reaches_the_open_quote_editor_and_is_stored(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], workspace: Workspace, demo_db: Database
) -> None:
    product_id, customer_id, _name = _printer(demo_db)
    rep = sign_in("yangfan")  # key accounts
    assert rep.user.station_code == "key_accounts"
    dialog = QuoteDialog(rep, None, customer_id=customer_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.customer_id() == customer_id and not dialog.header.is_loading(), timeout=WAIT_MS
    )
    assert "x_channel" not in dialog.header.renderer.fields
    title = dialog.header.renderer.fields["title"]
    assert isinstance(title, QLineEdit)
    type_text(qtbot, title, "打印机报价")

    designer = open_designer(qtbot, workspace, "quote", "form", "key_accounts")
    assert designer.entity.currentText() == "Quotes"
    new_field(qtbot, designer, "x_channel", "渠道", "Channel", "web = 网站 | Web\nfair = 展会 | Fair")
    drop(canvas_widget(designer, "new_row_0"), "x_channel")
    qtbot.mouseClick(canvas_widget(designer, "cell_x_channel"), Qt.MouseButton.LeftButton)
    designer.properties.required.click()
    designer.btn_save.click()
    qtbot.waitUntil(lambda: not designer.loading and not designer.dirty, timeout=WAIT_MS)
    app_signals().records_changed.emit(TOPIC, [])  # what the live feed delivers after the save

    qtbot.waitUntil(lambda: "x_channel" in dialog.header.renderer.fields, timeout=WAIT_MS)
    assert dialog.header.renderer.fields["title"].text() == "打印机报价"  # type: ignore[attr-defined]
    assert "Channel" in dialog.header.renderer.labels["x_channel"].text()
    info = QuoteService(rep.db, rep.user).price(customer_id, product_id)
    dialog.add_product(LineProduct(info.product_id, info.name, info.unit, info.grade_price, info.cost_price))
    dialog.save()  # the required custom field is empty: marked beside it, nothing lost
    qtbot.waitUntil(lambda: dialog.header.error_text("x_channel") != "", timeout=WAIT_MS)
    assert dialog.header.error_text("x_channel") == REQUIRED and dialog.saved_id is None
    channel = dialog.header.renderer.fields["x_channel"]
    assert isinstance(channel, QComboBox)
    channel.setCurrentIndex(channel.findData("fair"))
    dialog.grab().save("/tmp/r2_quote_dialog.png")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=WAIT_MS)
    saved = QuoteService(rep.db, rep.user).get(dialog.saved_id or 0)
    assert (saved.title, saved.extra) == ("打印机报价", {"x_channel": "fair"})
    # the storefront's quote form does not have it
    clerk = QuoteDialog(sign_in("liping"), None)
    qtbot.addWidget(clerk)
    qtbot.waitUntil(lambda: not clerk.header.is_loading(), timeout=WAIT_MS)
    assert "x_channel" not in clerk.header.renderer.fields and "remark" not in clerk.header.renderer.fields


def _order_form_requires_po(admin: Workspace) -> None:
    service = DefinitionService(admin.db, admin.user)
    service.create_field("order", FieldDef("x_po", "text", {"zh_CN": "客户订单号", "en": "Customer PO"}))
    base = entities.spec("order").base_form(None)
    more = Section("more", {"zh_CN": "更多", "en": "More"}, 2, ((Cell("x_po", required=True),),))
    service.save_layout(replace(base, sections=(*base.sections, more)), "company", None, based_on=0)


def test_order_dialogs_show_the_forms_custom_fields(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], workspace: Workspace
) -> None:
    _order_form_requires_po(workspace)
    clerk = sign_in("liping")
    services = OrderServices(clerk)
    quick = QuickSaleDialog(clerk, services)
    qtbot.addWidget(quick)
    qtbot.waitUntil(lambda: "x_po" in quick.custom.renderer.fields, timeout=WAIT_MS)
    assert list(quick.custom.renderer.fields) == ["x_po"]  # only the required custom field, no notes/date
    quick.show()
    assert quick.custom.isVisible()
    order = OrderDialog(clerk, services)
    qtbot.addWidget(order)
    qtbot.waitUntil(lambda: "x_po" in order.header.renderer.fields, timeout=WAIT_MS)
    assert order.order_date() is not None and "order_date" in order.header.renderer.fields
    order.save()  # no customer, no lines, no PO: every message at once
    qtbot.waitUntil(lambda: order.header.error_text("x_po") != "", timeout=WAIT_MS)
    order.grab().save("/tmp/r2_order_dialog.png")


def test_contract_dialog_renders_the_contract_form(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], demo_db: Database
) -> None:
    _product, customer_id, _name = _printer(demo_db)
    rep = sign_in("yangfan")
    contracts = ContractService(rep.db, rep.user)
    contract_id = contracts.create(ContractInput("年度供货合同", customer_id, Decimal("5000")))
    dialog = ContractDialog(rep, contracts.get(contract_id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.form.is_loading(), timeout=WAIT_MS)
    amount = dialog.form.renderer.fields["amount"]
    title = dialog.form.renderer.fields["title"]
    assert isinstance(title, QLineEdit) and title.text() == "年度供货合同"
    title.clear()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.error_text("title") != "", timeout=WAIT_MS)
    type_text(qtbot, title, "年度供货合同二")
    dialog.save()
    qtbot.waitUntil(lambda: contracts.get(contract_id).title == "年度供货合同二", timeout=WAIT_MS)
    assert contracts.get(contract_id).amount == Decimal("5000.00") and amount is not None
    dialog.grab().save("/tmp/r2_contract_dialog.png")
