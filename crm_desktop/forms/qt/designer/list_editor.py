"""The list-layout half of the designer: columns chosen and ordered by drag and drop, widths, default sort."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from crm_desktop.forms.qt.designer.draft import ListDraft
from crm_desktop.forms.qt.designer.palette import (
    FIELD_MIME,
    KEY_ROLE,
    FieldPalette,
    accepts,
    field_mime,
    key_from,
)
from crm_desktop.forms.qt.designer.support import named
from crm_desktop.services.definitions.schema import FieldDef


class ColumnList(QListWidget):
    """The chosen columns in order; a field dropped here is inserted at the drop position (or moved there)."""

    dropped = Signal(str, int)  # key, row

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [FIELD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return field_mime(str(items[0].data(KEY_ROLE))) if items else QMimeData()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:
        key = key_from(event.mimeData())
        if key is None or not accepts(event):
            return
        index = self.indexAt(event.position().toPoint())
        self.dropped.emit(key, index.row() if index.isValid() else self.count())


class ListEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "list_editor")
        self.draft = ListDraft("")
        self.fields: Mapping[str, FieldDef] = {}
        self.lang = "zh_CN"
        self.available = named(FieldPalette(self.remove_column), "list_available")
        self.columns = named(ColumnList(), "list_columns")
        self.columns.dropped.connect(self.insert_column)
        self.columns.currentRowChanged.connect(lambda *_: self._show_width())
        self.width_spin = named(QSpinBox(), "list_width")
        self.width_spin.setRange(0, 2000)
        self.width_spin.setSingleStep(10)
        self.width_spin.valueChanged.connect(lambda *_: self._apply_width())
        self.sort_field = named(QComboBox(), "list_sort")
        self.sort_field.currentIndexChanged.connect(lambda *_: self._apply_sort())
        self.descending = named(QCheckBox(), "list_descending")
        self.descending.toggled.connect(lambda *_: self._apply_sort())
        self.labels = {k: QLabel() for k in ("available", "columns", "width", "sort")}
        form = QFormLayout()
        form.addRow(self.labels["width"], self.width_spin)
        form.addRow(self.labels["sort"], self.sort_field)
        form.addRow("", self.descending)
        grid = QGridLayout(self)
        grid.addWidget(self.labels["available"], 0, 0)
        grid.addWidget(self.labels["columns"], 0, 1)
        grid.addWidget(self.available, 1, 0)
        grid.addWidget(self.columns, 1, 1)
        grid.addLayout(form, 1, 2, Qt.AlignmentFlag.AlignTop)
        self._loading = False
        self.retranslate_ui()

    def set_draft(self, draft: ListDraft, fields: Mapping[str, FieldDef], locale: str) -> None:
        self.draft, self.fields, self.lang = draft, fields, locale
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        current = self.current_key()
        keys = self.draft.field_keys()
        self.available.set_fields([f for k, f in self.fields.items() if k not in keys], self.lang)
        self.columns.clear()
        for key in keys:
            definition = self.fields.get(key)
            item = QListWidgetItem(definition.label(self.lang) if definition else f"⚠ {key}")
            item.setData(KEY_ROLE, key)
            self.columns.addItem(item)
        self.sort_field.clear()
        self.sort_field.addItem(self.tr("(none)"), None)
        for key in keys:
            definition = self.fields.get(key)
            self.sort_field.addItem(definition.label(self.lang) if definition else key, key)
        self.sort_field.setCurrentIndex(max(0, self.sort_field.findData(self.draft.sort_field)))
        self.descending.setChecked(self.draft.sort_descending)
        if current in keys:
            self.columns.setCurrentRow(keys.index(current))
        self._loading = False
        self._show_width()

    def current_key(self) -> str | None:
        item = self.columns.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def insert_column(self, key: str, row: int) -> None:
        keys = self.draft.field_keys()
        if key in keys:
            old = keys.index(key)
            keys.remove(key)
            if old < row:
                row -= 1
        keys.insert(max(0, min(row, len(keys))), key)
        self.draft.set_order(keys)
        self.refresh()
        self.columns.setCurrentRow(keys.index(key))
        self.changed.emit()

    def remove_column(self, key: str) -> None:
        self.draft.set_order([k for k in self.draft.field_keys() if k != key])
        self.refresh()
        self.changed.emit()

    def _show_width(self) -> None:
        key = self.current_key()
        column = next((c for c in self.draft.columns if c.field == key), None)
        was, self._loading = self._loading, True
        self.width_spin.setEnabled(column is not None)
        self.width_spin.setValue(column.width or 0 if column else 0)
        self._loading = was

    def _apply_width(self) -> None:
        key = self.current_key()
        if not self._loading and key is not None:
            self.draft.set_width(key, self.width_spin.value() or None)
            self.changed.emit()

    def _apply_sort(self) -> None:
        if not self._loading:
            self.draft.sort_field = self.sort_field.currentData()
            self.draft.sort_descending = self.descending.isChecked()
            self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.labels["available"].setText(self.tr("Available fields (drag into the columns)"))
        self.labels["columns"].setText(self.tr("Columns in order"))
        self.labels["width"].setText(self.tr("Width (0 = fit)"))
        self.labels["sort"].setText(self.tr("Default sort"))
        self.descending.setText(self.tr("Descending"))
        self.width_spin.setSuffix(self.tr(" px"))
        if self.sort_field.count():
            self.sort_field.setItemText(0, self.tr("(none)"))
