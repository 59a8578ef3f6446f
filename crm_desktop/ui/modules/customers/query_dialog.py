"""The comprehensive customer query: any number of "field operator value" lines, combined with AND or OR.

Text conditions match exactly, by prefix, or as a fuzzy "contains"; code fields offer their code table; dates
a calendar. The dialog returns the conditions; the list combines them with its filters and search box.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_search import CONDITION_FIELDS, OPERATORS, Condition
from crm_desktop.services.definitions.schema import FieldDef, label_for
from crm_desktop.services.definitions.sql import CUSTOM_OPERATORS, condition_kind
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo, ComboItem

CODE_CATEGORIES = {
    "type_id": "customer_type",
    "grade_id": "customer_grade",
    "industry_id": "industry",
    "region_id": "region",
    "source_id": "source",
}
DATE_FORMAT = "yyyy-MM-dd"


class ConditionRow:
    """The widgets of one condition line."""

    def __init__(self, dialog: CustomerQueryDialog) -> None:
        self.dialog = dialog
        self.field_combo = QComboBox()
        self.op_combo = QComboBox()
        self.value_holder = QWidget()
        self.value_layout = QHBoxLayout(self.value_holder)
        self.value_layout.setContentsMargins(0, 0, 0, 0)
        self.value_widget: QWidget | None = None
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(lambda: dialog.remove_row(self))
        for name in (*CONDITION_FIELDS, *dialog.custom_fields):
            self.field_combo.addItem(dialog.field_label(name), name)
        self.field_combo.currentIndexChanged.connect(lambda _i: self._field_changed())
        self.op_combo.currentIndexChanged.connect(lambda _i: self._op_changed())
        self._field_changed()

    def widgets(self) -> list[QWidget]:
        return [self.field_combo, self.op_combo, self.value_holder, self.remove_button]

    @property
    def field(self) -> str:
        return str(self.field_combo.currentData())

    @property
    def kind(self) -> str:
        custom = self.dialog.custom_fields.get(self.field)
        return condition_kind(custom) if custom is not None else CONDITION_FIELDS[self.field]

    def _field_changed(self, value: Any = None) -> None:
        blocked = self.op_combo.blockSignals(True)
        self.op_combo.clear()
        custom = self.field in self.dialog.custom_fields
        for op in CUSTOM_OPERATORS[self.kind] if custom else OPERATORS[self.kind]:
            self.op_combo.addItem(self.dialog.op_label(op), op)
        self.op_combo.blockSignals(blocked)
        self._build_value(value)

    def _op_changed(self) -> None:
        if self.value_widget is not None:
            self.value_widget.setEnabled(self.op_combo.currentData() not in ("empty", "not_empty"))

    def _build_value(self, value: Any) -> None:
        if self.value_widget is not None:
            self.value_layout.removeWidget(self.value_widget)
            self.value_widget.hide()
            self.value_widget.deleteLater()
        widget: QWidget
        if self.kind in ("text", "number"):
            edit = QLineEdit("" if value is None else str(value))
            widget = edit
        elif self.kind == "date":
            day = value if isinstance(value, date) else date.today()
            date_edit = QDateEdit(QDate(day.year, day.month, day.day))
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(DATE_FORMAT)
            widget = date_edit
        else:
            combo = CodeCombo(none_text=None)
            combo.set_items(self.dialog.choices(self.field))
            if value is not None:
                combo.set_value(value)
            widget = combo
        self.value_widget = widget
        self.value_layout.addWidget(widget)
        self._op_changed()

    def set_condition(self, condition: Condition) -> None:
        index = self.field_combo.findData(condition.field)
        if index >= 0:
            blocked = self.field_combo.blockSignals(True)
            self.field_combo.setCurrentIndex(index)
            self.field_combo.blockSignals(blocked)
            self._field_changed(condition.value)
        op_index = self.op_combo.findData(condition.op)
        if op_index >= 0:
            self.op_combo.setCurrentIndex(op_index)

    def condition(self) -> Condition | None:
        op = str(self.op_combo.currentData())
        if op in ("empty", "not_empty"):
            return Condition(self.field, op)
        widget = self.value_widget
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            return Condition(self.field, op, text) if text else None
        if isinstance(widget, QDateEdit):
            day: date = widget.date().toPython()  # type: ignore[assignment]
            return Condition(self.field, op, day)
        if isinstance(widget, CodeCombo):
            value = widget.value()
            return Condition(self.field, op, value) if value is not None else None
        return None

    def retranslate(self) -> None:
        for i in range(self.field_combo.count()):
            self.field_combo.setItemText(i, self.dialog.field_label(str(self.field_combo.itemData(i))))
        for i in range(self.op_combo.count()):
            self.op_combo.setItemText(i, self.dialog.op_label(str(self.op_combo.itemData(i))))
        self.remove_button.setToolTip(
            QCoreApplication.translate("CustomerQueryDialog", "Remove this condition")
        )


class CustomerQueryDialog(QDialog):
    def __init__(
        self,
        book: CodeBook,
        people: list[ComboItem],
        conditions: tuple[Condition, ...] = (),
        match_any: bool = False,
        parent: QWidget | None = None,
        custom_fields: Sequence[FieldDef] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_query_dialog")
        self.custom_fields = {f.key: f for f in custom_fields}  # the list's custom fields, also queryable
        self._book = book
        self._people = people
        self.rows: list[ConditionRow] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.all_radio = named(QRadioButton(), "query_match_all")
        self.any_radio = named(QRadioButton(), "query_match_any")
        (self.any_radio if match_any else self.all_radio).setChecked(True)
        match_line = QHBoxLayout()
        match_line.addWidget(self.all_radio)
        match_line.addWidget(self.any_radio)
        match_line.addStretch(1)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        self.add_button = named(QPushButton(), "query_add_condition")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.clear_button = named(QPushButton(), "query_clear")
        self.clear_button.clicked.connect(self.clear)
        buttons_line = QHBoxLayout()
        buttons_line.addWidget(self.add_button)
        buttons_line.addWidget(self.clear_button)
        buttons_line.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(match_line)
        layout.addLayout(self.grid)
        layout.addLayout(buttons_line)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for condition in conditions:
            self.add_row(condition)
        if not conditions:
            self.add_row()
        self.retranslate_ui()
        self.resize(max(self.sizeHint().width(), 640), max(self.sizeHint().height(), 320))

    # ----- rows ---------------------------------------------------------------------------------------------
    def add_row(self, condition: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self)
        if condition is not None:
            row.set_condition(condition)
        line = len(self.rows)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, column)
        self.rows.append(row)
        row.retranslate()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        self.add_row()

    def conditions(self) -> tuple[Condition, ...]:
        found = (row.condition() for row in self.rows)
        return tuple(c for c in found if c is not None)

    def match_any(self) -> bool:
        return self.any_radio.isChecked()

    def choices(self, field: str) -> list[ComboItem]:
        custom = self.custom_fields.get(field)
        if custom is not None:
            return self._custom_choices(custom)
        if field == "owner_id":
            return self._people
        if field == "kind":
            return [
                ("enterprise", "企业", "Enterprise"),
                ("individual", "个人", "Individual"),
            ]
        return self._book.combo_items(CODE_CATEGORIES[field])

    def _custom_choices(self, f: FieldDef) -> list[ComboItem]:
        if f.type == "bool":
            return [(True, "是", self.tr("Yes")), (False, "否", self.tr("No"))]
        if f.type == "user":
            return self._people
        if f.code_table:
            return (
                self._book.city_items() if f.code_table == "region" else self._book.combo_items(f.code_table)
            )
        return [(o.value, label_for(o.labels, "zh_CN"), label_for(o.labels, "en")) for o in f.options]

    # ----- texts -------------------------------------------------------------------------------------------
    def field_label(self, name: str) -> str:
        if name in self.custom_fields:
            return self.custom_fields[name].label(current_language())
        labels = {
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
            "kind": self.tr("Kind"),
            "type_id": self.tr("Type"),
            "grade_id": self.tr("Grade"),
            "industry_id": self.tr("Industry"),
            "region_id": self.tr("Region"),
            "source_id": self.tr("Source"),
            "owner_id": self.tr("Owner"),
            "created_at": self.tr("Created"),
            "last_contact_at": self.tr("Last contact"),
        }
        return labels.get(name, name)

    def op_label(self, op: str) -> str:
        labels = {
            "contains": self.tr("contains"),
            "equals": self.tr("is"),
            "not_equals": self.tr("is not"),
            "starts": self.tr("starts with"),
            "empty": self.tr("is empty"),
            "not_empty": self.tr("is not empty"),
            "on_or_after": self.tr("on or after"),
            "on_or_before": self.tr("on or before"),
            "at_least": self.tr("at least"),
            "at_most": self.tr("at most"),
            "has": self.tr("includes"),
        }
        return labels.get(op, op)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Comprehensive query"))
        self.intro.setText(
            self.tr(
                'Find customers by several conditions. "contains" matches part of a text (fuzzy), "is" the '
                'whole text, "starts with" its beginning. The search box and filters of the list still apply.'
            )
        )
        self.all_radio.setText(self.tr("Match all conditions (AND)"))
        self.any_radio.setText(self.tr("Match any condition (OR)"))
        self.add_button.setText(self.tr("Add condition"))
        self.clear_button.setText(self.tr("Clear"))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
