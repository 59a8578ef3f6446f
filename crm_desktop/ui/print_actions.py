"""Print… actions: choose where to save the PDF, build it in the background, save it and open it with the
desktop's PDF viewer. Used by the products page, the customer list, and the quote and order editors:

    print_quote(parent, workspace, quote_id, number)   # the quote editor's "Print…" button
    print_order(parent, workspace, order_id, number)   # the order editor's
    print_list(parent, workspace, module, title, headers, rows)   # any list with its visible columns
    print_table(parent, workspace, module, title, table)   # a QTableWidget/QTableView as it is shown
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from crm_desktop.services.products import ProductQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.workers import run_in_background

# Tests switch this off: the saved PDF is not handed to the desktop's viewer.
OPEN_AFTER_SAVE = True


def _tr(text: str) -> str:
    return QCoreApplication.translate("Print", text)


def choose_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save as PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
    )
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def save_pdf(
    parent: QWidget | None,
    produce: Callable[[], bytes],
    suggested: str,
    *,
    path: str | None = None,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """Ask for a file name (unless `path` is given), build the PDF in a worker, write it, open it."""
    target = path or choose_pdf_path(parent, suggested)
    if target is None:
        return

    def job() -> str:
        data = produce()
        # whole or not at all: a viewer (or anyone waiting for the file) never sees it half written
        partial = Path(target + ".part")
        partial.write_bytes(data)
        os.replace(partial, target)
        return target

    def done(saved: str) -> None:
        if OPEN_AFTER_SAVE:
            QDesktopServices.openUrl(QUrl.fromLocalFile(saved))
        if on_done is not None:
            on_done(saved)

    def failed(error: Exception) -> None:
        show_error(parent, error)

    run_in_background(job, done, failed, receiver=parent)


def _safe(name: str) -> str:
    return "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip() or "document"


def print_quote(
    parent: QWidget | None, workspace: Workspace, quote_id: int, number: str = "", path: str | None = None
) -> None:
    service = workspace.printing
    save_pdf(parent, lambda: service.quote_pdf(quote_id), f"{_safe(number or 'quote')}.pdf", path=path)


def print_order(
    parent: QWidget | None, workspace: Workspace, order_id: int, number: str = "", path: str | None = None
) -> None:
    service = workspace.printing
    save_pdf(parent, lambda: service.order_pdf(order_id), f"{_safe(number or 'order')}.pdf", path=path)


def print_list(
    parent: QWidget | None,
    workspace: Workspace,
    module: str,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    path: str | None = None,
) -> None:
    service = workspace.printing
    headers, rows = list(headers), [list(r) for r in rows]
    save_pdf(parent, lambda: service.list_pdf(module, title, headers, rows), f"{_safe(title)}.pdf", path=path)


def table_contents(table: QTableView) -> tuple[list[str], list[list[str]]]:
    """The visible columns' headers and the rows' display texts, in the order the table shows them."""
    model = table.model()
    header = table.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not table.isColumnHidden(header.logicalIndex(visual))
    ]
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, horizontal, display) or "") for c in columns]
    rows = [
        [str(model.data(model.index(r, c), display) or "") for c in columns]
        for r in range(model.rowCount())
        if not table.isRowHidden(r)
    ]
    return headers, rows


def print_table(
    parent: QWidget | None,
    workspace: Workspace,
    module: str,
    title: str,
    table: QTableView,
    path: str | None = None,
) -> None:
    """Print a loaded list as it is shown (permission "print" of `module` is checked by the service)."""
    headers, rows = table_contents(table)
    print_list(parent, workspace, module, title, headers, rows, path=path)


def print_products(
    parent: QWidget | None, workspace: Workspace, query: ProductQuery, path: str | None = None
) -> None:
    service, language = workspace.printing, current_language()
    title = _tr("Products")
    save_pdf(
        parent,
        lambda: service.products_list_pdf(query, language=language, title=title),
        f"{_safe(title)}.pdf",
        path=path,
    )
