"""Custom fields in SQL: a value out of the `extra` JSON column, comprehensive-query conditions and sort keys.

PostgreSQL reads `extra ->> 'key'` and tests equality with `extra @> {"key": value}` (served by the GIN index
of migration 0007); SQLite uses json_extract / json_each; SQL Server JSON_VALUE (through SQLAlchemy's JSON
type). Keys are validated identifiers (validation.KEY_PATTERN), so they are safe inside JSON paths.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    cast,
    exists,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB

from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import ValueProblem, normalize

# Condition kinds of custom fields (the comprehensive query offers these operators for them).
CUSTOM_OPERATORS: dict[str, tuple[str, ...]] = {
    "text": ("contains", "equals", "starts", "empty", "not_empty"),
    "choice": ("equals", "not_equals", "empty", "not_empty"),
    "code": ("equals", "not_equals", "empty", "not_empty"),
    "user": ("equals", "not_equals", "empty", "not_empty"),
    "date": ("on_or_after", "on_or_before", "empty", "not_empty"),
    "number": ("equals", "at_least", "at_most", "empty", "not_empty"),
    "bool": ("equals",),
    "multi": ("has", "empty", "not_empty"),
}
_NUMERIC = ("integer", "decimal", "money")


def condition_kind(f: FieldDef) -> str:
    if f.type in _NUMERIC:
        return "number"
    if f.type in ("date", "datetime"):
        return "date"
    if f.type == "choice":
        return "code" if f.code_table else "choice"
    if f.type == "multichoice":
        return "multi"
    if f.type in ("bool", "user"):
        return f.type
    return "text"


def text_value(model: Any, key: str) -> ColumnElement[Any]:
    """The custom value as text (NULL when absent)."""
    return model.extra[key].as_string()


def _number_value(model: Any, key: str) -> ColumnElement[Any]:
    return model.extra[key].as_float()


def sort_key(model: Any, f: FieldDef) -> ColumnElement[Any]:
    """An expression to order by: numbers numerically, everything else as text; absent values first (as the
    smallest value), so keyset paging over (key, id) never meets a NULL."""
    if f.type in _NUMERIC:
        return func.coalesce(func.cast(_number_value(model, f.key), Float), literal(-1e300, Float))
    return func.coalesce(text_value(model, f.key), literal(""))


def _dialect_contains(model: Any, key: str, item: Any, dialect: str) -> ColumnElement[bool]:
    """The JSON value under `key` equals `item`, or (an array) contains it."""
    if dialect == "postgresql":  # extra @> '{"key": item}' (GIN index), or the array under key holds item
        return or_(*(model.extra.bool_op("@>")(cast(literal(json.dumps(wanted)), JSONB))
                     for wanted in ({key: item}, {key: [item]})))  # fmt: skip
    if dialect == "sqlite":
        each = func.json_each(model.extra, f'$."{key}"').table_valued("value", "type")
        return or_(
            func.json_extract(model.extra, f'$."{key}"') == item,
            exists(select(literal_column("1")).select_from(each).where(each.c.value == item)),
        )
    return text_value(model, key) == str(item)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def condition(
    model: Any, field_key: str, op: str, value: Any, fields: Mapping[str, FieldDef], dialect: str
) -> ColumnElement[bool]:
    """SQL for `field op value` on a custom field; ValueError for an unknown operator or a bad value."""
    f = fields.get(field_key)
    if f is None or f.builtin:  # e.g. a saved query on a field deleted since: it matches nothing
        return false()
    kind = condition_kind(f)
    if op not in CUSTOM_OPERATORS[kind]:
        raise ValueError(f"unknown condition {field_key} {op}")
    as_text = text_value(model, f.key)
    if op in ("empty", "not_empty"):
        blank: ColumnElement[bool] = or_(as_text.is_(None), as_text == "", as_text == "[]")
        return blank if op == "empty" else not_(blank)
    if kind == "text":
        text = str(value or "")
        if op == "equals":
            return func.lower(as_text) == text.lower()
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return as_text.ilike(f"{pattern}%" if op == "starts" else f"%{pattern}%", escape="\\")
    if kind == "date":
        # dates are "YYYY-MM-DD"; date-times ISO text whose first ten characters are the local day they were
        # entered on: both compare as text on that day
        day_text = func.substr(as_text, 1, 10)
        day = _day(value).isoformat()
        return day_text >= day if op == "on_or_after" else day_text <= day
    if kind == "number":
        try:
            number = float(normalize(value, FieldDef(f.key, "decimal", {})))
        except (ValueProblem, TypeError, ValueError) as error:
            raise ValueError(f"bad number {value!r}") from error
        column = func.cast(_number_value(model, f.key), Float)
        if op == "at_least":
            return column >= number
        if op == "at_most":
            return column <= number
        return column == number
    if kind == "bool":
        truth = bool(normalize(value, FieldDef(f.key, "bool", {})))
        hit = _dialect_contains(model, f.key, truth, dialect)
        return hit if truth else or_(hit, as_text.is_(None))
    # code / choice / user / multi: match the stored JSON value exactly (GIN index on PostgreSQL)
    item: Any = value
    if kind in ("code", "user") or (kind == "multi" and f.code_table):
        item = int(value)
    elif kind in ("choice", "multi"):
        item = str(value)
    hit = _dialect_contains(model, f.key, item, dialect)
    if op == "not_equals":
        return or_(as_text.is_(None), not_(hit))
    return hit
