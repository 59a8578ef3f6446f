"""A read-only table with a filter bar (text, from, to) and CSV export: the base of the oversight viewers."""

from __future__ import annotations

import csv
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
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

from crm_desktop.services.admin.oversight import LogFilter
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.naming import named


class TableDialog(AdminDialog):
    """Subclasses set `columns()` (translated headers), `fetch()` and `cells(row)`; `with_dates` adds a range."""

    with_dates = True

    def __init__(self, workspace: Workspace, name: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, name, parent)
        self.rows: list[Any] = []
        self.search = named(QLineEdit(), "filter_text")
        self.search.returnPressed.connect(self.reload)
        self.use_dates = named(QCheckBox(), "filter_use_dates")
        self.since = named(QDateEdit(QDate.currentDate().addDays(-7)), "filter_since")
        self.until = named(QDateEdit(QDate.currentDate()), "filter_until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_label = QLabel()
        self.btn_refresh = named(QPushButton(), "refresh")
        self.btn_refresh.clicked.connect(self.reload)
        self.btn_export = named(QPushButton(), "export_csv")
        self.btn_export.clicked.connect(self.export_csv)
        self.btn_close = named(QPushButton(), "close")
        self.btn_close.clicked.connect(self.accept)
        self.table = named(QTableWidget(0, 0), "log_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search_label)
        self.filter_bar.addWidget(self.search, 1)
        if self.with_dates:
            self.filter_bar.addWidget(self.use_dates)
            self.filter_bar.addWidget(self.since)
            self.filter_bar.addWidget(self.until)
        self.filter_bar.addWidget(self.btn_refresh)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.btn_export)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.resize(1000, 600)

    def log_filter(self, **extra: Any) -> LogFilter:
        def day(edit: QDateEdit) -> date | None:
            return edit.date().toPython() if self.use_dates.isChecked() else None  # type: ignore[return-value]

        return LogFilter(
            text=self.search.text().strip(), since=day(self.since), until=day(self.until), **extra
        )

    def columns(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def cells(self, row: Any) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        self.show_rows(data)

    def show_rows(self, data: list[Any]) -> None:
        self.rows = data
        self.table.setRowCount(len(data))
        for r, row in enumerate(data):
            for c, value in enumerate(self.cells(row)):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def export_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), "", "CSV (*.csv)")
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(self.columns())
                writer.writerows(self.cells(row) for row in self.rows)
        except OSError as error:
            show_error(self, error)

    def retranslate_ui(self) -> None:
        self.table.setColumnCount(len(self.columns()))
        self.table.setHorizontalHeaderLabels(self.columns())
        self.search_label.setText(self.tr("Search"))
        self.use_dates.setText(self.tr("From – to"))
        self.btn_refresh.setText(self.tr("&Refresh"))
        self.btn_export.setText(self.tr("&Export…"))
        self.btn_close.setText(self.tr("Close"))
        if self.rows:
            self.show_rows(self.rows)


def when(value: Any) -> str:
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
