"""The customer list: search as you type, a type filter, "only mine", and the lazily paged table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerQuery
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.models.customer_table_model import (
    COLUMNS,
    ID_ROLE,
    SORT_KEYS,
    SORT_ORDERS,
    CustomerTableModel,
)
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo

SEARCH_DELAY_MS = 300
# Column widths in CJK characters (a full-width character is the widest common glyph).
COLUMN_CHARS = {
    "name": 14,
    "type": 6,
    "grade": 6,
    "industry": 7,
    "region": 10,
    "phone": 9,
    "owner": 5,
    "last_contact": 6,
    "created": 6,
}


class CustomerListView(QWidget):
    """Emits `customer_selected(id)` when the user picks a customer (not when a reload re-selects it)."""

    customer_selected = Signal(int)

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_list_view")
        self.model = model
        self._quiet = False
        self._wanted_id: int | None = None

        self.search_edit = named(QLineEdit(), "customer_search")
        self.search_edit.setClearButtonEnabled(True)
        self.type_combo = CodeCombo()
        self.type_combo.setObjectName("customer_type_filter")
        self.mine_box = named(QCheckBox(), "customer_only_mine")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.type_combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.mine_box.toggled.connect(lambda _checked: self.apply_filters())

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.type_combo, 1)
        filters.addWidget(self.mine_box)

        self.table = named(QTableView(), "customer_list")
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMNS.index("name"), SORT_ORDERS["name"])
        header.sectionClicked.connect(self._header_clicked)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("中") * 3)
        self._set_column_widths()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.status_label = named(QLabel(), "customer_list_status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

        model.loading_changed.connect(lambda _loading: self._update_status())
        model.rows_loaded.connect(self._rows_loaded)
        model.load_failed.connect(lambda _error: self._update_status())
        model.modelReset.connect(self._update_status)
        model.rowsRemoved.connect(lambda *_: self._rows_removed())
        self.retranslate_ui()

    def _set_column_widths(self) -> None:
        char = self.fontMetrics().horizontalAdvance("中")
        padding = self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) * 2 + 12
        for column, chars in COLUMN_CHARS.items():
            self.table.setColumnWidth(COLUMNS.index(column), chars * char + padding)

    # ----- filters -----------------------------------------------------------------------------------------
    def set_code_book(self, book: CodeBook) -> None:
        blocked = self.type_combo.blockSignals(True)
        try:
            self.type_combo.set_items(book.combo_items("customer_type"))
        finally:
            self.type_combo.blockSignals(blocked)

    def query(self) -> CustomerQuery:
        return CustomerQuery(
            text=self.search_edit.text().strip(),
            type_id=self.type_combo.value(),
            only_mine=self.mine_box.isChecked(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.query()
        if query != self.model.query:
            self.model.set_query(query)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ----- sorting -----------------------------------------------------------------------------------------
    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        current = self.model.sort_key
        if CustomerTableModel.sortable_column(section):
            key = SORT_KEYS[COLUMNS[section]]
            self.model.sort(section)
            current = key
        # Only the indexed columns sort; the indicator always shows the order the list is really in.
        blocked = header.blockSignals(True)
        header.setSortIndicator(CustomerTableModel.column_of(current), SORT_ORDERS[current])
        header.blockSignals(blocked)

    # ----- selection ---------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, customer_id: int | None, *, quiet: bool = True) -> bool:
        """Select the customer's row if it is loaded (otherwise once it arrives); `quiet` emits nothing."""
        self._wanted_id = customer_id
        if customer_id is None:
            return False
        row = self.model.find_row(customer_id)
        if row is None:
            return False
        self._quiet = quiet
        try:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        finally:
            self._quiet = False
        return True

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._quiet or self.model.removing:
            return  # cleared, restored by code, or moved by Qt because the selected row left the list
        value = self.model.data(self.model.index(indexes[0].row(), 0), ID_ROLE)
        if value is not None:
            self._wanted_id = int(value)
            self.customer_selected.emit(int(value))

    def _rows_removed(self) -> None:
        """Don't leave a row highlighted that the detail pane is not showing."""
        if self.current_id() != self._wanted_id:
            self._quiet = True
            try:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            finally:
                self._quiet = False

    def _rows_loaded(self, _count: int) -> None:
        if self._wanted_id is not None and not self.table.currentIndex().isValid():
            self.select_id(self._wanted_id)
        self._update_status()

    # ----- texts -------------------------------------------------------------------------------------------
    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.model.last_error is not None:
            self.status_label.setStyleSheet("color: #c0392b;")
            self.status_label.setText(
                self.tr("The list could not be loaded: {error}").format(
                    error=error_text(self.model.last_error)
                )
            )
            return
        self.status_label.setStyleSheet("")
        if self.model.is_loading():
            self.status_label.setText(self.tr("Loading…"))
        elif count == 1:
            self.status_label.setText(self.tr("1 customer loaded"))
        elif self.model.is_complete():
            self.status_label.setText(self.tr("%n customers loaded", "", count))
        else:
            self.status_label.setText(self.tr("%n customers loaded; scroll down for more", "", count))

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search name, phone…"))
        metrics = self.search_edit.fontMetrics()
        self.search_edit.setMinimumWidth(metrics.horizontalAdvance(self.search_edit.placeholderText()) + 40)
        self.search_edit.setToolTip(
            self.tr("Finds customers whose name, short name, phone or mobile contains the text")
        )
        self.type_combo.set_none_text(self.tr("All types"))
        self.mine_box.setText(self.tr("Only my customers"))
        self.model.retranslate_ui()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
