"""A QTableWidget list's columns from the list layout the user's station resolves (opportunities, quotes…).

The page says how each built-in column key shows a row (`Column`: header in the UI language, cell text, alignment);
the layout picks which columns show, in which order and widths. A layout column the page does not map shows the
field's value through values.display: a custom field's from the row's `extra`, a built-in one's from the row's
attribute of that name. `ListColumns` follows definition changes live: `changed` asks the page to fill again.
Every cell carries the row's id (Qt.UserRole), so selection works whichever column comes first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.values import Lookups, display
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
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(self.keys):
                table.setItem(r, c, self.cell(row, key))
        header = table.horizontalHeader()
        widths = {column.field: column.width for column in self.definition.layout.columns}
        for c, key in enumerate(self.keys):
            stretch = key == self.stretch
            header.setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            )
            if stretch:
                continue
            table.resizeColumnToContents(c)  # never clipped: the layout's width is the least a column gets
            table.setColumnWidth(c, max(table.columnWidth(c), widths.get(key) or 0))

    def retranslate(self, table: QTableWidget) -> None:
        """Headers (and custom values: choice labels, yes/no) in the new language."""
        self.set_headers(table)
