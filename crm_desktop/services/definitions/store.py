"""Custom fields and versioned layouts in the database: reading (open to every signed-in user), resolving the
layout a station uses, and the administrator's changes (module "system", operation "edit").

Layers: base (shipped, crm_desktop/services/definitions/entities.py) → company → station. The most specific layer
whose current version has a document applies whole. Every save adds a `layout_versions` row (history); rollback
saves an old document again as the newest version; reset to base saves an empty document. Every change publishes
a "definitions" change-feed event so running clients pick it up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import CodeItem, FieldDefinition, LayoutVersion, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, notify
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import (
    LAYOUT_KINDS,
    FieldDef,
    FormLayout,
    ListColumn,
    ListLayout,
    Section,
    field_from_dict,
    field_to_dict,
    form_from_dict,
    form_to_dict,
    list_from_dict,
    list_to_dict,
)
from crm_desktop.services.definitions.validation import Problem, validate_field, validate_form, validate_list
from crm_desktop.services.definitions.values import CodeLabel, Lookups
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, ServiceError

TOPIC = "definitions"
MODULE, OPERATION = "system", "edit"
EDIT_LAYERS = ("company", "station")

BAD_DOCUMENT = QT_TRANSLATE_NOOP("Errors", "The stored definition is damaged and cannot be read.")
TYPE_FIXED = QT_TRANSLATE_NOOP(
    "Errors", "The type of a field cannot change once it exists; add a new field instead."
)
BAD_SLOT = QT_TRANSLATE_NOOP("Errors", "Choose the company layer, or the station layer with a station.")


class DefinitionError(ServiceError):
    """A definition cannot be saved: `problems` lists each one (path, message, params)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The definition has problems; nothing was saved."))
        self.problems = list(problems)


@dataclass(frozen=True)
class ResolvedForm:
    entity: str
    layout: FormLayout
    fields: dict[str, FieldDef]  # every field of the entity by key (built-in and live custom)
    layer: str  # base | company | station
    version_no: int  # of the applied layer's current version; 0 for base


@dataclass(frozen=True)
class ResolvedList:
    entity: str
    layout: ListLayout
    fields: dict[str, FieldDef]  # every field that can be a column
    layer: str
    version_no: int


@dataclass(frozen=True)
class LayoutVersionDTO:
    id: int
    entity: str
    kind: str
    layer: str
    station_code: str | None
    version_no: int
    document: dict[str, Any] | None  # None: "reset to base"
    comment: str | None
    created_at: datetime
    created_by: int | None
    created_by_name: str | None


# ----- reading (inside a unit of work; no permission needed) ------------------------------------------------------
def custom_fields(session: Session, entity: str, *, include_deleted: bool = False) -> list[FieldDef]:
    stmt = select(FieldDefinition).where(FieldDefinition.entity == entity)
    if not include_deleted:
        stmt = stmt.where(FieldDefinition.deleted_at.is_(None))
    rows = session.execute(stmt.order_by(FieldDefinition.sort_order, FieldDefinition.id)).scalars()
    out = []
    for row in rows:
        try:
            out.append(field_from_dict({**row.document, "key": row.key}, version=row.version))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged definition never breaks a form; the designer shows it as missing
    return out


def all_fields(session: Session, entity: str) -> dict[str, FieldDef]:
    """Built-in and live custom fields of the entity, by key."""
    fields = {f.key: f for f in entities.spec(entity).builtin_fields}
    for f in custom_fields(session, entity):
        fields.setdefault(f.key, f)
    return fields


def column_fields(session: Session, entity: str) -> dict[str, FieldDef]:
    """Fields that can be list columns (the form fields plus list-only ones such as the owner)."""
    return {**all_fields(session, entity), **{f.key: f for f in entities.spec(entity).list_only_fields}}


def _current(
    session: Session, entity: str, kind: str, layer: str, station: str | None
) -> LayoutVersion | None:
    stmt = select(LayoutVersion).where(
        LayoutVersion.entity == entity, LayoutVersion.kind == kind, LayoutVersion.layer == layer
    )
    stmt = stmt.where(
        LayoutVersion.station_code.is_(None) if station is None else LayoutVersion.station_code == station
    )
    return session.execute(stmt.order_by(LayoutVersion.version_no.desc()).limit(1)).scalar_one_or_none()


