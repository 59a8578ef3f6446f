"""The customer list's search box, filters, comprehensive query, saved queries, total estimate and the model's
memory window, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.customers import Condition, CustomerQuery
from crm_desktop.services.search_text import pinyin_initials
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.models.customer_table_model import CustomerTableModel
from crm_desktop.ui.modules.customers import CustomersPage
from crm_desktop.ui.modules.customers.query_dialog import CustomerQueryDialog
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import type_text

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> Iterator[CustomersPage]:
    shown = CustomersPage(workspace, page_size=10)
    qtbot.addWidget(shown)
    shown.resize(1400, 800)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0 and not shown.model.is_loading(), timeout=WAIT_MS)
    yield shown
    wait_for_background()
    QApplication.processEvents()


def _settled(qtbot: QtBot, page: CustomersPage, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading() and check(), timeout=WAIT_MS)


def _names(page: CustomersPage) -> list[str]:
    return [page.model.row_dto(r).name for r in range(page.model.rowCount())]


def test_search_box_finds_pinyin_initials_and_chinese(qtbot: QtBot, page: CustomersPage) -> None:
    first = page.model.row_dto(0)
    initials = pinyin_initials(first.name)[:4]
    type_text(qtbot, page.search_edit, initials)
    _settled(qtbot, page, lambda: page.model.query.text == initials)
    assert first.name in _names(page)
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, first.name[:2])
    _settled(qtbot, page, lambda: page.model.query.text == first.name[:2])
    assert all(first.name[:2] in name for name in _names(page))


def test_filter_bar_narrows_by_grade_and_shows_a_total(qtbot: QtBot, page: CustomersPage) -> None:
    view = page.list_view
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.filter_bar.isVisible()
    view.grade_combo.setCurrentIndex(1)
    grade = view.grade_combo.value()
    assert grade is not None
    _settled(qtbot, page, lambda: page.model.query.grade_id == grade and page.model.total is not None)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        _settled(qtbot, page, lambda: True)
    assert all(page.model.row_dto(r).grade_id == grade for r in range(page.model.rowCount()))
    assert page.model.total is not None and page.model.total.count == page.model.rowCount()
    view.created_combo.setCurrentIndex(view.created_combo.count() - 1)
    _settled(qtbot, page, lambda: page.model.query.created_within_days == 365)
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, page, lambda: page.model.query == CustomerQuery())


def test_comprehensive_query_dialog_builds_conditions(qtbot: QtBot, page: CustomersPage) -> None:
    view = page.list_view
    dialog = CustomerQueryDialog(view._book, [], (), False, view)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.field_combo.setCurrentIndex(row.field_combo.findData("name"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("contains"))
    row.value_widget.setText("公司")  # type: ignore[union-attr]
    second = dialog.add_row()
    second.field_combo.setCurrentIndex(second.field_combo.findData("mobile"))
    second.op_combo.setCurrentIndex(second.op_combo.findData("not_empty"))
    dialog.any_radio.setChecked(True)
    assert dialog.conditions() == (Condition("name", "contains", "公司"), Condition("mobile", "not_empty"))
    assert dialog.match_any()

    query = CustomerQuery(conditions=(Condition("name", "contains", "公司"),))
    view.set_query(query)
    _settled(qtbot, page, lambda: page.model.query.conditions == query.conditions)
    assert view.conditions_label.isVisible()
    assert all("公司" in name for name in _names(page))


def test_saved_queries_are_per_user_and_restore_the_widgets(
    qtbot: QtBot, page: CustomersPage, sign_in: Callable[[str], Workspace]
) -> None:
    view = page.list_view
    view.set_query(CustomerQuery(text="北京", not_contacted_days=90))
    _settled(qtbot, page, lambda: page.model.query.text == "北京")
    saved_id = view.save_current_query("北京 long silent")
    assert saved_id is not None
    view.clear_filters()
    view.search_edit.clear()
    view.apply_filters()
    _settled(qtbot, page, lambda: page.model.query == CustomerQuery())
    saved = page.workspace.saved_queries.list()
    assert [s.name for s in saved] == ["北京 long silent"]
    view.set_query(saved[0].query)
    _settled(qtbot, page, lambda: page.model.query.text == "北京")
    assert view.contact_combo.currentData() == -90 and view.search_edit.text() == "北京"
    assert sign_in("zhaomin").saved_queries.list() == []  # nobody else sees it
    view.delete_saved_query(saved_id)
    assert page.workspace.saved_queries.list() == []


def test_model_keeps_a_bounded_window_and_refetches_dropped_pages(qtbot: QtBot, workspace: Workspace) -> None:
    model = CustomerTableModel(workspace, page_size=4, resident_pages=3)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading(), timeout=WAIT_MS)
    first_name = model.data(model.index(0, 0))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=WAIT_MS)
    assert model.rowCount() == 40 and model.is_complete()
    assert model.resident_rows() <= 12
    assert model.data(model.index(0, 0)) is None  # dropped: asked again in the background
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == first_name, timeout=WAIT_MS)
    wait_for_background()
