"""The quotes screen: the list (status filter, search, 200 rows at a time with "More") and the approval inbox
("Awaiting my approval": open, approve, reject with a reason); actions along the workflow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import quotes
from crm_desktop.services.list_sort import SortCursor, SortedPage
from crm_desktop.services.quotes import DEFAULT_SORT, QuoteDetail, QuoteRow
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.list_layout import Column, ListColumns
from crm_desktop.ui.modules.quotes.common import (
    Services,
    cell,
    money,
    quote_status,
    read_only_table,
    selected_id,
)
from crm_desktop.ui.modules.quotes.editor_dialog import QuoteDialog
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

PAGE = 200


# built-in list columns: layout key -> (cell text of a row, right-aligned)
QUOTE_CELLS: dict[str, tuple[Callable[[QuoteRow], str], bool]] = {
    "number": (lambda r: r.number, False),
    "customer_name": (lambda r: r.customer_name, False),
    "title": (lambda r: r.title or "", False),
    "status": (lambda r: quote_status(r.status), False),
    "total": (lambda r: money(r.total), True),
    "valid_until": (lambda r: r.valid_until.isoformat() if r.valid_until else "", False),
    "owner_id": (lambda r: r.owner_name or "", False),
    "needs_approval": (lambda r: "✔" if r.needs_approval else "", False),
}


def quote_rows(rows: list[QuoteRow]) -> list[list[Any]]:
    """The built-in columns in their base order (the customer 360° tab's fixed list)."""
    return [[cell(text(r), number=number, data=r.id) for text, number in QUOTE_CELLS.values()] for r in rows]


class QuotesPage(QWidget):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, customer_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quotes_page")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.customer_id = customer_id  # set: the customer 360° tab
        self.rows: list[QuoteRow] = []
        self._cursor: SortCursor | None = None  # where the list's next page starts
        self.inbox_rows: list[QuoteRow] = []
        user = workspace.user

        self.status = named(QComboBox(), "status_filter")
        self.status.addItem("", None)
        for key in quotes.STATUSES:
            self.status.addItem("", key)
        self.status.currentIndexChanged.connect(self.reload)
        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, Callable[[], None], bool]] = [
            ("new", self.new, user.can("quotes", "create")),
            ("edit", self.edit_selected, True),
            ("submit", lambda: self._step("submit"), user.can("quotes", "edit")),
            ("issue", lambda: self._step("issue"), user.can("quotes", "edit")),
            ("accept", lambda: self._step("accept"), user.can("quotes", "edit")),
            ("contract", self.make_contract, user.can("contracts", "create")),
            ("print", self.print_selected, user.can("quotes", "print")),
            ("print_list", self.print_list, user.can("quotes", "print")),
            ("delete", self.delete_selected, user.can("quotes", "delete")),
            ("refresh", self.reload_all, True),
        ]
        for key, slot, visible in actions:
            button = named(QPushButton(), f"quote_{key}")
            button.clicked.connect(slot)
            button.setVisible(visible)
            self.buttons[key] = button
        self.more = named(QPushButton(), "more")
        self.more.clicked.connect(lambda: self.reload(more=True))
        self.table = named(read_only_table(QTableWidget(0, 8), 2), "quote_table")
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        # the columns of the station's list layout (list and inbox); filled again when it changes
        self.list_columns = ListColumns(workspace, "quote", self._columns(), self, stretch="title")
        self.list_columns.changed.connect(self._refill)
        self.list_columns.enable_sorting(self.table)  # header clicks sort on the server
        self.list_columns.sort_changed.connect(lambda: self.reload())

        self.inbox = named(read_only_table(QTableWidget(0, 8), 2), "approval_table")
        self.inbox.doubleClicked.connect(lambda *_: self.open_pending())
        self.inbox_buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("open", self.open_pending),
            ("approve", self.approve),
            ("reject", self.reject_pending),
        ):
            button = named(QPushButton(), f"inbox_{key}")
            button.clicked.connect(slot)
            self.inbox_buttons[key] = button

        list_tab = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        bar = QHBoxLayout()
        for button in self.buttons.values():
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(list_tab)
        if customer_id is None:
            column.addLayout(filters)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.more)
        inbox_tab = QWidget()
        inbox_bar = QHBoxLayout()
        for button in self.inbox_buttons.values():
            inbox_bar.addWidget(button)
        inbox_bar.addStretch(1)
        inbox_column = QVBoxLayout(inbox_tab)
        inbox_column.addLayout(inbox_bar)
        inbox_column.addWidget(self.inbox, 1)
        self.tabs = named(QTabWidget(), "quote_tabs")
        self.tabs.addTab(list_tab, "")
        if customer_id is None:
            self.tabs.addTab(inbox_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.reload_all()

    def _columns(self) -> dict[str, Column]:
        headers = {"number": lambda: self.tr("Number"), "customer_name": lambda: self.tr("Customer"),
                   "title": lambda: self.tr("Title"), "status": lambda: self.tr("State"),
                   "total": lambda: self.tr("Total"), "valid_until": lambda: self.tr("Valid until"),
                   "owner_id": lambda: self.tr("Owner"), "needs_approval": lambda: self.tr("Needs approval")}  # fmt: skip
        return {key: Column(headers[key], *QUOTE_CELLS[key]) for key in QUOTE_CELLS}

    def _refill(self) -> None:
        self.list_columns.fill(self.table, self.rows)
        self.list_columns.fill(self.inbox, self.inbox_rows)

    # ----- loading -----------------------------------------------------------------------------------------
    def reload_all(self) -> None:
        self.reload()
        if self.customer_id is None:
            self.reload_inbox()

    def reload(self, *_args: object, more: bool = False) -> None:
        service, status, text = self.services.quotes, self.status.currentData(), self.search.text()
        sort, cursor = self.list_columns.sort or DEFAULT_SORT, self._cursor if more else None
        if more and cursor is None:
            return
        customer = self.customer_id

        def load() -> SortedPage[QuoteRow]:
            return service.list_page(
                status=status, customer_id=customer, text=text, sort=sort, cursor=cursor, limit=PAGE
            )

        run_in_background(
            load, lambda rows: self._loaded(rows, more), lambda e: show_error(self, e), receiver=self
        )

    def _loaded(self, page: SortedPage[QuoteRow], more: bool) -> None:
        self.rows = [*self.rows, *page.rows] if more else page.rows
        self._cursor = page.next_cursor
        self.list_columns.fill(self.table, self.rows)
        self.more.setVisible(self._cursor is not None)

    def reload_inbox(self) -> None:
        run_in_background(self.services.workflow.awaiting_me, self._inbox_loaded, lambda e: show_error(self, e),
                          receiver=self)  # fmt: skip

    def _inbox_loaded(self, rows: list[QuoteRow]) -> None:
        self.inbox_rows = rows
        self.list_columns.fill(self.inbox, rows)
        self.tabs.setTabText(1, self.tr("Awaiting my approval (%1)").replace("%1", str(len(rows))))

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity in ("quote", "message"):
            self.reload_all()

    # ----- list actions ------------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def finished(result: Any) -> None:
            app_signals().records_changed.emit("quote", [])
            if done is not None:
                done(result)

        run_in_background(work, finished, lambda e: show_error(self, e), receiver=self)

    def _with_selected(self, then: Callable[[QuoteDetail], None], table: QTableWidget | None = None,
                       pending: bool = False) -> None:  # fmt: skip
        quote_id = selected_id(table or self.table)
        if quote_id is None:
            return
        load = self.services.workflow.pending_detail if pending else self.services.quotes.get
        run_in_background(lambda: load(quote_id), then, lambda e: show_error(self, e), receiver=self)

    def new(self) -> None:
        QuoteDialog(self.workspace, None, self, customer_id=self.customer_id).exec()

    def edit_selected(self) -> None:
        self._with_selected(self._open)

    def _open(self, detail: QuoteDetail) -> None:
        QuoteDialog(self.workspace, detail, self).exec()

    def _step(self, action: str) -> None:
        flow = self.services.workflow
        method = {"submit": flow.submit, "issue": flow.issue, "accept": flow.accept}[action]
        self._with_selected(lambda d: self._run(lambda: method(d.id, d.version)))

    def make_contract(self) -> None:
        service = self.services.contracts

        def done(contract_id: int) -> None:
            app_signals().records_changed.emit("contract", [contract_id])
            QMessageBox.information(
                self, self.tr("Contract"), self.tr("A draft contract was made from the quote.")
            )

        self._with_selected(lambda d: self._run(lambda: service.from_quote(d.id), done))

    def print_selected(self) -> None:
        printing = self.workspace.printing

        def chosen(detail: QuoteDetail) -> None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save quote as PDF"), f"{detail.number}.pdf",
                                                  self.tr("PDF files (*.pdf)"))  # fmt: skip
            if path:
                run_in_background(lambda: _write(path, printing.quote_pdf(detail.id)), None,
                                  lambda e: show_error(self, e), receiver=self)  # fmt: skip

        self._with_selected(chosen)

    def print_list(self, path: str | None = None) -> None:
        """The list as shown (its loaded rows and columns) as a PDF."""
        print_table(self, self.workspace, "quotes", self.tr("Quotes"), self.table, path=path)

    def delete_selected(self) -> None:
        def confirm(detail: QuoteDetail) -> None:
            answer = QMessageBox.question(self, self.tr("Delete quote"),
                                          self.tr("Delete quote %1?").replace("%1", detail.number))  # fmt: skip
            if answer == QMessageBox.StandardButton.Yes:
                self._run(lambda: self.services.quotes.delete(detail.id, detail.version))

        self._with_selected(confirm)

    # ----- inbox actions -----------------------------------------------------------------------------------
    def open_pending(self) -> None:
        self._with_selected(self._open, self.inbox, pending=True)

    def approve(self) -> None:
        flow = self.services.workflow
        self._with_selected(
            lambda d: self._run(lambda: flow.approve(d.id, d.version)), self.inbox, pending=True
        )

    def reject_pending(self) -> None:
        def ask(detail: QuoteDetail) -> None:
            reason, ok = QInputDialog.getText(self, self.tr("Reject quote"),
                                              self.tr("Why is quote %1 rejected?").replace("%1", detail.number))  # fmt: skip
            if ok:
                self._run(lambda: self.services.workflow.reject(detail.id, detail.version, reason))

        self._with_selected(ask, self.inbox, pending=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.status.setItemText(0, self.tr("All states"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, quote_status(self.status.itemData(i)))
        self.search.setPlaceholderText(self.tr("Number, customer or title"))
        texts = {"new": self.tr("New quote"), "edit": self.tr("Open"), "submit": self.tr("Submit for approval"),
                 "issue": self.tr("Issue"), "accept": self.tr("Customer accepted"),
                 "contract": self.tr("Make contract"), "print": self.tr("Print…"),
                 "print_list": self.tr("Print list…"), "delete": self.tr("Delete"),
                 "refresh": self.tr("Refresh")}  # fmt: skip
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.more.setText(self.tr("More"))
        for key, text in (
            ("open", self.tr("Open")),
            ("approve", self.tr("Approve")),
            ("reject", self.tr("Reject…")),
        ):
            self.inbox_buttons[key].setText(text)
        self.list_columns.set_headers(self.table)
        self.list_columns.set_headers(self.inbox)
        self.tabs.setTabText(0, self.tr("Quotes"))
        if self.tabs.count() > 1:
            self.tabs.setTabText(1, self.tr("Awaiting my approval"))


def _write(path: str, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
