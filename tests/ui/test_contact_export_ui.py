"""A sales rep finds a customer by a searchable contact custom value typed into the search box, then exports the
contacts of the customers the list shows with "Export contacts…"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers import CustomersPage, export_action
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import type_text

WECHAT = FieldDef("x_wechat", "text", {"zh_CN": "微信", "en": "WeChat"}, searchable=True, max_length=60)


def test_search_by_contact_value_then_export_contacts(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = sign_in("admin")
    definitions = DefinitionService(admin.db, admin.user)
    definitions.create_field("contact", WECHAT)
    form = entities.spec("contact").base_form(None)
    more = Section("more", {"zh_CN": "更多", "en": "More"}, 1, ((Cell("x_wechat"),),))
    definitions.save_layout(replace(form, sections=(*form.sections, more)), "company", None, based_on=0)

    rep = sign_in("yangfan")  # sales rep: sees only the customers they own
    own = rep.customers.list_page(CustomerQuery(), limit=5).rows
    assert own, "the demo gives the rep customers of their own"
    target = own[-1]
    admin.contacts.add(target.id, ContactInput(name="欧阳娜", extra={"x_wechat": "琥珀会员"}))

    page = CustomersPage(rep)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.contact_exporter.action.isVisible()
    assert page.contact_exporter.action.text() == "Export contacts…"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading())
    type_text(qtbot, page.search_edit, "琥珀会员")
    qtbot.waitUntil(
        lambda: page.model.query.text == "琥珀会员" and not page.model.is_loading(), timeout=10_000
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_dto(0).id == target.id

    out = tmp_path / "contacts.xlsx"
    monkeypatch.setattr(export_action.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(export_action.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.contact_exporter.action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    expected = rep.contacts.list_for(target.id)
    assert told == [f"{len(expected)} contacts exported to {out}."]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Customer", "Name") and rows[0][-1] == "WeChat"
    assert {r[0] for r in rows[1:]} == {target.name}  # only the customer the list shows
    assert sorted(r[1] for r in rows[1:]) == sorted(c.name for c in expected)
    assert [r[-1] for r in rows[1:] if r[1] == "欧阳娜"] == ["琥珀会员"]
    wait_for_background()

    store = CustomersPage(sign_in("liping"))  # storefront: no export permission
    qtbot.addWidget(store)
    assert not store.contact_exporter.action.isVisible()
    wait_for_background()
