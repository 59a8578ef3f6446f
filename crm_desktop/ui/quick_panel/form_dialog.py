"""Base of the quick panel's input dialogs: submit in the background, messages beside fields, input kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.errors import FieldErrors, show_error, translate_error
from crm_desktop.ui.workers import run_in_background


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FormDialog(QDialog):
    """`submit(data)` runs off the GUI thread when OK is pressed. On success the dialog closes with
    `result_id` set; on a ValidationError the messages appear beside their fields; any other error shows
    a translated message box. The typed input stays in every case."""

    def __init__(self, submit: Callable[[Any], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._busy = False
        self.result_id: int | None = None
        self.errors = FieldErrors()
        self.general_error = QLabel(self)
        self.general_error.setObjectName("error_general")
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._line_height = QLineEdit().sizeHint().height()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def with_error(self, field_widget: QWidget, field: str) -> QWidget:
        """`field_widget` with its error label right below it, as one form-row field."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field_widget)
        layout.addWidget(self.errors.label_for(field))
        return box

    def add_row(self, form: QFormLayout, label: QWidget, field_widget: QWidget, field: str) -> None:
        """A form row whose label lines up with the field's first line even when an error shows below."""
        label.setFixedHeight(self._line_height)
        if isinstance(label, QLabel):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, self.with_error(field_widget, field))

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def collect(self) -> Any:
        raise NotImplementedError

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def accept(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        self.general_error.hide()
        data = self.collect()
        submit = self._submit
        self._set_busy(True)
        run_in_background(lambda: submit(data), self._submitted, self._failed, receiver=self)

    def reject(self) -> None:
        if not self._busy:  # a write under way finishes first; its result decides
            super().reject()

    def _submitted(self, result: Any) -> None:
        self._set_busy(False)
        self.result_id = int(result) if result is not None else None
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            unplaced = self.errors.show(error)
            texts = [translate_error(error.fields[f], error.field_params.get(f)) for f in unplaced]
            if texts or not error.fields:
                self.general_error.setText("\n".join(texts) or translate_error(error.message))
                self.general_error.show()
            return
        show_error(self, error)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
