"""Administration screens driven through their widgets: the role matrix editor, account request and approval,
users, trees, oversight, the System settings menu and the idle lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox

from crm_desktop.db.session import Database
from crm_desktop.services import auth, demo
from crm_desktop.services.admin.oversight import LogFilter
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.stations import get_station
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.account_request_dialog import AccountRequestDialog
from crm_desktop.ui.admin.idle_lock import IdleLockDialog
from crm_desktop.ui.admin.menu import SCREENS
from crm_desktop.ui.admin.operation_log_dialog import OperationLogDialog
from crm_desktop.ui.admin.org_dialog import OrgDialog
from crm_desktop.ui.admin.requests_dialog import RequestsDialog
from crm_desktop.ui.admin.roles_dialog import MODULE_KEYS, OPERATION_KEYS, RolesDialog
from crm_desktop.ui.admin.users_dialog import UsersDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_customers_ui import type_text

pytestmark = pytest.mark.gui


def _loaded(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)


def _check(widget: QListWidget, text: str) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item is not None and item.text() == text:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def test_role_matrix_editor_grants_export_to_a_signed_in_salesperson(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in("admin")
    yangfan = sign_in("yangfan")  # 销售代表: view/create/edit/export/print on customers, scope own
    liping = sign_in("liping")  # 门市接待: no export
    assert not liping.user.can("customers", "export")
    dialog = RolesDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    row = next(i for i, r in enumerate(dialog.roles) if r.code == "storefront")
    dialog.role_list.setCurrentRow(row)
    assert dialog.name.text() == "门市接待"
    cell = dialog.cell(MODULE_KEYS.index("customers"), OPERATION_KEYS.index("export"))
    assert cell.checkState() == Qt.CheckState.Unchecked
    view = dialog.cell(MODULE_KEYS.index("customers"), OPERATION_KEYS.index("view"))
    assert view.checkState() == Qt.CheckState.Checked
    # click the check box of the cell as a user would
    rect = dialog.matrix.visualItemRect(cell)
    qtbot.mouseClick(dialog.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if cell.checkState() != Qt.CheckState.Checked:  # styles differ in where the check box sits
        cell.setCheckState(Qt.CheckState.Checked)
    dialog.scope_combos["customer"].setCurrentIndex(dialog.scope_combos["customer"].findData("all"))
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    _loaded(qtbot, dialog)
    saved = next(r for r in admin.admin.roles.list_roles() if r.code == "storefront")
    assert ("customers", "export") in saved.permissions and saved.scopes["customer"] == "all"
    # liping is still signed in: her next query sees the wider scope and the new permission
    page = liping.customers.list_page(CustomerQuery(), None, 1000)
    with admin.db.read_only() as s:
        from sqlalchemy import func, select

        from crm_desktop.db.models import Customer

        total = s.execute(
            select(func.count()).select_from(Customer).where(Customer.deleted_at.is_(None))
        ).scalar()
    assert len(page.rows) == total
    assert liping.user.can("customers", "export")
    assert not yangfan.user.can("system", "view")

    # a new role from the editor: code already taken is shown beside the field, nothing saved
    qtbot.mouseClick(dialog.btn_new, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.code, "sales")
    type_text(qtbot, dialog.name, "重复")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("code") and dialog.code.text() == "sales"
    assert len(admin.admin.roles.list_roles()) == len(dialog.roles)


def test_account_request_from_the_login_dialog_and_approval(qtbot, sign_in, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    request = AccountRequestDialog(demo_db, "PC-09")
    qtbot.addWidget(request)
    request.show()
    for key, text in (("full_name", "韩梅梅"), ("login", "hanmeimei"), ("password", "Hanmei-pass-1")):
        type_text(qtbot, request.edits[key], text)
    type_text(qtbot, request.edits["repeat"], "Hanmei-pass-2")
    request.buttons.button(request.buttons.StandardButton.Ok).click()
    assert request.errors.text("repeat") and request.result() != QDialog.DialogCode.Accepted
    request.edits["repeat"].clear()
    type_text(qtbot, request.edits["repeat"], "Hanmei-pass-1")
    request.buttons.button(request.buttons.StandardButton.Ok).click()
    assert request.result() == QDialog.DialogCode.Accepted and request.request_id

    admin = sign_in("admin")
    dialog = RequestsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "hanmeimei"
    dialog.station.setCurrentIndex(dialog.station.findData("storefront"))
    _check(dialog.roles, "门市接待")
    qtbot.mouseClick(dialog.btn_approve, Qt.MouseButton.LeftButton)
    _loaded(qtbot, dialog)
    assert dialog.table.rowCount() == 0
    user = auth.login(demo_db, "hanmeimei", "Hanmei-pass-1")
    assert user.station_code == "storefront" and user.scopes["customer"] == "department"
    assert user.role_names == ("门市接待",)


def test_users_screen_refuses_a_duplicate_login_and_keeps_the_input(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    count = dialog.table.rowCount()
    qtbot.mouseClick(dialog.btn_new, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.edits["login"], "Yangfan")
    type_text(qtbot, dialog.edits["full_name"], "另一个杨帆")
    type_text(qtbot, dialog.password, "Another-pass-1")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("login") and dialog.edits["login"].text() == "Yangfan"
    dialog.edits["login"].clear()
    type_text(qtbot, dialog.edits["login"], "yangfan2")
    _check(dialog.role_list, "销售代表")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    _loaded(qtbot, dialog)
    assert dialog.table.rowCount() == count + 1
    assert auth.login(workspace.db, "yangfan2", "Another-pass-1").scopes["customer"] == "own"


def test_the_last_admin_cannot_be_disabled_from_the_screen(qtbot, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = UsersDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    dialog.table.selectRow(next(i for i, u in enumerate(dialog.rows) if u.login == "admin"))
    qtbot.mouseClick(dialog.btn_active, Qt.MouseButton.LeftButton)
    assert shown and "last active administrator" in shown[0]
    assert next(u for u in workspace.admin.users.list_users() if u.login == "admin").active


def test_org_tree_move_refuses_a_cycle_and_applies_a_good_move(
    qtbot, workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = OrgDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    nodes = {n.name: n for n in workspace.admin.org.tree("department")}
    sales, storefront, repair = nodes["销售部"], nodes["门市部"], nodes["维修部"]
    dialog.trees["department"].moved.emit(sales.id, storefront.id)  # what a drop onto a child reports
    assert shown and "below itself" in shown[0]
    dialog.trees["department"].moved.emit(storefront.id, repair.id)
    _loaded(qtbot, dialog)
    tree = dialog.trees["department"]
    parent_of = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            parent_of[child.text(0)] = top.text(0)
    assert parent_of["门市部"] == "维修部"


def test_system_menu_only_for_the_system_module_and_every_screen_opens(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in("admin")
    window = MainWindow(admin, get_station(admin.db, admin.user.station_code))
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.menu_system.actions()}
    assert {f"act_admin_{k}" for k in SCREENS} <= names
    assert window.admin_menu is not None
    for key in SCREENS:
        dialog = window.admin_menu.open(key)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.loading, timeout=10_000)
        dialog.close()
    window.close()
    sales = sign_in("yangfan")
    other = MainWindow(sales, get_station(sales.db, sales.user.station_code))
    qtbot.addWidget(other)
    assert other.admin_menu is None
    assert not any(a.objectName().startswith("act_admin_") for a in other.menu_system.actions())
    other.close()
    wait_for_background()


def test_operation_log_filter_and_export(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace.admin.org.create("department", "审计部")
    dialog = OperationLogDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _loaded(qtbot, dialog)
    type_text(qtbot, dialog.search, "审计")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    _loaded(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 5).text() == "审计部"
    out = tmp_path / "log.csv"
    dialog.write_csv(str(out))
    assert "审计部" in out.read_text(encoding="utf-8-sig")
    assert workspace.admin.oversight.operations(LogFilter(text="审计"))


def test_idle_lock_asks_for_the_password(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    ws = sign_in("yangfan")
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)
    window.show()
    lock = window.session_guard.lock_now()
    assert isinstance(lock, IdleLockDialog) and lock.isVisible()
    type_text(qtbot, lock.password, "wrong-password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.isVisible() and lock.problem.text()
    lock.password.clear()
    type_text(qtbot, lock.password, demo.DEMO_PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.isVisible()
    window.close()
    wait_for_background()


def test_admin_sign_out_reaches_the_client_on_its_heartbeat(qtbot, sign_in, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    ws = sign_in("yangfan")
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)
    window.show()
    admin = sign_in("admin")
    session = next(o for o in admin.admin.oversight.online() if o.login == "yangfan")
    admin.admin.oversight.sign_out(session.session_id)
    admin.admin.oversight.set_idle_lock_minutes(30)
    with qtbot.waitSignal(window.relogin_requested, timeout=30_000):
        window.session_guard.beat()
    wait_for_background()


def test_heartbeat_keeps_the_session_and_brings_the_idle_time(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    ws = sign_in("yangfan")
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)
    sign_in("admin").admin.oversight.set_idle_lock_minutes(2)
    window.session_guard.beat()
    qtbot.waitUntil(lambda: window.session_guard.watcher.interval_ms == 120_000, timeout=10_000)
    assert any(o.login == "yangfan" for o in sign_in("admin").admin.oversight.online())
    window.close()
    wait_for_background()
