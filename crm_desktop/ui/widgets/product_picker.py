"""A dialog to pick products for a quote, order or opportunity: search as you type (Chinese, pinyin, initials,
code), a category filter, prices resolved for the customer's grade.

    dialog = ProductPickerDialog(workspace, grade_id, parent, multi=True)
    if dialog.exec():
        for product in dialog.selected_products: ...   # ProductDTO, product.price = the grade price
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.products import CategoryDTO, ProductDTO, ProductQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.widgets.product_table import ProductTable
from crm_desktop.ui.workers import run_in_background

SEARCH_DELAY_MS = 200


def category_paths(categories: list[CategoryDTO]) -> list[tuple[int, str]]:
    """(id, "办公设备 / 打印机") in tree order."""
    children: dict[int | None, list[CategoryDTO]] = {}
    for c in categories:
        children.setdefault(c.parent_id, []).append(c)
    out: list[tuple[int, str]] = []

    def walk(parent: int | None, prefix: str) -> None:
        for c in children.get(parent, []):
            path = f"{prefix}{c.name}"
            out.append((c.id, path))
            walk(c.id, f"{path} / ")

    walk(None, "")
    return out


class ProductPickerDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        grade_id: int | None,
        parent: QWidget | None = None,
        *,
        multi: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product_picker")
        self.workspace = workspace
        self.grade_id = grade_id
        self.selected_products: list[ProductDTO] = []
        self.loading = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search = named(QLineEdit(), "product_picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.category = named(QComboBox(), "product_picker_category")
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.search_label = QLabel()
        self.count_label = named(QLabel(), "product_picker_count")
        self.table = named(ProductTable(self, multi=multi), "product_picker_table")
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 2)
        top.addWidget(self.category, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(900, 520)
        self.retranslate_ui()
        self.search.setFocus()
        self._load_categories()
        self.reload()

    def _load_categories(self) -> None:
        run_in_background(self.workspace.products.categories, self._categories_loaded, None, receiver=self)

    def _categories_loaded(self, categories: list[CategoryDTO]) -> None:
        self.category.blockSignals(True)
        for cid, path in category_paths(categories):
            self.category.addItem(path, cid)
        self.category.blockSignals(False)

    def query(self) -> ProductQuery:
        data = self.category.currentData()
        return ProductQuery(self.search.text(), data if isinstance(data, int) else None, True, self.grade_id)

    def reload(self) -> None:
        if self.loading:  # one load at a time; the newest text wins
            self._again = True
            return
        self.loading = True
        query, service = self.query(), self.workspace.products
        run_in_background(lambda: service.search(query), self._loaded, self._failed, receiver=self)

    def _loaded(self, rows: list[ProductDTO]) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.reload()
            return
        self.table.show_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("%n product(s)", "", len(rows)))

    def _failed(self, error: Exception) -> None:
        self.loading = False
        show_error(self, error)

    def _enter(self) -> None:
        if self._timer.isActive() or self.loading:
            self._timer.stop()
            self.reload()
        else:
            self.accept()

    def accept(self) -> None:
        self.selected_products = self.table.selected()
        if self.selected_products:
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose products"))
        self.search_label.setText(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Name, code or pinyin (e.g. dyj)"))
        if self.category.count() == 0:
            self.category.addItem("", None)
        self.category.setItemText(0, self.tr("All categories"))
        self.table.retranslate_ui()
        if self.table.rows:
            self.table.show_rows(self.table.rows)
