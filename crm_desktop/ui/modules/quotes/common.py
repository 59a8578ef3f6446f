"""Bits shared by the quote and contract screens: the services of a workspace, labels, money, table cells."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.services import contracts, quotes
from crm_desktop.services.contract_chain import ContractChainService
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.quote_approval import QuoteWorkflow
from crm_desktop.services.quotes import QuoteService
from crm_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Services:
    quotes: QuoteService
    workflow: QuoteWorkflow
    contracts: ContractService
    chain: ContractChainService

    @classmethod
    def of(cls, workspace: Workspace) -> Services:
        db, user = workspace.db, workspace.user
        return cls(QuoteService(db, user), QuoteWorkflow(db, user), ContractService(db, user),
                   ContractChainService(db, user))  # fmt: skip


def quote_status(key: str) -> str:
    return QCoreApplication.translate("Quotes", quotes.STATUSES.get(key, key))


def reason_text(key: str | None) -> str:
    return QCoreApplication.translate("Quotes", quotes.REASONS[key]) if key in quotes.REASONS else ""


def contract_status(key: str) -> str:
    return QCoreApplication.translate("Contracts", contracts.STATUSES.get(key, key))


def step_status(key: str) -> str:
    return QCoreApplication.translate("Contracts", contracts.STEP_STATUSES.get(key, key))


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def number_text(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def cell(text: str, *, number: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def read_only_table(table: QTableWidget, stretch: int = 1) -> QTableWidget:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return data if isinstance(data, int) else None
