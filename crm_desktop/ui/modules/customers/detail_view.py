"""One customer: a header line, then tabs with the form, the contacts and the contact history.

Loads and saves in workers. Saving keeps the version the form was loaded at, so a change made meanwhile by
someone else is refused (ConcurrentEditError) and the user's input stays in the form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import ContactDTO, ContactService
from crm_desktop.services.customers import (
    CustomerDetail,
    CustomerInput,
    CustomerService,
    input_from_detail,
)
from crm_desktop.services.duplicates import DuplicatesFound
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.interactions import InteractionDTO, InteractionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_definitions import DefinitionWatcher, FormDefinition, base_form
from crm_desktop.ui.modules.customers.common import format_datetime, make_table, named
from crm_desktop.ui.modules.customers.contact_dialog import ContactDialog
from crm_desktop.ui.modules.customers.customer_form import CustomerForm
from crm_desktop.ui.modules.customers.decision_tree_tab import DecisionTreeTab
from crm_desktop.ui.modules.customers.detail_parts import (
    CONTACT_COLUMN_CHARS,
    HISTORY_COLUMN_CHARS,
    _FormScroll,
    button_page,
    fill_contacts,
    fill_history,
    header_layout,
    set_column_widths,
)
from crm_desktop.ui.modules.customers.duplicate_dialog import DuplicateDialog
from crm_desktop.ui.modules.customers.history_tab import HistoryTab
from crm_desktop.ui.modules.customers.interaction_dialog import InteractionDialog
from crm_desktop.ui.modules.customers.notes_tab import NotesTab
from crm_desktop.ui.modules.customers.related_tab import RelatedTab
from crm_desktop.ui.modules.opportunities.customer_tab import CustomerOpportunitiesTab
from crm_desktop.ui.modules.orders.customer_tab import CustomerOrdersTab
from crm_desktop.ui.modules.quotes.customer_tab import CustomerQuotesTab
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background

_Dialog = TypeVar("_Dialog", ContactDialog, InteractionDialog)


@dataclass(frozen=True)
class _Loaded:
    detail: CustomerDetail
    contacts: list[ContactDTO]
    history: list[InteractionDTO]


class CustomerDetailView(QWidget):
    """Shows nothing, a new customer being entered, or one customer loaded from the database."""

    state_changed = Signal()
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_detail")
        self.workspace = workspace
        self.book = CodeBook()
        self.customer_id: int | None = None
        self.detail: CustomerDetail | None = None
        self.is_new = False
        self.contacts: list[ContactDTO] = []
        self.history: list[InteractionDTO] = []
        self._loaded_input = CustomerInput()
        self._generation = 0
        self._loading = False
        self._saving = False
        self._deleting = False
        self.current_dialog: QDialog | None = None  # the contact or history dialog now open

        # header
        self.name_label = named(QLabel(), "customer_header_name")
        self.info_label = named(QLabel(), "customer_header_info")
        self.reload_button = named(QToolButton(), "customer_reload")
        self.reload_button.clicked.connect(self.reload)
        header = header_layout(self.name_label, self.info_label, self.reload_button, self.style())

        # tabs
        self.form = CustomerForm(base_form("customer", workspace.user.station_code))
        self.form.changed.connect(self.state_changed)
        self.definitions = DefinitionWatcher(workspace, "customer", "form", self)
        self.definitions.ready.connect(self._definition_ready)
        self.contact_definition = base_form("contact", workspace.user.station_code)  # for the contact dialog
        self.contact_definitions = DefinitionWatcher(workspace, "contact", "form", self)
        self.contact_definitions.ready.connect(lambda d: setattr(self, "contact_definition", d))
        self.form_scroll = _FormScroll(self.form)

        self.contacts_table = make_table(self, "contacts_table")
        self.contacts_table.setColumnCount(8)
        self.contacts_table.itemSelectionChanged.connect(self._update_buttons)
        self.contacts_table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        self.add_contact_button = named(QPushButton(), "contact_add")
        self.edit_contact_button = named(QPushButton(), "contact_edit")
        self.delete_contact_button = named(QPushButton(), "contact_delete")
        self.add_contact_button.clicked.connect(lambda: self.add_contact())
        self.edit_contact_button.clicked.connect(lambda: self.edit_contact())
        self.delete_contact_button.clicked.connect(self.delete_contact)
        contacts_page = button_page(
            self.contacts_table, self.add_contact_button, self.edit_contact_button, self.delete_contact_button
        )

        self.history_table = make_table(self, "history_table")
        self.history_table.setColumnCount(7)
        self.add_record_button = named(QPushButton(), "history_add")
        self.add_record_button.clicked.connect(lambda: self.add_interaction())
        history_page = button_page(self.history_table, self.add_record_button)

        self.tabs = named(QTabWidget(), "customer_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form_scroll, "")
        self.tabs.addTab(contacts_page, "")
        self.tabs.addTab(history_page, "")
        self.notes_tab = NotesTab(workspace)
        self.ownership_tab = HistoryTab(workspace)
        self.decision_tab = DecisionTreeTab(workspace)
        self.extra_tabs: list[RelatedTab] = [self.notes_tab, self.ownership_tab, self.decision_tab]
        if workspace.user.can("opportunities", "view"):
            self.extra_tabs.append(CustomerOpportunitiesTab(workspace))
        if workspace.user.can("quotes", "view"):
            self.extra_tabs.append(CustomerQuotesTab(workspace))
        if workspace.user.can("orders", "view"):
            self.extra_tabs.append(CustomerOrdersTab(workspace))
        for tab in self.extra_tabs:
            self.tabs.addTab(tab, "")
            tab.loaded.connect(self._update_tab_titles)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._set_column_widths()

        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.clear()
        self.definitions.reload()
        self.contact_definitions.reload()

    def _set_column_widths(self) -> None:
        char = self.fontMetrics().horizontalAdvance("中")
        set_column_widths(self.contacts_table, CONTACT_COLUMN_CHARS, char)
        set_column_widths(self.history_table, HISTORY_COLUMN_CHARS, char)

    # ----- state -------------------------------------------------------------------------------------------
    def set_code_book(self, book: CodeBook) -> None:
        dirty = self.is_dirty()
        self.book = book
        self.form.set_code_book(book)  # the combos keep their values
        if not dirty:
            self._loaded_input = self.form.input()
        self._show_header()
        self._fill_related()

    def has_record(self) -> bool:
        return self.detail is not None and not self.is_new

    def is_busy(self) -> bool:
        return self._loading or self._saving or self._deleting or self.definitions.is_loading()

    def _definition_ready(self, definition: FormDefinition) -> None:
        """A new form definition: the form rebuilds, keeping what it holds (typed input and loaded record)."""
        dirty = self.is_dirty()
        if self.form.set_definition(definition) and not dirty:
            self._loaded_input = self.form.input()

    def is_dirty(self) -> bool:
        """Whether the form holds changes not yet saved."""
        if not (self.is_new or self.detail is not None):
            return False
        return self.form.input() != self._loaded_input

    def can_save(self) -> bool:
        if self._saving or self._loading:
            return False
        if self.is_new:
            return self.workspace.user.can("customers", "create")
        return self.detail is not None and self.detail.can_edit

    def can_delete(self) -> bool:
        return self.has_record() and self.detail is not None and self.detail.can_delete and not self.is_busy()

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user agrees to drop them."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This customer has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ----- showing -----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing selected."""
        self._generation += 1
        self._loading = False
        self.customer_id = None
        self.detail = None
        self.is_new = False
        self.contacts, self.history = [], []
        self.form.clear()
        self._loaded_input = self.form.input()
        for tab in self.extra_tabs:
            tab.show_customer(None, False)
        self.form.set_editable(False)
        self.tabs.setEnabled(False)
        self._show_header()
        self._fill_related()
        self.state_changed.emit()

    def start_new(self) -> None:
        """An empty form for a new customer."""
        self.clear()
        self.is_new = True
        self.form.set_editable(self.workspace.user.can("customers", "create"))
        self.tabs.setEnabled(True)
        self.tabs.setCurrentIndex(0)
        self._show_header()
        self._update_buttons()
        self.form.fields["name"].setFocus()
        self.state_changed.emit()

    def show_customer(self, customer_id: int) -> None:
        """Load the customer (in a worker) and show it."""
        self.customer_id = customer_id
        self.is_new = False
        self._load(customer_id)

    def reload(self) -> None:
        if self.customer_id is None or self.is_new:
            return
        if not self.confirm_discard():
            return
        self._load(self.customer_id)

    def _services(self) -> tuple[CustomerService, ContactService, InteractionService]:
        """The services, taken on the GUI thread (the workspace creates them lazily)."""
        ws = self.workspace
        return ws.customers, ws.contacts, ws.interactions

    def _load(self, customer_id: int) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.state_changed.emit()
        customers, contacts, history = self._services()

        def job() -> _Loaded:
            detail = customers.get(customer_id)
            return _Loaded(detail, contacts.list_for(customer_id), history.list_for(customer_id))

        run_in_background(
            job,
            lambda loaded: self._loaded(generation, loaded),
            lambda error: self._load_failed(generation, error),
            receiver=self,
        )

    def _loaded(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.detail = loaded.detail
        self.customer_id = loaded.detail.id
        self.is_new = False
        self.contacts, self.history = loaded.contacts, loaded.history
        self.form.set_input(input_from_detail(loaded.detail))
        self._loaded_input = self.form.input()
        self.form.set_editable(loaded.detail.can_edit)
        for tab in self.extra_tabs:
            tab.show_customer(loaded.detail.id, loaded.detail.can_edit)
        self.tabs.setEnabled(True)
        self._show_header()
        self._fill_related()
        self.state_changed.emit()

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if isinstance(error, NotFound | PermissionDenied):
            self.clear()
        else:
            self.state_changed.emit()
        show_error(self, error)

    def _load_related(self) -> None:
        """Re-read contacts and history only (after a dialog saved), leaving the form as the user has it."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        generation = self._generation
        _customers, contacts, history = self._services()

        def job() -> tuple[list[ContactDTO], list[InteractionDTO]]:
            return contacts.list_for(customer_id), history.list_for(customer_id)

        def done(result: tuple[list[ContactDTO], list[InteractionDTO]]) -> None:
            if generation == self._generation:
                self.contacts, self.history = result
                self._fill_related()
                self.decision_tab.reload()  # a contact may have been added or renamed

        run_in_background(job, done, lambda error: show_error(self, error), receiver=self)

    def _records_changed(self, entity: str, ids: list[object]) -> None:
        if entity != "customer" or self.customer_id is None or self.is_new or self.customer_id not in ids:
            return
        if self.is_busy() or self.is_dirty():
            return  # the user's input wins; a save will tell them if the record moved on meanwhile
        self._load(self.customer_id)

    # ----- header and related tables -----------------------------------------------------------------------
    def _show_header(self) -> None:
        if self.is_new:
            self.name_label.setText(self.tr("New customer"))
            self.info_label.setText(self.tr("Fill in the fields and press Save."))
        elif self.detail is None:
            self.name_label.setText(self.tr("No customer selected"))
            self.info_label.setText(self.tr("Choose a customer in the list, or press New to enter one."))
        else:
            d = self.detail
            owner = d.owner_name or "—"
            self.name_label.setText(d.name)
            self.info_label.setText(
                self.tr("Type: {type}    Grade: {grade}    Owner: {owner}    {pool}").format(
                    type=self.book.label(d.type_id) or "—",
                    grade=self.book.label(d.grade_id) or "—",
                    owner=owner,
                    pool=self.tr("In the public pool") if d.in_pool else self.tr("Owned (not in the pool)"),
                )
            )
        self.reload_button.setEnabled(self.has_record())
        self._update_tab_titles()

    def _fill_related(self) -> None:
        fill_contacts(self.contacts_table, self.contacts, self.book, self.tr("Yes"))
        fill_history(self.history_table, self.history, self.book)
        self._update_tab_titles()
        self._update_buttons()

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Details"))
        if self.has_record():
            self.tabs.setTabText(1, self.tr("Contacts ({count})").format(count=len(self.contacts)))
            self.tabs.setTabText(2, self.tr("Contact history ({count})").format(count=len(self.history)))
        else:
            self.tabs.setTabText(1, self.tr("Contacts"))
            self.tabs.setTabText(2, self.tr("Contact history"))
        for index, tab in enumerate(self.extra_tabs, start=3):
            self.tabs.setTabText(index, tab.title())

    def _update_buttons(self) -> None:
        editable = self.has_record() and self.detail is not None and self.detail.can_edit
        selected = self.contacts_table.currentRow() >= 0 and bool(self.contacts_table.selectedItems())
        self.add_contact_button.setEnabled(editable)
        self.edit_contact_button.setEnabled(editable and selected)
        self.delete_contact_button.setEnabled(editable and selected)
        self.add_record_button.setEnabled(editable)
        hint = "" if self.has_record() or not self.is_new else self.tr("Save the customer first.")
        for button in (self.add_contact_button, self.add_record_button):
            button.setToolTip(hint)

    # ----- saving and deleting -----------------------------------------------------------------------------
    def save(self) -> None:
        self._save(check_duplicates=True)

    def _save(self, *, check_duplicates: bool) -> None:
        """Save; with check_duplicates the service refuses when similar customers exist (a new customer, or a
        changed name, phone or e-mail) and the duplicate dialog lets the user save anyway."""
        if not self.can_save():
            return
        data = self.form.input()
        loaded = self._loaded_input
        check = check_duplicates and (
            self.is_new
            or (data.name, data.phone, data.mobile, data.email)
            != (loaded.name, loaded.phone, loaded.mobile, loaded.email)
        )
        self.form.clear_errors()
        self._saving = True
        self.state_changed.emit()
        service = self.workspace.customers
        if self.is_new:
            run_in_background(lambda: service.create(data, check_duplicates=check),
                              lambda cid: self._saved(cid, data), self._save_failed, receiver=self)  # fmt: skip
            return
        assert self.detail is not None
        customer_id, version = self.detail.id, self.detail.version

        def update() -> int:
            service.update(customer_id, version, data, check_duplicates=check)
            return customer_id

        run_in_background(update, lambda cid: self._saved(cid, data), self._save_failed, receiver=self)

    def _saved(self, customer_id: int, data: CustomerInput) -> None:
        self._saving = False
        self.is_new = False
        self.customer_id = customer_id
        self._loaded_input = data
        self._load(customer_id)
        app_signals().records_changed.emit("customer", [customer_id])
        self.saved.emit(customer_id)

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self.state_changed.emit()
        if isinstance(error, DuplicatesFound):
            dialog = DuplicateDialog(error.report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._save(check_duplicates=False))
            dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
            self.current_dialog = dialog
            dialog.open()
            return
        if isinstance(error, ValidationError):
            unplaced = self.form.show_errors(error)
            self.tabs.setCurrentIndex(0)
            if not unplaced:
                return
        # ConcurrentEditError, PermissionDenied, …: say so; the input stays in the form either way.
        show_error(self, error)

    def delete(self) -> None:
        if not self.can_delete():
            return
        assert self.detail is not None
        detail = self.detail
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr("Delete the customer “{name}”? It moves to the recycle bin.").format(name=detail.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._deleting = True
        self.state_changed.emit()
        service = self.workspace.customers

        def done(_result: object) -> None:
            self._deleting = False
            self.clear()
            app_signals().records_changed.emit("customer", [detail.id])
            self.deleted.emit(detail.id)

        def failed(error: Exception) -> None:
            self._deleting = False
            self.state_changed.emit()
            show_error(self, error)

        run_in_background(lambda: service.delete(detail.id, detail.version), done, failed, receiver=self)

    def show_info(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        QMessageBox.information(
            self,
            self.tr("Record information"),
            self.tr(
                "Customer: {name}\nCreated: {created}\nLast changed: {updated}\nVersion: {version}"
            ).format(
                name=d.name,
                created=format_datetime(d.created_at),
                updated=format_datetime(d.updated_at),
                version=d.version,
            ),
        )

    # ----- contacts and history ----------------------------------------------------------------------------
    def add_contact(self) -> ContactDialog | None:
        if self.customer_id is None or not self.has_record():
            return None
        return self._open(
            ContactDialog(self.workspace, self.customer_id, self.book, None, self, self.contact_definition)
        )

    def edit_contact(self) -> ContactDialog | None:
        row = self.contacts_table.currentRow()
        if self.customer_id is None or not 0 <= row < len(self.contacts):
            return None
        if self.detail is None or not self.detail.can_edit:
            return None
        contact = self.contacts[row]
        return self._open(
            ContactDialog(self.workspace, self.customer_id, self.book, contact, self, self.contact_definition)
        )

    def delete_contact(self) -> None:
        row = self.contacts_table.currentRow()
        if not 0 <= row < len(self.contacts):
            return
        contact = self.contacts[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete the contact “{name}”?").format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.workspace.contacts

        def done(_result: object) -> None:
            app_signals().records_changed.emit("contact", [contact.id])
            self._load_related()

        run_in_background(
            lambda: service.delete(contact.id), done, lambda e: show_error(self, e), receiver=self
        )

    def add_interaction(self) -> InteractionDialog | None:
        if self.customer_id is None or not self.has_record():
            return None
        dialog = InteractionDialog(self.workspace, self.customer_id, self.book, list(self.contacts), self)
        return self._open(dialog)

    def _open(self, dialog: _Dialog) -> _Dialog:
        """Open window-modal without blocking; related tables reload when it saved."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._load_related)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.reload_button.setToolTip(self.tr("Reload this customer from the database"))
        self.add_contact_button.setText(self.tr("Add…"))
        self.edit_contact_button.setText(self.tr("Edit…"))
        self.delete_contact_button.setText(self.tr("Delete"))
        self.add_record_button.setText(self.tr("Add record…"))
        self.contacts_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Address as"),
                self.tr("Job title"),
                self.tr("Mobile"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Birthday"),
                self.tr("Primary"),
            ]
        )
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("By"),
                self.tr("Contact"),
                self.tr("Subject"),
                self.tr("Next step"),
                self.tr("Next date"),
            ]
        )
        self._show_header()
        self._fill_related()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
