"""Small pieces shared by the customer screens: field rows with error labels, optional dates, formats."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.errors import FieldErrors, error_text, show_error
from crm_desktop.ui.widgets.naming import named

_W = TypeVar("_W", bound=QObject)

REQUIRED_MARK = '{label} <span style="color:#c0392b;">*</span>'
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def local(value: datetime) -> datetime:
    """A stored (UTC) timestamp in the workstation's time zone."""
    return value.astimezone() if value.tzinfo is not None else value


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value)
    return value.strftime("%Y-%m-%d")


def format_datetime(value: datetime | None) -> str:
    return local(value).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def set_label_text(label: QLabel, text: str, *, required: bool = False) -> None:
    """A form label, marked with a red asterisk when the field must be filled in."""
    if required:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(REQUIRED_MARK.format(label=text.replace("&", "&amp;").replace("<", "&lt;")))
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)


def field_cell(field: QWidget, error: QLabel) -> QWidget:
    """The field with its error message right under it (hidden until there is one)."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    cell.setFocusProxy(field)
    return cell


def make_table(parent: QWidget, object_name: str) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time, last column stretched."""
    table = QTableWidget(parent)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setHighlightSections(False)
    return table


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a date field and a check box saying there is none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, default: QDate | None = None) -> None:
        super().__init__(parent)
        self._default = default or QDate.currentDate()
        self.date_edit = QDateEdit(self._default)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.none_box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.none_box)
        self.setFocusProxy(self.date_edit)
        self.none_box.toggled.connect(self._none_toggled)
        self.date_edit.dateChanged.connect(lambda *_: self.changed.emit())
        self.set_value(None)

    def set_none_text(self, text: str) -> None:
        self.none_box.setText(text)

    def value(self) -> date | None:
        if self.none_box.isChecked():
            return None
        result: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return result

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.date_edit.setDate(self._default)
            self.none_box.setChecked(True)
        else:
            self.none_box.setChecked(False)
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        self.date_edit.setEnabled(value is not None)

    def _none_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        if not checked:
            self.date_edit.setFocus()
        self.changed.emit()


@dataclass
class FieldDialogParts:
    labels: dict[str, QLabel]
    message_label: QLabel
    buttons: QDialogButtonBox


def lay_out_field_dialog(
    dialog: QDialog, fields: dict[str, QWidget], errors: FieldErrors, on_save: Callable[[], None]
) -> FieldDialogParts:
    """A form dialog: a message line, one labelled row per field (in `fields` order) with its error label under
    it, OK/Cancel, and the tab order top to bottom."""
    message_label = named(QLabel(), "form_message")
    message_label.setWordWrap(True)
    message_label.setStyleSheet("color: #c0392b; font-weight: bold;")
    message_label.hide()
    labels: dict[str, QLabel] = {}
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for name, field in fields.items():
        label = named(QLabel(), f"label_{name}")
        label.setBuddy(field)
        labels[name] = label
        form.addRow(label, field_cell(field, errors.label_for(name)))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(message_label)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("中") * 36)
    order = list(fields.values())
    for previous, widget in itertools.pairwise(order):
        QWidget.setTabOrder(previous, widget)
    QWidget.setTabOrder(order[-1], buttons)
    return FieldDialogParts(labels, message_label, buttons)


def show_save_error(
    dialog: QWidget, error: Exception, fields: dict[str, QWidget], errors: FieldErrors, message_label: QLabel
) -> None:
    """After a failed save: field messages beside their fields (focus on the first), the rest in a box."""
    if isinstance(error, ValidationError):
        unplaced = errors.show(error)
        message_label.setText(error_text(error))
        message_label.show()
        first = next((name for name in fields if name in error.fields), None)
        if first is not None:
            fields[first].setFocus()
        if not unplaced:
            return
    show_error(dialog, error)
