"""What the designer needs from the definitions store, as one small interface (no Qt).

`DesignerBackend` is the contract the dialog is written against; `StoreBackend` (store_backend.py) implements it
over crm_desktop.services.definitions for a signed-in Workspace, and tests may pass an in-memory one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from crm_desktop.services.definitions.schema import FieldDef, FormLayout, ListLayout

Document = FormLayout | ListLayout


@dataclass(frozen=True)
class StationChoice:
    code: str
    name: str
    name_en: str

    def label(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name


@dataclass(frozen=True)
class Loaded:
    """The document the designer starts from for one (entity, kind, layer, station)."""

    document: Document
    source_layer: (
        str  # the layer it came from: "base", "company" or "station" (a lower one when this has none)
    )
    version_no: int  # the newest version of the edited layer (0 = never saved); the optimistic check on save


@dataclass(frozen=True)
class VersionInfo:
    id: int
    version_no: int
    created_at: datetime
    created_by: str
    comment: str
    reset: bool  # a "reset to base" version (no document)


class DesignerBackend(Protocol):
    def stations(self) -> list[StationChoice]: ...

    def fields(self, entity: str, kind: str) -> list[FieldDef]:
        """Built-in and custom fields a layout of `kind` may place (lists also get list-only fields)."""
        ...

    def load(self, entity: str, kind: str, layer: str, station: str | None) -> Loaded: ...

    def resolved(self, entity: str, kind: str, station: str | None) -> Loaded:
        """The document `station` uses today (most specific existing layer)."""
        ...

    def save(
        self, entity: str, kind: str, layer: str, station: str | None, document: Document, expected: int
    ) -> int: ...

    def history(self, entity: str, kind: str, layer: str, station: str | None) -> list[VersionInfo]: ...

    def rollback(self, version_id: int, expected: int) -> None:
        """Save version `version_id` again as the newest; `expected` = the layer's version the designer holds."""
        ...

    def reset(self, entity: str, kind: str, layer: str, station: str | None, expected: int) -> None: ...

    def save_field(self, entity: str, definition: FieldDef, new: bool) -> FieldDef: ...

    def delete_field(self, entity: str, key: str) -> None: ...

    def code_tables(self) -> list[str]: ...

    def code_items(self, category: str) -> list[tuple[Any, str, str]]:
        """(id, Chinese, English) of a code table's items, for the preview."""
        ...

    def users(self) -> list[tuple[Any, str, str]]: ...


class CachedLookups:
    """The code items and users a backend offers, each fetched once (the Lookups of crm_desktop.forms.qt.editors):
    what the designer's condition values are picked from. A new one per load picks up changed code tables."""

    def __init__(self, backend: DesignerBackend) -> None:
        self.backend = backend
        self._codes: dict[str, list[tuple[Any, str, str]]] = {}
        self._users: list[tuple[Any, str, str]] | None = None

    def combo_items(self, category: str) -> list[tuple[Any, str, str]]:
        if category not in self._codes:
            self._codes[category] = self.backend.code_items(category)
        return self._codes[category]

    def user_items(self) -> list[tuple[Any, str, str]]:
        if self._users is None:
            self._users = self.backend.users()
        return self._users
