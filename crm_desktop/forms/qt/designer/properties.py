"""The right side of the form designer: properties of the selected cell or section, applied as you edit."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.conditions_editor import ConditionsEditor
from crm_desktop.forms.qt.designer.draft import FormDraft
from crm_desktop.forms.qt.designer.support import named
from crm_desktop.forms.qt.editors import Lookups, StaticLookups
from crm_desktop.services.definitions.schema import MAX_COLUMNS, FieldDef

CONDITION_KINDS = ("visible_when", "required_when", "read_only_when")


class PropertiesPanel(QStackedWidget):
    """Page 0: nothing selected; page 1: a cell; page 2: a section. `changed` after each applied edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "properties")
        self.draft = FormDraft("")
        self.fields: Mapping[str, FieldDef] = {}
        self.lang = "zh_CN"
        self.lookups: Lookups = StaticLookups()  # code items and users condition values are picked from
        self.cell_key: str | None = None
        self.section_index: int | None = None
        self._loading = False

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)

        cell_page = QWidget()
        self.field_name = named(QLabel(), "prop_field")
        self.field_name.setWordWrap(True)
        self.span = named(QSpinBox(), "prop_span")
        self.span.setRange(1, MAX_COLUMNS)
        self.required = named(QCheckBox(), "prop_required")
        self.read_only = named(QCheckBox(), "prop_read_only")
        self.cell_labels = {k: QLabel() for k in ("field", "span")}
        form = QFormLayout()
        form.addRow(self.cell_labels["field"], self.field_name)
        form.addRow(self.cell_labels["span"], self.span)
        form.addRow("", self.required)
        form.addRow("", self.read_only)
        self.condition_boxes: dict[str, QGroupBox] = {}
        self.conditions: dict[str, ConditionsEditor] = {}
        column = QVBoxLayout(cell_page)
        column.addLayout(form)
        for kind in CONDITION_KINDS:
            box = QGroupBox()
            editor = ConditionsEditor(f"prop_{kind}")
            QVBoxLayout(box).addWidget(editor)
            editor.changed.connect(self._apply_cell)
            self.condition_boxes[kind] = box
            self.conditions[kind] = editor
            column.addWidget(box)
        column.addStretch(1)
        self.addWidget(cell_page)

        section_page = QWidget()
        self.section_key = named(QLabel(), "prop_section_key")
        self.label_zh = named(QLineEdit(), "prop_label_zh")
        self.label_en = named(QLineEdit(), "prop_label_en")
        self.columns = named(QSpinBox(), "prop_columns")
        self.columns.setRange(1, MAX_COLUMNS)
        self.section_labels = {k: QLabel() for k in ("key", "zh", "en", "columns")}
        sform = QFormLayout(section_page)
        sform.addRow(self.section_labels["key"], self.section_key)
        sform.addRow(self.section_labels["zh"], self.label_zh)
        sform.addRow(self.section_labels["en"], self.label_en)
        sform.addRow(self.section_labels["columns"], self.columns)
        self.addWidget(section_page)

        self.span.valueChanged.connect(lambda *_: self._apply_cell())
        self.required.toggled.connect(lambda *_: self._apply_cell())
        self.read_only.toggled.connect(lambda *_: self._apply_cell())
        self.label_zh.textEdited.connect(lambda *_: self._apply_section())
        self.label_en.textEdited.connect(lambda *_: self._apply_section())
        self.columns.valueChanged.connect(lambda *_: self._apply_section())
        self.retranslate_ui()

    def show_nothing(self) -> None:
        self.cell_key = None
        self.section_index = None
        self.setCurrentIndex(0)

    def show_cell(self, draft: FormDraft, key: str, fields: Mapping[str, FieldDef], locale: str) -> None:
        cell = draft.cell(key)
        if cell is None:
            self.show_nothing()
            return
        self.draft, self.fields, self.lang = draft, fields, locale
        self.cell_key, self.section_index = key, None
        self._loading = True
        definition = fields.get(key)
        self.field_name.setText(f"{definition.label(locale) if definition else '⚠'}  ({key})")
        self.span.setValue(cell.span)
        self.required.setChecked(cell.required or bool(definition and definition.required))
        self.required.setEnabled(not (definition and definition.required))  # a field's own "required" stays
        self.read_only.setChecked(cell.read_only)
        for kind, editor in self.conditions.items():
            editor.set_conditions(getattr(cell, kind), fields, locale, self.lookups)
        self._loading = False
        self.setCurrentIndex(1)

    def show_section(self, draft: FormDraft, index: int) -> None:
        self.draft = draft
        self.cell_key, self.section_index = None, index
        section = draft.sections[index]
        self._loading = True
        self.section_key.setText(section.key)
        self.label_zh.setText(section.labels.get("zh_CN", ""))
        self.label_en.setText(section.labels.get("en", ""))
        self.columns.setValue(section.columns)
        self._loading = False
        self.setCurrentIndex(2)

    def _apply_cell(self) -> None:
        if self._loading or self.cell_key is None:
            return
        definition = self.fields.get(self.cell_key)
        self.draft.update_cell(
            self.cell_key,
            span=self.span.value(),
            required=self.required.isChecked() and not (definition and definition.required),
            read_only=self.read_only.isChecked(),
            **{kind: editor.conditions() for kind, editor in self.conditions.items()},
        )
        self.changed.emit()

    def _apply_section(self) -> None:
        if self._loading or self.section_index is None:
            return
        section = self.draft.sections[self.section_index]
        section.labels = {
            k: v for k, v in (("zh_CN", self.label_zh.text()), ("en", self.label_en.text())) if v
        }
        section.columns = self.columns.value()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select a field or a section to see its properties."))
        self.cell_labels["field"].setText(self.tr("Field"))
        self.cell_labels["span"].setText(self.tr("Columns spanned"))
        self.required.setText(self.tr("Required"))
        self.read_only.setText(self.tr("Read-only"))
        self.condition_boxes["visible_when"].setTitle(self.tr("Visible only when"))
        self.condition_boxes["required_when"].setTitle(self.tr("Required when"))
        self.condition_boxes["read_only_when"].setTitle(self.tr("Read-only when"))
        self.section_labels["key"].setText(self.tr("Key"))
        self.section_labels["zh"].setText(self.tr("Title (Chinese)"))
        self.section_labels["en"].setText(self.tr("Title (English)"))
        self.section_labels["columns"].setText(self.tr("Columns"))
