"""Composition root: QApplication, translators, the login dialog, and the main window."""

from __future__ import annotations

import logging
import platform
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crm_desktop.config import data_dir, default_database_url
from crm_desktop.services.context import UserContext
from crm_desktop.ui import i18n, settings
from crm_desktop.ui.db_description import describe_database
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

log = logging.getLogger("crm_desktop")


class AppController(QObject):
    """Runs the login → main window → log in again cycle."""

    def __init__(self, url: str, is_default: bool, station: str | None) -> None:
        super().__init__()
        self.url = url
        self.is_default = is_default
        self.station = station
        self.window: MainWindow | None = None
        self.last_login = ""

    def login(self) -> bool:
        dialog = LoginDialog(
            self.url, is_default=self.is_default, station=self.station, machine=platform.node(),
            login_name=self.last_login,
        )  # fmt: skip
        dialog.connection_changed.connect(self._remember_connection)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        self.url, self.is_default = dialog.url, dialog.is_default
        user: UserContext = dialog.user
        self.last_login = user.login
        from crm_desktop.services.stations import get_station
        from crm_desktop.services.workspace import Workspace
        from crm_desktop.ui.main_window import MainWindow

        workspace = Workspace(dialog.database, user, describe_database(self.url, self.is_default))  # type: ignore[arg-type]
        self.window = MainWindow(workspace, get_station(workspace.db, user.station_code))
        self.window.relogin_requested.connect(self._relogin)
        self.window.show()
        self.window.start_live()  # other stations' tasks and messages, delivered live
        return True

    def _remember_connection(self, url: str) -> None:
        settings.set_last_database_url(None if url == default_database_url() else url)

    def _relogin(self) -> None:
        old = self.window
        self.window = None
        if old is not None:
            old.deleteLater()
            old.workspace.db.dispose()
        if not self.login():
            QCoreApplication.quit()


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error", exc_info=(kind, value, tb))
        if QApplication.instance() is not None and isinstance(value, Exception):
            QMessageBox.critical(None, QCoreApplication.translate("Errors", "CRM"), error_text(value))

    sys.excepthook = hook


def _setup_logging() -> None:
    handler = logging.FileHandler(data_dir() / "crm-desktop.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(url: str, *, is_default: bool, station: str | None = None, language: str | None = None) -> int:
    _setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setQuitOnLastWindowClosed(False)
    i18n.set_language(language or settings.language(i18n.DEFAULT_LANGUAGE))
    _install_excepthook()
    if is_default:
        saved = settings.last_database_url()
        if saved:
            url, is_default = saved, False
    controller = AppController(url, is_default, station)
    if not controller.login():
        return 0
    app.lastWindowClosed.connect(lambda: None if controller.window is None else QCoreApplication.quit())
    return int(app.exec())
