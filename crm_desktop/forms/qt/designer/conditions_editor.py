"""Editing a list of conditions (`field op value`, all must hold) in a small table.

Values are typed as text: a number, true/false, a quoted or plain word; for "in" / "not in" a comma-separated
list. A choice field's value is its code item id or option value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.support import named
from crm_desktop.services.definitions.schema import CONDITION_OPS, Condition, FieldDef

LIST_OPS = ("in", "not_in")
NO_VALUE_OPS = ("empty", "not_empty")


def parse_value(text: str, op: str) -> Any:
    if op in NO_VALUE_OPS:
        return None
    if op in LIST_OPS:
        return [_scalar(part.strip()) for part in text.split(",") if part.strip()]
    return _scalar(text.strip())


def _scalar(text: str) -> Any:
    if text == "":
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, str | int | float | bool) else text


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ConditionsEditor(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.fields: Mapping[str, FieldDef] = {}
        self.lang = "zh_CN"
        self.table = named(QTableWidget(0, 3), f"{name}_table")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
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
        self, conditions: tuple[Condition, ...], fields: Mapping[str, FieldDef], locale: str
    ) -> None:
        self.fields = fields
        self.lang = locale
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
        value = QLineEdit(format_value(condition.value))
        self.table.setCellWidget(row, 0, field_combo)
        self.table.setCellWidget(row, 1, op_combo)
        self.table.setCellWidget(row, 2, value)
        field_combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        op_combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        value.editingFinished.connect(self.changed.emit)
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
            field_combo = self.table.cellWidget(row, 0)
            op_combo = self.table.cellWidget(row, 1)
            value = self.table.cellWidget(row, 2)
            assert isinstance(field_combo, QComboBox) and isinstance(op_combo, QComboBox)
            assert isinstance(value, QLineEdit)
            op = str(op_combo.currentData())
            out.append(Condition(str(field_combo.currentData() or ""), op, parse_value(value.text(), op)))
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
