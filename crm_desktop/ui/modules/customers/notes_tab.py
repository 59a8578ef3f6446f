"""Notes and attachments of a customer (stored in the database; files above the size limit are refused)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_notes import AttachmentDTO, NoteDTO, check_size
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.customers.common import format_datetime, make_table, named
from crm_desktop.ui.modules.customers.related_tab import RelatedTab
from crm_desktop.ui.signals import app_signals


@dataclass(frozen=True)
class _Data:
    notes: list[NoteDTO]
    attachments: list[AttachmentDTO]


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    return f"{max(1, round(size / 1024))} KB" if size else "0 KB"


class NotesTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("notes_tab")
        self.data = _Data([], [])
        self.notes_table = make_table(self, "notes_table")
        self.notes_table.setColumnCount(3)
        self.note_edit = named(QPlainTextEdit(), "note_edit")
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.add_note_button = named(QPushButton(), "note_add")
        self.add_note_button.clicked.connect(self.add_note)
        self.delete_note_button = named(QPushButton(), "note_delete")
        self.delete_note_button.clicked.connect(self.delete_note)
        self.files_label = named(QLabel(), "attachments_label")
        self.files_table = make_table(self, "attachments_table")
        self.files_table.setColumnCount(4)
        self.attach_button = named(QPushButton(), "attachment_add")
        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.save_file_button = named(QPushButton(), "attachment_save")
        self.save_file_button.clicked.connect(lambda: self.save_file())
        self.delete_file_button = named(QPushButton(), "attachment_delete")
        self.delete_file_button.clicked.connect(self.delete_file)
        self.notes_table.itemSelectionChanged.connect(self._update_buttons)
        self.files_table.itemSelectionChanged.connect(self._update_buttons)

        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.add_note_button)
        note_buttons.addWidget(self.delete_note_button)
        note_buttons.addStretch(1)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_table, 1)
        notes_layout.addWidget(self.note_edit)
        notes_layout.addLayout(note_buttons)
        file_buttons = QHBoxLayout()
        for button in (self.attach_button, self.save_file_button, self.delete_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files_label)
        files_layout.addWidget(self.files_table, 1)
        files_layout.addLayout(file_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(notes)
        splitter.addWidget(files)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        char = self.fontMetrics().horizontalAdvance("中")
        self.notes_table.setColumnWidth(0, 8 * char + 16)
        self.notes_table.setColumnWidth(1, 4 * char + 16)
        for column, chars in enumerate((14, 4, 4)):
            self.files_table.setColumnWidth(column, chars * char + 16)
        self.retranslate_ui()

    # ----- loading -----------------------------------------------------------------------------------------
    def fetcher(self, customer_id: int) -> Callable[[], _Data]:
        service = self.workspace.customer_notes
        return lambda: _Data(service.notes(customer_id), service.attachments(customer_id))

    def fill(self, data: _Data | None) -> None:
        self.data = data or _Data([], [])
        self.notes_table.setRowCount(len(self.data.notes))
        for row, n in enumerate(self.data.notes):
            first_line = n.body.splitlines()[0] if n.body else ""
            for column, value in enumerate((format_datetime(n.created_at), n.author or "", first_line)):
                item = QTableWidgetItem(value)
                item.setToolTip(n.body)
                self.notes_table.setItem(row, column, item)
        self.files_table.setRowCount(len(self.data.attachments))
        for row, a in enumerate(self.data.attachments):
            values = (a.file_name, human_size(a.size), a.author or "", format_datetime(a.created_at))
            for column, value in enumerate(values):
                self.files_table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.customer_id is not None
        self.note_edit.setEnabled(has and self.editable)
        self.add_note_button.setEnabled(has and self.editable)
        self.attach_button.setEnabled(has and self.editable)
        self.delete_note_button.setEnabled(self.editable and self._row(self.notes_table) >= 0)
        file_row = self._row(self.files_table)
        self.save_file_button.setEnabled(file_row >= 0)
        self.delete_file_button.setEnabled(self.editable and file_row >= 0)

    @staticmethod
    def _row(table: QTableWidget) -> int:
        return table.currentRow() if table.selectedItems() else -1

    # ----- actions -----------------------------------------------------------------------------------------
    def add_note(self) -> None:
        body, customer_id = self.note_edit.toPlainText(), self.customer_id
        if customer_id is None:
            return
        service = self.workspace.customer_notes
        self.run(lambda: service.add_note(customer_id, body), lambda _id: self.note_edit.clear())

    def delete_note(self) -> None:
        row = self._row(self.notes_table)
        if 0 <= row < len(self.data.notes):
            note_id, service = self.data.notes[row].id, self.workspace.customer_notes
            self.run(lambda: service.delete_note(note_id))

    def attach_file(self, path: str | None = None) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
            if not path:
                return
        name = Path(path).name
        try:
            check_size(name, os.path.getsize(path))  # refuse before reading a huge file into memory
        except Exception as error:
            show_error(self, error)
            return
        service = self.workspace.customer_notes
        self.run(lambda: service.add_attachment(customer_id, name, Path(path).read_bytes()),
                 lambda _id: app_signals().records_changed.emit("customer_attachment", [_id]))  # fmt: skip

    def save_file(self, target: str | None = None) -> None:
        row = self._row(self.files_table)
        if not 0 <= row < len(self.data.attachments):
            return
        item = self.data.attachments[row]
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the attachment"), item.file_name
            )
            if not target:
                return
        service = self.workspace.customer_notes
        chosen = target
        self.run(lambda: Path(chosen).write_bytes(service.attachment_data(item.id)[1]))

    def delete_file(self) -> None:
        row = self._row(self.files_table)
        if 0 <= row < len(self.data.attachments):
            attachment_id, service = self.data.attachments[row].id, self.workspace.customer_notes
            self.run(lambda: service.delete_attachment(attachment_id))

    # ----- texts -------------------------------------------------------------------------------------------
    def title(self) -> str:
        count = len(self.data.notes) + len(self.data.attachments)
        return (
            self.tr("Notes and files ({count})").format(count=count)
            if self.customer_id
            else self.tr("Notes and files")
        )

    def retranslate_ui(self) -> None:
        self.notes_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("By"), self.tr("Note")])
        self.files_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("By"), self.tr("When")]
        )
        self.note_edit.setPlaceholderText(self.tr("Write a note…"))
        self.add_note_button.setText(self.tr("Add note"))
        self.delete_note_button.setText(self.tr("Delete note"))
        self.files_label.setText(self.tr("Attachments (at most 10 MB each)"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.save_file_button.setText(self.tr("Save as…"))
        self.delete_file_button.setText(self.tr("Delete file"))
        self.fill(self.data)
