"""The header of a sales document (quote, order, contract): its entry form, rendered from the definition the user's
station resolves, around which a dialog puts its own widgets (customer picker, line table, totals…).

The header starts with the shipped base form (instant), then loads the station's form and the code book in a
worker and follows definition changes (DefinitionWatcher); typed input survives every rebuild. `required_only`
shows just the custom fields the form requires (a minimal dialog such as the storefront quick sale).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QVBoxLayout, QWidget

from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.conditions import cell_state
from crm_desktop.services.definitions.schema import FormLayout, Section
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import translate_error
from crm_desktop.ui.form_definitions import BookLookups, DefinitionWatcher, FormDefinition, base_form
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

TEXT_LINES = 4  # height of a multi-line field in a header


def required_custom(definition: FormDefinition) -> FormDefinition:
    """Only the form's required custom fields, one section of one column (empty when there are none)."""
    fields = definition.fields
    cells = tuple(
        cell
        for cell in definition.layout.cells()
        if cell.field in fields
        and fields[cell.field].custom
        and cell_state(cell, fields[cell.field], {}).required
    )
    sections = (Section("required", {"zh_CN": "必填信息", "en": "Required"}, 1, tuple((c,) for c in cells)),)
    layout = FormLayout(definition.layout.entity, sections if cells else ())
    return FormDefinition(layout, definition.fields, definition.codes, definition.users)


def as_date(value: Any) -> date | None:
    """A date editor's value (ISO text) as a date."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if isinstance(value, str) and value else None


class DocumentHeader(QWidget):
    """`changed` fires on every edit by the user; `definition_changed` after a new definition is shown."""

    changed = Signal()
    definition_changed = Signal()

    def __init__(
        self, workspace: Workspace, entity: str, parent: QWidget | None = None, *, required_only: bool = False
    ) -> None:
        super().__init__(parent)
        named(self, f"{entity}_header")
        self.workspace, self.entity, self.required_only = workspace, entity, required_only
        self.definition = self._shown(base_form(entity, workspace.user.station_code))
        self._book = CodeBook()
        self._loaded = False
        self.renderer = FormRenderer(
            self.definition.layout, self.definition.fields, self._lookups(), current_language()
        )
        self.renderer.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.renderer)
        self._compact()
        self.setVisible(bool(self.definition.layout.sections))
        self.watcher = DefinitionWatcher(workspace, entity, "form", self)
        self.watcher.ready.connect(self.set_definition)
        run_in_background(lambda: CodeBook.load(workspace), self._book_loaded, lambda _e: None, receiver=self)

    def _shown(self, definition: FormDefinition) -> FormDefinition:
        return required_custom(definition) if self.required_only else definition

    def _lookups(self) -> BookLookups:
        return BookLookups(self._book, self.definition.users, self.definition.codes)

    def _book_loaded(self, book: CodeBook) -> None:
        self._book = book
        self.renderer.set_lookups(self._lookups())
        self.watcher.reload()  # after the book, so code fields of the station's form get their items

    def is_loading(self) -> bool:
        """True until the station's form has been shown once (and while a reload runs)."""
        return not self._loaded or self.watcher.is_loading()

    def set_definition(self, definition: FormDefinition) -> None:
        """Show a new definition; what the form holds stays."""
        self._loaded = True
        definition = self._shown(definition)
        if definition != self.definition:
            self.definition = definition
            self.renderer.set_lookups(self._lookups())
            self.renderer.set_definition(definition.layout, definition.fields)
            self._compact()
            self.setVisible(bool(definition.layout.sections))
        self.definition_changed.emit()

    def _compact(self) -> None:
        """Multi-line fields a few lines high: the dialog's line table, not the header, takes the extra room."""
        for widget in self.renderer.fields.values():
            if isinstance(widget, QAbstractScrollArea):
                widget.setMaximumHeight(widget.fontMetrics().lineSpacing() * TEXT_LINES + 12)

    # ----- values ------------------------------------------------------------------------------------------
    def set_values(self, values: Mapping[str, Any], *, defaults: bool = False) -> None:
        """Built-in values by field key plus the record's `extra` (dates as date or ISO text)."""
        shown = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}
        self.renderer.set_values(shown, defaults=defaults)

    def values(self) -> dict[str, Any]:
        return self.renderer.values()

    def custom_values(self) -> dict[str, Any]:
        """The values of custom fields (the record's `extra`): every key that is no built-in field."""
        builtin = {f.key for f in entities.spec(self.entity).builtin_fields}
        return {k: v for k, v in self.values().items() if k not in builtin}

    def set_read_only(self, read_only: bool) -> None:
        self.renderer.set_read_only(read_only)

    # ----- errors ------------------------------------------------------------------------------------------
    def show_errors(self, error: ValidationError) -> list[str]:
        """Put each message beside its field; returns the fields with no place here."""
        messages = {
            name: translate_error(message, error.field_params.get(name))
            for name, message in error.fields.items()
        }
        return self.renderer.show_errors(messages)

    def clear_errors(self) -> None:
        self.renderer.clear_errors()

    def error_text(self, key: str) -> str:
        return self.renderer.error_text(key)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.renderer.set_locale(current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
