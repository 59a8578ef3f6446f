"""The customer archive page driven through its real widgets: create, search, bad input, concurrent edits,
paging and data permissions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_desktop.services.customers import CustomerQuery, input_from_detail
from crm_desktop.services.definitions.schema import ListColumn
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import ListDefinition, base_list
from crm_desktop.ui.models.customer_table_model import COLUMNS
from crm_desktop.ui.modules.customers import CustomersPage
from crm_desktop.ui.modules.customers.contact_dialog import ContactDialog
from crm_desktop.ui.modules.customers.interaction_dialog import InteractionDialog
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


class Boxes:
    """Message boxes replaced by recorders, so nothing blocks; `answer` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.shown if k == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()

    def recording(kind: str) -> Callable[..., Any]:
        def box(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            recorder.shown.append((kind, text))
            return recorder.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recording(kind)))
    return recorder


@pytest.fixture
def make_page(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], boxes: Boxes
) -> Iterator[Callable[..., CustomersPage]]:
    """make_page(login="admin", page_size=100) -> a shown CustomersPage whose first page has arrived."""

    def make(login: str = "admin", page_size: int = 100, height: int = 800) -> CustomersPage:
        page = CustomersPage(sign_in(login), page_size=page_size)
        qtbot.addWidget(page)
        page.resize(1280, height)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading(), timeout=WAIT_MS)
        return page

    yield make
    # Workers still running would use the database after the fixtures have closed it.
    wait_for_background()
    QApplication.processEvents()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: ASCII as key clicks, Chinese as an input method commits it (QTest knows no CJK keys)."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def wait_idle(qtbot: QtBot, page: CustomersPage) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading() and not page.detail.is_busy(), timeout=WAIT_MS)


def line(page: CustomersPage, field: str) -> QLineEdit:
    widget = page.form.fields[field]
    assert isinstance(widget, QLineEdit)
    return widget


def error_label(page: CustomersPage, field: str) -> QLabel:
    label = page.form.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def select_row(qtbot: QtBot, page: CustomersPage, row: int) -> int:
    page.table.selectRow(row)
    customer_id = page.model.row_dto(row).id
    qtbot.waitUntil(
        lambda: page.detail.has_record() and page.detail.customer_id == customer_id, timeout=WAIT_MS
    )
    wait_idle(qtbot, page)
    return customer_id


def all_rows(qtbot: QtBot, page: CustomersPage) -> list[int]:
    """Scroll until the model holds every row; their ids in list order."""
    while not page.model.is_complete():
        before = page.model.rowCount()
        page.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=WAIT_MS)
        assert page.model.rowCount() > before or page.model.is_complete()
    return [page.model.row_dto(r).id for r in range(page.model.rowCount())]


# ----- creating and finding ---------------------------------------------------------------------------------


def test_create_customer_with_contact_then_find_it_by_search(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    name = "界面测试打印耗材有限公司"
    page.toolbar.action_new.trigger()
    assert page.detail.is_new
    assert page.toolbar.action_save.isEnabled()
    assert not page.toolbar.action_delete.isEnabled()
    type_text(qtbot, line(page, "name"), name)
    type_text(qtbot, line(page, "phone"), "010-62345678")
    type_text(qtbot, line(page, "email"), "buy@haocai.example.cn")
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: page.detail.has_record(), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert boxes.shown == []
    customer_id = page.detail.customer_id
    assert customer_id is not None
    detail = page.workspace.customers.get(customer_id)
    assert (detail.name, detail.phone, detail.email) == (name, "010-62345678", "buy@haocai.example.cn")
    assert detail.owner_id == page.workspace.user.user_id
    assert page.detail.name_label.text() == name
    assert not page.detail.is_dirty()

    # A contact through the dialog on the Contacts tab.
    page.detail.tabs.setCurrentIndex(1)
    assert page.detail.add_contact_button.isEnabled()
    qtbot.mouseClick(page.detail.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.current_dialog
    assert isinstance(dialog, ContactDialog)
    type_text(qtbot, dialog.name_edit, "王晓明")
    type_text(qtbot, dialog.mobile_edit, "138 0013 8000")
    dialog.primary_box.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.contacts_table.rowCount() == 1, timeout=WAIT_MS)
    assert cell(page.detail.contacts_table, 0, 0) == "王晓明"
    contacts = page.workspace.contacts.list_for(customer_id)
    assert [(c.name, c.mobile, c.is_primary) for c in contacts] == [("王晓明", "138 0013 8000", True)]

    # Find it by typing into the search box (debounced, fetched in the background).
    type_text(qtbot, page.search_edit, "界面测试")
    qtbot.waitUntil(
        lambda: (
            page.model.query.text == "界面测试" and not page.model.is_loading() and page.model.rowCount() == 1
        ),
        timeout=WAIT_MS,
    )
    assert page.model.row_dto(0).id == customer_id
    assert page.model.data(page.model.index(0, COLUMNS.index("phone"))) == "010-62345678"
    assert "1 customer loaded" in page.list_view.status_label.text()
    # The record being edited stays selected in the filtered list.
    assert page.list_view.current_id() == customer_id


def test_contact_history_record_through_the_dialog(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    customer_id = select_row(qtbot, page, 0)
    before = len(page.detail.history)
    page.detail.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.detail.add_record_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.current_dialog
    assert isinstance(dialog, InteractionDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no subject yet
    qtbot.waitUntil(lambda: dialog.errors.text("subject") != "", timeout=WAIT_MS)
    assert dialog.errors.text("subject") == "This field is required."
    assert dialog.isVisible()
    type_text(qtbot, dialog.subject_edit, "电话询价：两台激光打印机")
    type_text(qtbot, dialog.next_step_edit, "周五前发报价单")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.detail.history) == before + 1, timeout=WAIT_MS)
    table = page.detail.history_table
    subjects = [cell(table, row, 4) for row in range(table.rowCount())]
    assert "电话询价：两台激光打印机" in subjects
    assert boxes.shown == []
    assert page.workspace.customers.get(customer_id).last_contact_at is not None


# ----- bad input --------------------------------------------------------------------------------------------


def test_empty_name_shows_message_beside_the_field_and_keeps_input(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    page.toolbar.action_new.trigger()
    type_text(qtbot, line(page, "short_name"), "无名")
    type_text(qtbot, line(page, "phone"), "0755-88886666")
    type_text(qtbot, page.form.fields["needs"], "需要十台彩色打印机")
    page.toolbar.action_save.trigger()
    label = error_label(page, "name")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=WAIT_MS)
    assert label.text() == "This field is required."
    assert error_label(page, "phone").isHidden()
    assert page.form.message_label.text() == "Please correct the marked fields."
    assert line(page, "short_name").text() == "无名"
    assert line(page, "phone").text() == "0755-88886666"
    assert page.form.input().needs == "需要十台彩色打印机"
    assert page.detail.is_new and page.detail.customer_id is None
    assert boxes.shown == []
    assert page.toolbar.action_save.isEnabled()

    # Fixing the name and saving again clears the message.
    type_text(qtbot, line(page, "name"), "深圳无名科技有限公司")
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: page.detail.has_record(), timeout=WAIT_MS)
    assert label.isHidden()


