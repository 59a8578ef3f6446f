"""The customer list: search as you type, filters, the comprehensive query, saved queries, and the lazily paged
table with a total that is estimated in the background."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import Condition, CustomerQuery, TotalEstimate
from crm_desktop.services.saved_queries import SavedQueryDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import error_text, show_error
from crm_desktop.ui.form_definitions import DefinitionWatcher, ListDefinition, base_list
from crm_desktop.ui.models.customer_table_model import (
    COLUMNS,
    ID_ROLE,
    SORT_ORDERS,
    CustomerTableModel,
)
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.modules.customers.list_columns import apply_list_layout
from crm_desktop.ui.modules.customers.query_dialog import CustomerQueryDialog
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo, ComboItem
from crm_desktop.ui.workers import run_in_background

SEARCH_DELAY_MS = 300
# Period presets (days) of the created and last-contact filters; a negative number means "not for N days".
CREATED_PRESETS = (7, 30, 90, 365)
CONTACT_PRESETS = (7, 30, 90, -30, -90, -180)
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

        self._conditions: tuple[Condition, ...] = ()
        self._match_any = False
        self._book = CodeBook()
        self._people: list[ComboItem] = []
        self._saved: list[SavedQueryDTO] = []
        self._applying = False

        self.search_edit = named(QLineEdit(), "customer_search")
        self.search_edit.setClearButtonEnabled(True)
        self.type_combo = CodeCombo()
        self.type_combo.setObjectName("customer_type_filter")
        self.mine_box = named(QCheckBox(), "customer_only_mine")
        self.more_button = named(QToolButton(), "customer_more_filters")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.query_button = named(QPushButton(), "customer_query_button")
        self.query_button.clicked.connect(self.open_query_dialog)
        self.saved_button = named(QPushButton(), "customer_saved_queries")
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)

        self.grade_combo = named(CodeCombo(), "customer_grade_filter")
        self.industry_combo = named(CodeCombo(), "customer_industry_filter")
        self.region_combo = named(CodeCombo(), "customer_region_filter")
        self.source_combo = named(CodeCombo(), "customer_source_filter")
        self.owner_combo = named(CodeCombo(), "customer_owner_filter")
        self.created_combo = named(QComboBox(), "customer_created_filter")
        self.contact_combo = named(QComboBox(), "customer_contact_filter")
        self.conditions_label = named(QLabel(), "customer_conditions")
        self.clear_button = named(QPushButton(), "customer_clear_filters")
        self.clear_button.clicked.connect(self.clear_filters)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        for combo in (self.type_combo, self.grade_combo, self.industry_combo, self.region_combo,
                      self.source_combo, self.owner_combo, self.created_combo, self.contact_combo):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.mine_box.toggled.connect(lambda _checked: self.apply_filters())

        # Two rows, so the list fits beside the detail pane and the quick panel on a 1366-pixel screen.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 3)
        search_row.addWidget(self.type_combo, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.mine_box)
        filters.addStretch(1)
        filters.addWidget(self.more_button)
        filters.addWidget(self.query_button)
        filters.addWidget(self.saved_button)

        self.filter_bar = named(QWidget(), "customer_filter_bar")
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.grade_combo, self.industry_combo, self.region_combo, self.source_combo,
                       self.owner_combo, self.created_combo, self.contact_combo):  # fmt: skip
            bar.addWidget(widget, 1)
        bar.addWidget(self.clear_button)
        self.filter_bar.setVisible(False)
        self.more_button.toggled.connect(self._show_filter_bar)
        self.conditions_label.setVisible(False)
        self.conditions_label.setWordWrap(True)
        self.conditions_label.linkActivated.connect(self._condition_link)

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
        # Columns from the list layout of the user's station; reloaded when a definition changes.
        self.list_definition = base_list("customer", model.workspace.user.station_code)
        self.columns = apply_list_layout(self.table, model, self.list_definition)
        self.list_definitions = DefinitionWatcher(model.workspace, "customer", "list", self)
        self.list_definitions.ready.connect(self.apply_list_definition)
        self.list_definitions.reload()

        self.status_label = named(QLabel(), "customer_list_status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.conditions_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

        model.loading_changed.connect(lambda _loading: self._update_status())
        model.rows_loaded.connect(self._rows_loaded)
        model.load_failed.connect(lambda _error: self._update_status())
        model.modelReset.connect(self._update_status)
        model.total_estimated.connect(lambda _estimate: self._update_status())
        model.rowsRemoved.connect(lambda *_: self._rows_removed())
        self.retranslate_ui()

    def apply_list_definition(self, definition: ListDefinition) -> None:
        self.list_definition = definition
        self.columns = apply_list_layout(self.table, self.model, definition)

    def _set_column_widths(self) -> None:
        char = self.fontMetrics().horizontalAdvance("中")
        padding = self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) * 2 + 12
        for column, chars in COLUMN_CHARS.items():
            self.table.setColumnWidth(COLUMNS.index(column), chars * char + padding)

    # ----- filters -----------------------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return self.model.workspace

    def set_code_book(self, book: CodeBook) -> None:
        self._book = book
        for combo, category in (
            (self.type_combo, "customer_type"),
            (self.grade_combo, "customer_grade"),
            (self.industry_combo, "industry"),
            (self.region_combo, "region"),
            (self.source_combo, "source"),
        ):
            blocked = combo.blockSignals(True)
            try:
                combo.set_items(book.combo_items(category))
            finally:
                combo.blockSignals(blocked)

    def _show_filter_bar(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        if shown and not self._people:
            run_in_background(self.workspace.colleagues, self._people_loaded, None, receiver=self)

    def _people_loaded(self, people: list[object]) -> None:
        self._people = [(p.id, p.full_name, p.full_name) for p in people]  # type: ignore[attr-defined]
        blocked = self.owner_combo.blockSignals(True)
        try:
            self.owner_combo.set_items(self._people)
        finally:
            self.owner_combo.blockSignals(blocked)

    def query(self) -> CustomerQuery:
        created = self.created_combo.currentData()
        contact = self.contact_combo.currentData()
        return CustomerQuery(
            text=self.search_edit.text().strip(),
            type_id=self.type_combo.value(),
            only_mine=self.mine_box.isChecked(),
            grade_id=self.grade_combo.value(),
            industry_id=self.industry_combo.value(),
            region_id=self.region_combo.value(),
            source_id=self.source_combo.value(),
            owner_id=self.owner_combo.value(),
            created_within_days=created,
            contacted_within_days=contact if contact is not None and contact > 0 else None,
            not_contacted_days=-contact if contact is not None and contact < 0 else None,
            conditions=self._conditions,
            match_any=self._match_any,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self._applying:
            return
        query = self.query()
        self._show_conditions()
        if query != self.model.query:
            self.model.set_query(query)

    def set_query(self, query: CustomerQuery) -> None:
        """Show `query` in the widgets (a saved query) and run it."""
        self._applying = True
        try:
            self.search_edit.setText(query.text)
            self.type_combo.set_value(query.type_id)
            self.mine_box.setChecked(query.only_mine)
            self.grade_combo.set_value(query.grade_id)
            self.industry_combo.set_value(query.industry_id)
            self.region_combo.set_value(query.region_id)
            self.source_combo.set_value(query.source_id)
            self.owner_combo.set_value(query.owner_id)
            self.created_combo.setCurrentIndex(max(self.created_combo.findData(query.created_within_days), 0))
            contact = query.contacted_within_days or (
                -query.not_contacted_days if query.not_contacted_days else None
            )
            self.contact_combo.setCurrentIndex(max(self.contact_combo.findData(contact), 0))
            self._conditions = query.conditions
            self._match_any = query.match_any
            extra = any(v is not None for v in (query.grade_id, query.industry_id, query.region_id,
                                                query.source_id, query.owner_id, query.created_within_days,
                                                contact))  # fmt: skip
            if extra:
                self.more_button.setChecked(True)
        finally:
            self._applying = False
        self.apply_filters()

    def clear_filters(self) -> None:
        self.set_query(CustomerQuery(text=self.search_edit.text().strip()))

    # ----- comprehensive and saved queries ----------------------------------------------------------------
    def open_query_dialog(self) -> None:
        custom = [f for f in self.list_definition.fields.values() if f.custom]
        dialog = CustomerQueryDialog(
            self._book, self._people, self._conditions, self._match_any, self, custom_fields=custom
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._conditions = dialog.conditions()
            self._match_any = dialog.match_any()
            self.apply_filters()

    def _show_conditions(self) -> None:
        count = len(self._conditions)
        self.conditions_label.setVisible(count > 0)
        if count:
            joined = self.tr("any") if self._match_any else self.tr("all")
            self.conditions_label.setText(
                self.tr("Comprehensive query: %n condition(s), matching {joined}.", "", count).format(
                    joined=joined
                )
                + f' <a href="edit">{self.tr("Edit")}</a> · <a href="clear">{self.tr("Remove")}</a>'
            )

    def _condition_link(self, link: str) -> None:
        if link == "edit":
            self.open_query_dialog()
        else:
            self._conditions = ()
            self._match_any = False
            self.apply_filters()

    def _fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("Save current query…"))
        save.setObjectName("action_save_query")
        save.triggered.connect(self.save_current_query)
        try:
            self._saved = self.workspace.saved_queries.list()
        except Exception as error:  # shown, the menu still offers saving
            show_error(self, error)
            self._saved = []
        if self._saved:
            menu.addSeparator()
            for saved in self._saved:
                action = menu.addAction(saved.name)
                action.triggered.connect(lambda _checked=False, q=saved.query: self.set_query(q))
            remove = menu.addMenu(self.tr("Delete saved query"))
            for saved in self._saved:
                action = remove.addAction(saved.name)
                action.triggered.connect(lambda _checked=False, i=saved.id: self.delete_saved_query(i))

    def save_current_query(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save query"), self.tr("Name of the query:"))
            if not ok:
                return None
        try:
            return self.workspace.saved_queries.save(name, self.query())
        except Exception as error:
            show_error(self, error)
            return None

    def delete_saved_query(self, query_id: int) -> None:
        try:
            self.workspace.saved_queries.delete(query_id)
        except Exception as error:
            show_error(self, error)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ----- sorting -----------------------------------------------------------------------------------------
    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        model = self.model
        if model.sortable_column(section):
            # A custom field column: ascending first, a second click reverses.
            again = model.column_of(model.sort_key) == section and not model.descending
            model.sort(section, Qt.SortOrder.DescendingOrder if again else Qt.SortOrder.AscendingOrder)
        # Only indexed columns sort; the indicator always shows the order the list is really in.
        blocked = header.blockSignals(True)
        header.setSortIndicator(model.column_of(model.sort_key), model.sort_order())
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
            self.status_label.setText(
                self.tr("%n customers loaded; scroll down for more", "", count)
                + " "
                + self.tr("(total: {total})").format(total=self._total_text(self.model.total))
            )

    def _total_text(self, estimate: TotalEstimate | None) -> str:
        if estimate is None:
            return self.tr("… (counting)")
        number = self.locale().toString(estimate.count)
        if estimate.exact:
            return number
        if estimate.at_least:
            return self.tr("more than {count}").format(count=number)
        return self.tr("about {count}").format(count=number)

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search name, phone…"))
        metrics = self.search_edit.fontMetrics()
        self.search_edit.setMinimumWidth(metrics.horizontalAdvance(self.search_edit.placeholderText()) + 40)
        self.search_edit.setToolTip(
            self.tr(
                "Finds customers whose name, short name, phone, mobile or contact names contain the text; "
                "pinyin (zhangsan) and initials (zs) find Chinese names, phone digits match however written"
            )
        )
        self.type_combo.set_none_text(self.tr("All types"))
        self.grade_combo.set_none_text(self.tr("All grades"))
        self.industry_combo.set_none_text(self.tr("All industries"))
        self.region_combo.set_none_text(self.tr("All regions"))
        self.source_combo.set_none_text(self.tr("All sources"))
        self.owner_combo.set_none_text(self.tr("All owners"))
        self._fill_period(self.created_combo, self.tr("Created: any time"), CREATED_PRESETS)
        self._fill_period(self.contact_combo, self.tr("Last contact: any"), CONTACT_PRESETS)
        self.mine_box.setText(self.tr("Only my customers"))
        self.more_button.setText(self.tr("Filters"))
        self.more_button.setToolTip(
            self.tr("Show filters by grade, industry, region, source, owner and dates")
        )
        self.query_button.setText(self.tr("Query…"))
        self.query_button.setToolTip(self.tr("Comprehensive query: combine several conditions"))
        self.saved_button.setText(self.tr("Saved queries"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._show_conditions()
        self.model.retranslate_ui()
        self._update_status()

    def _fill_period(self, combo: QComboBox, any_text: str, presets: tuple[int, ...]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(any_text, None)
            for days in presets:
                if combo is self.created_combo:
                    text = self.tr("Created in the last %n day(s)", "", days)
                elif days > 0:
                    text = self.tr("Contacted in the last %n day(s)", "", days)
                else:
                    text = self.tr("No contact for %n day(s)", "", -days)
                combo.addItem(text, days)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            combo.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
