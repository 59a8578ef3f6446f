"""One editor per field type: the input widget a user types into, bound to the field's JSON value.

An editor is a QObject holding its `widget` (the control tests and the tab order see; objectName
"field_<key>") with `value()` / `set_value()` in the JSON form of schema.py's types (text str; integer int;
decimal and money a Decimal as a string; date "YYYY-MM-DD"; date-time ISO with offset; bool; choice a code item id
or an option value; multichoice a list of them; user an id; None for empty). Whatever the user typed is returned as
typed when it does not parse (the service then says what is wrong), so input is never lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, QObject, QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from crm_desktop.services.definitions.schema import FieldDef, label_for

# (value, Chinese label, English label) — the shape of the UI's CodeBook.combo_items
ChoiceItem = tuple[Any, str, str]
MARK_COLOR = QColor("#c0392b")
TEXT_KEYS = ("yes", "empty", "none", "deleted")  # texts an editor shows, translated by the renderer


class Lookups(Protocol):
    """What choice and user fields pick from (loaded by the screen, off the GUI thread)."""

    def combo_items(self, category: str) -> list[ChoiceItem]: ...

    def user_items(self) -> list[ChoiceItem]: ...


class StaticLookups:
    """Lookups held in memory: code items per code table and the users."""

    def __init__(
        self, codes: Mapping[str, Sequence[ChoiceItem]] | None = None, users: Sequence[ChoiceItem] = ()
    ) -> None:
        self._codes = {k: list(v) for k, v in (codes or {}).items()}
        self._users = list(users)

    def combo_items(self, category: str) -> list[ChoiceItem]:
        return list(self._codes.get(category, ()))

    def user_items(self) -> list[ChoiceItem]:
        return list(self._users)


def _pick(item: ChoiceItem, locale: str) -> str:
    return item[2] if locale == "en" and item[2] else item[1]


def choice_items(field: FieldDef, lookups: Lookups) -> list[ChoiceItem]:
    if field.type == "user":
        return lookups.user_items()
    if field.code_table:
        return lookups.combo_items(field.code_table)
    return [(o.value, label_for(o.labels, "zh_CN"), label_for(o.labels, "en")) for o in field.options]


class Editor(QObject):
    """Base: `changed` fires on every edit by the user (not on `set_value`)."""

    changed = Signal()

    def __init__(self, field: FieldDef, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.widget = widget
        self._loading = False
        widget.setObjectName(f"field_{field.key}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        """Relabel items and placeholders; `texts` are the renderer's translated texts (TEXT_KEYS)."""

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()


