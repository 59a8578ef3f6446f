"""Cell conditions: whether a cell is visible, required or read-only given the form's current values.

Used by the Qt renderer on every edit and by the services on save (a hidden field is never required).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.services.definitions.schema import Cell, Condition, FieldDef


@dataclass(frozen=True)
class CellState:
    visible: bool
    required: bool
    read_only: bool


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, dict, set)) and not value)


def _same(a: Any, b: Any) -> bool:
    """Equality that forgives JSON's loss of type: 3 == "3", Decimal("1.50") == "1.5", True == "true"."""
    if a == b:
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return str(a).lower() == str(b).lower()
    number_a, number_b = _number(a), _number(b)
    if number_a is not None and number_b is not None:
        return number_a == number_b
    return str(a) == str(b) if a is not None and b is not None else False


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _compare(a: Any, b: Any) -> int | None:
    """-1 / 0 / 1, or None when the two cannot be ordered (numbers with numbers, else ISO strings)."""
    if is_empty(a) or is_empty(b):
        return None
    number_a, number_b = _number(a), _number(b)
    if number_a is not None and number_b is not None:
        return (number_a > number_b) - (number_a < number_b)
    if isinstance(a, str) and isinstance(b, str):
        return (a > b) - (a < b)
    return None


def holds(condition: Condition, values: Mapping[str, Any]) -> bool:
    value = values.get(condition.field)
    op, target = condition.op, condition.value
    many = value if isinstance(value, (list, tuple)) else None  # multichoice: any of its items
    if op == "empty":
        return is_empty(value)
    if op == "not_empty":
        return not is_empty(value)
    if op in ("equals", "not_equals"):
        hit = any(_same(v, target) for v in many) if many is not None else _same(value, target)
        return hit if op == "equals" else not hit
    if op in ("in", "not_in"):
        targets = target if isinstance(target, (list, tuple)) else [target]
        items = many if many is not None else [value]
        hit = any(_same(v, t) for v in items for t in targets)
        return hit if op == "in" else not hit
    if op in ("greater", "less"):
        order = _compare(value, target)
        return order is not None and (order > 0 if op == "greater" else order < 0)
    return False  # unknown operator: validation rejects it before saving


def evaluate(conditions: Iterable[Condition], values: Mapping[str, Any]) -> bool:
    """True when every condition holds (an empty list holds)."""
    return all(holds(c, values) for c in conditions)


def cell_state(cell: Cell, field: FieldDef | None, values: Mapping[str, Any]) -> CellState:
    visible = evaluate(cell.visible_when, values) if cell.visible_when else True
    required = evaluate(cell.required_when, values) if cell.required_when else cell.required
    required = visible and (required or bool(field and field.required))
    read_only = evaluate(cell.read_only_when, values) if cell.read_only_when else cell.read_only
    return CellState(visible, required, read_only)
