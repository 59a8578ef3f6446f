"""Issue 5 end to end: the administrator adds a custom field in the designer, places it in the storefront's
entry form and list and saves; the storefront user 李萍 (liping) then sees it in her new-customer form, fills it,
saves — the value is stored, shown as a list column, filtered on and exported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.customer_search import Condition
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.page import CustomersPage
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import line, type_text
from tests.ui.test_forms_designer import WAIT_MS, answer_yes, canvas_widget, drop, new_field, open_designer

pytestmark = pytest.mark.gui
__all__ = ["answer_yes"]  # the designer tests' autouse fixture, used here too


def test_designed_field_is_filled_by_the_storefront_stored_listed_filtered_and_exported(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], tmp_path: Path
) -> None:
    admin = sign_in("admin")
    dialog = open_designer(qtbot, admin, "customer", "form", "storefront")
    new_field(
        qtbot, dialog, "x_member", "会员等级", "Member level", "vip = 贵宾 | VIP\nnormal = 普通 | Normal"
    )
    drop(canvas_widget(dialog, "new_row_0"), "x_member")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)
    dialog.select("customer", "list", "storefront")
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    drop(dialog.list_editor.columns, "x_member")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)
    dialog.close()

    liping = sign_in("liping")
    page = CustomersPage(liping, page_size=100)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading(), timeout=WAIT_MS)
    page.toolbar.action_new.trigger()
    qtbot.waitUntil(lambda: "x_member" in page.form.fields, timeout=WAIT_MS)
    combo = page.form.fields["x_member"]
    assert isinstance(combo, QComboBox) and combo.isVisible()
    type_text(qtbot, line(page, "name"), "会员测试商行")
    type_text(qtbot, line(page, "phone"), "0755-26123456")
    combo.setCurrentIndex(combo.findData("vip"))
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: page.detail.has_record(), timeout=WAIT_MS)
    customer_id = page.detail.customer_id
    assert customer_id is not None
    assert liping.customers.get(customer_id).extra == {"x_member": "vip"}  # stored

    columns = [page.model.column_key(c) for c in range(page.model.columnCount())]  # listed
    assert "x_member" in columns
    query = CustomerQuery(conditions=(Condition("x_member", "equals", "vip"),))  # filtered
    assert [r.id for r in liping.customers.list_page(query, None, 100).rows] == [customer_id]

    target = tmp_path / "customers.xlsx"  # exported (by the manager, who may export)
    assert sign_in("zhaomin").exports.export_customers(target, query) == 1
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    header = list(rows[0])
    assert "会员等级" in header and rows[1][header.index("会员等级")] in ("贵宾", "vip")
    wait_for_background()
    QApplication.processEvents()
