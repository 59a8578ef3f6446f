"""Transfer and ownership history of a customer: claims, returns, assignments, transfers, automatic returns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.ownership import OwnershipEntry
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.common import format_datetime, make_table
from crm_desktop.ui.modules.customers.related_tab import RelatedTab


class HistoryTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("ownership_history_tab")
        self.entries: list[OwnershipEntry] = []
        self.table = make_table(self, "ownership_table")
        self.table.setColumnCount(6)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((8, 6, 5, 5, 5)):
            self.table.setColumnWidth(column, chars * char + 16)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def fetcher(self, customer_id: int) -> Callable[[], list[OwnershipEntry]]:
        service = self.workspace.ownership
        return lambda: service.history(customer_id)

    def fill(self, data: list[OwnershipEntry] | None) -> None:
        self.entries = data or []
        actions = {
            "claim": self.tr("Claimed from the pool"),
            "return": self.tr("Returned to the pool"),
            "assign": self.tr("Assigned"),
            "transfer": self.tr("Transferred"),
            "auto_return": self.tr("Returned automatically"),
        }
        pool = self.tr("Public pool")
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (format_datetime(e.at), actions.get(e.action, e.action), e.from_owner or pool,
                      e.to_owner or pool, e.by_user or "", e.reason or "")  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def title(self) -> str:
        return self.tr("Ownership history")

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Reason"),
            ]
        )
        self.fill(self.entries)
