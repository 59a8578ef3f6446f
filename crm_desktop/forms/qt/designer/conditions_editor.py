"""Editing a list of conditions (`field op value`, all must hold) in a small table.

The value column follows the chosen field and test (condition_value.py): picked from the field's code table items
or options, a check box, a date, a number, or typed. Changing the test keeps the value where it still fits;
changing the field starts it afresh.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.condition_value import LIST_OPS, ConditionValue
from crm_desktop.forms.qt.designer.support import named
from crm_desktop.forms.qt.editors import Lookups, StaticLookups
from crm_desktop.services.definitions.schema import CONDITION_OPS, Condition, FieldDef


class ConditionsEditor(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.fields: Mapping[str, FieldDef] = {}
        self.lang = "zh_CN"
        self.lookups: Lookups = StaticLookups()
        self.table = named(QTableWidget(0, 3), f"{name}_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )  # the test's combo: "is greater than"
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("is greater than") + 48)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 16)  # a combo box fits a row
        self.table.setMinimumHeight(header.sizeHint().height() + 3 * rows.defaultSectionSize() + 4)
        self.btn_add = named(QPushButton(), f"{name}_add")
        self.btn_remove = named(QPushButton(), f"{name}_remove")
        self.btn_add.clicked.connect(lambda: self.add_row(Condition("", "equals")))
        self.btn_remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def set_conditions(
        self,
        conditions: tuple[Condition, ...],
        fields: Mapping[str, FieldDef],
        locale: str,
        lookups: Lookups | None = None,
    ) -> None:
        """`lookups` gives the code items and users the values are picked from."""
        self.fields = fields
        self.lang = locale
        self.lookups = lookups or StaticLookups()
        self.blockSignals(True)
        self.table.setRowCount(0)
        for condition in conditions:
            self.add_row(condition)
        self.blockSignals(False)

    def add_row(self, condition: Condition) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        field_combo = QComboBox()
        for key, definition in self.fields.items():
            field_combo.addItem(definition.label(self.lang), key)
        index = field_combo.findData(condition.field)
        if index < 0 and condition.field:  # a field that no longer exists stays visible (validation names it)
            field_combo.addItem(f"⚠ {condition.field}", condition.field)
            index = field_combo.count() - 1
        field_combo.setCurrentIndex(max(0, index))
        op_combo = QComboBox()
        for op in CONDITION_OPS:
            op_combo.addItem(self.op_texts()[op], op)
        op_combo.setCurrentIndex(max(0, op_combo.findData(condition.op)))
        self.table.setCellWidget(row, 0, field_combo)
        self.table.setCellWidget(row, 1, op_combo)
        self._set_value_input(row, condition.value)
        field_combo.currentIndexChanged.connect(lambda *_: self._input_changed(field_combo, keep=False))
        op_combo.currentIndexChanged.connect(lambda *_: self._input_changed(op_combo, keep=True))
        self.changed.emit()

    def value_input(self, row: int) -> ConditionValue:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, ConditionValue)
        return widget

    def _combos(self, row: int) -> tuple[QComboBox, QComboBox]:
        field_combo, op_combo = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        assert isinstance(field_combo, QComboBox) and isinstance(op_combo, QComboBox)
        return field_combo, op_combo

    def _set_value_input(self, row: int, value: Any) -> None:
        field_combo, op_combo = self._combos(row)
        field = self.fields.get(str(field_combo.currentData() or ""))
        widget = ConditionValue(field, str(op_combo.currentData()), self.lookups, self.lang, value)
        widget.edited.connect(self.changed.emit)
        self.table.setCellWidget(row, 2, widget)

    def _input_changed(self, combo: QComboBox, keep: bool) -> None:
        """The field or the test changed: a fitting value input (the value kept when only the test changed)."""
        row = next((r for r in range(self.table.rowCount()) if combo in self._combos(r)), -1)
        if row < 0:
            return
        value = self.value_input(row).value() if keep else None
        many = str(self._combos(row)[1].currentData()) in LIST_OPS
        if many and value is not None and not isinstance(value, list):
            value = [value]
        elif not many and isinstance(value, list):
            value = value[0] if value else None
        self._set_value_input(row, value)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def conditions(self) -> tuple[Condition, ...]:
        out = []
        for row in range(self.table.rowCount()):
            field_combo, op_combo = self._combos(row)
            value = self.value_input(row).value()
            out.append(Condition(str(field_combo.currentData() or ""), str(op_combo.currentData()), value))
        return tuple(out)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def op_texts(self) -> dict[str, str]:
        return {
            "equals": self.tr("equals"),
            "not_equals": self.tr("does not equal"),
            "in": self.tr("is one of"),
            "not_in": self.tr("is none of"),
            "empty": self.tr("is empty"),
            "not_empty": self.tr("is filled in"),
            "greater": self.tr("is greater than"),
            "less": self.tr("is less than"),
        }

    def retranslate_ui(self) -> None:
        texts = self.op_texts()
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, texts.get(str(combo.itemData(i)), ""))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Test"), self.tr("Value")])
        self.btn_add.setText(self.tr("Add condition"))
        self.btn_remove.setText(self.tr("Remove"))
