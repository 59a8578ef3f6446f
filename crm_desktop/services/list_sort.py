"""Sorting the sales lists (leads, opportunities, quotes, contracts, orders) by any column, keyset-paged.

A list is sorted by one key, a built-in column or a custom field ("x_…", its value out of `extra` through
definitions/sql.py), ascending or descending, then by id in the same direction. Rows without a value come last
either way. Pages are cut with a keyset: the next page starts after the last row's (value, id), so scrolling on
loads more in that order and no row is lost or repeated while rows are added elsewhere. The same module matches the
search box against the custom fields marked searchable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, literal, null, or_
from sqlalchemy.orm import Session

from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions import sql as custom_sql
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.entry import searchable_fields
from crm_desktop.services.definitions.schema import CUSTOM_PREFIX

T = TypeVar("T")
AnySelect = Select[*tuple[Any, ...]]  # a list statement, whatever its columns


@dataclass(frozen=True)
class ListSort:
    """Sort by `key` (a layout column key: built-in or custom field), then id."""

    key: str
    descending: bool = False


@dataclass(frozen=True)
class SortCursor:
    """Where the next page starts: the last row's sort value (None: it had none) and id."""

    value: Any
    id: int


@dataclass(frozen=True)
class SortedPage(Generic[T]):
    rows: list[T]
    next_cursor: SortCursor | None  # pass back as `cursor` for the next page; None: no more rows


def sort_value(
    session: Session, entity: str, model: Any, key: str, columns: Mapping[str, Any] | None = None
) -> ColumnElement[Any]:
    """The expression a list sorts by for `key`: the service's mapping first (joined columns such as the
    customer's name), then a custom field (NULL when blank), then the model's own column; ValueError else."""
    if columns and key in columns:
        return columns[key]
    if key.startswith(CUSTOM_PREFIX):
        f = store.all_fields(session, entity).get(key)
        if f is None or f.builtin:
            raise ValueError(f"unknown sort field {key}")
        text = custom_sql.text_value(model, f.key)
        blank = or_(text.is_(None), text == "", text == "[]")
        return case((blank, null()), else_=custom_sql.sort_key(model, f))
    if key in model.__table__.c and key != "extra":
        return getattr(model, key)
    raise ValueError(f"unknown sort field {key}")


def _after(
    value: ColumnElement[Any], id_column: Any, cursor: SortCursor, descending: bool
) -> ColumnElement[bool]:
    """Rows after `cursor` in (has no value, value, id) order."""
    id_after = id_column < cursor.id if descending else id_column > cursor.id
    if cursor.value is None:  # among the rows without a value, which come last
        return and_(value.is_(None), id_after)
    at = literal(cursor.value, value.type)  # a bound value: booleans compare too (False before True)
    beyond = value < at if descending else value > at
    return or_(value.is_(None), beyond, and_(value == at, id_after))


def sorted_page(
    session: Session,
    stmt: AnySelect,
    *,
    entity: str,
    model: Any,
    sort: ListSort,
    cursor: SortCursor | None,
    limit: int,
    make: Callable[[Sequence[Any]], T],
    columns: Mapping[str, Any] | None = None,
) -> SortedPage[T]:
    """One page of `stmt` (its columns, unordered) sorted by `sort`; `make` builds a row's DTO from its columns."""
    value = sort_value(session, entity, model, sort.key, columns)
    id_column = model.id
    if cursor is not None:
        stmt = stmt.where(_after(value, id_column, cursor, sort.descending))
    last = case((value.is_(None), literal(1)), else_=literal(0))  # no value: last, in either direction
    order = (value.desc(), id_column.desc()) if sort.descending else (value.asc(), id_column.asc())
    stmt = stmt.add_columns(value.label("sort_value"), id_column.label("sort_id"))
    raw = session.execute(stmt.order_by(last, *order).limit(limit + 1)).all()
    rows = [make(tuple(r)[:-2]) for r in raw[:limit]]
    tail = raw[limit - 1] if len(raw) > limit else None
    return SortedPage(rows, SortCursor(tail[-2], tail[-1]) if tail is not None else None)


def like_pattern(text: str) -> str:
    """`%text%` with LIKE's wildcards escaped (escape character: backslash)."""
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def custom_matches(session: Session, entity: str, model: Any, text: str) -> list[ColumnElement[bool]]:
    """Conditions matching `text` in the entity's custom fields marked searchable (OR them with the list's own)."""
    if not text.strip():
        return []
    pattern = like_pattern(text)
    return [
        custom_sql.text_value(model, f.key).ilike(pattern, escape="\\")
        for f in searchable_fields(session, entity)
    ]


def document_filters(
    session: Session,
    user: UserContext,
    entity: str,
    model: Any,
    text_columns: Sequence[Any],
    status: str | None,
    customer_id: int | None,
    text: str | None,
) -> list[ColumnElement[bool]]:
    """The conditions of a document list (quotes, contracts): the user's data scope, the state and customer
    filters, and `text` in any of `text_columns` or the entity's searchable custom fields."""
    conditions: list[ColumnElement[bool]] = [access.scope_filter(session, user, entity, "view")]
    if status:
        conditions.append(model.status == status)
    if customer_id is not None:
        conditions.append(model.customer_id == customer_id)
    if text and text.strip():
        like = f"%{text.strip()}%"
        conditions.append(
            or_(
                *(column.ilike(like) for column in text_columns),
                *custom_matches(session, entity, model, text),
            )
        )
    return conditions
