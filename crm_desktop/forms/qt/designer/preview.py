"""“Preview as station…”: the form a station's users would get, rendered by the real FormRenderer (try it out:
conditions work, nothing is saved)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.forms.qt.designer.backend import DesignerBackend, StationChoice
from crm_desktop.forms.qt.designer.support import named
from crm_desktop.forms.qt.editors import StaticLookups
from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.definitions.schema import FieldDef, FormLayout


def choose_station(
    parent: QWidget, stations: Sequence[StationChoice], locale: str, current: str | None
) -> str | None:
    """Ask which station to preview as; None when cancelled."""
    names = [s.label(locale) for s in stations]
    if not names:
        return None
    index = next((i for i, s in enumerate(stations) if s.code == current), 0)
    title = parent.tr("Preview as station")
    name, ok = QInputDialog.getItem(parent, title, parent.tr("Station"), names, index, False)
    return stations[names.index(name)].code if ok and name in names else None


class PreviewDialog(QDialog):
    def __init__(
        self,
        backend: DesignerBackend,
        layout: FormLayout,
        fields: Mapping[str, FieldDef],
        locale: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "designer_preview_dialog")
        tables = {fields[c.field].code_table for c in layout.cells() if c.field in fields}
        codes = {t: backend.code_items(t) for t in tables if t}
        used = {fields[c.field].type for c in layout.cells() if c.field in fields}
        users = backend.users() if "user" in used else []
        self.renderer = FormRenderer(layout, fields, StaticLookups(codes, users), locale)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.renderer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(buttons)
        self.resize(760, 560)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview (nothing is saved)"))
