"""Form and list definitions for the screens: what the user's station resolves, and lookups for the renderer.

`base_form` / `base_list` are the shipped layouts (instant, no database), so a screen can build at once;
`load_form` / `load_list` (blocking: run them in a worker) ask the definition store for the layer that applies to
the user's station. Screens reload when the "definitions" topic arrives (ui/live.py → records_changed).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from crm_desktop.forms.qt.editors import ChoiceItem
from crm_desktop.services.definitions import entities, store
from crm_desktop.services.definitions.schema import FieldDef, FormLayout, ListLayout
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CATEGORIES, CodeBook
from crm_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)
_I = TypeVar("_I")

TOPIC = store.TOPIC  # the change-feed topic and records_changed entity of a saved definition


@dataclass(frozen=True)
class FormDefinition:
    layout: FormLayout
    fields: dict[str, FieldDef]
    # what the screen's CodeBook does not hold: items of other code tables the form's fields use, and the users
    codes: Mapping[str, tuple[ChoiceItem, ...]] = field(default_factory=dict)
    users: tuple[ChoiceItem, ...] = ()


@dataclass(frozen=True)
class ListDefinition:
    layout: ListLayout
    fields: dict[str, FieldDef]  # every field a column may show (built-in, list-only and custom)


def base_form(entity: str, station_code: str | None) -> FormDefinition:
    spec = entities.spec(entity)
    return FormDefinition(spec.base_form(station_code), {f.key: f for f in spec.builtin_fields})


def base_list(entity: str, station_code: str | None) -> ListDefinition:
    spec = entities.spec(entity)
    return ListDefinition(spec.base_list(station_code), {f.key: f for f in entities.list_fields(entity)})


def load_form(workspace: Workspace, entity: str) -> FormDefinition:
    """The form the user's station resolves (blocking)."""
    resolved = store.resolve_form(workspace.db, entity, workspace.user.station_code)
    shown = [resolved.fields[key] for key in resolved.layout.field_keys() if key in resolved.fields]
    tables = {f.code_table for f in shown if f.code_table and f.code_table not in CATEGORIES}
    codes = {t: tuple((c.id, c.name, c.name_en) for c in workspace.codes(t)) for t in sorted(tables)}
    users: tuple[ChoiceItem, ...] = ()
    if any(f.type == "user" for f in shown):
        users = tuple((p.id, p.full_name, p.full_name) for p in workspace.colleagues())
    return FormDefinition(resolved.layout, dict(resolved.fields), codes, users)


def load_list(workspace: Workspace, entity: str) -> ListDefinition:
    """The list layout the user's station resolves (blocking)."""
    resolved = store.resolve_list(workspace.db, entity, workspace.user.station_code)
    fields = {f.key: f for f in entities.list_fields(entity)}
    fields.update(resolved.fields)
    return ListDefinition(resolved.layout, fields)


@dataclass
class BookLookups:
    """The renderer's lookups over a screen's CodeBook (regions: the cities with their full path), code tables
    the book does not hold, and users."""

    book: CodeBook
    users: Sequence[ChoiceItem] = field(default_factory=tuple)
    codes: Mapping[str, Sequence[ChoiceItem]] = field(default_factory=dict)

    def combo_items(self, category: str) -> list[ChoiceItem]:
        if category in self.codes:
            return list(self.codes[category])
        return self.book.city_items() if category == "region" else self.book.combo_items(category)

    def user_items(self) -> list[ChoiceItem]:
        return list(self.users)


def input_values(data: object) -> dict[str, Any]:
    """A service input dataclass (CustomerInput, ContactInput…) as the renderer's values: its attributes (dates as
    ISO text) and, when it has one, its `extra` (custom field values)."""
    values: dict[str, Any] = dict(getattr(data, "extra", None) or {})
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        if f.name != "extra":
            value = getattr(data, f.name)
            values[f.name] = value.isoformat() if isinstance(value, date) else value
    return values


def input_from_values(cls: type[_I], values: Mapping[str, Any], fields: Mapping[str, FieldDef]) -> _I:
    """The renderer's values as a service input: attributes from built-in keys (ISO dates parsed back), the rest
    into `extra` when the class has one."""
    rest = dict(values)
    kwargs: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for name in names - {"extra"}:
        if name not in rest:
            continue
        value = rest.pop(name)
        definition = fields.get(name)
        if definition is not None and definition.type == "date" and isinstance(value, str):
            value = date.fromisoformat(value)
        kwargs[name] = value
    if "extra" in names:
        kwargs["extra"] = rest
    return cls(**kwargs)


class DefinitionWatcher(QObject):
    """Loads an entity's form or list definition in a worker, now and whenever a definition change arrives.

    `ready(definition)` delivers a FormDefinition (kind "form") or ListDefinition (kind "list") on the GUI thread;
    `is_loading()` says whether a load is under way. A failed load keeps what the screen shows (logged).
    """

    ready = Signal(object)

    def __init__(self, workspace: Workspace, entity: str, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.entity, self.kind = workspace, entity, kind
        self._generation = 0
        self._loading = False
        app_signals().records_changed.connect(self._records_changed)

    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        workspace, entity = self.workspace, self.entity
        loader: Callable[[Workspace, str], Any] = load_form if self.kind == "form" else load_list
        run_in_background(
            lambda: loader(workspace, entity),
            lambda definition: self._loaded(generation, definition),
            lambda error: self._failed(generation, error),
            receiver=self,
        )

    def _loaded(self, generation: int, definition: object) -> None:
        if generation == self._generation:
            self._loading = False
            self.ready.emit(definition)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            log.warning("could not load the %s %s definition", self.entity, self.kind, exc_info=error)

    def _records_changed(self, entity: str, _ids: list[object]) -> None:
        if entity == TOPIC:
            self.reload()
