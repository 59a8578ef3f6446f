"""Checking definitions before they are saved: custom fields, form layouts and list layouts.

Each check returns a list of `Problem`s (empty = fine): where (`path`, e.g. "sections[0].rows[1][0]"), what
(an English source string for tr() in context "Errors", with `{name}` placeholders) and the placeholders' values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.services.definitions.schema import (
    CONDITION_OPS,
    CUSTOM_PREFIX,
    FIELD_TYPES,
    MAX_COLUMNS,
    Condition,
    FieldDef,
    FormLayout,
    ListLayout,
)
from crm_desktop.services.definitions.values import ValueProblem, normalize
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MIN_WIDTH, MAX_WIDTH = 20, 2000
_NUMERIC = ("integer", "decimal", "money")
_DATES = ("date", "datetime")

BAD_KEY = QT_TRANSLATE_NOOP(
    "Errors",
    "A custom field's key starts with \u201c{prefix}\u201d followed by lower-case letters, digits or _ "
    "(at most 40 characters).",
)
DUPLICATE_KEY = QT_TRANSLATE_NOOP("Errors", "Another field already has the key \u201c{key}\u201d.")
BAD_TYPE = QT_TRANSLATE_NOOP("Errors", "Unknown field type \u201c{type}\u201d.")
NO_LABEL = QT_TRANSLATE_NOOP("Errors", "Give the field a label.")
BAD_LENGTH = QT_TRANSLATE_NOOP("Errors", "The maximum length must be a whole number from 1 to 10000.")
BAD_BOUND = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid limit for this type.")
MIN_OVER_MAX = QT_TRANSLATE_NOOP("Errors", "The minimum ({min}) is larger than the maximum ({max}).")
BAD_PATTERN = QT_TRANSLATE_NOOP("Errors", "The pattern is not a valid regular expression: {detail}")
NO_OPTIONS = QT_TRANSLATE_NOOP("Errors", "A choice field needs a code table or at least one option.")
DUPLICATE_OPTION = QT_TRANSLATE_NOOP("Errors", "The option \u201c{value}\u201d appears twice.")
BAD_DEFAULT = QT_TRANSLATE_NOOP("Errors", "The default value breaks the field's own rule: {detail}")
NO_SECTIONS = QT_TRANSLATE_NOOP("Errors", "The form has no sections.")
DUPLICATE_SECTION = QT_TRANSLATE_NOOP("Errors", "Two sections have the key \u201c{key}\u201d.")
BAD_COLUMNS = QT_TRANSLATE_NOOP("Errors", "A section has 1 to {max} columns.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", "Unknown field \u201c{field}\u201d.")
DUPLICATE_FIELD = QT_TRANSLATE_NOOP("Errors", "The field \u201c{field}\u201d appears more than once.")
BAD_SPAN = QT_TRANSLATE_NOOP(
    "Errors", "The field \u201c{field}\u201d spans {span} of the section's {columns} columns."
)
ROW_TOO_WIDE = QT_TRANSLATE_NOOP("Errors", "The row needs {needed} columns; the section has {columns}.")
EMPTY_ROW = QT_TRANSLATE_NOOP("Errors", "The row is empty.")
REQUIRED_MISSING = QT_TRANSLATE_NOOP("Errors", "The required field \u201c{field}\u201d is not on the form.")
REQUIRED_HIDDEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The required field \u201c{field}\u201d may be hidden by a condition; it must always be visible.",
)
BAD_OP = QT_TRANSLATE_NOOP("Errors", "Unknown condition \u201c{op}\u201d.")
CONDITION_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "The condition refers to \u201c{field}\u201d, which is not on this form."
)
CONDITION_LIST = QT_TRANSLATE_NOOP("Errors", "\u201c{op}\u201d needs a list of values.")
CONDITION_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "The condition's value does not fit the field \u201c{field}\u201d: {detail}"
)
CONDITION_ORDER = QT_TRANSLATE_NOOP("Errors", "\u201c{field}\u201d cannot be compared as larger or smaller.")
NO_COLUMNS = QT_TRANSLATE_NOOP("Errors", "The list has no columns.")
BAD_WIDTH = QT_TRANSLATE_NOOP("Errors", "A column is {min} to {max} pixels wide.")
BAD_SORT = QT_TRANSLATE_NOOP("Errors", "The list cannot be sorted by \u201c{field}\u201d.")
WRONG_ENTITY = QT_TRANSLATE_NOOP(
    "Errors", "The layout belongs to \u201c{entity}\u201d, not \u201c{expected}\u201d."
)


@dataclass(frozen=True)
class Problem:
    path: str
    message: str  # English source string, context "Errors"
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


def _bound(value: str, type_: str) -> Any:
    if type_ in _NUMERIC:
        number = Decimal(value)
        if not number.is_finite():
            raise ValueError(value)
        return number
    return date.fromisoformat(value[:10])


# ----- fields -----------------------------------------------------------------------------------------------------
def validate_field(f: FieldDef, existing: Iterable[str] = ()) -> list[Problem]:
    """Problems of a custom field definition; `existing` = keys already used by the entity's other fields."""
    problems: list[Problem] = []

    def add(path: str, message: str, **params: object) -> None:
        problems.append(Problem(path, message, params))

    if f.custom and not (f.key.startswith(CUSTOM_PREFIX) and KEY_PATTERN.match(f.key)):
        add("key", BAD_KEY, prefix=CUSTOM_PREFIX)
    if f.key in set(existing):
        add("key", DUPLICATE_KEY, key=f.key)
    if f.type not in FIELD_TYPES:
        add("type", BAD_TYPE, type=f.type)
        return problems
    if not any(str(label).strip() for label in f.labels.values()):
        add("labels", NO_LABEL)
    if f.max_length is not None and not 1 <= f.max_length <= 10000:
        add("max_length", BAD_LENGTH)
    bounds: dict[str, Any] = {}
    for name in ("minimum", "maximum"):
        value = getattr(f, name)
        if value is None:
            continue
        if f.type not in _NUMERIC + _DATES:
            add(name, BAD_BOUND, value=value)
            continue
        try:
            bounds[name] = _bound(value, f.type)
        except (InvalidOperation, ValueError):
            add(name, BAD_BOUND, value=value)
    if len(bounds) == 2 and bounds["minimum"] > bounds["maximum"]:
        add("minimum", MIN_OVER_MAX, min=f.minimum, max=f.maximum)
    if f.pattern:
        try:
            re.compile(f.pattern)
        except re.error as error:
            add("pattern", BAD_PATTERN, detail=str(error))
    if f.type in ("choice", "multichoice"):
        if not f.code_table and not f.options:
            add("options", NO_OPTIONS)
        seen: set[str] = set()
        for index, option in enumerate(f.options):
            if option.value in seen:
                add(f"options[{index}]", DUPLICATE_OPTION, value=option.value)
            seen.add(option.value)
    if f.default is not None and not problems:
        try:
            normalize(f.default, f)
        except ValueProblem as problem:
            add("default", BAD_DEFAULT, detail=str(problem))
    return problems


