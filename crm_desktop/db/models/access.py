"""Access control beyond roles: resolved grants, sharing groups, record shares, per-entity defaults, industry and
region manager scopes, and account requests from the login dialog.

`access_grants` is derived data: "viewer may reach rows of `entity` whose <kind> column equals subject_id", rebuilt
by crm_desktop.services.grants in the same transaction as any change to what it is derived from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Unicode, UnicodeText, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, UTCDateTime, utcnow


class AccessGrant(Base):
    """kind: all (subject 0), user (owner id), department, industry, region (code item id), record (row id)."""

    __tablename__ = "access_grants"

    viewer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    subject_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    can_write: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SharingGroup(BusinessMixin, Base):
    """共享组: members read and write each other's records."""

    __tablename__ = "sharing_groups"

    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    note: Mapped[str | None] = mapped_column(Unicode(300))


class SharingGroupMember(Base):
    __tablename__ = "sharing_group_members"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("sharing_groups.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class RecordShare(Base):
    """One record shared with one person (read-only or read-write)."""

    __tablename__ = "record_shares"
    __table_args__ = (UniqueConstraint("entity", "record_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    can_write: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(Integer)


class EntityDefault(Base):
    """Organisation-wide default access per entity: private, read (everyone reads), write (everyone edits)."""

    __tablename__ = "entity_defaults"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    access: Mapped[str] = mapped_column(String(20), nullable=False, default="private")


class ManagerScope(Base):
    """An industry manager reaches the customers of an industry, a region manager those of a region (and below)."""

    __tablename__ = "manager_scopes"
    __table_args__ = (UniqueConstraint("user_id", "kind", "code_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    code_id: Mapped[int] = mapped_column(ForeignKey("code_items.id"), nullable=False)


class AccountRequest(Base):
    """A person asks for an account at the login dialog; an administrator approves or rejects it."""

    __tablename__ = "account_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(Unicode(60), nullable=False)
    full_name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(Unicode(200))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    note: Mapped[str | None] = mapped_column(UnicodeText)
    machine: Mapped[str | None] = mapped_column(Unicode(100))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="pending", index=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(Integer)
    decision_note: Mapped[str | None] = mapped_column(Unicode(300))
    user_id: Mapped[int | None] = mapped_column(Integer)
