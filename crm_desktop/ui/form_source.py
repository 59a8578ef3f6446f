"""The entry form an entity's editor dialogs use: the shipped layout at once, the station's resolved one once
loaded, kept current when an administrator saves a definition (see ui/form_definitions.DefinitionWatcher).

A page owns one `FormSource` per entity and hands it to each editor dialog it opens; a dialog shows
`source.definition` and follows `source.changed` while it is open (the input typed so far stays).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import DefinitionWatcher, FormDefinition, base_form


class FormSource(QObject):
    """`definition` is the form to show now; `changed(FormDefinition)` fires when another one applies."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace, entity: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.definition: FormDefinition = base_form(entity, workspace.user.station_code)
        self.watcher = DefinitionWatcher(workspace, entity, "form", self)
        self.watcher.ready.connect(self._ready)
        self.watcher.reload()

    def is_loading(self) -> bool:
        return self.watcher.is_loading()

    def _ready(self, definition: object) -> None:
        assert isinstance(definition, FormDefinition)
        if definition != self.definition:
            self.definition = definition
            self.changed.emit(definition)
