"""Widgets the order dialogs build alike: the message line for errors, the payment method choice, OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from crm_desktop.ui import i18n
from crm_desktop.ui.modules.orders.common import Services
from crm_desktop.ui.widgets.naming import named


def message_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped red label for an error that belongs to no single field."""
    label = named(QLabel(parent), name)
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def payment_method_combo(parent: QWidget, name: str, services: Services) -> QComboBox:
    """The payment methods (code table) in the interface language; item data is the method's id."""
    combo = named(QComboBox(parent), name)
    language = i18n.current_language()
    for method_id, method_name, name_en in services.orders.payment_methods():
        combo.addItem(name_en if language == "en" else method_name, method_id)
    return combo


def dialog_buttons(
    dialog: QDialog,
    accepted: Callable[[], None],
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """`ok` (OK or Save) runs `accepted`; Cancel rejects the dialog."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(accepted)
    buttons.rejected.connect(dialog.reject)
    return buttons
