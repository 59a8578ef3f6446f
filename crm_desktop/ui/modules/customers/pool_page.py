"""The public pool (公海) module page: unowned customers; claim, assign (administrators), and the automatic
return of neglected customers, run by the first client that finds it due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.pool import PoolRow
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.common import format_date, format_datetime, make_table, named
from crm_desktop.ui.modules.customers.pool_settings_dialog import PoolSettingsDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Loaded:
    rows: list[PoolRow]
    owned: int
    limit: int
    book: CodeBook | None
    colleagues: list[Colleague] | None


def run_auto_return(workspace: Workspace, receiver: QObject) -> None:
    """Any client may run the daily automatic return (at sign-in and when the pool opens); the database makes
    sure only one does the work each day."""
    service = workspace.pool

    def done(result: object) -> None:
        if getattr(result, "returned", 0):
            app_signals().records_changed.emit("customer", [])

    run_in_background(service.run_auto_return, done, lambda _error: None, receiver=receiver)


class PoolPage(QWidget):
    module_key = "pool"

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, auto_return: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pool_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace
        self.rows: list[PoolRow] = []
        self.book = CodeBook()
        self.owned, self.limit = 0, 0
        self.loading = False
        self._colleagues_loaded = False
        user = workspace.user
        self.search_edit = named(QLineEdit(), "pool_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.reload)
        self.refresh_button = named(QPushButton(), "pool_refresh")
        self.refresh_button.clicked.connect(self.reload)
        self.count_label = named(QLabel(), "pool_count")
        self.table = make_table(self, "pool_table")
        self.table.setColumnCount(6)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.claim_button = named(QPushButton(), "pool_claim")
        self.claim_button.clicked.connect(self.claim)
        self.assign_combo = named(QComboBox(), "pool_assign_to")
        self.assign_button = named(QPushButton(), "pool_assign")
        self.assign_button.clicked.connect(self.assign)
        self.can_assign = user.can("pool", "assign")
        self.assign_combo.setVisible(self.can_assign)
        self.assign_button.setVisible(self.can_assign)
        self.settings_button = named(QPushButton(), "pool_settings")
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_button.setVisible(self.can_assign)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.settings_button)
        actions = QHBoxLayout()
        actions.addWidget(self.claim_button)
        actions.addSpacing(16)
        actions.addWidget(self.assign_combo)
        actions.addWidget(self.assign_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((18, 8, 7, 9, 10, 7)):
            self.table.setColumnWidth(column, chars * char + 16)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        if auto_return:
            self.run_auto_return()
        self.reload()

    # ----- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self._update_buttons()
        ws, text = self.workspace, self.search_edit.text()
        need_book, need_people = self.book.is_empty(), self.can_assign and not self._colleagues_loaded

        def job() -> _Loaded:
            owned, limit = ws.pool.my_count()
            book = CodeBook.load(ws) if need_book else None
            return _Loaded(
                ws.pool.list_pool(text), owned, limit, book, ws.colleagues() if need_people else None
            )

        run_in_background(job, self._loaded, self._failed, receiver=self)

    def _loaded(self, loaded: _Loaded) -> None:
        self.loading = False
        self.rows, self.owned, self.limit = loaded.rows, loaded.owned, loaded.limit
        if loaded.book is not None:
            self.book = loaded.book
        if loaded.colleagues is not None:
            self._colleagues_loaded = True
            self.assign_combo.clear()
            for person in loaded.colleagues:
                label = (
                    f"{person.full_name}（{person.department}）" if person.department else person.full_name
                )
                self.assign_combo.addItem(label, person.id)
        self._fill()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._update_buttons()
        show_error(self, error)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            values = (r.name, self.book.label(r.type_id), self.book.label(r.grade_id), r.phone or "",
                      format_datetime(r.last_contact_at), format_date(r.created_at))  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.count_label.setText(
            self.tr("{count} customers in the pool · you own {owned} of at most {limit}").format(
                count=len(self.rows), owned=self.owned, limit=self.limit
            )
        )
        self._update_buttons()

    def _records_changed(self, entity: str, _ids: list[object]) -> None:
        if entity == "customer" and not self.loading:
            self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids()) and not self.loading
        self.claim_button.setEnabled(selected and self.workspace.user.can("pool", "edit"))
        self.assign_button.setEnabled(selected and self.assign_combo.count() > 0)

    # ----- actions -----------------------------------------------------------------------------------------
    def claim(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        service = self.workspace.pool
        self._write(lambda: service.claim(ids))

    def assign(self) -> None:
        ids, to_user = self.selected_ids(), self.assign_combo.currentData()
        if not ids or to_user is None:
            return
        service = self.workspace.pool
        self._write(lambda: service.assign(ids, to_user))

    def _write(self, job: Callable[[], list[int]]) -> None:
        self.loading = True
        self._update_buttons()

        def done(moved: list[int]) -> None:
            self.loading = False
            app_signals().records_changed.emit("customer", list(moved))
            self.reload()

        run_in_background(job, done, self._failed, receiver=self)

    def run_auto_return(self) -> None:
        run_auto_return(self.workspace, self)

    def open_settings(self) -> QDialog:
        dialog = PoolSettingsDialog(self.workspace, self)
        dialog.accepted.connect(self.reload)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Public pool: help"), self.help_text())

    def help_text(self) -> str:
        return self.tr(
            "The public pool holds customers without an owner. Select customers and press Claim to make them "
            "yours, up to your limit. Return a customer of yours from its record (Customer management menu) with "
            "a reason. Customers without contact for the configured number of days go back automatically."
        )

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the pool by name or phone"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.settings_button.setText(self.tr("Settings…"))
        self.claim_button.setText(self.tr("Claim"))
        self.assign_button.setText(self.tr("Assign to this person"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Grade"), self.tr("Phone"), self.tr("Last contact"),
             self.tr("Created")]
        )  # fmt: skip
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
