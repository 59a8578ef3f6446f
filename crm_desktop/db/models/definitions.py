"""User-defined fields and versioned form / list layouts (see crm_desktop/services/definitions)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Unicode, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, IdMixin, JSONType, UTCDateTime, utcnow

# PostgreSQL-only GIN indexes on the custom values (created by migration 0007, not declared as models).
EXTRA_GIN_INDEXES = ("ix_customers_extra_gin", "ix_contacts_extra_gin")


class FieldDefinition(BusinessMixin, Base):
    """A custom field of an entity; `document` is schema.field_to_dict (its key is the `key` column)."""

    __tablename__ = "field_definitions"
    __table_args__ = (
        Index(
            "uq_field_definitions_entity_key",
            "entity",
            "key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
            mssql_where=text("deleted_at IS NULL"),
        ),
    )

    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class LayoutVersion(IdMixin, Base):
    """One saved version of a form or list layout at a layer; the newest row per (entity, kind, layer, station)
    is current. `document` None means "reset to base" (the layer no longer applies)."""

    __tablename__ = "layout_versions"
    __table_args__ = (
        Index(
            "uq_layout_versions_slot", "entity", "kind", "layer", "station_code", "version_no", unique=True
        ),
    )

    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # form | list
    layer: Mapped[str] = mapped_column(String(10), nullable=False)  # company | station
    station_code: Mapped[str | None] = mapped_column(String(40))
    version_no: Mapped[int] = mapped_column(Integer, nullable=False)
    document: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    comment: Mapped[str | None] = mapped_column(Unicode(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(Integer)
