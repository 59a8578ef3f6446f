"""The product columns shared by the product picker and the products page."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.products import ProductDTO


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _headers(with_cost: bool) -> list[str]:
    names = [
        QCoreApplication.translate("ProductTable", "Code"),
        QCoreApplication.translate("ProductTable", "Name"),
        QCoreApplication.translate("ProductTable", "Specification"),
        QCoreApplication.translate("ProductTable", "Unit"),
        QCoreApplication.translate("ProductTable", "Category"),
        QCoreApplication.translate("ProductTable", "Price"),
        QCoreApplication.translate("ProductTable", "List price"),
    ]
    return [*names, QCoreApplication.translate("ProductTable", "Cost price")] if with_cost else names


class ProductTable(QTableWidget):
    """Whole-row selection; `price` is the grade price the rows were loaded for."""

    def __init__(
        self, parent: QWidget | None = None, *, with_cost: bool = False, multi: bool = False
    ) -> None:
        super().__init__(parent)
        self.with_cost = with_cost
        self.rows: list[ProductDTO] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.retranslate_ui()
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((9, 14, 14, 3, 7, 6, 6, 6)[: self.columnCount()]):
            self.setColumnWidth(column, chars * char + 16)

    def show_rows(self, rows: list[ProductDTO]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, p in enumerate(rows):
            cells = [
                p.code,
                p.name,
                p.specification,
                p.unit,
                p.category_name,
                money(p.price),
                money(p.list_price),
            ]
            if self.with_cost:
                cells.append(money(p.cost_price))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 5:
                    item.setTextAlignment(right)
                if not p.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.setItem(r, c, item)

    def selected(self) -> list[ProductDTO]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def retranslate_ui(self) -> None:
        headers = _headers(self.with_cost)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