class LineEditor(Editor):
    """text, phone, e-mail, URL, and numbers typed into a line with a validator."""

    def __init__(self, field: FieldDef) -> None:
        self.edit = QLineEdit()
        super().__init__(field, self.edit)
        # No setMaxLength: a pasted over-long value would be cut silently; the length check says what is wrong.
        pattern = {
            "integer": r"[-+]?\d*",
            "decimal": r"[-+]?\d*([.]\d*)?",
            "money": r"[-+]?\d*([.]\d{0,2})?",
            "phone": r"[0-9+()\- ]*",
        }.get(field.type)
        if pattern:
            self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.edit))
        if field.type in ("integer", "decimal", "money"):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.textEdited.connect(self._edited)

    def value(self) -> Any:
        text = self.edit.text()
        if not text.strip():
            return None
        if self.field.type == "integer":
            try:
                return int(text)
            except ValueError:
                return text
        if self.field.type in ("decimal", "money"):
            try:
                number = Decimal(text)
            except InvalidOperation:
                return text
            return str(number.quantize(Decimal("0.01"))) if self.field.type == "money" else str(number)
        return text

    def _set(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # show the start of a long value, not its tail

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        hints = {"email": "name@example.com", "url": "www.example.com"}
        self.edit.setPlaceholderText(hints.get(self.field.type, ""))


class TextAreaEditor(Editor):
    def __init__(self, field: FieldDef) -> None:
        self.text = QPlainTextEdit()
        super().__init__(field, self.text)
        self.text.setTabChangesFocus(True)  # Tab moves on: keyboard-only entry
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.textChanged.connect(self._edited)

    def value(self) -> Any:
        text = self.text.toPlainText()
        return text if text.strip() else None

    def _set(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class BoolEditor(Editor):
    def __init__(self, field: FieldDef) -> None:
        self.box = QCheckBox()
        super().__init__(field, self.box)
        self.box.toggled.connect(self._edited)

    def value(self) -> Any:
        return self.box.isChecked()

    def _set(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        self.box.setText(texts["yes"])


class DateHolder(QWidget):
    """A date (or date and time) that may be empty: the editor and a check box "empty" beside it."""

    def __init__(self, with_time: bool) -> None:
        super().__init__()
        self.edit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        sample = "2026-12-31 23:59" if with_time else "2026-12-31"
        self.edit.setMinimumWidth(
            self.edit.fontMetrics().horizontalAdvance(sample) + 40
        )  # room for the arrow
        self.none_box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.none_box)
        self.setFocusProxy(self.edit)
        QWidget.setTabOrder(self.edit, self.none_box)


class DateEditor(Editor):
    def __init__(self, field: FieldDef) -> None:
        self.with_time = field.type == "datetime"
        self.holder = DateHolder(self.with_time)
        super().__init__(field, self.holder)
        self._read_only = False
        self.holder.none_box.toggled.connect(self._none_toggled)
        self.holder.edit.dateTimeChanged.connect(self._edited)

    def value(self) -> Any:
        if self.holder.none_box.isChecked():
            return None
        if self.with_time:
            moment: datetime = self.holder.edit.dateTime().toPython()  # type: ignore[assignment]
            return moment.replace(second=0, microsecond=0).astimezone().isoformat()
        day: date = self.holder.edit.date().toPython()  # type: ignore[assignment]
        return day.isoformat()

    def _set(self, value: Any) -> None:
        empty = value is None or value == ""
        if not empty:
            try:
                if self.with_time:
                    moment = datetime.fromisoformat(str(value))
                    if moment.tzinfo is not None:
                        moment = moment.astimezone()
                    self.holder.edit.setDateTime(
                        QDateTime(
                            QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
                        )
                    )
                else:
                    day = date.fromisoformat(str(value)[:10])
                    self.holder.edit.setDate(QDate(day.year, day.month, day.day))
            except ValueError:
                empty = True
        if empty:
            self.holder.edit.setDateTime(QDateTime.currentDateTime())
        self.holder.none_box.setChecked(empty)
        self._sync()

    def _none_toggled(self, checked: bool) -> None:
        self._sync()
        if not checked and not self._loading:
            self.holder.edit.setFocus()
        self._edited()

    def _sync(self) -> None:
        self.holder.edit.setEnabled(not self.holder.none_box.isChecked() and not self._read_only)
        self.holder.none_box.setEnabled(not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._sync()

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        self.holder.none_box.setText(texts["empty"])


class ChoiceEditor(Editor):
    """choice and user: a combo with an empty entry; a value no longer offered stays, marked as deleted."""

    def __init__(self, field: FieldDef, lookups: Lookups) -> None:
        self.combo = QComboBox()
        super().__init__(field, self.combo)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self._items = choice_items(field, lookups)
        self._locale = "zh_CN"
        self._none = ""
        self._deleted = "{value}"
        self.combo.activated.connect(self._edited)
        self._rebuild(None)

    def set_lookups(self, lookups: Lookups) -> None:
        value = self.value()
        self._items = choice_items(self.field, lookups)
        self._rebuild(value)

    def value(self) -> Any:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def _set(self, value: Any) -> None:
        if value is not None and self.combo.findData(value) < 0:
            self._rebuild(value)
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0) if value is not None else 0)

    def is_deleted_value(self) -> bool:
        value = self.value()
        return value is not None and all(item[0] != value for item in self._items)

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        self._locale = locale
        self._none = texts["none"]
        self._deleted = texts["deleted"]
        self._rebuild(self.value())

    def _rebuild(self, value: Any) -> None:
        blocked = self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self._none, None)
            for item in self._items:
                self.combo.addItem(_pick(item, self._locale), item[0])
            if value is not None and self.combo.findData(value) < 0:
                self.combo.addItem(self._deleted.format(value=value), value)
                self.combo.setItemData(
                    self.combo.count() - 1, QBrush(MARK_COLOR), Qt.ItemDataRole.ForegroundRole
                )
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(blocked)


class MultiChoiceEditor(Editor):
    """A list of check boxes (Space toggles the current one); values no longer offered stay, marked."""

    def __init__(self, field: FieldDef, lookups: Lookups) -> None:
        self.list = QListWidget()
        super().__init__(field, self.list)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._items = choice_items(field, lookups)
        self._locale = "zh_CN"
        self._deleted = "{value}"
        self._read_only = False
        self.list.itemChanged.connect(self._edited)
        self._rebuild([])

    def set_lookups(self, lookups: Lookups) -> None:
        checked = self._checked()
        self._items = choice_items(self.field, lookups)
        self._rebuild(checked)

    def value(self) -> Any:
        checked = self._checked()
        return checked or None

    def _checked(self) -> list[Any]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _set(self, value: Any) -> None:
        self._rebuild(list(value) if isinstance(value, list | tuple) else [])

    def set_locale(self, locale: str, texts: Mapping[str, str]) -> None:
        self._locale = locale
        self._deleted = texts["deleted"]
        self._rebuild(self._checked())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._rebuild(self._checked())

    def _rebuild(self, checked: list[Any]) -> None:
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            known = [item[0] for item in self._items]
            rows = [(item[0], _pick(item, self._locale), False) for item in self._items]
            rows += [(v, self._deleted.format(value=v), True) for v in checked if v not in known]
            for value, text, deleted in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if not self._read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
                if deleted:
                    item.setForeground(QBrush(MARK_COLOR))
                self.list.addItem(item)
            line = self.list.fontMetrics().lineSpacing() + 6
            self.list.setFixedHeight(min(max(len(rows), 2), 6) * line + 4)
        finally:
            self.list.blockSignals(blocked)


def make_editor(field: FieldDef, lookups: Lookups) -> Editor:
    if field.type in ("choice", "user"):
        return ChoiceEditor(field, lookups)
    if field.type == "multichoice":
        return MultiChoiceEditor(field, lookups)
    if field.type == "textarea":
        return TextAreaEditor(field)
    if field.type == "bool":
        return BoolEditor(field)
    if field.type in ("date", "datetime"):
        return DateEditor(field)
    return LineEditor(field)  # text, phone, e-mail, URL, integer, decimal, money
