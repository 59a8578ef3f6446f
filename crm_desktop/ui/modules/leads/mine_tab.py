"""My leads: the leads within my data scope, with their follow-ups; new, edit, follow up, status, transfer,
return to the pool and convert."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.lead_convert import ConversionInput
from crm_desktop.services.lead_pool import OwnerChange
from crm_desktop.services.leads import (
    DEFAULT_SORT,
    MANUAL_STATUSES,
    STATUSES,
    FollowupRow,
    LeadDetail,
    LeadPage,
    LeadRow,
)
from crm_desktop.services.list_sort import SortCursor
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.modules.customers.common import format_date, format_datetime, make_table
from crm_desktop.ui.modules.leads.common import (
    ACTION_LABELS,
    ENTITY,
    KIND_LABELS,
    LeadServices,
    fill_lead_table,
    lead_table,
    selected_rows,
    set_lead_headers,
    status_label,
    tr,
)
from crm_desktop.ui.modules.leads.convert_dialog import ConvertDialog
from crm_desktop.ui.modules.leads.lead_dialog import FollowupDialog, LeadDialog
from crm_desktop.ui.modules.leads.owner_dialog import OwnerChangeDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Opened:
    detail: LeadDetail
    draft: ConversionInput | None


class MyLeadsTab(QWidget):
    def __init__(self, services: LeadServices, book_source: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_leads_tab")
        self.services = services
        self.book_source = book_source  # the page: holds the code book and the colleagues
        self.rows: list[LeadRow] = []
        self.next_after: SortCursor | None = None  # where the next page starts
        self.loading = False
        self.search_edit = named(QLineEdit(), "leads_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.reload)
        self.status_filter = named(QComboBox(), "leads_status_filter")
        self.status_filter.addItem("", None)
        for key in STATUSES:
            self.status_filter.addItem("", key)
        self.status_filter.activated.connect(self.reload)
        self.table = lead_table(self, "my_leads_table")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.more_button = named(QPushButton(), "leads_more")
        self.more_button.clicked.connect(lambda: self.reload(append=True))
        self.count_label = named(QLabel(), "leads_count")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, slot in (
            ("new", self.new),
            ("edit", self.edit),
            ("followup", self.follow_up),
            ("status", self.show_status_menu),
            ("transfer", self.transfer),
            ("return", self.return_to_pool),
            ("convert", self.convert),
        ):
            button = named(QPushButton(), f"lead_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addWidget(self.more_button)
        self.followups = make_table(self, "followups_table")
        self.followups.setColumnCount(5)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((9, 6, 22, 10, 6)):
            self.followups.setColumnWidth(column, chars * char + 16)
        self.history = make_table(self, "owner_history_table")
        self.history.setColumnCount(5)
        for column, chars in enumerate((9, 5, 6, 6, 16)):
            self.history.setColumnWidth(column, chars * char + 16)
        lower = named(QTabWidget(), "lead_related_tabs")
        lower.addTab(self.followups, "")
        lower.addTab(self.history, "")
        self.related_tabs = lower
        splitter = named(QSplitter(Qt.Orientation.Vertical), "leads_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    @property
    def book(self) -> CodeBook:
        return getattr(self.book_source, "book", CodeBook())

    @property
    def forms(self) -> FormSource | None:
        """The page's lead entry form (None outside a page)."""
        return getattr(self.book_source, "lead_forms", None)

    @property
    def people(self) -> list[Colleague]:
        return list(getattr(self.book_source, "people", []))

    # ----- loading -----------------------------------------------------------------------------------------
    def reload(self, *, append: bool = False) -> None:
        self.loading = True
        self._update_buttons()
        service, text, status = self.services.leads, self.search_edit.text(), self.status_filter.currentData()
        cursor = self.next_after if append else None
        columns = getattr(self.book_source, "list_columns", None)  # the page's: its sort (header clicks)
        sort = getattr(columns, "sort", None) or DEFAULT_SORT
        run_in_background(
            lambda: service.list_page(text, status, sort=sort, cursor=cursor),
            lambda page: self._loaded(page, append),
            self._failed,
            receiver=self,
        )

    def _loaded(self, page: LeadPage, append: bool) -> None:
        self.loading = False
        self.rows = (self.rows if append else []) + page.rows
        self.next_after = page.next_cursor
        self.fill()

    def fill(self) -> None:
        fill_lead_table(self.table, self.rows, self.book_source)
        self.count_label.setText(self.tr("%n lead(s) shown", "", len(self.rows)))
        self.more_button.setVisible(self.next_after is not None)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._update_buttons()
        show_error(self, error)

    def _records_changed(self, entity: str, _ids: list[object]) -> None:
        if entity == ENTITY and not self.loading:
            self.reload()

    def selected(self) -> list[LeadRow]:
        return [self.rows[r] for r in selected_rows(self.table) if r < len(self.rows)]

    def _selection_changed(self) -> None:
        self._update_buttons()
        rows = self.selected()
        if len(rows) != 1:
            self.followups.setRowCount(0)
            self.history.setRowCount(0)
            return
        service, pool, lead_id = self.services.leads, self.services.pool, rows[0].id
        run_in_background(
            lambda: (service.followups(lead_id), pool.history(lead_id)),
            self._show_related,
            self._failed,
            receiver=self,
        )

    def _show_related(self, related: tuple[list[FollowupRow], list[OwnerChange]]) -> None:
        rows, changes = related
        self.history.setRowCount(len(changes))
        for row, c in enumerate(changes):
            values = (
                format_datetime(c.at),
                tr(ACTION_LABELS.get(c.action, c.action)),
                c.from_owner or "",
                c.to_owner or QCoreApplication.translate("Leads", "Lead pool"),
                c.reason or "",
            )
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.followups.setRowCount(len(rows))
        for row, f in enumerate(rows):
            values = (
                format_datetime(f.occurred_at),
                tr(KIND_LABELS.get(f.kind, f.kind)),
                f.content,
                f.next_step or "",
                format_date(f.next_date),
            )
            for column, value in enumerate(values):
                self.followups.setItem(row, column, QTableWidgetItem(value))

    def _update_buttons(self) -> None:
        user, rows = self.services.leads.user, self.selected()
        editable = bool(rows) and not self.loading and all(r.status != "converted" for r in rows)
        one = len(rows) == 1 and editable
        self.buttons["new"].setEnabled(user.can("leads", "create"))
        self.buttons["edit"].setEnabled(len(rows) == 1)
        for key in ("followup", "status"):
            self.buttons[key].setEnabled(one)
        for key in ("transfer", "return"):
            self.buttons[key].setEnabled(editable)
        self.buttons["convert"].setEnabled(one and user.can("customers", "create"))

    # ----- actions -----------------------------------------------------------------------------------------
    def new(self) -> None:
        LeadDialog(self.services, self.book, None, self, forms=self.forms).exec()

    def _open(self, with_draft: bool, then: object) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        leads, convert, lead_id = self.services.leads, self.services.convert, rows[0].id
        run_in_background(
            lambda: _Opened(leads.get(lead_id), convert.prefill(lead_id) if with_draft else None),
            then,  # type: ignore[arg-type]
            self._failed,
            receiver=self,
        )

    def edit(self) -> None:
        self._open(False, self._edit_opened)

    def _edit_opened(self, opened: _Opened) -> None:
        LeadDialog(self.services, self.book, opened.detail, self, forms=self.forms).exec()

    def follow_up(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            FollowupDialog(self.services, rows[0].id, self).exec()

    def show_status_menu(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        menu = QMenu(self)
        for key in MANUAL_STATUSES:
            action = menu.addAction(status_label(key))
            action.setData(key)
        chosen = menu.exec(self.buttons["status"].mapToGlobal(self.buttons["status"].rect().bottomLeft()))
        if chosen is not None:
            self.set_status(rows[0].id, chosen.data())

    def set_status(self, lead_id: int, status: str) -> None:
        service = self.services.leads
        run_in_background(
            lambda: service.set_status(lead_id, status),
            lambda _r: app_signals().records_changed.emit(ENTITY, [lead_id]),
            self._failed,
            receiver=self,
        )

    def transfer(self) -> None:
        ids = [r.id for r in self.selected()]
        if ids:
            OwnerChangeDialog(self.services, ids, "transfer", self.people, self).exec()

    def return_to_pool(self) -> None:
        ids = [r.id for r in self.selected()]
        if ids:
            OwnerChangeDialog(self.services, ids, "return", None, self).exec()

    def convert(self) -> None:
        self._open(True, self._convert_opened)

    def _convert_opened(self, opened: _Opened) -> None:
        assert opened.draft is not None
        dialog = ConvertDialog(self.services, opened.detail, opened.draft, self)
        if dialog.exec() and dialog.conversion is not None:
            QMessageBox.information(
                self,
                self.tr("Lead converted"),
                self.tr("The lead is now a customer with a contact and an opportunity."),
            )

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search by company, contact or phone"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(index, status_label(self.status_filter.itemData(index)))
        texts = {
            "new": self.tr("New lead"),
            "edit": self.tr("Open"),
            "followup": self.tr("Follow up"),
            "status": self.tr("Status"),
            "transfer": self.tr("Transfer"),
            "return": self.tr("Return to pool"),
            "convert": self.tr("Convert"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.more_button.setText(self.tr("More"))
        self.related_tabs.setTabText(0, self.tr("Follow-ups"))
        self.related_tabs.setTabText(1, self.tr("Owner changes"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Action"), self.tr("From"), self.tr("To"), self.tr("Reason")]
        )
        self.followups.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("How"),
                self.tr("What was said"),
                self.tr("Next step"),
                self.tr("Next date"),
            ]
        )
        set_lead_headers(self.table, self.book_source)
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
