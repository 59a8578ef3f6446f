"""“New custom field…” (and editing one): every property of a FieldDef, checked by validation.validate_field.

Options of a choice field without a code table are typed one per line as `value = 中文 | English`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.condition_value import format_value, parse_value
from crm_desktop.forms.qt.designer.support import named, translate_error
from crm_desktop.services.definitions.schema import CUSTOM_PREFIX, FIELD_TYPES, FieldDef, Option
from crm_desktop.services.definitions.validation import Problem, validate_field

TEXT_TYPES = ("text", "textarea", "phone", "email", "url")


def parse_options(text: str) -> tuple[Option, ...]:
    options = []
    for line in text.splitlines():
        if not line.strip():
            continue
        value, _, labels = line.partition("=")
        zh, _, en = labels.partition("|")
        value = value.strip()
        options.append(
            Option(value, {k: v.strip() for k, v in (("zh_CN", zh or value), ("en", en)) if v.strip()})
        )
    return tuple(options)


def format_options(options: Sequence[Option]) -> str:
    return "\n".join(
        f"{o.value} = {o.labels.get('zh_CN', '')}" + (f" | {o.labels['en']}" if o.labels.get("en") else "")
        for o in options
    )


class FieldDialog(QDialog):
    """Edit a custom field; `definition()` builds the FieldDef; `accept` only when validate_field finds nothing."""

    def __init__(
        self,
        code_tables: Sequence[str],
        existing: Sequence[str],
        current: FieldDef | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "field_dialog")
        self.current = current
        self.existing = [k for k in existing if current is None or k != current.key]
        self.key = named(QLineEdit(CUSTOM_PREFIX), "field_key")
        self.type = named(QComboBox(), "field_type")
        for type_ in FIELD_TYPES:
            self.type.addItem(type_, type_)
        self.label_zh = named(QLineEdit(), "field_label_zh")
        self.label_en = named(QLineEdit(), "field_label_en")
        self.help_zh = named(QLineEdit(), "field_help_zh")
        self.help_en = named(QLineEdit(), "field_help_en")
        self.required = named(QCheckBox(), "field_required")
        self.searchable = named(QCheckBox(), "field_searchable")
        self.default = named(QLineEdit(), "field_default")
        self.max_length = named(QSpinBox(), "field_max_length")
        self.max_length.setRange(0, 10000)
        self.minimum = named(QLineEdit(), "field_minimum")
        self.maximum = named(QLineEdit(), "field_maximum")
        self.pattern = named(QLineEdit(), "field_pattern")
        self.code_table = named(QComboBox(), "field_code_table")
        self.code_table.addItem("", None)
        for category in code_tables:
            self.code_table.addItem(category, category)
        self.options = named(QPlainTextEdit(), "field_options")
        self.options.setFixedHeight(80)
        self.problems = named(QLabel(), "field_problems")
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in (
            ("key", self.key),
            ("type", self.type),
            ("label_zh", self.label_zh),
            ("label_en", self.label_en),
            ("help_zh", self.help_zh),
            ("help_en", self.help_en),
            ("required", self.required),
            ("searchable", self.searchable),
            ("default", self.default),
            ("max_length", self.max_length),
            ("minimum", self.minimum),
            ("maximum", self.maximum),
            ("pattern", self.pattern),
            ("code_table", self.code_table),
            ("options", self.options),
        ):
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.type.currentIndexChanged.connect(lambda *_: self._enable_for_type())
        if current is not None:
            self._show(current)
        self._enable_for_type()
        self.resize(520, 0)
        self.retranslate_ui()

    def _show(self, f: FieldDef) -> None:
        self.key.setText(f.key)
        self.key.setReadOnly(True)  # values are stored under the key
        self.type.setCurrentIndex(self.type.findData(f.type))
        self.type.setEnabled(False)  # stored values keep their type
        self.label_zh.setText(f.labels.get("zh_CN", ""))
        self.label_en.setText(f.labels.get("en", ""))
        self.help_zh.setText(f.help.get("zh_CN", ""))
        self.help_en.setText(f.help.get("en", ""))
        self.required.setChecked(f.required)
        self.searchable.setChecked(f.searchable)
        self.default.setText(format_value(f.default))
        self.max_length.setValue(f.max_length or 0)
        self.minimum.setText(f.minimum or "")
        self.maximum.setText(f.maximum or "")
        self.pattern.setText(f.pattern or "")
        self.code_table.setCurrentIndex(max(0, self.code_table.findData(f.code_table)))
        self.options.setPlainText(format_options(f.options))

    def _enable_for_type(self) -> None:
        type_ = self.type.currentData()
        texty = type_ in TEXT_TYPES
        ranged = type_ in ("integer", "decimal", "money", "date", "datetime")
        choice = type_ in ("choice", "multichoice")
        for widget, on in (
            (self.max_length, texty),
            (self.pattern, texty),
            (self.minimum, ranged),
            (self.maximum, ranged),
            (self.code_table, choice),
            (self.options, choice),
        ):
            widget.setEnabled(on)
            self.labels[widget.objectName().removeprefix("field_")].setEnabled(on)

    def definition(self) -> FieldDef:
        type_ = str(self.type.currentData())
        texty = type_ in TEXT_TYPES
        ranged = type_ in ("integer", "decimal", "money", "date", "datetime")
        choice = type_ in ("choice", "multichoice")
        default: Any = self.default.text().strip() or None
        if default is not None and not texty:
            default = parse_value(default, "in" if type_ == "multichoice" else "equals")
        return FieldDef(
            key=self.key.text().strip(),
            type=type_,
            labels={
                k: v
                for k, v in (("zh_CN", self.label_zh.text().strip()), ("en", self.label_en.text().strip()))
                if v
            },
            help={
                k: v
                for k, v in (("zh_CN", self.help_zh.text().strip()), ("en", self.help_en.text().strip()))
                if v
            },
            required=self.required.isChecked(),
            default=default,
            max_length=(self.max_length.value() or None) if texty else None,
            minimum=(self.minimum.text().strip() or None) if ranged else None,
            maximum=(self.maximum.text().strip() or None) if ranged else None,
            pattern=(self.pattern.text() or None) if texty else None,
            code_table=self.code_table.currentData() if choice else None,
            options=parse_options(self.options.toPlainText())
            if choice and not self.code_table.currentData()
            else (),
            searchable=self.searchable.isChecked(),
            version=self.current.version if self.current else 0,
        )

    def check(self) -> list[Problem]:
        problems = validate_field(self.definition(), self.existing)
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.setText("\n".join(translate_error(p.message, p.params) for p in problems))
        self.problems.setVisible(bool(problems))

    def accept(self) -> None:
        if not self.check():
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit custom field") if self.current else self.tr("New custom field"))
        texts = {
            "key": self.tr("Key (starts with {prefix})").format(prefix=CUSTOM_PREFIX),
            "type": self.tr("Type"),
            "label_zh": self.tr("Label (Chinese)"),
            "label_en": self.tr("Label (English)"),
            "help_zh": self.tr("Help (Chinese)"),
            "help_en": self.tr("Help (English)"),
            "required": self.tr("Required"),
            "searchable": self.tr("Searchable"),
            "default": self.tr("Default value"),
            "max_length": self.tr("Maximum length (0 = none)"),
            "minimum": self.tr("Minimum"),
            "maximum": self.tr("Maximum"),
            "pattern": self.tr("Pattern (regular expression)"),
            "code_table": self.tr("Code table"),
            "options": self.tr("Options (value = Chinese | English)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.required.setText(self.tr("Must be filled in"))
        self.searchable.setText(self.tr("Found by the quick search"))
        type_texts = {
            "text": self.tr("Text"),
            "textarea": self.tr("Multi-line text"),
            "integer": self.tr("Whole number"),
            "decimal": self.tr("Decimal number"),
            "money": self.tr("Money"),
            "date": self.tr("Date"),
            "datetime": self.tr("Date and time"),
            "bool": self.tr("Yes/no"),
            "choice": self.tr("Choice"),
            "multichoice": self.tr("Multiple choice"),
            "user": self.tr("User"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "url": self.tr("Web address"),
        }
        for i in range(self.type.count()):
            self.type.setItemText(i, type_texts.get(str(self.type.itemData(i)), ""))
        self.code_table.setItemText(0, self.tr("(none: use the options)"))
