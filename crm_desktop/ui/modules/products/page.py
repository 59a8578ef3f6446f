"""The Products module page: the category tree on the left, the product list (search as you type, pinyin too)
on the right, with new / edit / delete and print of the list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.products import CategoryDTO, CategoryInput, ProductDTO, ProductQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.products.product_dialog import ProductDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.widgets.product_table import ProductTable
from crm_desktop.ui.workers import run_in_background

ALL = -1


@dataclass(frozen=True)
class _Loaded:
    categories: list[CategoryDTO]
    products: list[ProductDTO]


class ProductsPage(QWidget):
    module_key = "products"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("products_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace
        self.categories: list[CategoryDTO] = []
        self.grades: list[CodeDTO] = []
        self.loading = False
        user = workspace.user
        self.tree = named(QTreeWidget(), "product_categories")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self.reload())
        self.btn_add_category = named(QPushButton(), "category_add")
        self.btn_add_category.clicked.connect(self.add_category)
        self.btn_rename_category = named(QPushButton(), "category_rename")
        self.btn_rename_category.clicked.connect(self.rename_category)
        self.btn_delete_category = named(QPushButton(), "category_delete")
        self.btn_delete_category.clicked.connect(self.delete_category)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search = named(QLineEdit(), "products_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.show_inactive = named(QCheckBox(), "products_show_inactive")
        self.show_inactive.toggled.connect(lambda _c: self.reload())
        self.table = named(ProductTable(self, with_cost=user.can("products", "edit")), "products_table")
        self.table.setColumnHidden(5, True)  # no customer grade here: the price is the list price
        self.table.doubleClicked.connect(lambda _i: self.edit_product())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count_label = named(QLabel(), "products_count")
        self.btn_new = named(QPushButton(), "product_new")
        self.btn_new.clicked.connect(self.new_product)
        self.btn_edit = named(QPushButton(), "product_edit")
        self.btn_edit.clicked.connect(self.edit_product)
        self.btn_delete = named(QPushButton(), "product_delete")
        self.btn_delete.clicked.connect(self.delete_product)
        self.btn_print = named(QPushButton(), "products_print")
        self.btn_print.clicked.connect(self.print_list)
        self.btn_print.setVisible(user.can("products", "print"))
        for button, op in (
            (self.btn_new, "create"),
            (self.btn_add_category, "create"),
            (self.btn_rename_category, "edit"),
            (self.btn_edit, "edit"),
            (self.btn_delete, "delete"),
            (self.btn_delete_category, "delete"),
        ):
            button.setVisible(user.can("products", op))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        cat_buttons = QHBoxLayout()
        for button in (self.btn_add_category, self.btn_rename_category, self.btn_delete_category):
            cat_buttons.addWidget(button)
        left_layout.addLayout(cat_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for button in (self.btn_new, self.btn_edit, self.btn_delete, self.btn_print):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        right_layout.addLayout(actions)
        splitter = named(QSplitter(), "products_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.reload()

    # ----- loading -------------------------------------------------------------------------------------------
    def category_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ALL
        return None if value in (None, ALL) else int(value)

    def query(self) -> ProductQuery:
        return ProductQuery(self.search.text(), self.category_id(), not self.show_inactive.isChecked())

    def reload(self) -> None:
        self.loading = True
        ws, query, need_grades = self.workspace, self.query(), not self.grades

        def job() -> tuple[_Loaded, list[CodeDTO] | None]:
            grades = ws.codes("customer_grade") if need_grades else None
            return _Loaded(ws.products.categories(), ws.products.search(query)), grades

        run_in_background(job, self._loaded, self._failed, receiver=self)

    def _loaded(self, result: tuple[_Loaded, list[CodeDTO] | None]) -> None:
        loaded, grades = result
        self.loading = False
        if grades is not None:
            self.grades = grades
        if loaded.categories != self.categories:
            self.categories = loaded.categories
            self._fill_tree()
        self.table.show_rows(loaded.products)
        self.count_label.setText(self.tr("%n product(s)", "", len(loaded.products)))
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        show_error(self, error)

    def _fill_tree(self) -> None:
        current = self.category_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("All products")])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.tree.addTopLevelItem(root)
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(self.categories)
        while pending:
            rest = []
            for c in pending:
                parent = root if c.parent_id is None else items.get(c.parent_id)
                if parent is None:
                    rest.append(c)
                    continue
                item = QTreeWidgetItem(parent, [f"{c.name} ({c.products})" if c.products else c.name])
                item.setData(0, Qt.ItemDataRole.UserRole, c.id)
                items[c.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        self.tree.expandAll()
        self.tree.setCurrentItem(items.get(current, root) if current is not None else root)
        self.tree.blockSignals(False)

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity in ("product", "product_category") and not self.loading:
            self.reload()

    def _update_buttons(self) -> None:
        one = len(self.table.selected()) == 1
        self.btn_edit.setEnabled(one)
        self.btn_delete.setEnabled(one)
        self.btn_rename_category.setEnabled(self.category_id() is not None)
        self.btn_delete_category.setEnabled(self.category_id() is not None)

    # ----- products ------------------------------------------------------------------------------------------
    def new_product(self) -> ProductDialog:
        dialog = ProductDialog(
            self.workspace, self.categories, self.grades, None, self, category_id=self.category_id()
        )
        dialog.open()
        return dialog

    def edit_product(self) -> ProductDialog | None:
        selected = self.table.selected()
        if len(selected) != 1 or not self.workspace.user.can("products", "edit"):
            return None
        try:
            detail = self.workspace.products.get(selected[0].id)
        except Exception as error:
            show_error(self, error)
            return None
        dialog = ProductDialog(self.workspace, self.categories, self.grades, detail, self)
        dialog.open()
        return dialog

    def delete_product(self, *, confirm: bool = True) -> None:
        selected = self.table.selected()
        if len(selected) != 1:
            return
        product = selected[0]
        if confirm and (
            QMessageBox.question(
                self, self.tr("Delete product"), self.tr("Delete “%1”?").replace("%1", product.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.workspace.products.delete(product.id)
        except Exception as error:
            show_error(self, error)
            return
        app_signals().records_changed.emit("product", [product.id])

    def print_list(self) -> None:
        from crm_desktop.ui.print_actions import print_products

        print_products(self, self.workspace, self.query())

    # ----- categories ----------------------------------------------------------------------------------------
    def add_category(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name"))
            if not ok:
                return
        self._save_category(CategoryInput(name, parent_id=self.category_id()), None)

    def rename_category(self, name: str | None = None) -> None:
        cid = self.category_id()
        category = next((c for c in self.categories if c.id == cid), None)
        if category is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename category"), self.tr("Name"), text=category.name
            )
            if not ok:
                return
        self._save_category(CategoryInput(name, category.code, category.parent_id, category.sort_order), cid)

    def _save_category(self, data: CategoryInput, category_id: int | None) -> None:
        try:
            self.workspace.products.save_category(data, category_id)
        except Exception as error:
            show_error(self, error)
            return
        app_signals().records_changed.emit("product_category", [])

    def delete_category(self) -> None:
        cid = self.category_id()
        if cid is None:
            return
        try:
            self.workspace.products.delete_category(cid)
        except Exception as error:
            show_error(self, error)
            return
        app_signals().records_changed.emit("product_category", [cid])

    # ----- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, code, specification or pinyin"))
        self.show_inactive.setText(self.tr("Show inactive"))
        self.btn_add_category.setText(self.tr("Add…"))
        self.btn_rename_category.setText(self.tr("Rename…"))
        self.btn_delete_category.setText(self.tr("Delete"))
        self.btn_new.setText(self.tr("&New product…"))
        self.btn_edit.setText(self.tr("&Edit…"))
        self.btn_delete.setText(self.tr("&Delete"))
        self.btn_print.setText(self.tr("&Print…"))
        self.table.retranslate_ui()
        if self.table.rows:
            self.table.show_rows(self.table.rows)
        root = self.tree.topLevelItem(0)
        if root is not None:
            root.setText(0, self.tr("All products"))
