"""The frame of a dialog that records one action on an order (a receipt, a return): OK runs `save()`, the work
runs in the background; success announces the changed order and closes, refusals show beside the fields (or in
the message line) with the typed input kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.orders import OrderDetail
from crm_desktop.ui.errors import FieldErrors, error_text
from crm_desktop.ui.modules.orders.common import ENTITY, RowLabels, Services
from crm_desktop.ui.modules.orders.dialog_widgets import dialog_buttons, message_label
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class OrderActionDialog(QDialog):
    """Subclasses build their fields, then `make_footer()` (created last, so they come last in the tab order),
    add `message` and `buttons` to their layout, and implement `save()` (ending in `submit(...)`) and
    `retranslate_ui()`."""

    message: QLabel
    buttons: QDialogButtonBox

    def __init__(self, services: Services, order: OrderDetail, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.services = services
        self.order = order
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.row_labels = RowLabels()

    def make_footer(self, message_name: str) -> None:
        """The message line for errors no field shows, and OK/Cancel."""
        self.message = message_label(self, message_name)
        self.buttons = dialog_buttons(self, self.save)

    def save(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def submit(self, write: Callable[[], int]) -> None:
        """Run `write` (returning the new record's id) in the background, with OK disabled meanwhile."""
        self.buttons.setEnabled(False)
        run_in_background(write, self._saved, self._failed, self)

    def clear_messages(self) -> None:
        self.errors.clear()
        self.message.hide()

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id
        app_signals().records_changed.emit(ENTITY, [self.order.row.id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and not self.errors.show(error):
            return
        self.message.setText(error_text(error))
        self.message.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
