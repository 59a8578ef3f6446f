"""Organisation: company, departments and positions (trees), users, roles and permissions, stations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Unicode,
    UnicodeText,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.db.base import Base, BusinessMixin, JSONType, UTCDateTime


class Company(BusinessMixin, Base):
    __tablename__ = "company"

    name: Mapped[str] = mapped_column(Unicode(200), nullable=False)
    address: Mapped[str | None] = mapped_column(Unicode(300))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    email: Mapped[str | None] = mapped_column(Unicode(200))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)


class Department(BusinessMixin, Base):
    __tablename__ = "departments"

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Position(BusinessMixin, Base):
    """岗位: a hierarchy; a position sees the records of the positions below it."""

    __tablename__ = "positions"

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id"), index=True)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Station(BusinessMixin, Base):
    """站点: which modules a workstation shows and which page it opens on. Data, not code."""

    __tablename__ = "stations"

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    name_en: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    modules: Mapped[list[str]] = mapped_column(JSONType, nullable=False, default=list)
    home_page: Mapped[str] = mapped_column(String(40), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class User(BusinessMixin, Base):
    __tablename__ = "users"
    __table_args__ = (Index("uq_users_login_lower", func.lower(text("login")), unique=True),)

    login: Mapped[str] = mapped_column(Unicode(60), nullable=False)
    full_name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id"), index=True)
    station_code: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(Unicode(200))
    phone: Mapped[str | None] = mapped_column(Unicode(60))
    skills: Mapped[str | None] = mapped_column(UnicodeText)
    hire_date: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Role(BusinessMixin, Base):
    __tablename__ = "roles"

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    name_en: Mapped[str] = mapped_column(Unicode(100), nullable=False)
    is_admin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True)


class RolePermission(Base):
    """Module and operation permission: a role may do `operation` in `module`."""

    __tablename__ = "role_permissions"
    __table_args__ = (UniqueConstraint("role_id", "module", "operation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    module: Mapped[str] = mapped_column(String(40), nullable=False)
    operation: Mapped[str] = mapped_column(String(20), nullable=False)


class RoleDataScope(Base):
    """Data permission: which rows of `entity` a role reaches (own, department, subtree, all)."""

    __tablename__ = "role_data_scopes"
    __table_args__ = (UniqueConstraint("role_id", "entity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    scope: Mapped[str] = mapped_column(String(20), nullable=False)
