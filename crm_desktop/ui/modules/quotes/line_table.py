"""The editable lines of a quote: product, unit, grade price, quantity, unit price, discount %, amount and
whether the line needs approval (below cost / below the grade price), recomputed as you type.

Bad input (a negative quantity, a discount over 100 %) marks the cell red with the message as its tooltip and
in the message line under the table; the typed text stays in the cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.quotes import (
    BAD_DISCOUNT,
    BAD_NUMBER,
    BAD_PRICE,
    BAD_QUANTITY,
    HUNDRED,
    QuoteLineInput,
    evaluate_line,
    to_decimal,
)
from crm_desktop.ui.errors import translate_error
from crm_desktop.ui.modules.quotes.common import cell, money, number_text, reason_text

COL_NAME, COL_UNIT, COL_GRADE, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT, COL_FLAG = range(8)
EDITABLE = {COL_QTY: "quantity", COL_PRICE: "unit_price", COL_DISCOUNT: "discount_pct"}
ERROR_BRUSH = QBrush(QColor("#f9d6d2"))
FLAG_COLOR = QColor("#b9770e")


@dataclass
class LineProduct:
    product_id: int
    name: str
    unit: str | None
    grade_price: Decimal
    cost_price: Decimal | None


class QuoteLineTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("quote_lines")
        self.products: list[LineProduct] = []
        self.errors: dict[tuple[int, int], str] = {}
        self._filling = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.itemChanged.connect(self._item_changed)
        self.retranslate_ui()

    # ----- content -----------------------------------------------------------------------------------------
    def add_line(self, product: LineProduct, quantity: Decimal = Decimal(1), unit_price: Decimal | None = None,
                 discount: Decimal = Decimal(0)) -> None:  # fmt: skip
        """Append a line (the same product again raises its quantity instead)."""
        for row, existing in enumerate(self.products):
            if existing.product_id == product.product_id and unit_price is None:
                current = to_decimal(self._text(row, COL_QTY)) or Decimal(0)
                self._set_text(row, COL_QTY, number_text(current + quantity))
                return
        self._filling = True
        row = self.rowCount()
        self.insertRow(row)
        self.products.append(product)
        self.setItem(row, COL_NAME, cell(product.name))
        self.setItem(row, COL_UNIT, cell(product.unit or ""))
        self.setItem(row, COL_GRADE, cell(money(product.grade_price), number=True))
        price = product.grade_price if unit_price is None else unit_price
        for col, text in ((COL_QTY, number_text(quantity)), (COL_PRICE, f"{price:.2f}"),
                          (COL_DISCOUNT, number_text(discount))):  # fmt: skip
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
        self.setItem(row, COL_AMOUNT, cell("", number=True))
        self.setItem(row, COL_FLAG, cell(""))
        self._filling = False
        self._recompute(row)
        self.changed.emit()

    def remove_selected(self) -> None:
        for index in sorted((i.row() for i in self.selectionModel().selectedRows()), reverse=True):
            self.removeRow(index)
            del self.products[index]
        self.errors = {}
        for row in range(self.rowCount()):
            self._recompute(row)
        self.changed.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def _set_text(self, row: int, col: int, text: str) -> None:
        item = self.item(row, col)
        if item is not None:
            item.setText(text)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() in EDITABLE:
            self._recompute(item.row())
            self.changed.emit()

    def _values(self, row: int) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return (to_decimal(self._text(row, COL_QTY)), to_decimal(self._text(row, COL_PRICE)),
                to_decimal(self._text(row, COL_DISCOUNT)))  # fmt: skip

    def _recompute(self, row: int) -> None:
        """Check the row's cells as typed, then show its amount and approval flag (blank while invalid)."""
        qty, price, discount = self._values(row)
        problems = {
            COL_QTY: BAD_NUMBER if qty is None else BAD_QUANTITY if qty <= 0 else None,
            COL_PRICE: BAD_NUMBER if price is None else BAD_PRICE if price < 0 else None,
            COL_DISCOUNT: BAD_NUMBER if discount is None else BAD_DISCOUNT if not 0 <= discount <= HUNDRED else None,
        }  # fmt: skip
        for col, message in problems.items():
            self._mark(row, col, message)
        self._filling = True
        if qty is None or price is None or discount is None or any(problems.values()):
            self._set_text(row, COL_AMOUNT, "")
            self._set_text(row, COL_FLAG, "")
        else:
            product = self.products[row]
            result = evaluate_line(qty, price, discount, product.grade_price, product.cost_price)
            self._set_text(row, COL_AMOUNT, money(result.amount))
            self._set_text(row, COL_FLAG, reason_text(result.reason))
            flag = self.item(row, COL_FLAG)
            if flag is not None:
                flag.setForeground(QBrush(FLAG_COLOR))
        self._filling = False

    def _mark(self, row: int, col: int, message: str | None) -> None:
        item = self.item(row, col)
        if item is None:
            return
        self._filling = True
        if message:
            self.errors[(row, col)] = message
            item.setBackground(ERROR_BRUSH)
            item.setToolTip(translate_error(message))
        else:
            self.errors.pop((row, col), None)
            item.setBackground(QBrush())
            item.setToolTip("")
        self._filling = False

    def show_errors(self, error: ValidationError) -> None:
        """Mark the cells a service refusal names ("line.<row>.<field>")."""
        columns = {name: col for col, name in EDITABLE.items()}
        for key, message in error.fields.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "line" and parts[2] in columns and parts[1].isdigit():
                self._mark(int(parts[1]), columns[parts[2]], message)

    def first_error(self) -> str | None:
        if not self.errors:
            return None
        return translate_error(self.errors[min(self.errors)])

    # ----- results -----------------------------------------------------------------------------------------
    def lines(self) -> list[QuoteLineInput]:
        """The lines as typed (unparseable numbers become NaN-free sentinels the service refuses)."""
        out = []
        for row, product in enumerate(self.products):
            qty, price, discount = self._values(row)
            out.append(QuoteLineInput(product.product_id, qty if qty is not None else Decimal(0),
                                      price if price is not None else Decimal(-1),
                                      discount if discount is not None else Decimal(-1)))  # fmt: skip
        return out

    def totals(self) -> tuple[Decimal, int]:
        """The sum of the valid lines' amounts and how many lines need approval."""
        total, flagged = Decimal(0), 0
        for row, product in enumerate(self.products):
            qty, price, discount = self._values(row)
            if qty is None or price is None or discount is None or qty <= 0 or price < 0:
                continue
            if not 0 <= discount <= HUNDRED:
                continue
            result = evaluate_line(qty, price, discount, product.grade_price, product.cost_price)
            total += result.amount
            flagged += result.reason in ("below_cost", "below_grade_price")
        return total, flagged

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Unit"), self.tr("Grade price"), self.tr("Quantity"),
             self.tr("Unit price"), self.tr("Discount %"), self.tr("Amount"), self.tr("Needs approval because")]
        )  # fmt: skip
        for row in range(self.rowCount()):
            if (row, COL_QTY) not in self.errors:
                self._recompute(row)
