"""What the customer list can be asked: filters, comprehensive-query conditions and the search box.

`CustomerQuery` is the whole question (plain, frozen, JSON-able so it can be saved per user). `query_conditions`
turns it into SQL conditions on `customers`. The search box text is folded (`search_text.fold`) and answered
from the dialect's search structures (`crm_desktop.db.search`) without scanning the table:

- sparse matches (at most `SPARSE_LIMIT` customers, found through the trigram or short-gram index with a LIMIT)
  become an `id IN (…)` condition, so the page is a primary-key lookup of those rows plus a small sort;
- dense matches (more than that, e.g. the single character 公 or the digits `13`) walk `customer_search` in
  name order through an index that carries the document (INCLUDE on PostgreSQL) and test each entry; with at
  least one match in N / SPARSE_LIMIT entries a page is found within a few tens of thousands of index entries.
  (Sorted by creation date, a dense search walks the customers' date index and looks each document up.)

`estimate_total` gives the list's total without blocking it: an exact count up to `COUNT_LIMIT`, above that the
planner's estimate on PostgreSQL, or "more than COUNT_LIMIT" elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, literal, or_, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

from crm_desktop.db import search
from crm_desktop.db.models import Customer
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.services.definitions import sql as custom_sql
from crm_desktop.services.definitions.schema import CUSTOM_PREFIX, FieldDef
from crm_desktop.services.search_text import fold, is_indexed_short_query

SPARSE_LIMIT = 2_000
COUNT_LIMIT = 10_000

# Fields a comprehensive-query condition may test, with their kind (decides the operators offered).
CONDITION_FIELDS: dict[str, str] = {
    "name": "text",
    "short_name": "text",
    "phone": "text",
    "mobile": "text",
    "email": "text",
    "address": "text",
    "website": "text",
    "kind": "choice",
    "type_id": "code",
    "grade_id": "code",
    "industry_id": "code",
    "region_id": "code",
    "source_id": "code",
    "owner_id": "user",
    "created_at": "date",
    "last_contact_at": "date",
}
OPERATORS: dict[str, tuple[str, ...]] = {
    "text": ("contains", "equals", "starts", "empty", "not_empty"),
    "choice": ("equals", "not_equals"),
    "code": ("equals", "not_equals", "empty", "not_empty"),
    "user": ("equals", "not_equals", "empty", "not_empty"),
    "date": ("on_or_after", "on_or_before", "empty", "not_empty"),
}


@dataclass(frozen=True)
class Condition:
    """One line of the comprehensive query: `field op value` (value unused for empty/not_empty)."""

    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    type_id: int | None = None
    owner_id: int | None = None
    only_mine: bool = False
    grade_id: int | None = None
    industry_id: int | None = None
    region_id: int | None = None
    source_id: int | None = None
    created_within_days: int | None = (
        None  # created in the last N days (relative, so a saved query stays current)
    )
    contacted_within_days: int | None = None  # last contact in the last N days
    not_contacted_days: int | None = None  # no contact for at least N days (or never)
    conditions: tuple[Condition, ...] = ()
    match_any: bool = False  # conditions combined with OR instead of AND

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["conditions"] = [
            {**c, "value": c["value"].isoformat() if isinstance(c["value"], date) else c["value"]}
            for c in data["conditions"]
        ]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CustomerQuery:
        known = set(cls.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in known}
        conditions = []
        for item in values.get("conditions") or ():
            value = item.get("value")
            if CONDITION_FIELDS.get(item.get("field", "")) == "date" and isinstance(value, str):
                value = date.fromisoformat(value)
            conditions.append(Condition(item["field"], item["op"], value))
        values["conditions"] = tuple(conditions)
        return cls(**values)

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class TotalEstimate:
    count: int
    exact: bool  # False: `count` is the planner's estimate or a lower bound (see `at_least`)
    at_least: bool = False


def _day_start(day: date) -> datetime:
    """Midnight of a local calendar day, in UTC (days are the user's days)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _escape(value: str) -> str:
    return search.escape_like(value)


def _condition(cond: Condition) -> ColumnElement[bool]:
    kind = CONDITION_FIELDS.get(cond.field)
    if kind is None or cond.op not in OPERATORS[kind]:
        raise ValueError(f"unknown condition {cond.field} {cond.op}")
    column = getattr(Customer, cond.field)
    if cond.op == "empty":
        return or_(column.is_(None), column == "") if kind == "text" else column.is_(None)
    if cond.op == "not_empty":
        return and_(column.isnot(None), column != "") if kind == "text" else column.isnot(None)
    value = cond.value
    if kind == "text":
        text = str(value or "")
        if cond.op == "equals":
            return func.lower(column) == text.lower()
        if cond.op == "starts":
            return column.ilike(f"{_escape(text)}%", escape="\\")
        return column.ilike(f"%{_escape(text)}%", escape="\\")
    if kind == "date":
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        if cond.op == "on_or_after":
            return column >= _day_start(day)
        return column < _day_start(day + timedelta(days=1))
    if cond.op == "not_equals":
        return or_(column.is_(None), column != value)
    return column == value


def uses_custom_fields(query: CustomerQuery) -> bool:
    return any(c.field.startswith(CUSTOM_PREFIX) for c in query.conditions)


def query_conditions(
    query: CustomerQuery, user_id: int, custom: Mapping[str, FieldDef] | None = None, dialect: str = ""
) -> list[ColumnElement[bool]]:
    """The SQL conditions of the filters and comprehensive query (not the search text, not the scope).
    Conditions on custom fields ("x_…") need the entity's fields (`custom`, see definitions.store.all_fields)."""
    where: list[ColumnElement[bool]] = []
    for name in ("type_id", "grade_id", "industry_id", "region_id", "source_id"):
        value = getattr(query, name)
        if value is not None:
            where.append(getattr(Customer, name) == value)
    if query.only_mine:
        where.append(Customer.owner_id == user_id)
    elif query.owner_id is not None:
        where.append(Customer.owner_id == query.owner_id)
    now = datetime.now(UTC)
    if query.created_within_days is not None:
        where.append(Customer.created_at >= now - timedelta(days=query.created_within_days))
    if query.contacted_within_days is not None:
        where.append(Customer.last_contact_at >= now - timedelta(days=query.contacted_within_days))
    if query.not_contacted_days is not None:
        limit = now - timedelta(days=query.not_contacted_days)
        where.append(or_(Customer.last_contact_at.is_(None), Customer.last_contact_at < limit))
    if query.conditions:
        parts = [
            custom_sql.condition(Customer, c.field, c.op, c.value, custom or {}, dialect)
            if c.field.startswith(CUSTOM_PREFIX)
            else _condition(c)
            for c in query.conditions
        ]
        where.append(or_(*parts) if query.match_any else and_(*parts))
    return where


def apply_text(session: Session, stmt: Select[Any], text: str) -> tuple[Select[Any], bool]:
    """`stmt` narrowed to the customers whose search document contains `text` (folded), chosen so that no
    search scans the table (see the module docstring); runs one bounded index query to tell sparse from dense.
    Returns the statement and whether it walks `customer_search` (then the name order is that table's
    (name, customer_id), which equals the customers' own (name, id))."""
    folded = fold(text)
    if not folded:
        return (stmt.where(false()) if text.strip() else stmt), False  # punctuation alone: nothing to find
    dialect = session.get_bind().dialect.name
    candidates: Select[Any] | None = None
    if len(folded) > 2:
        candidates = search.substring_ids(dialect, folded)
    elif is_indexed_short_query(folded):
        candidates = search.gram_ids(dialect, folded)
    if candidates is not None:
        ids: list[int] = list(session.scalars(candidates.limit(SPARSE_LIMIT + 1)))
        if len(ids) <= SPARSE_LIMIT:
            return stmt.where(ids_condition(dialect, ids)), False
    # Dense: walk customer_search in name order, testing each document in the index (covering on PostgreSQL).
    walk = stmt.join(CustomerSearch, CustomerSearch.customer_id == Customer.id).where(
        search.doc_contains(folded)
    )
    return walk, True


WALK_ORDER = (CustomerSearch.name, CustomerSearch.customer_id)


def ids_condition(dialect: str, ids: list[int]) -> ColumnElement[bool]:
    if not ids:
        return false()
    if dialect == "postgresql":  # one array parameter instead of thousands
        return Customer.id == func.any(literal(ids, postgresql.ARRAY(Integer)))
    return Customer.id.in_(ids)


def estimate_total(session: Session, stmt: Select[Any]) -> TotalEstimate:
    """The number of rows `stmt` (unordered, unlimited) returns: exact up to COUNT_LIMIT; above it the planner's
    estimate on PostgreSQL (asked first, so a large result is never counted), elsewhere exact up to a tenth of
    COUNT_LIMIT and a lower bound above."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        compiled = stmt.compile(dialect=bind.dialect)
        explain = session.connection().exec_driver_sql(
            "EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params
        )
        rows = explain.scalar()
        data = rows if isinstance(rows, list) else json.loads(str(rows))
        estimate = int(data[0]["Plan"]["Plan Rows"])
        if estimate > 4 * COUNT_LIMIT:
            return TotalEstimate(estimate, exact=False)
    # Without a planner estimate, count less far: a dense search would walk many rows to reach the bound.
    limit = COUNT_LIMIT if bind.dialect.name == "postgresql" else COUNT_LIMIT // 10
    capped = select(func.count()).select_from(stmt.limit(limit + 1).subquery())
    count = int(session.scalar(capped) or 0)
    if count <= limit:
        return TotalEstimate(count, exact=True)
    return TotalEstimate(count, exact=False, at_least=True)


def field_list() -> list[tuple[str, str]]:
    """(field, kind) for the comprehensive query dialog, in display order."""
    return list(CONDITION_FIELDS.items())


__all__ = [
    "CONDITION_FIELDS",
    "OPERATORS",
    "WALK_ORDER",
    "Condition",
    "CustomerQuery",
    "TotalEstimate",
    "apply_text",
    "estimate_total",
    "field_list",
    "query_conditions",
]
