"""Export the customer list as it is shown (filters, search, sort, the list's columns) to an Excel file, or the
contacts of the customers it lists (one row per contact)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from crm_desktop.services.exports import COLUMNS as EXPORT_COLUMNS
from crm_desktop.services.exports import default_headers
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.models.customer_table_model import COLUMNS, CustomerTableModel
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class _ListExporter(QObject):
    """An export action of a customer list; `export_to(path)` runs the export in a worker. Subclasses give the
    job and the texts (each in its own class, so the translations keep their context)."""

    object_name = ""

    def __init__(self, workspace: Workspace, model: CustomerTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self.parent_widget = parent
        self.busy = False
        self.last_path: str | None = None
        self.action = named(QAction(parent), self.object_name)
        self.action.triggered.connect(lambda _checked=False: self.choose_and_export())
        self.action.setVisible(workspace.user.can("customers", "export"))
        self.retranslate_ui()

    def title(self) -> str:
        raise NotImplementedError

    def default_file_name(self) -> str:
        raise NotImplementedError

    def job(self, path: str) -> Callable[[], int]:
        """The export to run in the worker (built here, in the GUI thread, from the list's current state)."""
        raise NotImplementedError

    def done_text(self, rows: int, path: str) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def choose_and_export(self) -> None:
        default = self.default_file_name().format(day=date.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.title(), str(Path.home() / default), "Excel (*.xlsx)"
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str, on_done: Callable[[int], None] | None = None) -> None:
        """Export what the list's current query selects, in its order."""
        if self.busy:
            return
        self.busy = True
        self.action.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        job = self.job(path)

        def done(rows: int) -> None:
            self._finish()
            self.last_path = path
            if on_done is not None:
                on_done(rows)
            else:
                QMessageBox.information(self.parent_widget, self.title(), self.done_text(rows, path))

        def failed(error: Exception) -> None:
            self._finish()
            show_error(self.parent_widget, error)

        run_in_background(job, done, failed, receiver=self)

    def _finish(self) -> None:
        self.busy = False
        self.action.setEnabled(True)
        QApplication.restoreOverrideCursor()


class CustomerExporter(_ListExporter):
    """The "Export…" action: the customers listed, with the list's columns and headers."""

    object_name = "action_export_customers"

    def title(self) -> str:
        return self.tr("Export customers")

    def default_file_name(self) -> str:
        return self.tr("customers_{day}.xlsx")

    def job(self, path: str) -> Callable[[], int]:
        model, service = self.model, self.workspace.exports
        # The list's own (translated) header for each exported column, where the list shows that column.
        shown = {name: str(model.headerData(i, Qt.Orientation.Horizontal)) for i, name in enumerate(COLUMNS)}
        defaults = default_headers(current_language())
        headers = [shown.get(key, defaults[i]) for i, (key, _zh, _en) in enumerate(EXPORT_COLUMNS)]
        query, sort, language = model.query, model.sort_key, current_language()
        return lambda: service.export_customers(path, query, sort, language=language, headers=headers)

    def done_text(self, rows: int, path: str) -> str:
        return self.tr("{rows} customers exported to {path}.").format(rows=f"{rows:,}", path=path)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Export…"))
        self.action.setToolTip(self.tr("Export the customers listed (with the current filters) to Excel"))


class ContactExporter(_ListExporter):
    """The "Export contacts…" action: the contacts of the customers listed, one row per contact."""

    object_name = "action_export_contacts"

    def title(self) -> str:
        return self.tr("Export contacts")

    def default_file_name(self) -> str:
        return self.tr("contacts_{day}.xlsx")

    def job(self, path: str) -> Callable[[], int]:
        service, query, sort, language = (
            self.workspace.exports,
            self.model.query,
            self.model.sort_key,
            current_language(),
        )
        return lambda: service.export_contacts(path, query, sort, language=language)

    def done_text(self, rows: int, path: str) -> str:
        return self.tr("{rows} contacts exported to {path}.").format(rows=f"{rows:,}", path=path)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Export contacts…"))
        self.action.setToolTip(
            self.tr("Export the contacts of the customers listed (with the current filters) to Excel")
        )
