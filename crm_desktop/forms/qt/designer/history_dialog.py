"""The saved versions of one layout (newest first); “Roll back” saves the chosen one again as the newest."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.backend import VersionInfo
from crm_desktop.forms.qt.designer.support import named


class HistoryDialog(QDialog):
    """`chosen` holds the VersionInfo to roll back to after exec() returns Accepted."""

    def __init__(self, versions: Sequence[VersionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "history_dialog")
        self.versions = list(versions)
        self.chosen: VersionInfo | None = None
        self.table = named(QTableWidget(len(self.versions), 4), "history_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.btn_rollback = named(QPushButton(), "history_rollback")
        self.btn_close = named(QPushButton(), "history_close")
        self.btn_rollback.clicked.connect(self._rollback)
        self.btn_close.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.btn_rollback)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self.retranslate_ui()
        self._enable()

    def _fill(self) -> None:
        for row, version in enumerate(self.versions):
            when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            what = self.tr("Reset to base") if version.reset else version.comment
            for col, text in enumerate((str(version.version_no), when, version.created_by, what)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, version.id)
                self.table.setItem(row, col, item)

    def select_version(self, version_no: int) -> None:
        for row, version in enumerate(self.versions):
            if version.version_no == version_no:
                self.table.selectRow(row)

    def _enable(self) -> None:
        row = self.table.currentRow()
        self.btn_rollback.setEnabled(0 < row < len(self.versions) and bool(self.table.selectedItems()))

    def _rollback(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen = self.versions[row]
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Layout history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved"), self.tr("By"), self.tr("Note")]
        )
        self.btn_rollback.setText(self.tr("&Roll back to this version"))
        self.btn_close.setText(self.tr("Close"))
        self._fill()
