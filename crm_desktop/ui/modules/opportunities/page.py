"""The opportunities screen: filters, the list, the stage board, and competitor records."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.list_sort import SortCursor, SortedPage
from crm_desktop.services.opportunities import (
    DEFAULT_SORT,
    Choice,
    OpportunityFilter,
    OpportunityRowDTO,
    StageDTO,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.list_layout import Column, ListColumns
from crm_desktop.ui.modules.opportunities.board import LostReasonDialog, StageBoard
from crm_desktop.ui.modules.opportunities.common import Services, money, status_label
from crm_desktop.ui.modules.opportunities.competitors_view import CompetitorsView
from crm_desktop.ui.modules.opportunities.editor_dialog import OpportunityDialog
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Reference:
    stages: list[StageDTO]
    loss_reasons: list[CodeDTO]
    users: list[Choice]


class OpportunitiesPage(QWidget):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, customer_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunities_page")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.customer_id = customer_id  # set: the customer 360° tab (this customer's deals only)
        self.reference = _Reference([], [], [])
        self.opportunity_forms = FormSource(workspace, "opportunity", self)  # the station's entry form
        self.rows: list[OpportunityRowDTO] = []
        self._cursor: SortCursor | None = None  # where the list's next page starts (loaded on scrolling down)
        self.loading = False
        self.stale = False
        user = workspace.user

        self.view = named(QComboBox(), "view_filter")
        for key in ("all", "mine", "team"):
            self.view.addItem("", key)
        self.stage = named(QComboBox(), "stage_filter")
        self.status = named(QComboBox(), "status_filter")
        for key in ("", "open", "won", "lost"):
            self.status.addItem("", key or None)
        self.owner = named(QComboBox(), "owner_filter")
        self.use_dates = named(QCheckBox(), "close_filter")
        self.close_from = named(QDateEdit(), "close_from")
        self.close_to = named(QDateEdit(), "close_to")
        today = QDate.currentDate()
        self.close_from.setDate(QDate(today.year(), 1, 1))
        self.close_to.setDate(QDate(today.year(), 12, 31))
        for edit in (self.close_from, self.close_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        for combo in (self.view, self.stage, self.status, self.owner):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.reload)
        self.use_dates.toggled.connect(self.reload)
        self.close_from.dateChanged.connect(self.reload)
        self.close_to.dateChanged.connect(self.reload)
        self.new_button = named(QPushButton(), "new_opportunity")
        self.edit_button = named(QPushButton(), "edit_opportunity")
        self.delete_button = named(QPushButton(), "delete_opportunity")
        self.refresh_button = named(QPushButton(), "refresh")
        self.print_button = named(QPushButton(), "print_opportunities")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.print_button.setVisible(user.can("opportunities", "print"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.new_button.setVisible(user.can("opportunities", "create"))
        self.delete_button.setVisible(user.can("opportunities", "delete"))

        self.table = named(QTableWidget(0, 0), "opportunity_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # the columns of the station's list layout; filled again when an administrator changes it
        self.list_columns = ListColumns(workspace, "opportunity", self._columns(), self, stretch="name")
        self.list_columns.changed.connect(lambda: self.list_columns.fill(self.table, self.rows))
        self.list_columns.enable_sorting(self.table)  # header clicks sort on the server
        self.list_columns.sort_changed.connect(self.reload)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.board = StageBoard()
        self.board.move_requested.connect(self.move_deal)
        self.board.open_requested.connect(self.edit)
        self.competitors = CompetitorsView(self.services.competitors)
        self.tabs = named(QTabWidget(), "opportunity_views")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.board, "")
        if customer_id is None:
            self.tabs.addTab(self.competitors, "")

        filters = QHBoxLayout()
        for widget in (self.view, self.stage, self.status, self.owner):
            filters.addWidget(widget)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.close_from)
        filters.addWidget(self.close_to)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.print_button,
                       self.refresh_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if customer_id is None:
            layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.load_reference()

    # ----- loading -----------------------------------------------------------------------------------------
    def load_reference(self) -> None:
        service = self.services.opportunities

        def load() -> _Reference:
            return _Reference(service.stages(), self.workspace.codes("loss_reason"), service.user_choices())

        run_in_background(load, self._reference_loaded, lambda e: show_error(self, e), receiver=self)
        if self.customer_id is None:
            self.competitors.reload()

    def _reference_loaded(self, reference: _Reference) -> None:
        self.reference = reference
        for combo in (self.stage, self.owner):
            combo.blockSignals(True)
        self.stage.clear()
        self.stage.addItem("", None)
        for s in reference.stages:
            self.stage.addItem(s.label(current_language()), s.id)
        self.owner.clear()
        self.owner.addItem("", None)
        for u in reference.users:
            self.owner.addItem(u.label, u.id)
        for combo in (self.stage, self.owner):
            combo.blockSignals(False)
        self.board.set_stages(reference.stages)
        self.retranslate_ui()
        self.reload()

    def current_filter(self) -> OpportunityFilter:
        dates = self.use_dates.isChecked()
        return OpportunityFilter(
            view=self.view.currentData() or "all",
            stage_id=self.stage.currentData(),
            status=self.status.currentData(),
            owner_id=self.owner.currentData(),
            customer_id=self.customer_id,
            close_from=self.close_from.date().toPython() if dates else None,  # type: ignore[arg-type]
            close_to=self.close_to.date().toPython() if dates else None,  # type: ignore[arg-type]
            text=self.search.text(),
        )

    def reload(self) -> None:
        if not self.reference.stages:
            return
        self.loading = True
        flt, service, sort = (
            self.current_filter(),
            self.services.opportunities,
            self.list_columns.sort or DEFAULT_SORT,
        )
        run_in_background(
            lambda: service.list_page(flt, sort=sort), self._show_page, self._failed, receiver=self
        )

    def _scrolled(self, value: int) -> None:
        """At the bottom of the list: the next page in the same order."""
        if self.loading or self._cursor is None or value < self.table.verticalScrollBar().maximum():
            return
        self.loading = True
        flt, service, sort = (
            self.current_filter(),
            self.services.opportunities,
            self.list_columns.sort or DEFAULT_SORT,
        )
        cursor = self._cursor
        run_in_background(
            lambda: service.list_page(flt, sort=sort, cursor=cursor),
            lambda page: self._show_page(page, append=True),
            self._failed,
            receiver=self,
        )

    def _show_page(self, page: SortedPage[OpportunityRowDTO], *, append: bool = False) -> None:
        self._cursor = page.next_cursor
        self._show([*self.rows, *page.rows] if append else page.rows)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        show_error(self, error)

    def _columns(self) -> dict[str, Column]:
        def stage(row: OpportunityRowDTO) -> str:
            found = next((s for s in self.reference.stages if s.id == row.stage_id), None)
            return found.label(current_language()) if found is not None else ""

        return {
            "name": Column(lambda: self.tr("Opportunity"), lambda r: r.name),
            "customer_id": Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            "stage_id": Column(lambda: self.tr("Stage"), stage),
            "probability": Column(lambda: self.tr("Probability"), lambda r: f"{r.probability} %", number=True),
            "amount": Column(lambda: self.tr("Amount"), lambda r: money(r.amount), number=True),
            "expected_close": Column(lambda: self.tr("Expected close"),
                                     lambda r: r.expected_close.isoformat() if r.expected_close else ""),
            "status": Column(lambda: self.tr("Status"), lambda r: status_label(r.status)),
            "owner_id": Column(lambda: self.tr("Owner"), lambda r: r.owner_name),
        }  # fmt: skip

    def _show(self, rows: list[OpportunityRowDTO]) -> None:
        self.loading = False
        self.rows = rows
        self.list_columns.fill(self.table, rows)
        self.board.set_rows(rows)

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity not in ("opportunity", "competitor"):
            return
        if not self.isVisible():
            self.stale = True  # reloaded when shown again: hidden screens do not query
        elif entity == "opportunity":
            self.reload()
        elif self.customer_id is None:
            self.competitors.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.reload()
            if self.customer_id is None:
                self.competitors.reload()

    # ----- actions -----------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        if self.tabs.currentWidget() is self.board:
            for column in self.board.columns.values():
                items = column.selectedItems()
                if items:
                    return int(items[0].data(Qt.ItemDataRole.UserRole).id)
            return None
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)].id if rows else None

    def _dialog(self, record_id: int | None) -> OpportunityDialog | None:
        service = self.services.opportunities
        try:
            record = service.get(record_id) if record_id is not None else None
            return OpportunityDialog(
                service,
                self.reference.stages,
                self.reference.loss_reasons,
                record,
                customer_id=self.customer_id,
                parent=self,
                forms=self.opportunity_forms,
            )
        except ServiceError as error:
            show_error(self, error)
            return None

    def new(self) -> None:
        dialog = self._dialog(None)
        if dialog is not None:
            dialog.exec()

    def edit(self, opportunity_id: int) -> None:
        dialog = self._dialog(opportunity_id)
        if dialog is not None:
            dialog.exec()

    def edit_selected(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.edit(selected)

    def delete_selected(self) -> None:
        selected = self.selected_id()
        row = next((r for r in self.rows if r.id == selected), None)
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete opportunity"), self.tr("Delete “{name}”?").format(name=row.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.opportunities.delete(row.id, row.version)
        except ServiceError as error:
            show_error(self, error)
        app_signals().records_changed.emit("opportunity", [row.id])

    def ask_lost_reason(self, deal_name: str) -> tuple[int | None, str] | None:
        dialog = LostReasonDialog(self.reference.loss_reasons, deal_name, self)
        return dialog.values() if dialog.exec() else None

    def move_deal(self, opportunity_id: int, version: int, stage_id: int) -> None:
        """A card was dropped on another stage: move it (asking for the reason when the stage is lost)."""
        stage = next((s for s in self.reference.stages if s.id == stage_id), None)
        row = self.board.row(opportunity_id)
        if stage is None or row is None:
            return
        reason_id: int | None = None
        reason = ""
        if stage.outcome == "lost":
            answer = self.ask_lost_reason(row.name)
            if answer is None:
                return  # cancelled: the card stays where it was
            reason_id, reason = answer
        try:
            self.services.opportunities.move_stage(
                opportunity_id, version, stage_id, lost_reason_id=reason_id, lost_reason=reason
            )
        except ServiceError as error:
            show_error(self, error)
        app_signals().records_changed.emit("opportunity", [opportunity_id])

    # ----- language ----------------------------------------------------------------------------------------
    def print_list(self, path: str | None = None) -> None:
        """The list as shown (its loaded rows and columns) as a PDF."""
        print_table(self, self.workspace, "opportunities", self.tr("Opportunities"), self.table, path=path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("All I may see"), self.tr("Mine"), self.tr("My team"))):
            self.view.setItemText(i, text)
        if self.stage.count():
            self.stage.setItemText(0, self.tr("All stages"))
        language = current_language()
        for i, s in enumerate(self.reference.stages, start=1):
            if i < self.stage.count():
                self.stage.setItemText(i, s.label(language))
        for i, text in enumerate(
            (self.tr("Any status"), self.tr("Open", "deal status"), self.tr("Won"), self.tr("Lost"))
        ):
            self.status.setItemText(i, text)
        if self.owner.count():
            self.owner.setItemText(0, self.tr("Any owner"))
        self.use_dates.setText(self.tr("Expected close"))
        self.search.setPlaceholderText(self.tr("Search name or customer"))
        self.new_button.setText(self.tr("New opportunity"))
        self.edit_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.print_button.setText(self.tr("Print list…"))
        self.list_columns.set_headers(self.table)
        self.tabs.setTabText(0, self.tr("List"))
        self.tabs.setTabText(1, self.tr("Stage board"))
        if self.tabs.count() > 2:
            self.tabs.setTabText(2, self.tr("Competitors"))
        if self.rows:
            self._show(self.rows)
