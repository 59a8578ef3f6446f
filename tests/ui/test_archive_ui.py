"""Customer archive extras through their widgets: duplicate dialog, public pool, the 360° tabs, merge and undo."""
# ruff: noqa: F811  (pytest fixtures imported from test_customers_ui are parameters here)

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import customer_notes
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.stations import get_station
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.modules.customers import CustomersPage
from crm_desktop.ui.modules.customers.duplicate_dialog import DuplicateDialog
from crm_desktop.ui.modules.customers.merge_dialog import MergeDialog
from crm_desktop.ui.modules.customers.pool_page import PoolPage
from crm_desktop.ui.modules.customers.recycle_bin_dialog import RecycleBinDialog
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import WAIT_MS, Boxes, boxes, line, type_text  # noqa: F401

pytestmark = pytest.mark.gui


@pytest.fixture
def page_for(
    qtbot: QtBot, sign_in: Callable[[str], Workspace], boxes: Boxes
) -> Iterator[Callable[[str], CustomersPage]]:
    def make(login: str) -> CustomersPage:
        page = CustomersPage(sign_in(login))
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=WAIT_MS)
        return page

    yield make
    wait_for_background()
    QApplication.processEvents()


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount()) if table.item(row, column)]


def show(qtbot: QtBot, page: CustomersPage, customer_id: int) -> None:
    page.detail.show_customer(customer_id)
    qtbot.waitUntil(lambda: page.detail.has_record() and not page.detail.is_busy(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not any(t.loading for t in page.detail.extra_tabs), timeout=WAIT_MS)


def save_new(qtbot: QtBot, page: CustomersPage, name: str) -> DuplicateDialog:
    page.new_customer()
    type_text(qtbot, line(page, "name"), name)
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: isinstance(page.detail.current_dialog, DuplicateDialog), timeout=WAIT_MS)
    dialog = page.detail.current_dialog
    assert isinstance(dialog, DuplicateDialog)
    return dialog


def test_duplicate_dialog_shows_the_candidate_before_saving(
    qtbot: QtBot, page_for: Callable[[str], CustomersPage], sign_in: Callable[[str], Workspace]
) -> None:
    page = page_for("admin")
    existing = page.workspace.customers.create(CustomerInput(name="杭州蓝海科技有限公司"))
    dialog = save_new(qtbot, page, "杭州蓝海科技股份有限公司")
    assert cells(dialog.table, 0) == ["杭州蓝海科技有限公司"] and dialog.hint.isHidden()
    assert page.detail.is_new and not page.detail.has_record()  # nothing saved yet
    dialog.back_button.click()
    assert line(page, "name").text() == "杭州蓝海科技股份有限公司"  # the input stays
    qtbot.waitUntil(lambda: page.detail.current_dialog is None, timeout=WAIT_MS)
    page.toolbar.action_save.trigger()  # asks again
    qtbot.waitUntil(lambda: isinstance(page.detail.current_dialog, DuplicateDialog), timeout=WAIT_MS)
    dialog = page.detail.current_dialog
    assert isinstance(dialog, DuplicateDialog)
    dialog.grab().save("/tmp/duplicate_dialog.png")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.detail.has_record(), timeout=WAIT_MS)
    assert page.detail.customer_id != existing
    assert page.workspace.customers.get(page.detail.customer_id or 0).name == "杭州蓝海科技股份有限公司"


def test_a_candidate_outside_the_scope_shows_only_the_hint(
    qtbot: QtBot, page_for: Callable[[str], CustomersPage], sign_in: Callable[[str], Workspace]
) -> None:
    sign_in("liuyang").customers.create(CustomerInput(name="宁波港湾物流有限公司", phone="0574-8765 4321"))
    page = page_for("yangfan")  # own customers only
    dialog = save_new(qtbot, page, "宁波港湾物流股份有限公司")
    assert dialog.table.rowCount() == 0 and dialog.table.isHidden()
    assert (
        not dialog.hint.isHidden() and "宁波" not in dialog.hint.text() and "刘洋" not in dialog.hint.text()
    )
    dialog.grab().save("/tmp/duplicate_hint.png")


