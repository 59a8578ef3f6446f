"""The customer archive module page: record toolbar, the searchable list, and the selected customer."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QSplitter, QVBoxLayout, QWidget

from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.models.customer_table_model import CustomerTableModel
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.modules.customers.detail_view import CustomerDetailView
from crm_desktop.ui.modules.customers.export_action import ContactExporter, CustomerExporter
from crm_desktop.ui.modules.customers.import_wizard import ImportWizard
from crm_desktop.ui.modules.customers.list_view import CustomerListView
from crm_desktop.ui.modules.customers.mail_dialog import MailDialog
from crm_desktop.ui.modules.customers.merge_dialog import MergeDialog
from crm_desktop.ui.modules.customers.print_action import CustomerPrinter
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.record_toolbar import RecordToolbar
from crm_desktop.ui.workers import run_in_background


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
        self.action_merge = named(QAction(self), "action_merge")
        self.action_merge.triggered.connect(lambda: self.merge_customer())
        self.action_return = named(QAction(self), "action_return_to_pool")
        self.action_return.triggered.connect(lambda: self.return_to_pool())
        tb.addSeparator()
        tb.addActions([self.action_merge, self.action_return])
        self.action_mail = named(QAction(self), "action_send_mail")
        self.action_mail.triggered.connect(lambda: self.send_mail())
        tb.addAction(self.action_mail)
        self.action_import = named(QAction(self), "action_import_customers")
        self.action_import.triggered.connect(lambda: self.import_customers())
        self.action_import.setVisible(workspace.user.can("customers", "import"))
        self.exporter = CustomerExporter(workspace, self.model, self)
        self.contact_exporter = ContactExporter(workspace, self.model, self)
        tb.addSeparator()
        self.printer = CustomerPrinter(workspace, self.model, self.selected_customer_ids, self)
        tb.addActions(
            [self.action_import, self.exporter.action, self.contact_exporter.action, self.printer.action]
        )
        self.current_dialog: QDialog | None = None

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
        detail = self.detail.detail if self.detail.has_record() else None
        self.action_merge.setVisible(user.can("customers", "delete"))
        self.action_merge.setEnabled(detail is not None and detail.can_edit and not self.detail.is_busy())
        self.action_return.setVisible(user.can("pool", "edit"))
        self.action_return.setEnabled(detail is not None and detail.can_edit and not detail.in_pool)
        self.action_mail.setVisible(user.can("customers", "edit"))
        self.action_mail.setEnabled(bool(self.selected_customer_ids()))

    def selected_customer_ids(self) -> list[int]:
        """The customers selected in the list (the one shown when the list allows a single selection)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            with contextlib.suppress(IndexError):  # a row dropped from the model's window
                ids.append(self.model.row_dto(row).id)
        current = self.list_view.current_id()
        return ids or ([current] if current is not None else [])

    def send_mail(self) -> MailDialog | None:
        ids = self.selected_customer_ids()
        if not ids:
            return None
        dialog = MailDialog(self.workspace, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def merge_customer(self) -> MergeDialog | None:
        """Merge another customer into the one shown (window-modal, not blocking)."""
        detail = self.detail.detail
        if detail is None or not self.detail.has_record() or not self.detail.confirm_discard():
            return None
        dialog = MergeDialog(self.workspace, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def import_customers(self) -> ImportWizard:
        """The import wizard (window-modal, not blocking); the list refreshes when it has imported."""
        wizard = ImportWizard(self.workspace, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = wizard
        wizard.open()
        return wizard

    def return_to_pool(self, reason: str | None = None) -> None:
        detail = self.detail.detail
        if detail is None or not self.detail.has_record():
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Return to the public pool"),
                self.tr("Why does “{name}” go back to the public pool?").format(name=detail.name),
            )
            if not ok:
                return
        pool, customers, text = self.workspace.pool, self.workspace.customers, reason

        def job() -> bool:
            pool.return_to_pool(detail.id, text)
            try:
                customers.get(detail.id)
                return True
            except PermissionDenied:
                return False  # no longer within the user's data permissions

        def done(still_visible: bool) -> None:
            if not still_visible:
                self.detail.clear()
            app_signals().records_changed.emit("customer", [detail.id])

        run_in_background(job, done, lambda error: show_error(self, error), receiver=self)

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Customers: help"), self.help_text())

    def help_text(self) -> str:
        return self.tr(
            "The customer archive lists the customers you may see.\n\n"
            "Type in the search box to find customers by name, short name, phone, mobile or contact name; "
            "pinyin (zhangsan) and its initials (zs) find Chinese names, and phone digits match however they "
            "are written. Narrow the list by customer type or to your own customers; Filters shows grade, "
            "industry, region, source, owner and date filters, Query… combines several conditions, and Saved "
            "queries keeps your favourite queries. Click the Name or Created column header to sort.\n\n"
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
        self.action_merge.setText(self.tr("Merge…"))
        self.action_merge.setToolTip(self.tr("Merge another customer into this one"))
        self.action_return.setText(self.tr("Return to pool…"))
        self.action_return.setToolTip(self.tr("Give this customer back to the public pool, with a reason"))
        self.action_mail.setText(self.tr("Send e-mail…"))
        self.action_mail.setToolTip(
            self.tr("Send a message or a greeting to the selected customers' contacts")
        )
        self.action_import.setText(self.tr("Import…"))
        self.action_import.setToolTip(self.tr("Import customers from an Excel file"))
        self.exporter.retranslate_ui()
        self.contact_exporter.retranslate_ui()
        self.printer.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
