"""New business-log entry: date (today by default), title, content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from crm_desktop.ui.quick_panel.form_dialog import FormDialog, to_date, to_qdate


@dataclass
class LogEntryDraft:
    entry_date: date = field(default_factory=date.today)
    title: str = ""
    content: str | None = None


class LogEntryDialog(FormDialog):
    """`submit(LogEntryDraft) -> entry id` runs in the background; the dialog closes when it succeeds."""

    def __init__(self, submit: Callable[[LogEntryDraft], int], parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("log_entry_dialog")
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("entry_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(date.today()))
        self.title_label = QLabel(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.content_label = QLabel(self)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("content")
        self.content_edit.setTabChangesFocus(True)
        for label, buddy in (
            (self.date_label, self.date_edit),
            (self.title_label, self.title_edit),
            (self.content_label, self.content_edit),
        ):
            label.setBuddy(buddy)

        form = self.new_form()
        self.add_row(form, self.date_label, self.date_edit, "entry_date")
        self.add_row(form, self.title_label, self.title_edit, "title")
        self.add_row(form, self.content_label, self.content_edit, "content")

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 400)
        self.title_edit.setFocus()

    def collect(self) -> LogEntryDraft:
        return LogEntryDraft(
            to_date(self.date_edit.date()), self.title_edit.text(), self.content_edit.toPlainText()
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New business-log entry"))
        self.date_label.setText(self.tr("Date"))
        self.title_label.setText(self.tr("Title *"))
        self.content_label.setText(self.tr("Content"))
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.ok_button.setText(self.tr("Save"))
