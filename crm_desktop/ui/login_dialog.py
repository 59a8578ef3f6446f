"""The login dialog: title, user name, password, Log in / Cancel, and the database it will use (changeable).

Opening the database and checking the password run off the GUI thread. Every failure is shown in the dialog in
the user's language, with the chance to change the connection; nothing is written on failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import DatabaseProblem
from crm_desktop.ui import i18n
from crm_desktop.ui.db_description import describe_database
from crm_desktop.ui.dialogs.connection_dialog import ConnectionDialog
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

if TYPE_CHECKING:
    from crm_desktop.services.demo import DemoAccount

# The database layer is imported inside the background work, after the dialog is on screen: showing the dialog
# must not wait for SQLAlchemy and Alembic to load.
START_DELAY_MS = 30  # let the dialog paint before the database work competes for the interpreter
DEMO_PASSWORD = "demo1234"  # crm_desktop.services.DEMO_PASSWORD; a test keeps the two equal


@dataclass(frozen=True)
class _Opened:
    database: object
    demo_accounts: list[DemoAccount]
    station_names: dict[str, tuple[str, str]]


class LoginDialog(QDialog):
    """After exec() == Accepted: `database`, `user` and `url` hold the signed-in session."""

    connection_changed = Signal(str)

    def __init__(
        self,
        url: str,
        *,
        is_default: bool = False,
        station: str | None = None,
        machine: str = "",
        login_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.url = url
        self.is_default = is_default
        self.station = station
        self.machine = machine
        self.database: object | None = None
        self.user: UserContext | None = None
        self._busy = False
        self._demo_accounts: list[DemoAccount] = []
        self._station_names: dict[str, tuple[str, str]] = {}

        self.title = named(QLabel(), "login_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(wordWrap=True)
        self.login_edit = named(QLineEdit(login_name), "login_name")
        self.password_edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "login_password")
        self.database_label = named(QLabel(wordWrap=True), "login_database")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = named(QPushButton(), "change_connection")
        self.change_button.clicked.connect(self.change_connection)
        self.status = named(QLabel(wordWrap=True), "login_status")
        self.status.setMinimumHeight(self.fontMetrics().height() * 2)

        form = QFormLayout()
        self.login_label, self.password_label, self.db_caption = QLabel(), QLabel(), QLabel()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.password_label, self.password_edit)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database_label, 1)
        db_row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.db_caption, db_row)

        self.demo_box = named(QGroupBox(), "demo_accounts")
        self.demo_hint = QLabel(wordWrap=True)
        self.demo_table = named(QTableWidget(0, 3), "demo_table")
        self.demo_table.verticalHeader().hide()
        self.demo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demo_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.demo_table.setMinimumHeight(220)
        self.demo_table.itemSelectionChanged.connect(self._pick_demo_account)
        self.demo_table.itemDoubleClicked.connect(lambda *_: self.try_login())
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.addWidget(self.demo_hint)
        demo_layout.addWidget(self.demo_table)
        self.demo_box.hide()

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.request_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.request_button.setObjectName("request_account_button")
        self.request_button.clicked.connect(self.request_account)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.demo_box, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self._show_database()
        self._set_busy(True, self.tr("Connecting to the database…"))
        QTimer.singleShot(START_DELAY_MS, self.open_connection)

    # ----- connection --------------------------------------------------------------------------------------
    def _show_database(self) -> None:
        self.database_label.setText(describe_database(self.url, self.is_default))

    def open_connection(self) -> None:
        """Open (and on first start of the embedded database, create and fill) the database in the background."""
        self._set_busy(True, self.tr("Connecting to the database…"))
        url, is_default = self.url, self.is_default

        def work() -> _Opened:
            from crm_desktop.services import demo
            from crm_desktop.services.connection import open_database
            from crm_desktop.services.stations import list_stations

            database = open_database(url, is_default=is_default, initialise=is_default)
            try:
                if is_default and not demo.has_real_data(database):
                    demo.load_demo(database)
                accounts = demo.demo_accounts(database)
                names = {s.code: (s.name, s.name_en) for s in list_stations(database)}
            except BaseException:
                database.dispose()
                raise
            return _Opened(database, accounts, names)

        if is_default:
            self.status.setText(self.tr("Opening the database (the first start prepares the demo company)…"))
        run_in_background(work, self._opened, self._open_failed, receiver=self)

    def _opened(self, opened: _Opened) -> None:
        self._dispose()
        self.database = opened.database
        self._demo_accounts = opened.demo_accounts
        self._station_names = opened.station_names
        self._fill_demo_accounts()
        self._set_busy(False, "")
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _open_failed(self, error: Exception) -> None:
        self._dispose()
        self._set_busy(False, "")
        self.login_button.setEnabled(True)
        self._show_problem(error)

    def _show_problem(self, error: Exception) -> None:
        text = error_text(error)
        if isinstance(error, DatabaseProblem):
            text += "\n" + self.tr("Use “Change…” to choose another database.")
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(text)

    def change_connection(self) -> None:
        dialog = ConnectionDialog(self.url, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from crm_desktop.config import default_database_url

        self.url = dialog.url()
        self.is_default = self.url == default_database_url()
        self._show_database()
        self.demo_box.hide()
        self.connection_changed.emit(self.url)
        self.open_connection()

    # ----- login -------------------------------------------------------------------------------------------
    def try_login(self) -> None:
        if self._busy:
            return
        if self.database is None:
            self.open_connection()
            return
        login_name, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login_name:
            self._show_message(self.tr("Enter your user name."))
            self.login_edit.setFocus()
            return
        database, station, machine = self.database, self.station, self.machine
        self._set_busy(True, self.tr("Checking…"))

        def work() -> UserContext:
            from crm_desktop.services import auth

            return auth.login(database, login_name, password, station, machine)  # type: ignore[arg-type]

        run_in_background(
            work,
            self._logged_in,
            self._login_failed,
            receiver=self,
        )

    def _logged_in(self, user: UserContext) -> None:
        self.user = user
        self._set_busy(False, "")
        self.accept()

    def _login_failed(self, error: Exception) -> None:
        self._set_busy(False, "")
        self._show_problem(error)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_message(self, text: str) -> None:
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(text)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _dispose(self) -> None:
        if self.database is not None and self.user is None:
            self.database.dispose()  # type: ignore[attr-defined]
        self.database = None

    def reject(self) -> None:
        self._dispose()
        super().reject()

    # ----- demo accounts -----------------------------------------------------------------------------------
    def _fill_demo_accounts(self) -> None:
        accounts = self._demo_accounts
        self.demo_box.setVisible(bool(accounts))
        self.demo_table.setRowCount(len(accounts))
        english = i18n.is_english()
        for row, account in enumerate(accounts):
            names = self._station_names.get(
                account.station_code, (account.station_code, account.station_code)
            )
            for column, text in enumerate(
                (account.login, account.full_name, names[1] if english else names[0])
            ):
                self.demo_table.setItem(row, column, QTableWidgetItem(text))

    def _pick_demo_account(self) -> None:
        rows = self.demo_table.selectionModel().selectedRows()
        if rows:
            self.login_edit.setText(self._demo_accounts[rows[0].row()].login)
            self.password_edit.setText(DEMO_PASSWORD)

    def request_account(self) -> None:
        """Ask an administrator for an account (stored in the open database, decided under System settings)."""
        if self.database is None:
            return
        from crm_desktop.ui.admin.account_request_dialog import AccountRequestDialog

        dialog = AccountRequestDialog(self.database, self.machine, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Your request has been sent. An administrator will let you know."))

    # ----- language ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.title.setText(self.tr("Customer relationship management"))
        self.subtitle.setText(self.tr("Log in with the user name and password your administrator gave you."))
        self.login_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.db_caption.setText(self.tr("Database"))
        self.change_button.setText(self.tr("Change…"))
        self.request_button.setText(self.tr("Request an account…"))
        self.login_button.setText(self.tr("Log in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.demo_box.setTitle(self.tr("Demo accounts"))
        self.demo_hint.setText(
            self.tr("This is the demo company. Every demo account uses the password {password}.").format(
                password=DEMO_PASSWORD
            )
        )
        self.demo_table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Station")])
        self._show_database()
        self._fill_demo_accounts()
