"""Showing service errors in the user's language: message boxes and messages beside form fields."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from crm_desktop.services.errors import CONTEXT, ServiceError, ValidationError

log = logging.getLogger(__name__)


def translate_error(message: str, params: Mapping[str, object] | None = None) -> str:
    text = QCoreApplication.translate(CONTEXT, message)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def error_text(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return translate_error(error.message, error.params)
    log.error("unexpected error", exc_info=error)
    text = QCoreApplication.translate("Errors", "Something went wrong: {detail}")
    return text.format(detail=str(error) or type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QCoreApplication.translate("Errors", "CRM")
    QMessageBox.warning(parent, title, error_text(error))


class FieldErrors:
    """Labels under form fields; `show(error)` fills them from a ValidationError, `clear()` empties them."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet("color: #c0392b;")
        label.setWordWrap(True)
        label.hide()
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Show each field's message; returns the fields that have no label (to show elsewhere)."""
        self.clear()
        unplaced = []
        for field, message in error.fields.items():
            label = self.labels.get(field)
            if label is None:
                unplaced.append(field)
                continue
            label.setText(translate_error(message, error.field_params.get(field)))
            label.show()
        return unplaced

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None else ""