def test_over_long_name_shows_the_limit_and_keeps_input(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    page.toolbar.action_new.trigger()
    long_name = "长" * 201
    type_text(qtbot, line(page, "name"), long_name)
    type_text(qtbot, line(page, "email"), "not-an-address")
    page.toolbar.action_save.trigger()
    label = error_label(page, "name")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=WAIT_MS)
    assert label.text() == "At most 200 characters (now 201)."
    assert page.form.error_text("email") == "This is not a valid e-mail address."
    assert line(page, "name").text() == long_name
    assert line(page, "email").text() == "not-an-address"
    assert boxes.shown == []


def test_concurrent_edit_is_refused_and_the_input_kept(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    customer_id = select_row(qtbot, page, 0)
    # Someone else saves the customer after this form was loaded.
    service = page.workspace.customers
    theirs = service.get(customer_id)
    service.update(customer_id, theirs.version, replace(input_from_detail(theirs), notes="改自另一台电脑"))

    line(page, "short_name").clear()
    type_text(qtbot, line(page, "short_name"), "我的新简称")
    type_text(qtbot, page.form.fields["needs"], "我的需求")
    assert page.detail.is_dirty()
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: boxes.texts("warning") != [], timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert "Someone else changed this record" in boxes.texts("warning")[0]
    assert line(page, "short_name").text() == "我的新简称"
    assert (page.form.input().needs or "").endswith("我的需求")
    assert page.detail.is_dirty()
    assert service.get(customer_id).notes == "改自另一台电脑"
    assert service.get(customer_id).short_name != "我的新简称"

    # Reloading (after agreeing to drop the input) shows their change, and saving then works.
    page.detail.reload_button.click()
    qtbot.waitUntil(lambda: page.form.input().notes == "改自另一台电脑", timeout=WAIT_MS)
    wait_idle(qtbot, page)
    line(page, "short_name").clear()
    type_text(qtbot, line(page, "short_name"), "第二次")
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: service.get(customer_id).short_name == "第二次", timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert len(boxes.texts("warning")) == 1


# ----- the list ---------------------------------------------------------------------------------------------


def test_scrolling_fetches_further_pages(qtbot: QtBot, make_page: Callable[..., CustomersPage]) -> None:
    page = make_page(page_size=10, height=420)
    model = page.model
    qtbot.wait(100)  # the view asks for more by itself only while its viewport is not full
    wait_idle(qtbot, page)
    first = model.rowCount()
    assert first in (10, 20)
    last_row = page.table.visualRect(model.index(first - 1, 0))
    assert not page.table.viewport().rect().contains(last_row)
    assert model.canFetchMore(QModelIndex())
    assert "scroll down for more" in page.list_view.status_label.text()
    # A second request while one is in flight is ignored.
    model.fetchMore(QModelIndex())
    assert model.is_loading() and not model.canFetchMore(QModelIndex())
    assert page.list_view.status_label.text() == "Loading…"
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=WAIT_MS)
    assert model.rowCount() == first + 10
    # Scrolling to the end of the view asks for the next page, until there is no more.
    for expected in range(first + 20, 41, 10):
        bar = page.table.verticalScrollBar()
        bar.setValue(bar.maximum())

        def arrived(n: int = expected) -> bool:
            return model.rowCount() == n and not model.is_loading()

        qtbot.waitUntil(arrived, timeout=WAIT_MS)
    assert model.is_complete() and not model.canFetchMore(QModelIndex())
    assert page.list_view.status_label.text() == "40 customers loaded"
    ids = [model.row_dto(r).id for r in range(model.rowCount())]
    expected_rows = page.workspace.customers.list_page(CustomerQuery(), limit=100).rows
    assert ids == [row.id for row in expected_rows]


