"""The contracts screen: the list (state filter, search, 200 rows at a time), the contracts awaiting my
decision (approve / reject with a reason), submit for approval, and the approval chain for administrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
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

from crm_desktop.services import contracts
from crm_desktop.services.contracts import DEFAULT_SORT, ContractDetail, ContractRow
from crm_desktop.services.list_sort import SortCursor, SortedPage
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.list_layout import Column, ListColumns
from crm_desktop.ui.modules.contracts.chain_dialog import ChainDialog
from crm_desktop.ui.modules.contracts.contract_dialog import ContractDialog
from crm_desktop.ui.modules.quotes.common import (
    Services,
    contract_status,
    money,
    read_only_table,
    selected_id,
)
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

PAGE = 200


class ContractsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contracts_page")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.rows: list[ContractRow] = []
        self._cursor: SortCursor | None = None  # where the list's next page starts
        self.inbox_rows: list[ContractRow] = []
        user = workspace.user
        self.status = named(QComboBox(), "status_filter")
        self.status.addItem("", None)
        for key in contracts.STATUSES:
            self.status.addItem("", key)
        self.status.currentIndexChanged.connect(self.reload)
        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, Callable[[], None], bool]] = [
            ("open", self.open_selected, True),
            ("submit", self.submit, user.can("contracts", "edit")),
            ("print_list", self.print_list, user.can("contracts", "print")),
            ("delete", self.delete_selected, user.can("contracts", "delete")),
            ("chain", self.edit_chain, user.can("system", "edit")),
            ("refresh", self.reload_all, True),
        ]
        for key, slot, visible in actions:
            button = named(QPushButton(), f"contract_{key}")
            button.clicked.connect(slot)
            button.setVisible(visible)
            self.buttons[key] = button
        self.more = named(QPushButton(), "more")
        self.more.clicked.connect(lambda: self.reload(more=True))
        self.table = named(read_only_table(QTableWidget(0, 8), 1), "contract_table")
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.inbox = named(read_only_table(QTableWidget(0, 8), 1), "contract_approval_table")
        # the columns of the station's list layout (list and inbox); filled again when it changes
        self.list_columns = ListColumns(workspace, "contract", self._columns(), self, stretch="title")
        self.list_columns.enable_sorting(self.table)  # header clicks sort on the server
        self.list_columns.sort_changed.connect(lambda: self.reload())
        self.list_columns.changed.connect(self._refill)
        self.inbox.doubleClicked.connect(lambda *_: self.open_selected(self.inbox))
        self.inbox_buttons: dict[str, QPushButton] = {}
        for key, slot in (("open", lambda: self.open_selected(self.inbox)), ("approve", lambda: self.decide(True)),
                          ("reject", lambda: self.decide(False))):  # fmt: skip
            button = named(QPushButton(), f"contract_inbox_{key}")
            button.clicked.connect(slot)
            self.inbox_buttons[key] = button

        list_tab, inbox_tab = QWidget(), QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        bar = QHBoxLayout()
        for button in self.buttons.values():
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(list_tab)
        column.addLayout(filters)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.more)
        inbox_bar = QHBoxLayout()
        for button in self.inbox_buttons.values():
            inbox_bar.addWidget(button)
        inbox_bar.addStretch(1)
        inbox_column = QVBoxLayout(inbox_tab)
        inbox_column.addLayout(inbox_bar)
        inbox_column.addWidget(self.inbox, 1)
        self.tabs = named(QTabWidget(), "contract_tabs")
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(inbox_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.reload_all()

    def _columns(self) -> dict[str, Column]:
        def signed(r: ContractRow) -> str:
            return r.signed_at.astimezone().strftime("%Y-%m-%d") if r.signed_at else ""

        return {
            "number": Column(lambda: self.tr("Number"), lambda r: r.number),
            "title": Column(lambda: self.tr("Title"), lambda r: r.title),
            "customer_name": Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            "status": Column(lambda: self.tr("State"), lambda r: contract_status(r.status)),
            "amount": Column(lambda: self.tr("Amount"), lambda r: money(r.amount), number=True),
            "quote_number": Column(lambda: self.tr("Quote"), lambda r: r.quote_number or ""),
            "owner_id": Column(lambda: self.tr("Owner"), lambda r: r.owner_name or ""),
            "signed_at": Column(lambda: self.tr("Signed"), signed),
        }

    def _refill(self) -> None:
        self.list_columns.fill(self.table, self.rows)
        self.list_columns.fill(self.inbox, self.inbox_rows)

    def reload_all(self) -> None:
        self.reload()
        run_in_background(self.services.contracts.awaiting_me, self._inbox_loaded, lambda e: show_error(self, e),
                          receiver=self)  # fmt: skip

    def reload(self, *_args: object, more: bool = False) -> None:
        service, status, text = self.services.contracts, self.status.currentData(), self.search.text()
        sort, cursor = self.list_columns.sort or DEFAULT_SORT, self._cursor if more else None
        if more and cursor is None:
            return

        def load() -> SortedPage[ContractRow]:
            return service.list_page(status=status, text=text, sort=sort, cursor=cursor, limit=PAGE)

        run_in_background(
            load, lambda rows: self._loaded(rows, more), lambda e: show_error(self, e), receiver=self
        )

    def _loaded(self, page: SortedPage[ContractRow], more: bool) -> None:
        self.rows = [*self.rows, *page.rows] if more else page.rows
        self._cursor = page.next_cursor
        self.list_columns.fill(self.table, self.rows)
        self.more.setVisible(self._cursor is not None)

    def _inbox_loaded(self, rows: list[ContractRow]) -> None:
        self.inbox_rows = rows
        self.list_columns.fill(self.inbox, rows)
        self.tabs.setTabText(1, self.tr("Awaiting my approval (%1)").replace("%1", str(len(rows))))

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity in ("contract", "message"):
            self.reload_all()

    def _with_selected(
        self, then: Callable[[ContractDetail], None], table: QTableWidget | None = None
    ) -> None:
        contract_id = selected_id(table or self.table)
        if contract_id is not None:
            service = self.services.contracts
            run_in_background(
                lambda: service.get(contract_id), then, lambda e: show_error(self, e), receiver=self
            )

    def _run(self, work: Callable[[], Any]) -> None:
        run_in_background(work, lambda _r: app_signals().records_changed.emit("contract", []),
                          lambda e: show_error(self, e), receiver=self)  # fmt: skip

    def open_selected(self, table: QTableWidget | None = None) -> None:
        self._with_selected(self._open, table)

    def _open(self, detail: ContractDetail) -> None:
        ContractDialog(self.workspace, detail, self).exec()

    def submit(self) -> None:
        service = self.services.contracts
        self._with_selected(lambda d: self._run(lambda: service.submit(d.id, d.version)))

    def decide(self, approve: bool) -> None:
        service = self.services.contracts

        def ask(detail: ContractDetail) -> None:
            prompt = self.tr("Comment (optional)") if approve else self.tr("Why is it rejected?")
            title = self.tr("Approve contract") if approve else self.tr("Reject contract")
            text, ok = QInputDialog.getText(self, title, prompt)
            if ok:
                self._run(lambda: service.decide(detail.id, detail.version, approve, text))

        self._with_selected(ask, self.inbox)

    def print_list(self, path: str | None = None) -> None:
        """The list as shown (its loaded rows and columns) as a PDF."""
        print_table(self, self.workspace, "contracts", self.tr("Contracts"), self.table, path=path)

    def delete_selected(self) -> None:
        def confirm(detail: ContractDetail) -> None:
            text = self.tr("Delete contract %1?").replace("%1", detail.number)
            if QMessageBox.question(self, self.tr("Delete contract"), text) == QMessageBox.StandardButton.Yes:
                self._run(lambda: self.services.contracts.delete(detail.id, detail.version))

        self._with_selected(confirm)

    def edit_chain(self) -> None:
        ChainDialog(self.workspace, self).exec()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.status.setItemText(0, self.tr("All states"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, contract_status(self.status.itemData(i)))
        self.search.setPlaceholderText(self.tr("Number, title or customer"))
        texts = {"open": self.tr("Open"), "submit": self.tr("Submit for approval"), "delete": self.tr("Delete"),
                 "chain": self.tr("Approval chain…"), "refresh": self.tr("Refresh"),
                 "print_list": self.tr("Print list…")}  # fmt: skip
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.more.setText(self.tr("More"))
        for key, text in (
            ("open", self.tr("Open")),
            ("approve", self.tr("Approve…")),
            ("reject", self.tr("Reject…")),
        ):
            self.inbox_buttons[key].setText(text)
        self.list_columns.set_headers(self.table)
        self.list_columns.set_headers(self.inbox)
        self.tabs.setTabText(0, self.tr("Contracts"))
        self.tabs.setTabText(1, self.tr("Awaiting my approval"))