# ----- conditions -------------------------------------------------------------------------------------------------
def _check_condition(
    path: str, condition: Condition, fields: Mapping[str, FieldDef], on_form: set[str]
) -> list[Problem]:
    if condition.op not in CONDITION_OPS:
        return [Problem(path, BAD_OP, {"op": condition.op})]
    if condition.field not in fields or condition.field not in on_form:
        return [Problem(path, CONDITION_FIELD, {"field": condition.field})]
    f = fields[condition.field]
    if condition.op in ("empty", "not_empty"):
        return []
    if condition.op in ("in", "not_in"):
        if not isinstance(condition.value, (list, tuple)) or not condition.value:
            return [Problem(path, CONDITION_LIST, {"op": condition.op})]
        targets = list(condition.value)
    else:
        if isinstance(condition.value, (list, tuple, dict)):
            return [Problem(path, CONDITION_VALUE, {"field": f.key, "detail": repr(condition.value)})]
        targets = [condition.value]
    if condition.op in ("greater", "less") and f.type not in _NUMERIC + _DATES:
        return [Problem(path, CONDITION_ORDER, {"field": f.key})]
    # The target must be a value the field could hold (limits, length and pattern aside).
    loose = FieldDef(f.key, "choice" if f.type == "multichoice" else f.type, f.labels,
                     code_table=f.code_table, options=f.options)  # fmt: skip
    for target in targets:
        try:
            if normalize(target, loose) is None:
                raise ValueProblem(CONDITION_VALUE)
        except ValueProblem as problem:
            return [Problem(path, CONDITION_VALUE, {"field": f.key, "detail": str(problem)})]
    return []