def test_created_header_switches_the_keyset_sort_and_other_headers_do_not(
    qtbot: QtBot, make_page: Callable[..., CustomersPage]
) -> None:
    page = make_page(page_size=15)
    header = page.table.horizontalHeader()
    # A list layout that shows the creation date (the shipped default list does not).
    shipped = base_list("customer", None)
    columns = tuple(ListColumn(key) for key in ("name", "type_id", "created_at"))
    page.list_view.apply_list_definition(
        ListDefinition(replace(shipped.layout, columns=columns), shipped.fields)
    )

    def click(column: str) -> None:
        section = COLUMNS.index(column)
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click("created")
    qtbot.waitUntil(lambda: page.model.sort_key == "created" and not page.model.is_loading(), timeout=WAIT_MS)
    created = [page.model.row_dto(r).created_at for r in range(page.model.rowCount())]
    assert created == sorted(created, reverse=True)
    assert header.sortIndicatorSection() == COLUMNS.index("created")
    page.table.horizontalScrollBar().setValue(0)
    click("type")
    assert page.model.sort_key == "created"
    assert header.sortIndicatorSection() == COLUMNS.index("created")
    click("name")
    qtbot.waitUntil(lambda: page.model.sort_key == "name" and not page.model.is_loading(), timeout=WAIT_MS)
    names = [page.model.row_dto(r).name for r in range(page.model.rowCount())]
    assert names == sorted(names)


@pytest.mark.parametrize("login", ["yangfan", "liping"])
def test_low_privilege_user_sees_only_customers_in_scope(
    qtbot: QtBot,
    make_page: Callable[..., CustomersPage],
    sign_in: Callable[[str], Workspace],
    login: str,
) -> None:
    page = make_page(login)
    user = page.workspace.user
    visible = set(all_rows(qtbot, page))
    everyone = sign_in("admin").customers.list_page(CustomerQuery(), limit=1000).rows
    assert 0 < len(visible) < len(everyone)
    in_scope = {row.id for row in page.workspace.customers.list_page(CustomerQuery(), limit=1000).rows}
    assert visible == in_scope
    others = {row.id for row in everyone if row.owner_id not in (user.user_id,)} - in_scope
    assert others and not (visible & others)
    if user.scopes.get("customer") == "own":
        assert all(page.model.row_dto(r).owner_id == user.user_id for r in range(page.model.rowCount()))
    # What the role may not do is not offered.
    select_row(qtbot, page, 0)
    assert not page.toolbar.action_delete.isEnabled()
    assert page.toolbar.action_new.isEnabled()
    # "Only my customers" narrows further to the user's own.
    page.list_view.mine_box.setChecked(True)
    qtbot.waitUntil(lambda: page.model.query.only_mine and not page.model.is_loading(), timeout=WAIT_MS)
    assert all(page.model.row_dto(r).owner_id == user.user_id for r in range(page.model.rowCount()))


def test_delete_asks_then_removes_the_row(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    customer_id = select_row(qtbot, page, 1)
    assert page.toolbar.action_delete.isEnabled()
    boxes.answer = QMessageBox.StandardButton.No
    page.toolbar.action_delete.trigger()
    assert page.detail.customer_id == customer_id
    boxes.answer = QMessageBox.StandardButton.Yes
    page.toolbar.action_delete.trigger()
    qtbot.waitUntil(lambda: page.model.find_row(customer_id) is None, timeout=WAIT_MS)
    assert len(boxes.texts("question")) == 2
    qtbot.wait(50)
    wait_idle(qtbot, page)
    assert not page.detail.has_record()
    assert not page.toolbar.action_delete.isEnabled()
    assert page.list_view.current_id() is None  # no other row is shown as if it were the one selected


def test_info_help_query_and_language_change(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], boxes: Boxes
) -> None:
    page = make_page()
    assert not page.toolbar.action_info.isEnabled()
    select_row(qtbot, page, 0)
    page.toolbar.action_info.trigger()
    assert "Version: " in boxes.texts("information")[-1]
    page.toolbar.action_help.trigger()
    assert "customer archive" in boxes.texts("information")[-1]
    page.toolbar.action_query.trigger()
    qtbot.waitUntil(page.search_edit.hasFocus, timeout=WAIT_MS)
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.toolbar.action_new.text() == "New"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert page.search_edit.placeholderText() == "Search name, phone…"
