"""Merge another customer into the one shown: find it by name or phone, confirm, merge (undoable from the
recycle bin)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerDetail
from crm_desktop.services.duplicates import DuplicateCandidate, DuplicateReport
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.common import make_table, named
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class MergeDialog(QDialog):
    """Accepted once the merge is done; `merged_id` is the customer that went to the recycle bin."""

    def __init__(self, workspace: Workspace, survivor: CustomerDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.workspace = workspace
        self.survivor = survivor
        self.candidates: list[DuplicateCandidate] = []
        self.merged_id: int | None = None
        self.busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.search_edit = named(QLineEdit(), "merge_search")
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = named(QPushButton(), "merge_find")
        self.search_button.clicked.connect(self.search)
        self.table = make_table(self, "merge_candidates")
        self.table.setColumnCount(4)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = named(QPushButton(), "merge_confirm")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((16, 5, 9)):
            self.table.setColumnWidth(column, chars * char + 16)
        self.resize(54 * char, 26 * char)
        self.retranslate_ui()
        self.search_edit.setText(survivor.name)
        self.search(phones=[survivor.phone, survivor.mobile], email=survivor.email)

    def search(self, phones: list[str | None] | None = None, email: str | None = None) -> None:
        text = self.search_edit.text().strip()
        service, survivor_id = self.workspace.duplicates, self.survivor.id
        digits = [text] if any(ch.isdigit() for ch in text) else []
        self.busy = True
        self._update_buttons()
        run_in_background(
            lambda: service.check(text, [*(phones or []), *digits], email, exclude_id=survivor_id),
            self._fill,
            self._failed,
            receiver=self,
        )

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, error)

    def _fill(self, report: DuplicateReport) -> None:
        self.busy = False
        self.candidates = report.candidates
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            values = (
                c.name,
                c.owner_name or self.tr("Public pool"),
                c.phone or "",
                f"{round(c.score * 100)}%",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(
            not self.busy and self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        )

    def merge(self, *, confirm: bool = True) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.candidates):
            return
        other = self.candidates[row]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Merge customers"),
                self.tr(
                    "Merge “{other}” into “{survivor}”? Its contacts, contact history, tasks, notes and files move "
                    "to “{survivor}”; “{other}” goes to the recycle bin, where restoring it undoes the merge."
                ).format(other=other.name, survivor=self.survivor.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.busy = True
        self._update_buttons()
        service, survivor_id = self.workspace.merges, self.survivor.id

        def done(_record: object) -> None:
            self.busy = False
            self.merged_id = other.id
            app_signals().records_changed.emit("customer", [survivor_id, other.id])
            self.accept()

        run_in_background(lambda: service.merge(survivor_id, other.id), done, self._failed, receiver=self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge customers"))
        self.intro.setText(
            self.tr("Choose the customer to merge into “{name}”. Similar customers are listed; search by name or phone.")
            .format(name=self.survivor.name)
        )  # fmt: skip
        self.search_button.setText(self.tr("Find"))
        self.merge_button.setText(self.tr("Merge…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Owner"), self.tr("Phone"), self.tr("Similarity")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
