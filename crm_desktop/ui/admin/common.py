"""The base of every administration dialog: load in the background, run a write, show errors where they belong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


class AdminDialog(QDialog):
    """Subclasses implement fetch() (worker thread, returns data), apply(data) and retranslate_ui()."""

    loaded = Signal()

    def __init__(self, workspace: Workspace, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.workspace = workspace
        self.admin = workspace.admin
        self.errors = FieldErrors()
        self._pending = 0  # loads under way (a write reloads while an earlier load may still run)

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def reload(self) -> None:
        self._pending += 1
        run_in_background(self.fetch, self._apply, self._failed, receiver=self)

    def _apply(self, data: Any) -> None:
        self._pending -= 1
        self.apply(data)
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self._pending -= 1
        if self.isVisible():  # a load that fails after the dialog was closed has nobody to tell
            show_error(self, error)

    def fetch(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, data: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def write(self, action: Callable[[], Any], entity: str = "") -> Any:
        """Run a write now; on success reload and tell open views; on failure show why and return None."""
        self.errors.clear()
        try:
            result = action()
        except ValidationError as error:
            if self.errors.show(error):
                show_error(self, error)
            return None
        except Exception as error:
            show_error(self, error)
            return None
        if entity:
            app_signals().records_changed.emit(entity, [])
        self.reload()
        return True if result is None else result

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
