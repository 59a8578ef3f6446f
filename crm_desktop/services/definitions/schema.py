"""User-definable fields, entry forms and list layouts as plain data (no Qt, no database).

A customisable entity (customer, contact, and later lead, opportunity, quote, order…) has built-in fields (columns
of its table, declared in code) and custom fields (defined by an administrator, values stored in the row's `extra`
JSON column under the field's key). An entry form is sections → rows → cells; a list layout is ordered columns.
Both are stored as JSON documents, layered base (shipped in code) → company → station: the most specific layer that
exists applies as a whole. These dataclasses are the one shape every part uses — the store, the validators, the Qt
renderer and the designer — and `*_to_dict` / `*_from_dict` are their JSON form.

Why here and not in crm_desktop.forms: services need the definitions too (they validate custom values on save and
import, put custom fields into lists, search and exports), and services sit below forms in the layers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

FieldType = Literal[
    "text",  # one line
    "textarea",  # multi-line text
    "integer",
    "decimal",
    "money",  # Decimal with 2 places
    "date",
    "datetime",
    "bool",  # yes/no
    "choice",  # one value: a code-table item id (code_table set) or one of `options`
    "multichoice",  # a list of such values
    "user",  # a user id
    "phone",
    "email",
    "url",
]
FIELD_TYPES: tuple[str, ...] = (
    "text",
    "textarea",
    "integer",
    "decimal",
    "money",
    "date",
    "datetime",
    "bool",
    "choice",
    "multichoice",
    "user",
    "phone",
    "email",
    "url",
)
LOCALES = ("zh_CN", "en")
LAYERS = ("base", "company", "station")
LAYOUT_KINDS = ("form", "list")
CONDITION_OPS = ("equals", "not_equals", "in", "not_in", "empty", "not_empty", "greater", "less")
MAX_COLUMNS = 4
CUSTOM_PREFIX = "x_"  # custom field keys start with this, so they never clash with a column added later


def label_for(labels: Mapping[str, str], locale: str) -> str:
    """The label in `locale`, else Chinese, else English, else any."""
    for key in (locale, "zh_CN", "en"):
        if labels.get(key):
            return labels[key]
    return next(iter(labels.values()), "")


@dataclass(frozen=True)
class Option:
    """A fixed value of a choice field that has no code table (e.g. customer kind)."""

    value: str
    labels: Mapping[str, str]


@dataclass(frozen=True)
class FieldDef:
    key: str
    type: str  # one of FIELD_TYPES
    labels: Mapping[str, str]  # locale -> label
    builtin: bool = False  # a column of the entity's table (True) or a custom field in `extra` (False)
    help: Mapping[str, str] = field(default_factory=dict)
    required: bool = False  # required wherever the field appears (a cell can add "required", never remove it)
    default: Any = None  # JSON value (see values.py for each type's JSON form)
    max_length: int | None = None  # text types
    minimum: str | None = None  # numeric types: Decimal as a string; date types: ISO date
    maximum: str | None = None
    pattern: str | None = None  # regular expression a text value must match in full
    code_table: str | None = None  # choice / multichoice: code_items.category
    options: tuple[Option, ...] = ()  # choice / multichoice without a code table
    searchable: bool = False  # folded into the entity's search text
    version: int = 0  # the custom field row's version (optimistic lock); 0 for built-ins

    @property
    def custom(self) -> bool:
        return not self.builtin

    def label(self, locale: str) -> str:
        return label_for(self.labels, locale) or self.key


@dataclass(frozen=True)
class Condition:
    """`field op value`; a cell's rule applies when every condition of its list holds."""

    field: str
    op: str  # one of CONDITION_OPS
    value: Any = None  # a JSON value; a list for in / not_in; unused for empty / not_empty


@dataclass(frozen=True)
class Cell:
    field: str
    span: int = 1  # columns this cell spans within its section
    required: bool = False  # required here (on top of the field's own `required`)
    read_only: bool = False
    visible_when: tuple[Condition, ...] = ()  # empty = always visible
    required_when: tuple[Condition, ...] = ()  # empty = use `required`
    read_only_when: tuple[Condition, ...] = ()  # empty = use `read_only`


@dataclass(frozen=True)
class Section:
    key: str
    labels: Mapping[str, str]
    columns: int = 2  # 1..MAX_COLUMNS
    rows: tuple[tuple[Cell, ...], ...] = ()

    def label(self, locale: str) -> str:
        return label_for(self.labels, locale)


@dataclass(frozen=True)
class FormLayout:
    entity: str
    sections: tuple[Section, ...]

    def cells(self) -> list[Cell]:
        return [cell for section in self.sections for row in section.rows for cell in row]

    def field_keys(self) -> list[str]:
        return [cell.field for cell in self.cells()]


@dataclass(frozen=True)
class ListColumn:
    field: str
    width: int | None = None  # pixels; None = fit


