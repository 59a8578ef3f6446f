"""The customer list's columns from the list layout the user's station resolves.

The model keeps its fixed columns (name, type, grade…; their sort keys and tooltips) and adds a column per other
field the layout names (mobile, source, custom fields…). The header then shows exactly the layout's columns, in
its order and widths; the others are hidden, not removed, so sorting and selection are unaffected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from crm_desktop.ui.form_definitions import ListDefinition
from crm_desktop.ui.models.customer_table_model import COLUMN_FIELDS, CustomerTableModel

FIXED_KEYS = frozenset(COLUMN_FIELDS.values())


def apply_list_layout(table: QTableView, model: CustomerTableModel, definition: ListDefinition) -> list[str]:
    """Show the layout's columns; returns the keys shown, in order (unknown keys are skipped)."""
    keys = [key for key in definition.layout.field_keys() if key in definition.fields or key in FIXED_KEYS]
    model.set_field_columns([definition.fields[key] for key in keys if key not in FIXED_KEYS])
    header = table.horizontalHeader()
    sections = {model.column_key(section): section for section in range(model.columnCount())}
    widths = {column.field: column.width for column in definition.layout.columns}
    for section in sections.values():
        header.setSectionHidden(section, True)
    for position, key in enumerate(keys):
        section = sections[key]
        header.setSectionHidden(section, False)
        header.moveSection(header.visualIndex(section), position)
        width = widths.get(key)
        if width:
            header.resizeSection(section, width)
    return keys
