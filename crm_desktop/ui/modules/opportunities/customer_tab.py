"""The customer 360° view's "Opportunities" tab: this customer's deals (within my data scope), new and open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.opportunities import (
    OpportunityFilter,
    OpportunityRowDTO,
    OpportunityService,
    StageDTO,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.related_tab import RelatedTab
from crm_desktop.ui.modules.opportunities.common import money, status_label
from crm_desktop.ui.modules.opportunities.editor_dialog import OpportunityDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named


@dataclass(frozen=True)
class _Data:
    rows: list[OpportunityRowDTO]
    stages: list[StageDTO]
    loss_reasons: list[CodeDTO]


class CustomerOpportunitiesTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("customer_opportunities_tab")
        self.service = OpportunityService(workspace.db, workspace.user)
        self.forms: FormSource | None = None
        self.data = _Data([], [], [])
        self.stale = False
        self.table = named(QTableWidget(0, 6), "customer_opportunities")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.new_button = named(QPushButton(), "new_customer_opportunity")
        self.new_button.clicked.connect(self.new)
        self.new_button.setVisible(workspace.user.can("opportunities", "create"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    def fetcher(self, customer_id: int) -> Callable[[], Any]:
        service, workspace = self.service, self.workspace

        def job() -> _Data:
            rows = service.list(OpportunityFilter(customer_id=customer_id))
            return _Data(rows, service.stages(), workspace.codes("loss_reason"))

        return job

    def fill(self, data: Any) -> None:
        self.data = data if isinstance(data, _Data) else _Data([], self.data.stages, self.data.loss_reasons)
        names = {s.id: s.label(current_language()) for s in self.data.stages}
        self.table.setRowCount(len(self.data.rows))
        for r, row in enumerate(self.data.rows):
            values = (
                row.name,
                names.get(row.stage_id, ""),
                money(row.amount),
                row.expected_close.isoformat() if row.expected_close else "",
                status_label(row.status),
                row.owner_name,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, col, item)
        self.new_button.setEnabled(self.customer_id is not None and bool(self.data.stages))

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity == "opportunity" and self.customer_id is not None:
            if self.isVisible():
                self.reload()
            else:
                self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.reload()

    def _dialog(self, opportunity_id: int | None) -> None:
        try:
            record = self.service.get(opportunity_id) if opportunity_id is not None else None
            if self.forms is None:  # loaded once, then kept current (a first dialog may start from the base)
                self.forms = FormSource(self.workspace, "opportunity", self)
            dialog = OpportunityDialog(
                self.service,
                self.data.stages,
                self.data.loss_reasons,
                record,
                customer_id=self.customer_id,
                parent=self,
                forms=self.forms,
            )
        except ServiceError as error:
            show_error(self, error)
            return
        dialog.exec()

    def new(self) -> None:
        if self.customer_id is not None:
            self._dialog(None)

    def open_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self._dialog(self.data.rows[min(rows)].id)

    def title(self) -> str:
        if self.customer_id is None or self.loading:
            return self.tr("Opportunities")
        return self.tr("Opportunities ({count})").format(count=len(self.data.rows))

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New opportunity"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Opportunity"),
                self.tr("Stage"),
                self.tr("Amount"),
                self.tr("Expected close"),
                self.tr("Status"),
                self.tr("Owner"),
            ]
        )
        self.fill(self.data)
