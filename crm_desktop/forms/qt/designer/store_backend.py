"""DesignerBackend over the definitions store (crm_desktop.services.definitions.store) for a signed-in Workspace.

Writes need the `system` module's edit permission (checked by the store); reading definitions is open.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crm_desktop.forms.qt.designer.backend import Document, Loaded, StationChoice, VersionInfo
from crm_desktop.services import codes, directory, stations
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.schema import FieldDef, form_from_dict, list_from_dict
from crm_desktop.services.workspace import Workspace


class StoreBackend:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db
        self.service = store.DefinitionService(workspace.db, workspace.user)

    def stations(self) -> list[StationChoice]:
        return [StationChoice(s.code, s.name, s.name_en) for s in stations.list_stations(self.db)]

    def fields(self, entity: str, kind: str) -> list[FieldDef]:
        resolved = (
            store.resolve_form(self.db, entity, None)
            if kind == "form"
            else store.resolve_list(self.db, entity, None)
        )
        return list(resolved.fields.values())

    def resolved(self, entity: str, kind: str, station: str | None) -> Loaded:
        if kind == "form":
            form = store.resolve_form(self.db, entity, station)
            return Loaded(form.layout, form.layer, form.version_no)
        listing = store.resolve_list(self.db, entity, station)
        return Loaded(listing.layout, listing.layer, listing.version_no)

    def load(self, entity: str, kind: str, layer: str, station: str | None) -> Loaded:
        versions = self.service.history(entity, kind, layer, station)
        version_no = versions[0].version_no if versions else 0
        newest = versions[0].document if versions else None
        if newest is not None:
            document: Document = form_from_dict(newest) if kind == "form" else list_from_dict(newest)
            return Loaded(document, layer, version_no)
        # the layer has no layout of its own (or was reset): start from what applies there today
        below = self.resolved(entity, kind, station if layer == "station" else None)
        return replace(below, version_no=version_no)

    def save(
        self, entity: str, kind: str, layer: str, station: str | None, document: Document, expected: int
    ) -> int:
        return self.service.save_layout(document, layer, station, based_on=expected).version_no

    def history(self, entity: str, kind: str, layer: str, station: str | None) -> list[VersionInfo]:
        return [
            VersionInfo(
                v.id, v.version_no, v.created_at, v.created_by_name or "", v.comment or "", v.document is None
            )
            for v in self.service.history(entity, kind, layer, station)
        ]

    def rollback(self, version_id: int, expected: int) -> None:
        self.service.rollback(version_id, based_on=expected)

    def reset(self, entity: str, kind: str, layer: str, station: str | None, expected: int) -> None:
        self.service.reset_to_base(entity, kind, layer, station, based_on=expected)

    def save_field(self, entity: str, definition: FieldDef, new: bool) -> FieldDef:
        if new:
            return self.service.create_field(entity, definition)
        return self.service.update_field(entity, definition)

    def delete_field(self, entity: str, key: str) -> None:
        current = next((f for f in self.service.fields(entity) if f.key == key), None)
        if current is not None:
            self.service.delete_field(entity, key, current.version)

    def code_tables(self) -> list[str]:
        return codes.categories(self.db)

    def code_items(self, category: str) -> list[tuple[Any, str, str]]:
        return [(c.id, c.name, c.name_en) for c in codes.list_codes(self.db, category)]

    def users(self) -> list[tuple[Any, str, str]]:
        return [(c.id, c.full_name, c.full_name) for c in directory.colleagues(self.db)]
