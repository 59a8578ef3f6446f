"""The customer archive module page: record toolbar, the searchable list, and the selected customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.models.customer_table_model import CustomerTableModel
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.modules.customers.detail_view import CustomerDetailView
from crm_desktop.ui.modules.customers.list_view import CustomerListView
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.record_toolbar import RecordToolbar


class CustomersPage(QWidget):
    """What the main window embeds for the "customers" module."""

    module_key = "customers"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self.setObjectName("customers_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace

        self.toolbar = RecordToolbar(self)
        self.toolbar.attach_shortcuts(self)
        self.model = CustomerTableModel(workspace, self, page_size=page_size)
        self.list_view = CustomerListView(self.model)
        self.detail = CustomerDetailView(workspace)
        self.search_edit = self.list_view.search_edit
        self.table = self.list_view.table
        self.form = self.detail.form

        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "customers_splitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([520, 640])

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.refresh_action = named(QAction(self), "action_refresh_list")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.model.refresh)
        self.addAction(self.refresh_action)

        tb = self.toolbar
        tb.action_new.triggered.connect(self.new_customer)
        tb.action_save.triggered.connect(self.detail.save)
        tb.action_delete.triggered.connect(self.detail.delete)
        tb.action_query.triggered.connect(self.list_view.focus_search)
        tb.action_info.triggered.connect(self.detail.show_info)
        tb.action_help.triggered.connect(self.show_help)

        self.list_view.customer_selected.connect(self._customer_selected)
        self.detail.state_changed.connect(self.update_actions)
        self.detail.saved.connect(lambda customer_id: self.list_view.select_id(customer_id))
        self.detail.deleted.connect(lambda _customer_id: self.list_view.select_id(None))
        self.model.code_book_ready.connect(self._code_book_ready)
        app_signals().records_changed.connect(self._records_changed)

        self.retranslate_ui()
        self.update_actions()
        self.model.fetchMore(QModelIndex())  # the first page (the view then asks for more as it needs)

    # ----- reactions ---------------------------------------------------------------------------------------
    def _code_book_ready(self, book: CodeBook) -> None:
        self.list_view.set_code_book(book)
        self.detail.set_code_book(book)

    def _customer_selected(self, customer_id: int) -> None:
        if customer_id == self.detail.customer_id and not self.detail.is_new:
            return
        if not self.detail.confirm_discard():
            self.table.clearSelection()
            self.list_view.select_id(None if self.detail.is_new else self.detail.customer_id)
            return
        self.detail.show_customer(customer_id)

    def _records_changed(self, entity: str, ids: list[object]) -> None:
        if entity != "customer":
            return
        ints = [i for i in ids if isinstance(i, int)]
        if any(self.model.find_row(i) is None for i in ints) or not ints:
            self.model.refresh()  # a new record: let it land in its sorted place
        else:
            self.model.refresh_rows(ints)

    # ----- toolbar -----------------------------------------------------------------------------------------
    def new_customer(self) -> None:
        if not self.workspace.user.can("customers", "create") or not self.detail.confirm_discard():
            return
        self.list_view.select_id(None)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.detail.start_new()

    def update_actions(self) -> None:
        user = self.workspace.user
        tb = self.toolbar
        tb.set_new_enabled(user.can("customers", "create"))
        tb.set_save_enabled(self.detail.can_save())
        tb.set_delete_enabled(self.detail.can_delete())
        tb.set_info_enabled(self.detail.has_record())
        tb.set_query_enabled(True)
        tb.set_help_enabled(True)

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Customers: help"), self.help_text())

    def help_text(self) -> str:
        return self.tr(
            "The customer archive lists the customers you may see.\n\n"
            "Type in the search box to find customers by name, short name, phone or mobile; narrow the list "
            "by customer type or to your own customers. Click the Name or Created column header to sort.\n\n"
            "Select a customer to see the details, contacts and contact history. New (Ctrl+N) starts an empty "
            "form, Save (Ctrl+S) stores your changes, Delete moves the customer to the recycle bin, Info "
            "(Ctrl+I) shows when the record was created and last changed. Query & Report (Ctrl+F) jumps to "
            "the search box; F5 reloads the list.\n\n"
            "Fields marked with * must be filled in. If someone else changed the customer while you were "
            "editing, your input is kept: reload the record to see their changes, then apply yours again."
        )

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.refresh_action.setText(self.tr("Refresh list"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