def test_pool_claim_with_limit_and_return(
    qtbot: QtBot,
    sign_in: Callable[[str], Workspace],
    page_for: Callable[[str], CustomersPage],
    boxes: Boxes,
) -> None:
    yangfan = sign_in("yangfan")
    owned, _limit = yangfan.pool.my_count()
    sign_in("admin").pool.set_claim_limit(owned + 1)
    pool = PoolPage(yangfan, auto_return=False)
    qtbot.addWidget(pool)
    pool.resize(1100, 700)
    pool.show()
    qtbot.waitUntil(lambda: not pool.loading and pool.table.rowCount() >= 2, timeout=WAIT_MS)
    pool.grab().save("/tmp/pool_page.png")
    before = pool.table.rowCount()
    pool.table.selectRow(0)
    pool.table.selectionModel().select(
        pool.table.model().index(1, 0),
        pool.table.selectionModel().SelectionFlag.Select | pool.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(pool.selected_ids()) == 2
    pool.claim_button.click()
    qtbot.waitUntil(lambda: boxes.texts("warning") != [], timeout=WAIT_MS)
    assert f"may own at most {owned + 1}" in boxes.texts("warning")[0]
    qtbot.waitUntil(lambda: not pool.loading, timeout=WAIT_MS)
    pool.table.clearSelection()
    pool.table.selectRow(0)
    claimed = pool.selected_ids()[0]
    pool.claim_button.click()
    qtbot.waitUntil(lambda: not pool.loading and pool.table.rowCount() == before - 1, timeout=WAIT_MS)
    assert yangfan.customers.get(claimed).owner_id == yangfan.user.user_id

    page = page_for("yangfan")
    show(qtbot, page, claimed)
    assert "Owned" in page.detail.info_label.text() and page.action_return.isEnabled()
    page.return_to_pool("客户暂无需求")
    qtbot.waitUntil(lambda: page.detail.customer_id is None, timeout=WAIT_MS)  # out of yangfan's scope now
    qtbot.waitUntil(lambda: not pool.loading and pool.table.rowCount() == before, timeout=WAIT_MS)
    history = sign_in("admin").ownership.history(claimed)
    assert [(h.action, h.reason) for h in history][:2] == [("return", "客户暂无需求"), ("claim", None)]


def test_360_view_tabs(
    qtbot: QtBot,
    page_for: Callable[[str], CustomersPage],
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_for("admin")
    ws = page.workspace
    cid = ws.customers.create(CustomerInput(name="苏州启明软件有限公司"))
    boss = ws.contacts.add(cid, ContactInput(name="陈总", job_title="总经理"))
    buyer = ws.contacts.add(cid, ContactInput(name="李采购", job_title="采购"))
    ws.contacts.set_decision_role(boss, "decides", None)
    ws.transfers.transfer(ws.user.user_id, sign_in_id(ws, "yangfan"), [cid], reason="重新分配")
    show(qtbot, page, cid)
    titles = [page.detail.tabs.tabText(i) for i in range(page.detail.tabs.count())]
    # (the sales documents add their own tabs after these)
    assert titles[3:6] == ["Notes and files (0)", "Ownership history", "Decision tree"]
    assert "Opportunities (0)" in titles
    assert "Owner: 杨帆" in page.detail.info_label.text()
    assert cells(page.detail.ownership_tab.table, 1) == ["Transferred"]

    notes = page.detail.notes_tab
    notes.note_edit.setPlainText("客户计划明年扩容机房")
    notes.add_note_button.click()
    qtbot.waitUntil(lambda: notes.notes_table.rowCount() == 1, timeout=WAIT_MS)
    small = tmp_path / "报价单.txt"
    small.write_bytes(b"quote")
    notes.attach_file(str(small))
    qtbot.waitUntil(lambda: notes.files_table.rowCount() == 1, timeout=WAIT_MS)
    monkeypatch.setattr(customer_notes, "MAX_ATTACHMENT_BYTES", 3)
    notes.attach_file(str(small))
    assert "attachments may have at most 0 MB" in boxes.texts("warning")[-1]
    assert notes.files_table.rowCount() == 1

    tree = page.detail.decision_tab
    page.detail.tabs.setCurrentWidget(tree)
    buyer_item = next(tree.tree.topLevelItem(i) for i in range(tree.tree.topLevelItemCount())
                      if tree.tree.topLevelItem(i).text(0) == "李采购")  # fmt: skip
    tree.tree.setCurrentItem(buyer_item)
    tree.role_combo.setCurrentIndex(tree.role_combo.findData("influences"))
    tree.reports_combo.setCurrentIndex(tree.reports_combo.findData(boss))
    tree.apply_button.click()
    qtbot.waitUntil(lambda: tree.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    top = tree.tree.topLevelItem(0)
    assert (top.text(0), top.text(2), top.child(0).text(0), top.child(0).text(2)) == (
        "陈总", "Decides", "李采购", "Influences")  # fmt: skip
    page.grab().save("/tmp/decision_tree.png")
    assert buyer != boss


def sign_in_id(ws: Workspace, login: str) -> int:
    return next(c.id for c in ws.colleagues() if c.login == login)


def test_merge_and_undo_from_the_recycle_bin(
    qtbot: QtBot,
    page_for: Callable[[str], CustomersPage],
    boxes: Boxes,
) -> None:
    page = page_for("admin")
    ws = page.workspace
    keep = ws.customers.create(CustomerInput(name="无锡恒通机电有限公司"))
    gone = ws.customers.create(CustomerInput(name="无锡恒通机电股份有限公司", email="ht@example.cn"))
    ws.contacts.add(gone, ContactInput(name="周工"))
    show(qtbot, page, keep)
    dialog = page.merge_customer()
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 1, timeout=WAIT_MS)
    dialog.grab().save("/tmp/merge_dialog.png")
    dialog.table.selectRow(0)
    dialog.merge_button.click()  # confirmed through the (recorded) question box
    qtbot.waitUntil(lambda: dialog.merged_id == gone, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(page.detail.contacts) == 1 and not page.detail.is_busy(), timeout=WAIT_MS)
    assert page.form.input().email == "ht@example.cn"

    bin_dialog = RecycleBinDialog(ws, page)
    qtbot.addWidget(bin_dialog)
    qtbot.waitUntil(lambda: not bin_dialog.busy, timeout=WAIT_MS)
    names = cells(bin_dialog.table, 0)
    row = names.index("无锡恒通机电股份有限公司")
    assert cells(bin_dialog.table, 3)[row] == "Merged into 无锡恒通机电有限公司"
    bin_dialog.table.selectRow(row)
    bin_dialog.restore_button.click()
    qtbot.waitUntil(lambda: not bin_dialog.busy and "无锡恒通机电股份有限公司" not in cells(bin_dialog.table, 0),
                    timeout=WAIT_MS)  # fmt: skip
    qtbot.waitUntil(lambda: len(page.detail.contacts) == 0 and not page.detail.is_busy(), timeout=WAIT_MS)
    assert page.form.input().email is None
    assert [c.name for c in ws.contacts.list_for(gone)] == ["周工"]


def test_customer_management_menu_follows_the_operations(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    def menu(login: str) -> list[str]:
        ws = sign_in(login)
        window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
        qtbot.addWidget(window)
        found = (
            []
            if window.menu_management is None
            else [a.objectName() for a in window.menu_management.actions()]
        )
        window.close()
        return found

    assert menu("admin") == ["act_module_pool", "act_transfer", "act_recycle_bin"]
    assert menu("yangfan") == ["act_module_pool"]
    assert menu("sunhao") == []  # repair station, no pool
