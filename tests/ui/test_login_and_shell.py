"""The login dialog and the main window shell, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from crm_desktop.db.session import Database
from crm_desktop.services import demo
from crm_desktop.services.stations import get_station
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import i18n
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _wait_opened(qtbot, dialog: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)


def test_login_through_the_dialog_lists_demo_accounts(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(_url(demo_db), machine="pytest")
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_opened(qtbot, dialog)
    assert dialog.database is not None
    assert dialog.demo_box.isVisible()
    logins = [dialog.demo_table.item(r, 0).text() for r in range(dialog.demo_table.rowCount())]
    assert "admin" in logins and len(logins) >= 15
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, demo.DEMO_PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.user is not None and dialog.user.login == "admin" and dialog.user.is_admin
    dialog.database.dispose()  # type: ignore[attr-defined]


def test_wrong_password_gives_the_generic_message_and_keeps_the_user_name(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(_url(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_opened(qtbot, dialog)
    for name in ("admin", "nobody"):
        dialog.login_edit.setText(name)
        dialog.password_edit.setText("wrong-password")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog._busy and bool(dialog.status.text()), timeout=10_000)
        assert dialog.status.text() == "Wrong user name or password."
        assert dialog.login_edit.text() == name
        assert dialog.password_edit.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reject()


@pytest.mark.parametrize(
    ("make_url", "expected"),
    [
        (lambda tmp: "postgresql+psycopg://crm@127.0.0.1:1/crm", "cannot be reached"),
        (lambda tmp: _corrupt_file(tmp), "damaged"),
        (lambda tmp: "sqlite:///" + (tmp / "empty.sqlite3").as_posix(), "crm-desktop db upgrade --database"),
        (lambda tmp: "nonsense://", "not valid"),
    ],
    ids=["unreachable", "corrupt", "uninitialised", "bad-url"],
)
def test_database_problems_are_shown_in_the_dialog(
    qtbot, tmp_path: Path, make_url: Callable[[Path], str], expected: str
) -> None:  # type: ignore[no-untyped-def]
    url = make_url(tmp_path)
    before = _snapshot(tmp_path)
    dialog = LoginDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_opened(qtbot, dialog)
    assert expected in dialog.status.text()
    assert "Change" in dialog.status.text()
    assert dialog.database is None
    assert dialog.change_button.isEnabled()
    assert _snapshot(tmp_path) == before or expected == "crm-desktop db upgrade --database"
    dialog.reject()


def _corrupt_file(tmp: Path) -> str:
    path = tmp / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database file" * 100)
    return "sqlite:///" + path.as_posix()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _window(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()
    wait_for_background()


def test_storefront_user_lands_in_the_storefront_layout_with_the_customer_list(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    storefront = next(a for a in demo.demo_accounts(sign_in("admin").db) if a.station_code == "storefront")
    ws = sign_in(storefront.login)
    window = _window(qtbot, ws)
    assert ws.user.station_code == "storefront"
    assert window.current_module() == "customers"
    assert window.stack.currentWidget().objectName() == "customers_page"
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:2] == ["File", "System settings"]
    assert "Customer archive" in titles and "Help" in titles
    assert "Storefront" in window.status.station.text()
    assert "Customers" in window.status.module.text()
    assert window.status.clock.text()[:4].isdigit()
    _close(window)


def test_navigation_switches_modules_and_status_bar_follows(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sign_in("admin"))
    assert window.current_module() == "home"
    window.navigation.setCurrentRow(window.modules.index("customers"))
    assert window.stack.currentWidget().objectName() == "customers_page"
    assert "Customers" in window.status.module.text()
    qtbot.waitUntil(lambda: "connected" in window.status.database.text(), timeout=5000)
    _close(window)


def test_quick_panel_visibility_is_remembered_per_user(qtbot, sign_in) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in("admin")
    window = _window(qtbot, admin)
    assert window.quick_panel.isVisible()
    window.act_quick_panel.trigger()
    assert not window.quick_panel.isVisible()
    _close(window)
    again = _window(qtbot, sign_in("admin"))
    assert not again.quick_panel.isVisible()
    _close(again)
    other = next(a.login for a in demo.demo_accounts(admin.db) if a.login != "admin")
    third = _window(qtbot, sign_in(other))
    assert third.quick_panel.isVisible()
    _close(third)


def test_switching_language_retranslates_open_windows(qtbot, sign_in, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sign_in("admin"))
    assert window.menu_file.title().replace("&", "") == "File"
    try:
        i18n.set_language("zh_CN")  # Qt posts LanguageChange to every window; wait for it to arrive
        qtbot.waitUntil(lambda: "文件" in window.menu_file.title(), timeout=5000)
        assert "客户" in window.navigation.item(window.modules.index("customers")).text()
        assert "站点" in window.status.station.text()
        assert "管理部" in window.status.station.text()
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title().replace("&", "") == "File", timeout=5000)
    assert "Admin office" in window.status.station.text()
    _close(window)


def test_change_password_dialog_shows_errors_beside_fields(qtbot, sign_in, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.dialogs.change_password_dialog import ChangePasswordDialog

    ws = sign_in("admin")
    dialog = ChangePasswordDialog(ws)
    qtbot.addWidget(dialog)
    dialog.edits["old"].setText("wrong-one")
    dialog.edits["new"].setText("short")
    dialog.edits["repeat"].setText("short")
    dialog.save()
    assert dialog.errors.text("new") == "The new password must have at least 8 characters."
    assert dialog.errors.text("old") == "The current password is wrong."
    assert dialog.edits["new"].text() == "short"
    dialog.edits["old"].setText(demo.DEMO_PASSWORD)
    dialog.edits["new"].setText("a-new-password")
    dialog.edits["repeat"].setText("a-new-password")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def test_login_dialog_starts_without_the_database_layer() -> None:
    """Showing the login dialog must not wait for SQLAlchemy/Alembic (they load in the background)."""
    import subprocess
    import sys

    code = (
        "import sys, crm_desktop.ui.login_dialog as d; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'crm_desktop.db') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_login_dialog_demo_password_matches_the_demo() -> None:
    from crm_desktop.ui import login_dialog

    assert login_dialog.DEMO_PASSWORD == demo.DEMO_PASSWORD
