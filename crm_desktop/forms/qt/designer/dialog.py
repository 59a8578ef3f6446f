"""System settings → Forms and lists: the administrator's designer for entry forms and list layouts.

Pick the entity, the kind (entry form / list) and the layer (company-wide or one station). The form page has the
field palette on the left (fields not yet placed; “New custom field…”), the form in the centre (drag and drop) and
the selected cell's or section's properties on the right; the list page chooses and orders columns. Save checks
the definition with services.definitions.validation first and lists every problem below, keeping the edit; each
save is a new version (History… rolls back), Reset to base drops the layer back to what ships with the program.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.backend import (
    CachedLookups,
    DesignerBackend,
    Loaded,
    StationChoice,
)
from crm_desktop.forms.qt.designer.canvas import FormCanvas
from crm_desktop.forms.qt.designer.draft import FormDraft, ListDraft
from crm_desktop.forms.qt.designer.field_dialog import FieldDialog
from crm_desktop.forms.qt.designer.history_dialog import HistoryDialog
from crm_desktop.forms.qt.designer.list_editor import ListEditor
from crm_desktop.forms.qt.designer.palette import FieldPalette
from crm_desktop.forms.qt.designer.preview import PreviewDialog, choose_station
from crm_desktop.forms.qt.designer.properties import PropertiesPanel
from crm_desktop.forms.qt.designer.support import (
    Runner,
    error_text,
    named,
    run_now,
    show_error,
    translate_error,
)
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import FieldDef, FormLayout, ListLayout
from crm_desktop.services.definitions.store import DefinitionError
from crm_desktop.services.definitions.validation import Problem, validate_form, validate_list


class DesignerDialog(QDialog):
    """`loaded` fires after each (re)load of the chosen layout; `saved` after a successful save."""

    loaded = Signal()
    saved = Signal()

    def __init__(
        self,
        backend: DesignerBackend,
        parent: QWidget | None = None,
        *,
        run: Runner = run_now,
        language: Callable[[], str] = lambda: "zh_CN",
    ) -> None:
        """`run` does the loads (the UI passes ui.workers.run_in_background); `language()` is the UI language."""
        super().__init__(parent)
        named(self, "forms_designer")
        self.backend = backend
        self._run = run
        self._language = language
        self.stations: list[StationChoice] = []
        self.fields: dict[str, FieldDef] = {}
        self.current: Loaded | None = None
        self.form_draft = FormDraft("")
        self.list_draft = ListDraft("")
        self.dirty = False
        self._pending = 0
        self._choice: tuple[str, str, str, str | None] | None = None

        self.entity = named(QComboBox(), "designer_entity")
        for spec in entities.specs():
            self.entity.addItem(spec.name, spec.name)
        self.kind = named(QComboBox(), "designer_kind")
        self.kind.addItem("", "form")
        self.kind.addItem("", "list")
        self.layer = named(QComboBox(), "designer_layer")
        self.layer.addItem("", None)  # company
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.entity, self.kind, self.layer):
            combo.currentIndexChanged.connect(lambda *_: self._choice_changed())
        self.source = named(QLabel(), "designer_source")

        self.field_palette = named(FieldPalette(self.remove_field), "field_palette")
        self.field_palette.itemDoubleClicked.connect(lambda *_: self.edit_field())
        self.btn_new_field = named(QPushButton(), "designer_new_field")
        self.btn_edit_field = named(QPushButton(), "designer_edit_field")
        self.btn_delete_field = named(QPushButton(), "designer_delete_field")
        self.btn_add_section = named(QPushButton(), "designer_add_section")
        self.palette_label = QLabel()
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.palette_label)
        left_column.addWidget(self.field_palette, 1)
        left_column.addWidget(self.btn_new_field)
        left_column.addWidget(self.btn_edit_field)
        left_column.addWidget(self.btn_delete_field)
        left_column.addWidget(self.btn_add_section)
        self.canvas = named(FormCanvas(), "form_canvas")
        self.properties = PropertiesPanel()
        self.canvas.changed.connect(self._form_edited)
        self.canvas.selection_changed.connect(self._show_selection)
        self.properties.changed.connect(self._property_edited)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.properties)
        splitter.setSizes([200, 500, 420])  # the properties' condition tables need the room
        self.list_editor = ListEditor()
        self.list_editor.changed.connect(self._mark_dirty)
        self.pages = named(QStackedWidget(), "designer_pages")
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.list_editor)

        self.problems = named(QListWidget(), "designer_problems")
        self.problems.setMaximumHeight(96)
        self.problems.hide()
        self.problems.itemClicked.connect(
            lambda item: self._go_to_problem(item.data(Qt.ItemDataRole.UserRole))
        )
        self.btn_preview = named(QPushButton(), "designer_preview")
        self.btn_history = named(QPushButton(), "designer_history")
        self.btn_reset = named(QPushButton(), "designer_reset")
        self.btn_save = named(QPushButton(), "designer_save")
        self.btn_close = named(QPushButton(), "designer_close")
        for button, action in (
            (self.btn_new_field, self.new_field),
            (self.btn_edit_field, self.edit_field),
            (self.btn_delete_field, self.delete_field),
            (self.btn_add_section, self.add_section),
            (self.btn_preview, self.preview),
            (self.btn_history, self.show_history),
            (self.btn_reset, self.reset_to_base),
            (self.btn_save, self.save),
            (self.btn_close, self.reject),
        ):
            button.clicked.connect(lambda _checked=False, action=action: action())  # no `checked` argument
        self.top_labels = {k: QLabel() for k in ("entity", "kind", "layer")}
        top = QHBoxLayout()
        for key, combo in (("entity", self.entity), ("kind", self.kind), ("layer", self.layer)):
            top.addWidget(self.top_labels[key])
            top.addWidget(combo)
        top.addWidget(self.source, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.btn_preview)
        bottom.addWidget(self.btn_history)
        bottom.addWidget(self.btn_reset)
        bottom.addStretch(1)
        bottom.addWidget(self.btn_save)
        bottom.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self.resize(1180, 720)
        self.retranslate_ui()
        self._load_stations()

    # ----- what is being edited --------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return "en" if self._language().startswith("en") else "zh_CN"

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def choice(self) -> tuple[str, str, str, str | None]:
        station = self.layer.currentData()
        return (
            str(self.entity.currentData()),
            str(self.kind.currentData()),
            "station" if station else "company",
            station,
        )

    def select(self, entity: str, kind: str, station: str | None) -> None:
        """Choose what to edit (as the user would with the three combo boxes); loads it."""
        self._set_combos(entity, kind, station)
        self._choice_changed()

    def _set_combos(self, entity: str, kind: str, station: str | None) -> None:
        for combo, value in ((self.entity, entity), (self.kind, kind), (self.layer, station)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _choice_changed(self) -> None:
        new = self.choice()
        if new == self._choice:
            return
        if (
            self.dirty
            and self._choice
            and not self._confirm(self.tr("Discard the unsaved changes to this layout?"))
        ):
            entity, kind, _, station = self._choice
            self._set_combos(entity, kind, station)
            return
        self._choice = new
        self.pages.setCurrentIndex(0 if new[1] == "form" else 1)
        self.reload()

    def _load_stations(self) -> None:
        self._pending += 1
        self._run(self.backend.stations, self._stations_loaded, self._failed, self)

    def _stations_loaded(self, stations: list[StationChoice]) -> None:
        self._pending -= 1
        self.stations = stations
        self.layer.blockSignals(True)
        for station in stations:
            self.layer.addItem(station.label(self.lang), station.code)
        self.layer.blockSignals(False)
        self.retranslate_ui()
        self._choice_changed()

    def reload(self) -> None:
        entity, kind, layer, station = self.choice()

        def fetch() -> tuple[list[FieldDef], Loaded]:
            return self.backend.fields(entity, kind), self.backend.load(entity, kind, layer, station)

        self._pending += 1
        self._run(fetch, self._apply, self._failed, self)

    def _apply(self, data: tuple[list[FieldDef], Loaded]) -> None:
        self._pending -= 1
        fields, loaded = data
        self.fields = {f.key: f for f in fields}
        self.current = loaded
        self.dirty = False
        self.show_problems([])
        if isinstance(loaded.document, FormLayout):
            self.form_draft = FormDraft.from_layout(loaded.document)
            self.properties.lookups = CachedLookups(self.backend)
            self.canvas.set_draft(self.form_draft, self.fields, self.lang)
            self.properties.show_nothing()
            self._refresh_palette()
        else:
            self.list_draft = ListDraft.from_layout(loaded.document)
            self.list_editor.set_draft(self.list_draft, self.fields, self.lang)
        self._show_source()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self._pending -= 1
        if self.isVisible():
            show_error(self, error)

    def _show_source(self) -> None:
        if self.current is None:
            return
        layer = self.choice()[2]
        texts = {
            "base": self.tr("the layout shipped with the program"),
            "company": self.tr("the company-wide layout"),
            "station": self.tr("this station's own layout"),
        }
        text = self.tr("Starting from {source}").format(source=texts.get(self.current.source_layer, ""))
        if self.current.source_layer == layer:
            text = self.tr("Version {no}, {source}").format(
                no=self.current.version_no, source=texts[self.current.source_layer]
            )
        self.source.setText(text + (self.tr(" — unsaved changes") if self.dirty else ""))

    # ----- form edits ------------------------------------------------------------------------------------------
    def _refresh_palette(self) -> None:
        placed = set(self.form_draft.placed())
        self.field_palette.set_fields([f for k, f in self.fields.items() if k not in placed], self.lang)

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._show_source()

    def _form_edited(self) -> None:
        self._refresh_palette()
        self._mark_dirty()

    def _property_edited(self) -> None:
        self.canvas.rebuild()
        self._mark_dirty()

    def _show_selection(self) -> None:
        if self.canvas.selected_cell is not None:
            self.properties.show_cell(self.form_draft, self.canvas.selected_cell, self.fields, self.lang)
        elif self.canvas.selected_section is not None:
            self.properties.show_section(self.form_draft, self.canvas.selected_section)
        else:
            self.properties.show_nothing()

    def remove_field(self, key: str) -> None:
        self.canvas.remove_field(key)

    def add_section(self) -> None:
        index = self.form_draft.add_section({"zh_CN": "新分组", "en": "New section"})
        self.canvas.select_section(index)
        self._mark_dirty()

    # ----- custom fields ---------------------------------------------------------------------------------------
    def new_field(self) -> QDialog:
        return self._field_dialog(None)

    def edit_field(self) -> QDialog | None:
        item = self.field_palette.currentItem()
        definition = self.fields.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
        if definition is None and self.canvas.selected_cell:
            definition = self.fields.get(self.canvas.selected_cell)
        if definition is None or definition.builtin:
            return None
        return self._field_dialog(definition)

    def delete_field(self, confirmed: bool = False) -> bool:
        """Delete the custom field selected in the palette (records keep their values; layouts drop it)."""
        item = self.field_palette.currentItem()
        definition = self.fields.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
        if definition is None or definition.builtin:
            return False
        question = self.tr("Delete the custom field “{name}”? Values already entered are kept.")
        if not confirmed and not self._confirm(question.format(name=definition.label(self.lang))):
            return False
        try:
            self.backend.delete_field(self.choice()[0], definition.key)
        except Exception as error:
            show_error(self, error)
            return False
        del self.fields[definition.key]
        if self.pages.currentIndex() == 0:
            self._refresh_palette()
        else:
            self.list_editor.refresh()
        self.saved.emit()
        return True

    def _field_dialog(self, current: FieldDef | None) -> QDialog:
        entity = self.choice()[0]
        dialog = FieldDialog(self.backend.code_tables(), list(self.fields), current, self)
        dialog.setModal(True)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                saved = self.backend.save_field(entity, dialog.definition(), current is None)
            except Exception as error:
                show_error(self, error)
                return
            self.fields[saved.key] = saved
            self.saved.emit()
            if self.pages.currentIndex() == 0:
                self.canvas.set_draft(self.form_draft, self.fields, self.lang)
                self._refresh_palette()
            else:
                self.list_editor.set_draft(self.list_draft, self.fields, self.lang)

        dialog.finished.connect(done)
        dialog.show()
        return dialog

    # ----- save, history, reset, preview ----------------------------------------------------------------------
    def document(self) -> FormLayout | ListLayout:
        return self.form_draft.to_layout() if self.choice()[1] == "form" else self.list_draft.to_layout()

    def check(self) -> list[Problem]:
        document = self.document()
        entity = self.choice()[0]
        if isinstance(document, FormLayout):
            return validate_form(document, self.fields, entity)
        return validate_list(document, self.fields, entity)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(translate_error(problem.message, problem.params))
            item = self.problems.item(self.problems.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
        self.problems.setVisible(bool(problems))

    def _go_to_problem(self, path: str) -> None:
        """Select what a problem's path ("sections[0].rows[1][2]…", or a section) points at."""
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", str(path or ""))]
        if self.pages.currentIndex() != 0 or not numbers or numbers[0] >= len(self.form_draft.sections):
            return
        section = self.form_draft.sections[numbers[0]]
        if (
            len(numbers) >= 3
            and numbers[1] < len(section.rows)
            and numbers[2] < len(section.rows[numbers[1]])
        ):
            self.canvas.select_cell(section.rows[numbers[1]][numbers[2]].field)
        else:
            self.canvas.select_section(numbers[0])

    def save(self) -> bool:
        problems = self.check()
        self.show_problems(problems)
        if problems or self.current is None:
            return False
        entity, kind, layer, station = self.choice()
        return self._write(
            lambda: self.backend.save(entity, kind, layer, station, self.document(), self.current_version())
        )

    def current_version(self) -> int:
        return (
            self.current.version_no if self.current and self.current.source_layer == self.choice()[2] else 0
        )

    def _write(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except DefinitionError as error:  # the draft stays as it is: nothing typed is lost
            self.show_problems(error.problems)
            return False
        except Exception as error:
            self.show_problems([Problem("", error_text(error))])
            return False
        self.dirty = False
        self.saved.emit()
        self.reload()
        return True

    def show_history(self) -> HistoryDialog:
        entity, kind, layer, station = self.choice()
        dialog = HistoryDialog(self.backend.history(entity, kind, layer, station), self)
        dialog.setModal(True)

        def done(result: int) -> None:
            chosen = dialog.chosen
            if result == QDialog.DialogCode.Accepted and chosen is not None:
                self._write(lambda: self.backend.rollback(chosen.id, self.current_version()))

        dialog.finished.connect(done)
        dialog.show()
        return dialog

    def reset_to_base(self, confirmed: bool = False) -> bool:
        if not confirmed and not self._confirm(
            self.tr(
                "Drop this layer's layout and use the one shipped with the program? The history keeps it."
            )
        ):
            return False
        entity, kind, layer, station = self.choice()
        return self._write(lambda: self.backend.reset(entity, kind, layer, station, self.current_version()))

    def preview(self, station: str | None = None) -> QDialog | None:
        if self.choice()[1] != "form":
            return None
        if station is None:
            picked = choose_station(self, self.stations, self.lang, self.layer.currentData())
            if picked is None:
                return None
            station = picked
        entity, _, layer, edited_station = self.choice()
        resolved = self.backend.resolved(entity, "form", station)
        layout = resolved.document
        # the draft is what this station would get once saved when it edits that station, or the company
        # layer of a station without its own layout
        if edited_station == station or (layer == "company" and resolved.source_layer != "station"):
            layout = self.form_draft.to_layout()
        assert isinstance(layout, FormLayout)
        dialog = PreviewDialog(self.backend, layout, self.fields, self.lang, self)
        dialog.show()
        return dialog

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.dirty and not self._confirm(self.tr("Close the designer and discard the unsaved changes?")):
            return
        super().reject()

    # ----- language --------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Forms and lists"))
        self.top_labels["entity"].setText(self.tr("Record type"))
        self.top_labels["kind"].setText(self.tr("Layout"))
        self.top_labels["layer"].setText(self.tr("Applies to"))
        names = {"customer": self.tr("Customers"), "contact": self.tr("Contacts")}
        names.update(lead=self.tr("Leads"), opportunity=self.tr("Opportunities"))
        names.update(quote=self.tr("Quotes"), order=self.tr("Sales orders"), contract=self.tr("Contracts"))
        for i in range(self.entity.count()):
            self.entity.setItemText(i, names.get(str(self.entity.itemData(i)), str(self.entity.itemData(i))))
        self.kind.setItemText(0, self.tr("Entry form"))
        self.kind.setItemText(1, self.tr("List columns"))
        self.layer.setItemText(0, self.tr("Whole company"))
        for i, station in enumerate(self.stations, start=1):
            self.layer.setItemText(i, self.tr("Station: {name}").format(name=station.label(self.lang)))
        self.palette_label.setText(self.tr("Fields (drag into the form)"))
        self.btn_new_field.setText(self.tr("&New custom field…"))
        self.btn_edit_field.setText(self.tr("&Edit custom field…"))
        self.btn_delete_field.setText(self.tr("&Delete custom field…"))
        self.btn_add_section.setText(self.tr("Add &section"))
        self.btn_preview.setText(self.tr("&Preview as station…"))
        self.btn_history.setText(self.tr("&History…"))
        self.btn_reset.setText(self.tr("&Reset to base"))
        self.btn_save.setText(self.tr("&Save"))
        self.btn_close.setText(self.tr("Close"))
        self.canvas.texts = {
            "new_row": self.tr("Drop a field here for a new row"),
            "row_end": "+",
            "row_up": self.tr("Move the row up"),
            "row_down": self.tr("Move the row down"),
            "row_grip": self.tr("Drag to move the row"),
            "section": self.tr("Drag the title onto another section's title to move the section there"),
        }
        self.canvas.rebuild()
        self._show_source()