def _applied(
    session: Session, entity: str, kind: str, station: str | None
) -> tuple[str, LayoutVersion | None]:
    slots: list[tuple[str, str | None]] = [("station", station)] if station else []
    for layer, code in [*slots, ("company", None)]:
        row = _current(session, entity, kind, layer, code)
        if row is not None and row.document is not None:
            return layer, row
    return "base", None


def _prune_form(layout: FormLayout, fields: Mapping[str, FieldDef]) -> FormLayout:
    """Drop cells of fields that no longer exist (a deleted custom field) and conditions on them."""

    def keep(conditions: Any) -> Any:
        return tuple(c for c in conditions if c.field in fields)

    sections = []
    for section in layout.sections:
        rows = []
        for row in section.rows:
            cells = tuple(
                replace(c, visible_when=keep(c.visible_when), required_when=keep(c.required_when),
                        read_only_when=keep(c.read_only_when))
                for c in row if c.field in fields
            )  # fmt: skip
            if cells:
                rows.append(cells)
        sections.append(Section(section.key, section.labels, section.columns, tuple(rows)))
    return FormLayout(layout.entity, tuple(sections))


def form_for(session: Session, entity: str, station_code: str | None) -> ResolvedForm:
    fields = all_fields(session, entity)
    layer, row = _applied(session, entity, "form", station_code)
    layout = entities.spec(entity).base_form(station_code)
    if row is not None:
        try:
            layout = form_from_dict(row.document or {})
        except (KeyError, TypeError, ValueError):
            layer, row = "base", None  # damaged: fall back to the shipped layout rather than no form
    return ResolvedForm(entity, _prune_form(layout, fields), fields, layer, row.version_no if row else 0)


def list_for(session: Session, entity: str, station_code: str | None) -> ResolvedList:
    fields = column_fields(session, entity)
    layer, row = _applied(session, entity, "list", station_code)
    layout = entities.spec(entity).base_list(station_code)
    if row is not None:
        try:
            layout = list_from_dict(row.document or {})
        except (KeyError, TypeError, ValueError):
            layer, row = "base", None
    columns = tuple(c for c in layout.columns if c.field in fields) or (ListColumn("name"),)
    sort = layout.sort_field if layout.sort_field in fields else None
    pruned = ListLayout(layout.entity, columns, sort, layout.sort_descending)
    return ResolvedList(entity, pruned, fields, layer, row.version_no if row else 0)


def load_lookups(session: Session, fields: Iterable[FieldDef], *, users: bool | None = None) -> Lookups:
    """Code items (deleted ones too, marked) of the fields' code tables; user names when a field is a user."""
    fields = list(fields)
    categories = sorted({f.code_table for f in fields if f.code_table})
    codes: dict[str, dict[int, CodeLabel]] = {c: {} for c in categories}
    if categories:
        for item in session.execute(select(CodeItem).where(CodeItem.category.in_(categories))).scalars():
            live = item.deleted_at is None and item.active
            codes[item.category][item.id] = CodeLabel(item.id, item.code, item.name, item.name_en, live)
    names: dict[int, str] | None = None
    if users or (users is None and any(f.type == "user" for f in fields)):
        names = dict(session.execute(select(User.id, User.full_name)).all())
    return Lookups(codes, names)


def definitions_stamp(session: Session) -> tuple[int, int]:
    """Changes whenever a definition changes (for caches): newest layout version id, field versions sum."""
    layouts = session.execute(select(func.max(LayoutVersion.id))).scalar() or 0
    fields = session.execute(select(func.count(), func.sum(FieldDefinition.version))).one()
    return int(layouts), int(fields[0] or 0) * 100000 + int(fields[1] or 0)


def resolve_form(db: Database, entity: str, station_code: str | None) -> ResolvedForm:
    with db.read_only() as session:
        return form_for(session, entity, station_code)


def resolve_list(db: Database, entity: str, station_code: str | None) -> ResolvedList:
    with db.read_only() as session:
        return list_for(session, entity, station_code)


def lookups_for(db: Database, fields: Iterable[FieldDef]) -> Lookups:
    with db.read_only() as session:
        return load_lookups(session, fields)