@dataclass(frozen=True)
class ListLayout:
    entity: str
    columns: tuple[ListColumn, ...]
    sort_field: str | None = None
    sort_descending: bool = False

    def field_keys(self) -> list[str]:
        return [column.field for column in self.columns]


# ----- JSON form --------------------------------------------------------------------------------------------------
# Shapes are checked by validation.py; these converters assume a well-formed document and raise KeyError /
# TypeError / ValueError on a malformed one (the store turns that into a DefinitionError).


def _conditions_from(items: Any) -> tuple[Condition, ...]:
    return tuple(Condition(str(c["field"]), str(c["op"]), c.get("value")) for c in items or ())


def _conditions_to(conditions: tuple[Condition, ...]) -> list[dict[str, Any]]:
    return [{"field": c.field, "op": c.op, "value": c.value} for c in conditions]


def cell_to_dict(cell: Cell) -> dict[str, Any]:
    out: dict[str, Any] = {"field": cell.field}
    if cell.span != 1:
        out["span"] = cell.span
    if cell.required:
        out["required"] = True
    if cell.read_only:
        out["read_only"] = True
    for name in ("visible_when", "required_when", "read_only_when"):
        conditions = getattr(cell, name)
        if conditions:
            out[name] = _conditions_to(conditions)
    return out


def cell_from_dict(data: Mapping[str, Any]) -> Cell:
    return Cell(
        field=str(data["field"]),
        span=int(data.get("span", 1)),
        required=bool(data.get("required", False)),
        read_only=bool(data.get("read_only", False)),
        visible_when=_conditions_from(data.get("visible_when")),
        required_when=_conditions_from(data.get("required_when")),
        read_only_when=_conditions_from(data.get("read_only_when")),
    )


def form_to_dict(layout: FormLayout) -> dict[str, Any]:
    return {
        "entity": layout.entity,
        "sections": [
            {
                "key": s.key,
                "labels": dict(s.labels),
                "columns": s.columns,
                "rows": [[cell_to_dict(c) for c in row] for row in s.rows],
            }
            for s in layout.sections
        ],
    }


def form_from_dict(data: Mapping[str, Any]) -> FormLayout:
    return FormLayout(
        entity=str(data["entity"]),
        sections=tuple(
            Section(
                key=str(s["key"]),
                labels={str(k): str(v) for k, v in dict(s.get("labels") or {}).items()},
                columns=int(s.get("columns", 2)),
                rows=tuple(tuple(cell_from_dict(c) for c in row) for row in s.get("rows") or ()),
            )
            for s in data["sections"]
        ),
    )


def list_to_dict(layout: ListLayout) -> dict[str, Any]:
    return {
        "entity": layout.entity,
        "columns": [
            {"field": c.field, **({"width": c.width} if c.width is not None else {})} for c in layout.columns
        ],
        "sort_field": layout.sort_field,
        "sort_descending": layout.sort_descending,
    }


def list_from_dict(data: Mapping[str, Any]) -> ListLayout:
    return ListLayout(
        entity=str(data["entity"]),
        columns=tuple(
            ListColumn(str(c["field"]), int(c["width"]) if c.get("width") is not None else None)
            for c in data["columns"]
        ),
        sort_field=str(data["sort_field"]) if data.get("sort_field") else None,
        sort_descending=bool(data.get("sort_descending", False)),
    )


def field_to_dict(f: FieldDef) -> dict[str, Any]:
    return {
        "key": f.key,
        "type": f.type,
        "labels": dict(f.labels),
        "help": dict(f.help),
        "required": f.required,
        "default": f.default,
        "max_length": f.max_length,
        "minimum": f.minimum,
        "maximum": f.maximum,
        "pattern": f.pattern,
        "code_table": f.code_table,
        "options": [{"value": o.value, "labels": dict(o.labels)} for o in f.options],
        "searchable": f.searchable,
    }


def field_from_dict(data: Mapping[str, Any], *, builtin: bool = False, version: int = 0) -> FieldDef:
    def _opt(value: Any) -> str | None:
        return None if value is None or value == "" else str(value)

    return FieldDef(
        key=str(data["key"]),
        type=str(data["type"]),
        labels={str(k): str(v) for k, v in dict(data.get("labels") or {}).items()},
        builtin=builtin,
        help={str(k): str(v) for k, v in dict(data.get("help") or {}).items()},
        required=bool(data.get("required", False)),
        default=data.get("default"),
        max_length=int(data["max_length"]) if data.get("max_length") is not None else None,
        minimum=_opt(data.get("minimum")),
        maximum=_opt(data.get("maximum")),
        pattern=_opt(data.get("pattern")),
        code_table=_opt(data.get("code_table")),
        options=tuple(
            Option(str(o["value"]), {str(k): str(v) for k, v in dict(o.get("labels") or {}).items()})
            for o in data.get("options") or ()
        ),
        searchable=bool(data.get("searchable", False)),
        version=version,
    )
