"""The Sales orders module page: the order list (newest first, 200 at a time) with the selected order below it,
quick sale, new order, change order, receipt (and its reversal), return, cancel and print; and the receivables with
the overdue list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import printing
from crm_desktop.services.list_sort import SortCursor
from crm_desktop.services.order_edit import editable
from crm_desktop.services.orders import (
    DEFAULT_SORT,
    OrderDetail,
    OrderPage,
    OrderQuery,
    OrderRow,
    open_instalments,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.list_layout import Column, ListColumns
from crm_desktop.ui.modules.orders.common import (
    ENTITY,
    STATUSES,
    Services,
    kind_text,
    money,
    status_text,
    tr,
)
from crm_desktop.ui.modules.orders.detail_panel import OrderDetailPanel
from crm_desktop.ui.modules.orders.order_dialog import OrderDialog
from crm_desktop.ui.modules.orders.quick_sale_dialog import QuickSaleDialog
from crm_desktop.ui.modules.orders.receipt_dialog import ReceiptDialog
from crm_desktop.ui.modules.orders.receivables_tab import ReceivablesTab
from crm_desktop.ui.modules.orders.return_dialog import ReturnDialog
from crm_desktop.ui.modules.orders.reverse_receipt_dialog import ReverseReceiptDialog
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

SEARCH_DELAY_MS = 250


class OrdersPage(QWidget):
    module_key = "orders"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orders_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace
        self.user = workspace.user
        self.services = Services(workspace)
        self.rows: list[OrderRow] = []
        self._more = False
        self._cursor: SortCursor | None = None  # where the next page starts
        self._loading = 0
        self._wanted_id: int | None = None

        self.search = named(QLineEdit(self), "orders_search")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status_filter = named(QComboBox(self), "orders_status")
        # items get their texts in retranslate_ui: size to whatever they say then, in either language
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem("", None)
        for key in STATUSES:
            self.status_filter.addItem("", key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        can_create, can_edit = self.user.can("orders", "create"), self.user.can("orders", "edit")
        self.quick_button = named(QPushButton(self), "orders_quick_sale")
        self.quick_button.clicked.connect(self.quick_sale)
        self.quick_button.setVisible(can_create and can_edit)
        self.new_button = named(QPushButton(self), "orders_new")
        self.new_button.clicked.connect(self.new_order)
        self.new_button.setVisible(can_create)
        self.edit_button = named(QPushButton(self), "orders_edit")
        self.edit_button.clicked.connect(self.edit_order)
        self.receipt_button = named(QPushButton(self), "orders_receipt")
        self.receipt_button.clicked.connect(self.record_receipt)
        self.return_button = named(QPushButton(self), "orders_return")
        self.return_button.clicked.connect(self.return_goods)
        self.cancel_button = named(QPushButton(self), "orders_cancel")
        self.cancel_button.clicked.connect(self.cancel_order)
        for button in (self.edit_button, self.receipt_button, self.return_button, self.cancel_button):
            button.setVisible(can_edit)
        self.print_button = named(QPushButton(self), "orders_print")
        self.print_button.clicked.connect(lambda: self.print_order())
        self.print_button.setVisible(self.user.can("orders", "print"))
        self.print_list_button = named(QPushButton(self), "orders_print_list")
        self.print_list_button.clicked.connect(lambda: self.print_list())
        self.print_list_button.setVisible(self.user.can("orders", "print"))
        self.table = named(QTableWidget(0, 0, self), "orders_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # the columns of the station's list layout; filled again when an administrator changes it
        self.list_columns = ListColumns(workspace, "order", self._columns(), self)
        self.list_columns.changed.connect(lambda: self.list_columns.fill(self.table, self.rows))
        self.list_columns.enable_sorting(self.table)  # header clicks sort on the server
        self.list_columns.sort_changed.connect(self.reload)
        self.more_button = named(QPushButton(self), "orders_more")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.notice = named(QLabel(self), "orders_notice")
        self.detail = OrderDetailPanel(self)
        self.detail.reverse_requested.connect(self.reverse_receipt)

        filters = QHBoxLayout()  # what to list on one row, what to do on the next (as the quotes page)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        actions = QHBoxLayout()
        for button in (self.quick_button, self.new_button, self.edit_button, self.receipt_button, self.return_button,
                       self.cancel_button, self.print_button, self.print_list_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addLayout(actions)
        list_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.more_button)
        list_layout.addLayout(bottom)
        splitter = named(QSplitter(Qt.Orientation.Vertical, self), "orders_splitter")
        splitter.addWidget(list_box)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 300])
        self.receivables = ReceivablesTab(self.services, self)
        self.receivables.open_order.connect(self.show_order)
        self.tabs = named(QTabWidget(self), "orders_tabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.receivables, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        app_signals().records_changed.connect(self._records_changed)
        if self.quick_button.isVisibleTo(self):
            QShortcut(QKeySequence("F2"), self).activated.connect(self.quick_sale)  # the counter's key
        self.retranslate_ui()
        self._update_buttons()
        self.reload()

    def _columns(self) -> dict[str, Column]:
        return {
            "number": Column(lambda: self.tr("Number"), lambda r: r.number),
            "order_date": Column(lambda: self.tr("Date"), lambda r: r.order_date.isoformat()),
            "customer_name": Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            "kind": Column(lambda: self.tr("Kind"), lambda r: kind_text(r.kind)),
            "status": Column(lambda: self.tr("Status"), lambda r: status_text(r.status)),
            "total_amount": Column(lambda: self.tr("Total"), lambda r: money(r.total_amount), number=True),
            "received_amount": Column(
                lambda: self.tr("Received"), lambda r: money(r.received_amount), number=True
            ),
            "open_amount": Column(lambda: self.tr("Open"), lambda r: money(r.open_amount), number=True),
            "owner_id": Column(lambda: self.tr("Owner"), lambda r: r.owner_name or ""),
        }

    # ----- loading -----------------------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._loading > 0 or self.receivables.is_loading() or self.list_columns.is_loading()

    def _run(self, fn: Any, done: Any) -> None:
        self._loading += 1

        def finish(value: Any) -> None:
            self._loading -= 1
            done(value)

        def failed(error: Exception) -> None:
            self._loading -= 1
            show_error(self, error)

        run_in_background(fn, finish, failed, self)

    def query(self) -> OrderQuery:
        return OrderQuery(text=self.search.text(), status=self.status_filter.currentData())

    def reload(self) -> None:
        query, service, sort = self.query(), self.services.orders, self.list_columns.sort or DEFAULT_SORT
        self._run(lambda: service.list_page(query, sort=sort), lambda page: self._loaded(page, append=False))

    def load_more(self) -> None:
        if not self.rows or self._cursor is None:
            return
        query, service, sort = self.query(), self.services.orders, self.list_columns.sort or DEFAULT_SORT
        cursor = self._cursor
        self._run(
            lambda: service.list_page(query, sort=sort, cursor=cursor),
            lambda page: self._loaded(page, append=True),
        )

    def _loaded(self, page: OrderPage, *, append: bool) -> None:
        selected = self.selected_id()
        self.rows = (self.rows if append else []) + page.rows
        self._more, self._cursor = page.more, page.next_cursor
        self.list_columns.fill(self.table, self.rows)
        self.more_button.setVisible(self._more)
        wanted = self._wanted_id or selected
        self._wanted_id = None
        ids = [row.id for row in self.rows]
        if wanted in ids:
            self.table.selectRow(ids.index(wanted))
            self._selection_changed()
        elif not ids:
            self.detail.show_order(None)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)].id if rows and min(rows) < len(self.rows) else None

    def _selection_changed(self) -> None:
        order_id = self.selected_id()
        if order_id is None:
            self.detail.show_order(None)
            self._update_buttons()
            return
        service = self.services.orders
        self._run(lambda: service.get(order_id), self._detail_loaded)

    def _detail_loaded(self, detail: OrderDetail) -> None:
        if detail.row.id == self.selected_id():
            self.detail.show_order(detail)
        self._update_buttons()

    def show_order(self, order_id: int) -> None:
        """Select an order in the list (after a search reset when it is not among the rows shown)."""
        self.tabs.setCurrentIndex(0)
        ids = [row.id for row in self.rows]
        if order_id in ids:
            self.table.selectRow(ids.index(order_id))
            return
        self._wanted_id = order_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status_filter.setCurrentIndex(0)
        self.reload()

    def _update_buttons(self) -> None:
        detail = self.detail.detail
        live = detail is not None and detail.can_edit and detail.row.status != "cancelled"
        self.receipt_button.setEnabled(live and bool(detail and open_instalments(detail)))
        self.return_button.setEnabled(live)
        self.edit_button.setEnabled(detail is not None and editable(detail))
        self.print_button.setEnabled(detail is not None)
        self.cancel_button.setEnabled(
            live
            and detail is not None
            and detail.row.received_amount == 0
            and detail.row.returned_amount == 0
        )

    def _records_changed(self, entity: str, ids: list[int]) -> None:
        if entity == ENTITY:
            self._wanted_id = ids[0] if ids else None
            self.reload()
            if self.tabs.currentIndex() == 1:
                self.receivables.reload()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.receivables.reload()

    # ----- actions -----------------------------------------------------------------------------------------
    def quick_sale(self) -> QuickSaleDialog:
        dialog = QuickSaleDialog(self.workspace, self.services, self)
        dialog.finished.connect(lambda _r: self._sold(dialog))
        dialog.open()
        return dialog

    def _sold(self, dialog: QuickSaleDialog) -> None:
        result = dialog.result_
        if result is not None:
            self.notice.setText(
                self.tr("Sold: order {order}, total {total}, received {paid}.").format(
                    order=result.order_number, total=money(result.total), paid=money(result.paid)
                )
            )

    def new_order(self) -> OrderDialog:
        dialog = OrderDialog(self.workspace, self.services, self)
        dialog.open()
        return dialog

    def edit_order(self) -> OrderDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        dialog = OrderDialog(self.workspace, self.services, self, editing=detail)
        dialog.open()
        return dialog

    def reverse_receipt(self) -> ReverseReceiptDialog | None:
        detail, receipt = self.detail.detail, self.detail.selected_receipt()
        if detail is None or receipt is None:
            return None
        dialog = ReverseReceiptDialog(self.services, detail, receipt, self)
        dialog.open()
        return dialog

    def record_receipt(self) -> ReceiptDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        dialog = ReceiptDialog(self.services, detail, self)
        dialog.open()
        return dialog

    def return_goods(self) -> ReturnDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        dialog = ReturnDialog(self.services, detail, self)
        dialog.open()
        return dialog

    def cancel_order(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel order"), self.tr("Cancel order {number}?").format(number=detail.row.number)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, order_id, version = self.services.orders, detail.row.id, detail.version
        self._run(lambda: service.cancel(order_id, version),
                  lambda _r: app_signals().records_changed.emit(ENTITY, [order_id]))  # fmt: skip

    def print_order(self, path: str | None = None) -> None:
        """Save the selected order as a PDF (printing.order_pdf) to `path`, asked for when not given."""
        detail = self.detail.detail
        if detail is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Print order"), f"{detail.row.number}.pdf", self.tr("PDF files (*.pdf)")
            )
            if not path:
                return
        db, user, order_id, target = self.workspace.db, self.user, detail.row.id, path

        def job() -> str:
            with open(target, "wb") as out:
                out.write(printing.order_pdf(db, user, order_id))
            return target

        self._run(job, lambda saved: self.notice.setText(self.tr("Saved {path}.").format(path=saved)))

    # ----- language ----------------------------------------------------------------------------------------
    def print_list(self, path: str | None = None) -> None:
        """The list as shown (its loaded rows and columns) as a PDF."""
        print_table(self, self.workspace, "orders", self.tr("Sales orders"), self.table, path=path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search order number or customer"))
        self.status_filter.setItemText(0, self.tr("All states"))
        for index, key in enumerate(STATUSES, start=1):
            self.status_filter.setItemText(index, tr(STATUSES[key]))
        # a crowded toolbar may squeeze the search box, never the longest state out of the filter
        self.status_filter.setMinimumWidth(self.status_filter.sizeHint().width())
        self.quick_button.setText(self.tr("Quick sale… (F2)"))
        self.new_button.setText(self.tr("New order…"))
        self.edit_button.setText(self.tr("Change order…"))
        self.receipt_button.setText(self.tr("Record receipt…"))
        self.return_button.setText(self.tr("Return…"))
        self.cancel_button.setText(self.tr("Cancel order"))
        self.print_button.setText(self.tr("Print…"))
        self.print_list_button.setText(self.tr("Print list…"))
        self.more_button.setText(self.tr("More"))
        self.tabs.setTabText(0, self.tr("Orders"))
        self.tabs.setTabText(1, self.tr("Receivables"))
        self.list_columns.fill(self.table, self.rows)  # headers and translated cells (kind, status…)
