"""Issues 5 + 7 for leads: the administrator adds a custom field to the key-accounts lead form (and list) in the
designer; 杨帆 (yangfan, key accounts) has the lead editor open, sees the field arrive with what he typed kept,
fills it, gets a field error beside the e-mail, fixes it and saves — the value is stored and listed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import TOPIC
from crm_desktop.ui.modules.leads.lead_dialog import LeadDialog
from crm_desktop.ui.modules.leads.page import LeadsPage
from crm_desktop.ui.modules.opportunities.page import OpportunitiesPage
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import type_text
from tests.ui.test_forms_designer import WAIT_MS, answer_yes, canvas_widget, drop, new_field, open_designer

pytestmark = pytest.mark.gui
__all__ = ["answer_yes"]  # the designer tests' autouse fixture, used here too
BUDGET = FieldDef("x_budget", "money", {"zh_CN": "预算", "en": "Budget"})


def _line(dialog: LeadDialog, key: str) -> QLineEdit:
    widget = dialog.fields[key]
    assert isinstance(widget, QLineEdit)
    return widget


def test_designed_lead_field_reaches_the_open_editor_is_stored_and_listed(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    yangfan = sign_in("yangfan")
    page = LeadsPage(yangfan)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.lead_forms.is_loading() and not page.list_columns.is_loading(),
                    timeout=WAIT_MS)  # fmt: skip
    editor = LeadDialog(page.services, page.book, None, page, forms=page.lead_forms)
    qtbot.addWidget(editor)
    editor.show()
    assert "x_channel" not in editor.fields
    type_text(qtbot, _line(editor, "company"), "蓝天网络科技")
    type_text(qtbot, _line(editor, "email"), "bad-address")

    admin = sign_in("admin")
    designer = open_designer(qtbot, admin, "lead", "form", "key_accounts")
    entity = designer.entity
    assert [entity.itemText(entity.findData(e)) for e in ("lead", "opportunity")] == [
        "Leads",
        "Opportunities",
    ]
    new_field(qtbot, designer, "x_channel", "渠道", "Channel", "web = 网站 | Web\nfair = 展会 | Trade fair")
    drop(canvas_widget(designer, "new_row_0"), "x_channel")
    qtbot.mouseClick(designer.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not designer.loading and not designer.dirty, timeout=WAIT_MS)
    designer.select("lead", "list", "key_accounts")
    qtbot.waitUntil(lambda: not designer.loading, timeout=WAIT_MS)
    drop(designer.list_editor.columns, "x_channel")
    qtbot.mouseClick(designer.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not designer.loading and not designer.dirty, timeout=WAIT_MS)
    designer.close()

    app_signals().records_changed.emit(TOPIC, [])  # what the change feed delivers (ui/live.py)
    qtbot.waitUntil(lambda: "x_channel" in editor.fields, timeout=WAIT_MS)
    assert _line(editor, "company").text() == "蓝天网络科技"  # typed input kept across the rebuild
    combo = editor.fields["x_channel"]
    assert isinstance(combo, QComboBox) and combo.isVisible()
    combo.setCurrentIndex(combo.findData("fair"))
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.renderer.error_text("email") != "", timeout=WAIT_MS)
    assert editor.isVisible() and combo.currentData() == "fair" and _line(editor, "company").text()
    _line(editor, "email").clear()
    type_text(qtbot, _line(editor, "email"), "it@lantian.cn")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.saved_id is not None, timeout=WAIT_MS)
    assert editor.saved_id is not None
    assert page.services.leads.get(editor.saved_id).extra == {"x_channel": "fair"}  # stored

    qtbot.waitUntil(lambda: "x_channel" in page.list_columns.keys and any(r.id == editor.saved_id for r in page.mine.rows),
                    timeout=WAIT_MS)  # fmt: skip
    table = page.mine.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    row = next(i for i, r in enumerate(page.mine.rows) if r.id == editor.saved_id)
    item = table.item(row, headers.index("Channel"))
    assert item is not None and item.text() == "Trade fair"  # listed
    wait_for_background()
    QApplication.processEvents()


def test_opportunity_editor_renders_the_station_form_with_its_custom_field(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    admin = sign_in("admin")
    definitions = DefinitionService(admin.db, admin.user)
    definitions.create_field("opportunity", BUDGET)
    base = entities.spec("opportunity").base_form(None)
    more = Section("more", {"zh_CN": "更多", "en": "More"}, 1, ((Cell("x_budget", required=True),),))
    definitions.save_layout(replace(base, sections=(*base.sections, more)), "company", None, based_on=0)

    yangfan = sign_in("yangfan")
    page = OpportunitiesPage(yangfan)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.reference.stages) and "x_budget" in page.opportunity_forms.definition.fields,
                    timeout=WAIT_MS)  # fmt: skip
    dialog = page._dialog(None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "数据中心扩容")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and dialog.renderer.error_text("x_budget")  # required on this form
    assert dialog.name.text() == "数据中心扩容"  # kept
    budget = dialog.fields["x_budget"]
    assert isinstance(budget, QLineEdit) and budget.isVisible()
    qtbot.keyClicks(budget, "250000")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    record = page.services.opportunities.get(dialog.saved_id)
    assert (record.name, record.extra) == ("数据中心扩容", {"x_budget": "250000.00"})  # stored
    reopened = page._dialog(dialog.saved_id)  # shown again when the deal is opened
    assert reopened is not None
    qtbot.addWidget(reopened)
    shown = reopened.fields["x_budget"]
    assert isinstance(shown, QLineEdit) and shown.text() == "250000.00"
    wait_for_background()
    QApplication.processEvents()
