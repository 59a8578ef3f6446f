"""A QTableWidget list's columns from the list layout the user's station resolves (opportunities, quotes…).

The page says how each built-in column key shows a row (`Column`: header in the UI language, cell text, alignment);
the layout picks which columns show, in which order and widths. A layout column the page does not map shows the
field's value through values.display: a custom field's from the row's `extra`, a built-in one's from the row's
attribute of that name. `ListColumns` follows definition changes live: `changed` asks the page to fill again.
Every cell carries the row's id (Qt.UserRole), so selection works whichever column comes first.
A table given to `enable_sorting` sorts on the server: a header click picks `sort` (the column, again: the other
direction) and emits `sort_changed` for the page to load again; the layout's default sort applies until then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.values import Lookups, display
from crm_desktop.services.list_sort import ListSort
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import DefinitionWatcher, ListDefinition, base_list
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.workers import run_in_background

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMBER_TYPES = ("integer", "decimal", "money")


@dataclass(frozen=True)
class Column:
    """How a page shows one built-in column: its header (called when headers are set, so it follows the
    language) and a row's cell text."""

    header: Callable[[], str]
    text: Callable[[Any], str]
    number: bool = False  # right-aligned


class ListColumns(QObject):
    """The columns of an entity's list as the station's layout says (base layout at once, the stored one when it
    has loaded, again whenever a definition is saved)."""

    changed = Signal()  # the columns changed: fill the tables again
    sort_changed = Signal()  # `sort` changed: load the list again from its first page

    def __init__(
        self,
        workspace: Workspace,
        entity: str,
        columns: Mapping[str, Column],
        parent: QObject | None = None,
        *,
        stretch: str | None = None,
        row_id: Callable[[Any], object] = lambda row: row.id,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.columns, self.stretch, self.row_id = workspace, dict(columns), stretch, row_id
        self.definition: ListDefinition = base_list(entity, workspace.user.station_code)
        self.lookups = Lookups()
        self.keys = self._keys(self.definition)
        self.sort: ListSort | None = _layout_sort(self.definition)  # None: the service's default order
        self._sort_chosen = False  # a header was clicked: the layout's default no longer applies
        self._sorted: list[QTableWidget] = []
        self._generation = 0
        self._looking_up = False
        self.watcher = DefinitionWatcher(workspace, entity, "list", self)
        self.watcher.ready.connect(self._loaded)
        self.watcher.reload()

    def is_loading(self) -> bool:
        return self.watcher.is_loading() or self._looking_up

    def _keys(self, definition: ListDefinition) -> list[str]:
        return [k for k in definition.layout.field_keys() if k in self.columns or k in definition.fields]

    def _loaded(self, definition: ListDefinition) -> None:
        self._generation += 1
        generation = self._generation
        shown = [definition.fields[k] for k in self._keys(definition) if k not in self.columns]
        if not any(f.code_table or f.type == "user" for f in shown):
            self._apply(generation, definition, Lookups())
            return
        db = self.workspace.db
        self._looking_up = True
        run_in_background(
            lambda: store.lookups_for(db, shown),
            lambda lookups: self._apply(generation, definition, lookups),
            lambda _error: self._apply(generation, definition, Lookups()),  # ids shown as they are
            receiver=self,
        )

    def _apply(self, generation: int, definition: ListDefinition, lookups: Lookups) -> None:
        if generation != self._generation:
            return
        self._looking_up = False
        keys = self._keys(definition)
        self.definition, self.lookups, self.keys = definition, lookups, keys
        self.changed.emit()
        if not self._sort_chosen and _layout_sort(definition) != self.sort:
            self.sort = _layout_sort(definition)
            self.sort_changed.emit()

    # ----- sorting ---------------------------------------------------------------------------------------------
    def enable_sorting(self, table: QTableWidget) -> None:
        """Header clicks on `table` sort the list on the server (see `sort`, `sort_changed`)."""
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(lambda section: self._header_clicked(table, section))
        self._sorted.append(table)

    def _header_clicked(self, table: QTableWidget, section: int) -> None:
        if not 0 <= section < len(self.keys):
            return
        key = self.keys[section]
        again = self.sort is not None and self.sort.key == key
        self.sort = ListSort(key, descending=again and self.sort is not None and not self.sort.descending)
        self._sort_chosen = True
        for sorted_table in self._sorted:
            self._show_sort(sorted_table)
        self.sort_changed.emit()

    def _show_sort(self, table: QTableWidget) -> None:
        header = table.horizontalHeader()
        if self.sort is None or self.sort.key not in self.keys:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        order = Qt.SortOrder.DescendingOrder if self.sort.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.keys.index(self.sort.key), order)

    # ----- showing ---------------------------------------------------------------------------------------------
    def header(self, key: str) -> str:
        column = self.columns.get(key)
        return (
            column.header() if column is not None else self.definition.fields[key].label(current_language())
        )

    def set_headers(self, table: QTableWidget) -> None:
        if table.columnCount() != len(self.keys):
            table.setColumnCount(len(self.keys))
        table.setHorizontalHeaderLabels([self.header(k) for k in self.keys])

    def cell(self, row: Any, key: str) -> QTableWidgetItem:
        column = self.columns.get(key)
        if column is not None:
            item = QTableWidgetItem(column.text(row))
            number = column.number
        else:
            f = self.definition.fields[key]
            value = (getattr(row, "extra", None) or {}).get(key) if f.custom else getattr(row, key, None)
            item = QTableWidgetItem(display(value, f, self.lookups, current_language()))
            number = f.type in _NUMBER_TYPES
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, self.row_id(row))
        if number:
            item.setTextAlignment(RIGHT)
        return item

    def fill(self, table: QTableWidget, rows: Sequence[Any]) -> None:
        """Headers, cells, then widths: fitted to the contents, at least the layout's width."""
        self.set_headers(table)
        if table in self._sorted:
            self._show_sort(table)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(self.keys):
                table.setItem(r, c, self.cell(row, key))
        header = table.horizontalHeader()
        widths = {column.field: column.width for column in self.definition.layout.columns}
        content = 0  # the stretch column's own need
        for c, key in enumerate(self.keys):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            table.resizeColumnToContents(c)  # never clipped: the layout's width is the least a column gets
            if key == self.stretch:
                content = table.columnWidth(c)
            table.setColumnWidth(c, max(table.columnWidth(c), widths.get(key) or 0))
        # The stretch column takes the room left over — only when its texts fit in it: a Stretch section in a
        # table wider than its view shrinks to the minimum and clips them.
        if self.stretch in self.keys:
            c = self.keys.index(self.stretch)
            others = sum(table.columnWidth(i) for i in range(len(self.keys)) if i != c)
            if others + content <= table.viewport().width():
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)

    def retranslate(self, table: QTableWidget) -> None:
        """Headers (and custom values: choice labels, yes/no) in the new language."""
        self.set_headers(table)


def _layout_sort(definition: ListDefinition) -> ListSort | None:
    """The list layout's default sort (designer), if it names one."""
    layout = definition.layout
    return ListSort(layout.sort_field, layout.sort_descending) if layout.sort_field else None
