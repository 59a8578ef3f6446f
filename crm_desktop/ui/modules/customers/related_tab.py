"""Base for the 360° view's extra tabs: load one customer's related rows in a worker, drop stale answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.workers import run_in_background


class RelatedTab(QWidget):
    """Subclasses implement `fetcher()` (returns a callable run in a worker) and `fill(data)`."""

    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.customer_id: int | None = None
        self.editable = False
        self.loading = False
        self._generation = 0

    def show_customer(self, customer_id: int | None, editable: bool) -> None:
        self.customer_id, self.editable = customer_id, editable
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.customer_id is None:
            self.loading = False
            self.fill(None)
            return
        self.loading = True
        job = self.fetcher(self.customer_id)

        def done(data: Any) -> None:
            if generation == self._generation:
                self.loading = False
                self.fill(data)
                self.loaded.emit()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.loading = False
                if (
                    self.isVisible()
                ):  # a tab nobody looks at (a closed view, a hidden page) has nobody to tell
                    show_error(self, error)

        run_in_background(job, done, failed, receiver=self)

    def run(self, job: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        """A write in a worker; errors are shown, success reloads the tab."""

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.reload()

        run_in_background(job, done, lambda error: show_error(self, error), receiver=self)

    def fetcher(self, customer_id: int) -> Callable[[], Any]:
        raise NotImplementedError

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
