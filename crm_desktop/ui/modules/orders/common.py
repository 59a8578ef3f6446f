"""Shared bits of the orders screens: the services for a workspace, state labels, money and quantity text."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.order_edit import OrderEditService
from crm_desktop.services.orders import OrderService
from crm_desktop.services.quick_sale import QuickSaleService
from crm_desktop.services.receipts import ReceiptService
from crm_desktop.services.receivables import ReceivablesService
from crm_desktop.services.returns import ReturnService
from crm_desktop.services.workspace import Workspace

ENTITY = "order"
CTX = "Orders"
STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Orders", "Open"),
    "partly_paid": QT_TRANSLATE_NOOP("Orders", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Orders", "Paid"),
    "returned": QT_TRANSLATE_NOOP("Orders", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("Orders", "Cancelled"),
}
KINDS: dict[str, str] = {
    "normal": QT_TRANSLATE_NOOP("Orders", "Order"),
    "quick_sale": QT_TRANSLATE_NOOP("Orders", "Quick sale"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status_text(key: str) -> str:
    return tr(STATUSES.get(key, key))


def kind_text(key: str) -> str:
    return tr(KINDS.get(key, key))


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def quantity(value: Decimal) -> str:
    return f"{value.normalize():f}"


def parse_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", "").replace("，", "") or "x")
    except InvalidOperation:
        return None


def cell(text: str, *, number: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class Services:
    """The order services acting as the workspace's user."""

    def __init__(self, workspace: Workspace) -> None:
        db, user = workspace.db, workspace.user
        self.orders = OrderService(db, user)
        self.order_edit = OrderEditService(db, user)
        self.receipts = ReceiptService(db, user)
        self.returns = ReturnService(db, user)
        self.receivables = ReceivablesService(db, user)
        self.quick_sale = QuickSaleService(db, user)


class RowLabels:
    """The row labels of form layouts, created empty and named by key so retranslate_ui can set their texts."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add(self, form: QFormLayout, key: str, field: QWidget | QLayout) -> None:
        """A labelled row; keys ending in "_err" hold a field's error message and take no label (so the row
        collapses while the message is hidden)."""
        if key.endswith("_err") and isinstance(field, QWidget):
            form.addRow(field)
            return
        label = QLabel()
        self.labels[key] = label
        if isinstance(field, QWidget):
            form.addRow(label, field)
        else:
            form.addRow(label, field)  # the same call, typed for a layout

    def set_texts(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            if key in self.labels:
                self.labels[key].setText(text)
