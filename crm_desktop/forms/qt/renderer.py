"""FormRenderer: an entry form built from a definition (FormLayout + FieldDefs), bound to a dict of JSON values.

One QGroupBox per section; in it a grid of 1–4 columns, each cell a label, the field's editor and an error label
under it. Cell conditions (services.definitions.conditions) are re-evaluated on every edit: a cell shows or hides,
its label gains or loses the required mark, its editor turns read-only. The tab order runs row by row. A new
definition (`set_definition`) rebuilds the widgets and puts back what the form held, so typed input is never lost;
values of fields the form does not show (e.g. a custom field taken off the layout) are kept and returned too.

The renderer knows nothing about the database or the entity: the screen supplies the definition, the lookups
(code items, users) and the locale, reads `values()` and hands back messages with `show_errors`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.forms.qt.editors import (
    ChoiceEditor,
    Editor,
    Lookups,
    MultiChoiceEditor,
    StaticLookups,
    make_editor,
)
from crm_desktop.services.definitions.conditions import CellState, cell_state
from crm_desktop.services.definitions.schema import Cell, FieldDef, FormLayout, Section

REQUIRED_MARK = '{label} <span style="color:#c0392b;">*</span>'
ERROR_STYLE = "color: #c0392b;"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class _Slot:
    """One placed cell: its field, editor, label, the box holding editor + error, and its current state."""

    def __init__(
        self, cell: Cell, field: FieldDef, editor: Editor, label: QLabel, box: QWidget, error: QLabel
    ):
        self.cell, self.field, self.editor = cell, field, editor
        self.label, self.box, self.error = label, box, error
        self.state = CellState(True, field.required or cell.required, cell.read_only)


class FormRenderer(QWidget):
    """The form of one record. `changed` fires on every edit by the user (not when values are set)."""

    changed = Signal()

    def __init__(
        self,
        layout: FormLayout,
        fields: Mapping[str, FieldDef],
        lookups: Lookups | None = None,
        locale: str = "zh_CN",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("form_renderer")
        self._lookups: Lookups = lookups or StaticLookups()
        self._locale = locale
        self._read_only = False
        self._narrow = False
        self._loading = False
        self._values: dict[str, Any] = {}  # values of fields not shown (kept, returned by values())
        self.layout_def = layout
        self.field_defs: dict[str, FieldDef] = dict(fields)
        self.slots: dict[str, _Slot] = {}
        self.editors: dict[str, Editor] = {}
        self.fields: dict[str, QWidget] = {}  # key -> the input widget ("field_<key>")
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._grids: list[tuple[Section, QGridLayout]] = []
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._build()
        self.set_values({}, defaults=True)  # a new record: every field at its default

    # ----- definition --------------------------------------------------------------------------------------
    def set_definition(self, layout: FormLayout, fields: Mapping[str, FieldDef]) -> None:
        """Rebuild from a new definition, keeping every value the form holds (typed input included)."""
        values = self.values()
        errors = {key: label.text() for key, label in self.error_labels.items() if label.text()}
        focused = next(
            (k for k, w in self.fields.items() if w.hasFocus() or w.isAncestorOf(self.focusWidget())), None
        )
        self.layout_def = layout
        self.field_defs = dict(fields)
        self._teardown()
        self._build()
        self.set_values(values)
        self.show_errors(errors)
        if focused in self.fields:
            self.fields[focused].setFocus()

    def set_lookups(self, lookups: Lookups) -> None:
        self._lookups = lookups
        for editor in self.editors.values():
            if isinstance(editor, ChoiceEditor | MultiChoiceEditor):
                editor.set_lookups(lookups)
        self._apply_conditions()

    def set_locale(self, locale: str) -> None:
        self._locale = locale
        self.retranslate_ui()

    def _teardown(self) -> None:
        while self._outer.count():
            item = self._outer.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.slots.clear()
        self.editors.clear()
        self.fields.clear()
        self.labels.clear()
        self.error_labels.clear()
        self.groups.clear()
        self._grids.clear()

    def _build(self) -> None:
        char = self.fontMetrics().horizontalAdvance("中")
        self._line_height = QLineEdit().sizeHint().height()
        for section in self.layout_def.sections:
            group = QGroupBox()
            group.setObjectName(f"section_{section.key}")
            grid = QGridLayout(group)
            grid.setHorizontalSpacing(max(char, 8))
            self.groups[section.key] = group
            self._grids.append((section, grid))
            for cell in (c for row in section.rows for c in row):
                field = self.field_defs.get(cell.field)
                if field is None or cell.field in self.slots:
                    continue  # unknown or duplicate (validation refuses both before saving)
                self._add_slot(cell, field, char)
            self._outer.addWidget(group)
        self._outer.addStretch(1)
        self._place()
        order = [slot.editor.widget for slot in self.slots.values()]
        for previous, widget in itertools.pairwise(order):
            QWidget.setTabOrder(previous, widget)
        self.retranslate_ui()

    def _add_slot(self, cell: Cell, field: FieldDef, char: int) -> None:
        editor = make_editor(field, self._lookups)
        editor.changed.connect(self._edited)
        if field.type not in ("textarea", "multichoice", "bool", "date", "datetime"):
            editor.widget.setMinimumWidth(char * 11)
        label = QLabel()
        label.setObjectName(f"label_{field.key}")
        label.setBuddy(editor.widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(self._line_height)  # level with the first line of its field
        error = QLabel()
        error.setObjectName(f"error_{field.key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(editor.widget)
        box_layout.addWidget(error)
        box.setFocusProxy(editor.widget)
        slot = _Slot(cell, field, editor, label, box, error)
        self.slots[field.key] = slot
        self.editors[field.key] = editor
        self.fields[field.key] = editor.widget
        self.labels[field.key] = label
        self.error_labels[field.key] = error

    def _place(self) -> None:
        """Put the cells into their grids: as defined, or one column when narrow."""
        for section, grid in self._grids:
            for each in self.slots.values():
                grid.removeWidget(each.label)
                grid.removeWidget(each.box)
            columns = 1 if self._narrow else max(1, section.columns)
            for column in range(4):
                grid.setColumnStretch(column * 2 + 1, 0)
            for column in range(columns):
                grid.setColumnStretch(column * 2 + 1, 1)
            grid_row = 0
            for row in section.rows:
                column = 0
                for cell in row:
                    slot = self.slots.get(cell.field)
                    if slot is None or slot.cell is not cell:
                        continue
                    span = min(max(cell.span, 1), columns)
                    if column + span > columns:
                        grid_row, column = grid_row + 1, 0
                    top = Qt.AlignmentFlag.AlignTop
                    grid.addWidget(slot.label, grid_row, column * 2, Qt.AlignmentFlag.AlignRight | top)
                    grid.addWidget(slot.box, grid_row, column * 2 + 1, 1, span * 2 - 1, top)
                    column += span
                grid_row += 1

    # ----- values ------------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every value: the fields shown (as typed) and those kept from `set_values` that are not shown."""
        out = {k: v for k, v in self._values.items() if k not in self.editors}
        out.update({key: editor.value() for key, editor in self.editors.items()})
        return out

    def set_values(self, values: Mapping[str, Any], *, defaults: bool = False) -> None:
        """Show `values`; a field missing from it (or None in it, with `defaults`: a new record) is emptied, or
        given the field's default value with `defaults`."""
        self._values = dict(values)
        self._loading = True
        try:
            for key, editor in self.editors.items():
                value = values.get(key)
                if value is None and defaults:
                    value = self.field_defs[key].default
                editor.set_value(value)
        finally:
            self._loading = False
        self._apply_conditions()

    def clear(self) -> None:
        self.set_values({}, defaults=True)
        self.clear_errors()

    # ----- errors ------------------------------------------------------------------------------------------
    def show_errors(self, messages: Mapping[str, str]) -> list[str]:
        """Each message beside its field (focus to the first); returns the fields with no place in the form."""
        self.clear_errors()
        unplaced = []
        for key, message in messages.items():
            label = self.error_labels.get(key)
            if label is None or not self.slots[key].state.visible:
                unplaced.append(key)
                continue
            label.setText(message)
            label.show()
        first = next((key for key in self.slots if key in messages and key not in unplaced), None)
        if first is not None:
            self.fields[first].setFocus()
        return unplaced

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()

    def error_text(self, key: str) -> str:
        label = self.error_labels.get(key)
        return label.text() if label is not None else ""

    # ----- state -------------------------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_conditions()

    def is_read_only(self) -> bool:
        return self._read_only

    def state(self, key: str) -> CellState | None:
        slot = self.slots.get(key)
        return slot.state if slot is not None else None

    def _edited(self) -> None:
        if self._loading:
            return
        self._apply_conditions()
        self.changed.emit()

    def _apply_conditions(self) -> None:
        values = self.values()
        for slot in self.slots.values():
            before = slot.state
            slot.state = cell_state(slot.cell, slot.field, values)
            slot.label.setVisible(slot.state.visible)
            slot.box.setVisible(slot.state.visible)
            slot.editor.set_read_only(self._read_only or slot.state.read_only)
            if before.required != slot.state.required:
                self._label(slot)
        for group in self.groups.values():
            shown = [s for s in self.slots.values() if s.state.visible and s.box.parent() is group]
            group.setVisible(bool(shown))

    # ----- width -------------------------------------------------------------------------------------------
    def fit_width(self, width: int) -> None:
        """One column when `width` cannot hold the defined columns (the scroll area calls this on resize)."""
        narrow = width < self.wide_width()
        if narrow != self._narrow:
            self._narrow = narrow
            self._place()

    def wide_width(self) -> int:
        """The width the defined columns need."""
        if self._narrow:
            self._narrow = False
            self._place()
            width = self.minimumSizeHint().width()
            self._narrow = True
            self._place()
            return width
        return self.minimumSizeHint().width()

    def is_narrow(self) -> bool:
        return self._narrow

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._narrow:  # widening may make room; narrowing is the scroll area's call
            self.fit_width(event.size().width())

    # ----- texts -------------------------------------------------------------------------------------------
    def _label(self, slot: _Slot) -> None:
        text = slot.field.label(self._locale)
        if slot.state.required:
            slot.label.setTextFormat(Qt.TextFormat.RichText)
            slot.label.setText(REQUIRED_MARK.format(label=_escape(text)))
        else:
            slot.label.setTextFormat(Qt.TextFormat.PlainText)
            slot.label.setText(text)
        help_text = slot.field.help.get(self._locale) or next(iter(slot.field.help.values()), "")
        slot.label.setToolTip(help_text)
        slot.editor.widget.setToolTip(help_text)

    def retranslate_ui(self) -> None:
        texts = {
            "yes": self.tr("Yes"),
            "empty": self.tr("Empty"),
            "none": self.tr("(none)"),
            "deleted": self.tr("{value} (deleted entry)"),
        }
        for section in self.layout_def.sections:
            group = self.groups.get(section.key)
            if group is not None:
                group.setTitle(section.label(self._locale))
        for slot in self.slots.values():
            slot.editor.set_locale(self._locale, texts)
            self._label(slot)
        self._apply_conditions()
        labels = list(self.labels.values())
        for label in labels:
            label.setMinimumWidth(0)
        if labels:
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)  # the same label width in every section: fields line up

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
