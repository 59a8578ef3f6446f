"""The value side of one condition in the designer: an input that follows the chosen field and test.

A choice, multi-choice or user field picks from its code table's items, its options or the users (labels in the
UI language): one value in a combo box, several ("is one of" / "is none of") as check boxes in a drop-down; yes/no
is a check box, a date a date edit, a number a line that takes only digits; anything else is typed (several values
comma-separated). `value()` is the JSON form values.py expects (a code item id, an option value, a bool,
"YYYY-MM-DD", an int or a Decimal string…); a value no longer offered (a removed code item) stays, marked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from crm_desktop.forms.qt.editors import MARK_COLOR, ChoiceItem, Lookups, choice_items
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import ValueProblem, normalize

LIST_OPS = ("in", "not_in")
NO_VALUE_OPS = ("empty", "not_empty")
_CHOICE_TYPES = ("choice", "multichoice", "user")
_NUMBER_TYPES = ("integer", "decimal", "money")
_NUMBER_PATTERN = r"[-+]?\d*([.]\d*)?"


def value_kind(field: FieldDef | None, op: str) -> str:
    """Which input a condition on `field` with test `op` gets: none, choice, choices, bool, date, datetime, number,
    numbers (comma-separated) or text (several comma-separated for the list tests)."""
    many = op in LIST_OPS
    if op in NO_VALUE_OPS:
        return "none"
    if field is None:
        return "text"
    if field.type in _CHOICE_TYPES:
        return "choices" if many else "choice"
    if field.type == "bool" and not many:
        return "bool"
    if field.type in ("date", "datetime") and not many:
        return field.type
    if field.type in _NUMBER_TYPES:
        return "numbers" if many else "number"
    return "text"


def parse_value(text: str, op: str) -> Any:
    """Typed text without a field type: a number, true/false, a quoted or plain word; a list for in / not in."""
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


def parse_typed(text: str, field: FieldDef | None) -> Any:
    """A typed value in the field's JSON form; what does not fit is kept as typed (validation names it)."""
    text = text.strip()
    if text == "" or field is None:  # a field that no longer exists: read as JSON where it looks like JSON
        return _scalar(text)
    try:
        return normalize(text, FieldDef(field.key, field.type, field.labels))
    except ValueProblem:
        return text


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ChecksButton(QToolButton):
    """Several values picked as check boxes in a drop-down list; the button shows the chosen labels."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = QListWidget()
        self.list.setObjectName("condition_checks")
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self.list.itemChanged.connect(self._changed)

    def set_items(self, items: Sequence[tuple[Any, str, bool]], checked: Sequence[Any]) -> None:
        """`items`: (value, label, offered) — a value no longer offered is shown marked."""
        self.list.blockSignals(True)
        self.list.clear()
        for value, label, offered in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
            if not offered:
                item.setForeground(QBrush(MARK_COLOR))
            self.list.addItem(item)
        line = self.list.fontMetrics().lineSpacing() + 6
        self.list.setFixedHeight(min(max(len(items), 1), 10) * line + 4)
        self.list.blockSignals(False)
        self._show()

    def values(self) -> list[Any]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: Sequence[Any]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def _changed(self, *_: object) -> None:
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        items = [self.list.item(i) for i in range(self.list.count())]
        self.setText(", ".join(i.text() for i in items if i.checkState() == Qt.CheckState.Checked) or "…")


class ConditionValue(QWidget):
    """The input for one condition's value; `edited` after each change by the user."""

    edited = Signal()

    def __init__(
        self, field: FieldDef | None, op: str, lookups: Lookups, locale: str, value: Any = None
    ) -> None:
        super().__init__()
        self.field = field
        self.many = op in LIST_OPS
        self.kind = value_kind(field, op)
        self.lang = locale
        self.items: list[ChoiceItem] = (
            choice_items(field, lookups) if field is not None and self.kind.startswith("choice") else []
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.input = self._make(value)
        layout.addWidget(self.input)
        self.setFocusProxy(self.input)
        self.retranslate_ui()

    # ----- building ----------------------------------------------------------------------------------------------
    def _label(self, item: ChoiceItem) -> str:
        return item[2] if self.lang.startswith("en") and item[2] else item[1]

    def _offered(self, wanted: Sequence[Any]) -> list[tuple[Any, str, bool]]:
        known = [item[0] for item in self.items]
        rows = [(item[0], self._label(item), True) for item in self.items]
        return rows + [(v, f"⚠ {v}", False) for v in wanted if v is not None and v not in known]

    def _make(self, value: Any) -> QWidget:
        kind = self.kind
        if kind == "choice":
            combo = QComboBox()
            combo.addItem("", None)
            single = value[0] if isinstance(value, list | tuple) and value else value
            for item_value, label, offered in self._offered([single]):
                combo.addItem(label, item_value)
                if not offered:
                    combo.setItemData(combo.count() - 1, QBrush(MARK_COLOR), Qt.ItemDataRole.ForegroundRole)
            combo.setCurrentIndex(max(0, combo.findData(single)) if single is not None else 0)
            combo.currentIndexChanged.connect(lambda *_: self.edited.emit())
            return combo
        if kind == "choices":
            many = list(value) if isinstance(value, list | tuple) else ([] if value is None else [value])
            checks = ChecksButton()
            checks.set_items(self._offered(many), many)
            checks.edited.connect(self.edited.emit)
            return checks
        if kind == "bool":
            box = QCheckBox()
            box.setChecked(value is True or str(value).lower() == "true")
            box.toggled.connect(lambda *_: self.edited.emit())
            return box
        if kind in ("date", "datetime"):
            return self._make_date(value)
        line = QLineEdit(format_value(value))
        if kind == "number":
            line.setValidator(QRegularExpressionValidator(QRegularExpression(_NUMBER_PATTERN), line))
        line.editingFinished.connect(self.edited.emit)
        return line

    def _make_date(self, value: Any) -> QWidget:
        edit = QDateTimeEdit() if self.kind == "datetime" else QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm" if self.kind == "datetime" else "yyyy-MM-dd")
        moment = QDateTime.currentDateTime()
        try:
            if value:
                when = datetime.fromisoformat(str(value))
                if when.tzinfo is not None:
                    when = when.astimezone()
                moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        except ValueError:
            pass
        edit.setDateTime(moment)
        edit.dateTimeChanged.connect(lambda *_: self.edited.emit())
        return edit

    # ----- the value ---------------------------------------------------------------------------------------------
    def value(self) -> Any:
        widget = self.input
        if self.kind == "none":
            return None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, ChecksButton):
            return widget.values()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateEdit):
            day: date = widget.date().toPython()  # type: ignore[assignment]
            return day.isoformat()
        if isinstance(widget, QDateTimeEdit):
            moment: datetime = widget.dateTime().toPython()  # type: ignore[assignment]
            return moment.replace(second=0, microsecond=0).astimezone().isoformat()
        assert isinstance(widget, QLineEdit)
        if self.many:
            return [parse_typed(part, self.field) for part in widget.text().split(",") if part.strip()]
        return parse_typed(widget.text(), self.field)

    def set_texts(self, texts: Mapping[str, str]) -> None:
        if isinstance(self.input, QCheckBox):
            self.input.setText(texts["yes"])
        elif isinstance(self.input, QLineEdit):
            self.input.setEnabled(self.kind != "none")
            self.input.setPlaceholderText(texts.get(self.kind, ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.set_texts(
            {
                "yes": self.tr("Yes"),
                "none": self.tr("(no value needed)"),
                "numbers": self.tr("Numbers, comma-separated"),
                "text": self.tr("Several: separate with commas") if self.many else "",
            }
        )
        if isinstance(self.input, QComboBox) and self.input.count():
            self.input.setItemText(0, self.tr("(none)"))