# ----- forms ------------------------------------------------------------------------------------------------------
def validate_form(
    layout: FormLayout, fields: Mapping[str, FieldDef], entity: str | None = None
) -> list[Problem]:
    """Problems of an entry form over the entity's fields (built-in and live custom ones, by key)."""
    problems: list[Problem] = []
    if entity is not None and layout.entity != entity:
        problems.append(Problem("entity", WRONG_ENTITY, {"entity": layout.entity, "expected": entity}))
    if not layout.sections:
        problems.append(Problem("sections", NO_SECTIONS))
    on_form = {c.field for c in layout.cells()}
    placed: set[str] = set()
    section_keys: set[str] = set()
    for s_index, section in enumerate(layout.sections):
        s_path = f"sections[{s_index}]"
        if section.key in section_keys:
            problems.append(Problem(f"{s_path}.key", DUPLICATE_SECTION, {"key": section.key}))
        section_keys.add(section.key)
        if not 1 <= section.columns <= MAX_COLUMNS:
            problems.append(Problem(f"{s_path}.columns", BAD_COLUMNS, {"max": MAX_COLUMNS}))
        columns = max(1, min(section.columns, MAX_COLUMNS))
        for r_index, row in enumerate(section.rows):
            r_path = f"{s_path}.rows[{r_index}]"
            if not row:
                problems.append(Problem(r_path, EMPTY_ROW))
            if sum(max(cell.span, 1) for cell in row) > columns:
                needed = sum(max(cell.span, 1) for cell in row)
                problems.append(Problem(r_path, ROW_TOO_WIDE, {"needed": needed, "columns": columns}))
            for c_index, cell in enumerate(row):
                c_path = f"{r_path}[{c_index}]"
                if cell.field not in fields:
                    problems.append(Problem(c_path, UNKNOWN_FIELD, {"field": cell.field}))
                elif cell.field in placed:
                    problems.append(Problem(c_path, DUPLICATE_FIELD, {"field": cell.field}))
                placed.add(cell.field)
                if not 1 <= cell.span <= columns:
                    problems.append(Problem(c_path, BAD_SPAN, {"field": cell.field, "span": cell.span,
                                                               "columns": columns}))  # fmt: skip
                f = fields.get(cell.field)
                if f is not None and f.required and cell.visible_when:
                    problems.append(Problem(c_path, REQUIRED_HIDDEN, {"field": cell.field}))
                for name in ("visible_when", "required_when", "read_only_when"):
                    for k, condition in enumerate(getattr(cell, name)):
                        problems += _check_condition(f"{c_path}.{name}[{k}]", condition, fields, on_form)
    for key, f in fields.items():
        if f.required and f.default is None and key not in on_form:
            problems.append(Problem("sections", REQUIRED_MISSING, {"field": key}))
    return problems


# ----- lists ------------------------------------------------------------------------------------------------------
def validate_list(
    layout: ListLayout, fields: Mapping[str, FieldDef], entity: str | None = None
) -> list[Problem]:
    """Problems of a list layout over the fields that can be columns."""
    problems: list[Problem] = []
    if entity is not None and layout.entity != entity:
        problems.append(Problem("entity", WRONG_ENTITY, {"entity": layout.entity, "expected": entity}))
    if not layout.columns:
        problems.append(Problem("columns", NO_COLUMNS))
    seen: set[str] = set()
    for index, column in enumerate(layout.columns):
        path = f"columns[{index}]"
        if column.field not in fields:
            problems.append(Problem(path, UNKNOWN_FIELD, {"field": column.field}))
        elif column.field in seen:
            problems.append(Problem(path, DUPLICATE_FIELD, {"field": column.field}))
        seen.add(column.field)
        if column.width is not None and not MIN_WIDTH <= column.width <= MAX_WIDTH:
            problems.append(Problem(f"{path}.width", BAD_WIDTH, {"min": MIN_WIDTH, "max": MAX_WIDTH}))
    if layout.sort_field is not None:
        f = fields.get(layout.sort_field)
        if f is None or f.type in ("multichoice", "textarea"):
            problems.append(Problem("sort_field", BAD_SORT, {"field": layout.sort_field}))
    return problems