def _dto(row: LayoutVersion, names: Mapping[int, str]) -> LayoutVersionDTO:
    return LayoutVersionDTO(
        row.id, row.entity, row.kind, row.layer, row.station_code, row.version_no, row.document, row.comment,
        row.created_at, row.created_by, names.get(row.created_by) if row.created_by else None,
    )  # fmt: skip


# ----- administration ---------------------------------------------------------------------------------------------
class DefinitionService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def _admin(self, session: Session) -> None:
        access.require_live(session, self.user, MODULE, OPERATION)

    def _publish(self, session: Session, entity_id: int) -> None:
        notify.publish(session, TOPIC, entity_id, None)

    # -- custom fields --
    def fields(self, entity: str) -> list[FieldDef]:
        """The entity's live custom fields (with their versions for update/delete)."""
        entities.spec(entity)
        with self.db.read_only() as session:
            return custom_fields(session, entity)

    def create_field(self, entity: str, definition: FieldDef) -> FieldDef:
        definition = replace(definition, builtin=False, version=0)
        with self.db.unit_of_work() as session:
            self._admin(session)
            taken = set(all_fields(session, entity)) | {f.key for f in entities.spec(entity).list_only_fields}
            problems = validate_field(definition, taken)
            if problems:
                raise DefinitionError(problems)
            order = session.execute(
                select(func.coalesce(func.max(FieldDefinition.sort_order), 0)).where(
                    FieldDefinition.entity == entity
                )
            ).scalar_one()
            row = FieldDefinition(entity=entity, key=definition.key, document=field_to_dict(definition),
                                  sort_order=int(order) + 1, created_by=self.user.user_id,
                                  updated_by=self.user.user_id)  # fmt: skip
            session.add(row)
            try:
                session.flush()
            except IntegrityError as error:
                raise DefinitionError([Problem("key", "Another field already has the key \u201c{key}\u201d.",
                                               {"key": definition.key})]) from error  # fmt: skip
            audit.record(session, self.user, "create", "field_definition", row.id, definition.key)
            self._publish(session, row.id)
            return replace(definition, version=row.version)

    def _row(self, session: Session, entity: str, key: str, version: int) -> FieldDefinition:
        row = session.execute(
            select(FieldDefinition).where(
                FieldDefinition.entity == entity,
                FieldDefinition.key == key,
                FieldDefinition.deleted_at.is_(None),
            )
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
        if row.version != version:
            raise ConcurrentEditError()
        return row

    def update_field(self, entity: str, definition: FieldDef) -> FieldDef:
        """Change a custom field's properties (not its key or type); `definition.version` as loaded."""
        try:
            with self.db.unit_of_work() as session:
                self._admin(session)
                row = self._row(session, entity, definition.key, definition.version)
                if row.document.get("type") != definition.type:
                    raise DefinitionError([Problem("type", TYPE_FIXED)])
                problems = validate_field(replace(definition, builtin=False))
                if problems:
                    raise DefinitionError(problems)
                row.document = field_to_dict(definition)
                row.updated_by = self.user.user_id
                row.updated_at = datetime.now(UTC)
                session.flush()
                audit.record(session, self.user, "update", "field_definition", row.id, definition.key)
                self._publish(session, row.id)
                return replace(definition, builtin=False, version=row.version)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete_field(self, entity: str, key: str, version: int) -> None:
        """Soft delete: the values stay in the records' `extra`; layouts simply stop showing the field."""
        try:
            with self.db.unit_of_work() as session:
                self._admin(session)
                row = self._row(session, entity, key, version)
                row.deleted_at = datetime.now(UTC)
                row.deleted_by = self.user.user_id
                session.flush()
                audit.record(session, self.user, "delete", "field_definition", row.id, key)
                self._publish(session, row.id)
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    # -- layouts --
    @staticmethod
    def _slot(entity: str, kind: str, layer: str, station_code: str | None) -> str | None:
        entities.spec(entity)
        if kind not in LAYOUT_KINDS or layer not in EDIT_LAYERS or (layer == "station") != bool(station_code):
            raise DefinitionError([Problem("layer", BAD_SLOT)])
        return station_code if layer == "station" else None

    def _problems(
        self, session: Session, entity: str, kind: str, document: Mapping[str, Any]
    ) -> list[Problem]:
        try:
            if kind == "form":
                return validate_form(form_from_dict(document), all_fields(session, entity), entity)
            return validate_list(list_from_dict(document), column_fields(session, entity), entity)
        except (KeyError, TypeError, ValueError):
            return [Problem("", BAD_DOCUMENT)]

    def _add_version(
        self, session: Session, entity: str, kind: str, layer: str, station: str | None,
        document: dict[str, Any] | None, based_on: int, comment: str | None,
    ) -> LayoutVersionDTO:  # fmt: skip
        current = _current(session, entity, kind, layer, station)
        current_no = current.version_no if current is not None else 0
        if current_no != based_on:
            raise ConcurrentEditError()
        row = LayoutVersion(entity=entity, kind=kind, layer=layer, station_code=station, version_no=current_no + 1,
                            document=document, comment=(comment or "").strip()[:200] or None,
                            created_by=self.user.user_id)  # fmt: skip
        session.add(row)
        try:
            session.flush()
        except IntegrityError as error:  # another administrator saved the same slot at the same moment
            raise ConcurrentEditError() from error
        audit.record(session, self.user, "update", f"{kind}_layout", row.id, f"{entity}/{layer}/{station or ''}",
                     {"version_no": row.version_no})  # fmt: skip
        self._publish(session, row.id)
        return _dto(row, {self.user.user_id: self.user.full_name})

    def save_layout(
        self,
        layout: FormLayout | ListLayout,
        layer: str,
        station_code: str | None,
        *,
        based_on: int,
        comment: str | None = None,
    ) -> LayoutVersionDTO:
        """Save a new version of a layer's layout; `based_on` = the version_no the designer loaded for this
        layer (0 when the layer had none). Raises DefinitionError (nothing saved) or ConcurrentEditError."""
        kind = "form" if isinstance(layout, FormLayout) else "list"
        station = self._slot(layout.entity, kind, layer, station_code)
        document = form_to_dict(layout) if isinstance(layout, FormLayout) else list_to_dict(layout)
        with self.db.unit_of_work() as session:
            self._admin(session)
            problems = self._problems(session, layout.entity, kind, document)
            if problems:
                raise DefinitionError(problems)
            return self._add_version(
                session, layout.entity, kind, layer, station, document, based_on, comment
            )

    def history(self, entity: str, kind: str, layer: str, station_code: str | None) -> list[LayoutVersionDTO]:
        """Every version of a layer's layout, newest first."""
        station = self._slot(entity, kind, layer, station_code)
        with self.db.read_only() as session:
            stmt = select(LayoutVersion).where(
                LayoutVersion.entity == entity, LayoutVersion.kind == kind, LayoutVersion.layer == layer,
                LayoutVersion.station_code.is_(None) if station is None else LayoutVersion.station_code == station,
            )  # fmt: skip
            rows = list(session.execute(stmt.order_by(LayoutVersion.version_no.desc())).scalars())
            ids = {r.created_by for r in rows if r.created_by}
            names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
            return [_dto(r, names) for r in rows]

    def current_version(self, entity: str, kind: str, layer: str, station_code: str | None) -> int:
        """The version_no a designer bases its next save on (0: the layer has no versions)."""
        station = self._slot(entity, kind, layer, station_code)
        with self.db.read_only() as session:
            row = _current(session, entity, kind, layer, station)
            return row.version_no if row is not None else 0

    def rollback(self, version_id: int, *, based_on: int, comment: str | None = None) -> LayoutVersionDTO:
        """Make an earlier version current again by saving its document as the newest version (checked against
        today's fields first: a field deleted since is reported)."""
        with self.db.unit_of_work() as session:
            self._admin(session)
            old = session.get(LayoutVersion, version_id)
            if old is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
            if old.document is not None:
                problems = self._problems(session, old.entity, old.kind, old.document)
                if problems:
                    raise DefinitionError(problems)
            return self._add_version(session, old.entity, old.kind, old.layer, old.station_code, old.document,
                                     based_on, comment or f"rollback to {old.version_no}")  # fmt: skip

    def reset_to_base(
        self, entity: str, kind: str, layer: str, station_code: str | None, *, based_on: int
    ) -> LayoutVersionDTO:
        """The layer stops applying (a new version without document); the next layer down applies again."""
        station = self._slot(entity, kind, layer, station_code)
        with self.db.unit_of_work() as session:
            self._admin(session)
            return self._add_version(session, entity, kind, layer, station, None, based_on, "reset")
