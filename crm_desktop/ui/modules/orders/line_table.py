"""The editable lines of an order: product, unit, quantity, price, discount %, amount; totals as you type."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.order_state import line_amount
from crm_desktop.services.orders import OrderLineInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.orders.common import cell, money, parse_decimal, quantity
from crm_desktop.ui.widgets.product_picker import ProductPickerDialog

COL_NAME, COL_UNIT, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT = range(6)
EDITABLE = (COL_QTY, COL_PRICE, COL_DISCOUNT)


@dataclass
class _Line:
    product_id: int | None
    description: str
    unit: str | None


class LineTable(QTableWidget):
    total_changed = Signal(object)  # Decimal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("order_lines")
        self._lines: list[_Line] = []
        self._filling = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.itemChanged.connect(self._changed)
        self.retranslate_ui()

    def add_line(
        self,
        product_id: int | None,
        description: str,
        unit: str | None,
        qty: Decimal,
        price: Decimal,
        discount: Decimal = Decimal(0),
    ) -> None:
        """Add a line; the same product again raises the quantity of its line instead."""
        for row, line in enumerate(self._lines):
            if product_id is not None and line.product_id == product_id:
                current = parse_decimal(self._text(row, COL_QTY)) or Decimal(0)
                self._set(row, COL_QTY, quantity(current + qty))
                return
        self._filling = True
        row = self.rowCount()
        self.insertRow(row)
        self._lines.append(_Line(product_id, description, unit))
        self.setItem(row, COL_NAME, cell(description))
        self.setItem(row, COL_UNIT, cell(unit or ""))
        for col, value in (
            (COL_QTY, quantity(qty)),
            (COL_PRICE, f"{price:.2f}"),
            (COL_DISCOUNT, quantity(discount)),
        ):
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
        self.setItem(row, COL_AMOUNT, cell("", number=True))
        self._filling = False
        self._recompute()

    def pick_products(self, workspace: Workspace, grade_id: int | None, parent: QWidget) -> None:
        """The product picker at `grade_id`'s prices (over `parent`); each product chosen comes in once."""
        dialog = ProductPickerDialog(workspace, grade_id, parent, multi=True)
        if dialog.exec():
            for p in dialog.selected_products:
                self.add_line(p.id, p.name, p.unit, Decimal(1), p.price)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
            del self._lines[row]
        self._recompute()

    def clear_lines(self) -> None:
        self.setRowCount(0)
        self._lines.clear()
        self._recompute()

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def _set(self, row: int, col: int, text: str) -> None:
        item = self.item(row, col)
        if item is not None:
            item.setText(text)

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() in EDITABLE:
            self._recompute()

    def _recompute(self) -> None:
        total = Decimal(0)
        self._filling = True
        for row in range(self.rowCount()):
            qty, price, discount = (parse_decimal(self._text(row, c)) for c in EDITABLE)
            amount = None
            if qty is not None and price is not None and discount is not None:
                amount = line_amount(qty, price, discount)
                total += amount
            self._set(row, COL_AMOUNT, money(amount) if amount is not None else "?")
        self._filling = False
        self.total_changed.emit(total)

    def total(self) -> Decimal:
        total = Decimal(0)
        for row in range(self.rowCount()):
            total += parse_decimal(self._text(row, COL_AMOUNT)) or Decimal(0)
        return total

    def inputs(self) -> list[OrderLineInput]:
        """The lines as typed (unparsable numbers are passed on as text so the service names the line)."""
        out = []
        for row, line in enumerate(self._lines):
            values = [parse_decimal(self._text(row, c)) for c in EDITABLE]
            qty, price, discount = (
                v if v is not None else self._text(row, c) for v, c in zip(values, EDITABLE, strict=True)
            )
            out.append(OrderLineInput(line.product_id, line.description, line.unit, qty, price, discount))
        return out

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Unit"),
                self.tr("Quantity"),
                self.tr("Price"),
                self.tr("Discount %"),
                self.tr("Amount"),
            ]
        )
