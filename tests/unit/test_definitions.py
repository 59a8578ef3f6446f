"""Definitions as data: validation (property-based), JSON round trips, conditions and value rules."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.conditions import cell_state, evaluate
from crm_desktop.services.definitions.schema import (
    CONDITION_OPS,
    MAX_COLUMNS,
    Cell,
    Condition,
    FieldDef,
    FormLayout,
    ListColumn,
    ListLayout,
    Option,
    Section,
    field_from_dict,
    field_to_dict,
    form_from_dict,
    form_to_dict,
    list_from_dict,
    list_to_dict,
)
from crm_desktop.services.definitions.validation import (
    BAD_COLUMNS,
    BAD_KEY,
    BAD_OP,
    BAD_PATTERN,
    BAD_SPAN,
    CONDITION_FIELD,
    CONDITION_VALUE,
    DUPLICATE_FIELD,
    MIN_OVER_MAX,
    REQUIRED_HIDDEN,
    REQUIRED_MISSING,
    ROW_TOO_WIDE,
    UNKNOWN_FIELD,
    validate_field,
    validate_form,
    validate_list,
)
from crm_desktop.services.definitions.values import (
    DELETED_CHOICE,
    CodeLabel,
    Lookups,
    ValueProblem,
    check_values,
    display,
    normalize,
    parse_text,
    validate_values,
)
from crm_desktop.services.validation import REQUIRED

LABELS = {"zh_CN": "字段", "en": "Field"}
FIELDS: dict[str, FieldDef] = {
    "name": FieldDef("name", "text", LABELS, builtin=True, required=True),
    "x_level": FieldDef("x_level", "integer", LABELS, minimum="1", maximum="5"),
    "x_budget": FieldDef("x_budget", "money", LABELS),
    "x_since": FieldDef("x_since", "date", LABELS),
    "x_vip": FieldDef("x_vip", "bool", LABELS),
    "x_size": FieldDef("x_size", "choice", LABELS, options=(Option("s", LABELS), Option("l", LABELS))),
    "x_tags": FieldDef("x_tags", "multichoice", LABELS, code_table="tag"),
    "x_memo": FieldDef("x_memo", "textarea", LABELS),
}
OPTIONAL = [k for k, f in FIELDS.items() if not f.required]

# A condition value that fits each field (ops "in"/"not_in" wrap it in a list; ordering ops on ordered types).
FITTING: dict[str, Any] = {"name": "ACME", "x_level": 3, "x_budget": "10.00", "x_since": "2026-01-01",
                           "x_vip": True, "x_size": "s", "x_tags": 7, "x_memo": "x"}  # fmt: skip
ORDERED = {"x_level", "x_budget", "x_since"}


@st.composite
def conditions(draw: st.DrawFn, on_form: list[str]) -> tuple[Condition, ...]:
    out = []
    for _ in range(draw(st.integers(0, 2))):
        key = draw(st.sampled_from(on_form))
        ops = [op for op in CONDITION_OPS if op not in ("greater", "less") or key in ORDERED]
        op = draw(st.sampled_from(ops))
        value = None if op in ("empty", "not_empty") else FITTING[key]
        out.append(Condition(key, op, [value] if op in ("in", "not_in") else value))
    return tuple(out)


@st.composite
def valid_forms(draw: st.DrawFn) -> FormLayout:
    """A layout every check accepts: each field at most once, spans fit, conditions on fields of the form,
    the required built-in always present and never conditionally hidden."""
    keys = ["name", *draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=len(OPTIONAL)))]
    keys = draw(st.permutations(keys))
    sections = []
    index = 0
    for s_no in range(draw(st.integers(1, 3))):
        columns = draw(st.integers(1, MAX_COLUMNS))
        rows = []
        take = len(keys) - index if s_no == 2 else draw(st.integers(0, len(keys) - index))
        chunk = keys[index : index + take]
        index += take
        while chunk:
            width = draw(st.integers(1, min(columns, len(chunk))))
            row_keys, chunk = chunk[:width], chunk[width:]
            free = columns - width
            cells = []
            for key in row_keys:
                extra = draw(st.integers(0, free))
                free -= extra
                when = draw(conditions(keys))
                cells.append(Cell(key, span=1 + extra, required=draw(st.booleans()),
                                  read_only=draw(st.booleans()),
                                  visible_when=() if FIELDS[key].required else when,
                                  required_when=draw(conditions(keys)), read_only_when=draw(conditions(keys))))  # fmt: skip
            rows.append(tuple(cells))
        sections.append(
            Section(f"s{s_no}", {"zh_CN": f"第{s_no}组", "en": f"Group {s_no}"}, columns, tuple(rows))
        )
    rest = keys[index:]
    if rest:
        sections.append(Section("rest", LABELS, 1, tuple((Cell(k),) for k in rest)))
    return FormLayout("customer", tuple(sections))


@settings(max_examples=150, deadline=None)
@given(valid_forms())
def test_generated_valid_forms_pass_and_round_trip_through_json(layout: FormLayout) -> None:
    assert validate_form(layout, FIELDS, "customer") == []
    assert form_from_dict(form_to_dict(layout)) == layout


@settings(max_examples=100, deadline=None)
@given(valid_forms(), st.data())
def test_a_duplicated_cell_is_reported(layout: FormLayout, data: st.DataObject) -> None:
    victim = data.draw(st.sampled_from(layout.cells()))
    broken = replace(layout, sections=(*layout.sections, Section("dup", LABELS, 1, ((Cell(victim.field),),))))
    messages = [p.message for p in validate_form(broken, FIELDS)]
    assert DUPLICATE_FIELD in messages


@settings(max_examples=100, deadline=None)
@given(valid_forms(), st.sampled_from(["unknown", "span", "columns", "condition", "op", "hidden", "missing"]))
def test_each_kind_of_breakage_is_reported_with_its_message(layout: FormLayout, breakage: str) -> None:
    first = layout.sections[0]
    extra_row: tuple[Cell, ...]
    expected = {
        "unknown": UNKNOWN_FIELD, "span": BAD_SPAN, "columns": BAD_COLUMNS, "condition": CONDITION_FIELD,
        "op": BAD_OP, "hidden": REQUIRED_HIDDEN, "missing": REQUIRED_MISSING,
    }[breakage]  # fmt: skip
    sections = list(layout.sections)
    if breakage == "unknown":
        extra_row = (Cell("x_nowhere"),)
        sections[0] = replace(first, rows=(*first.rows, extra_row))
    elif breakage == "span":
        sections.append(Section("wide", LABELS, 2, ((Cell("x_ghost", span=3),),)))
        expected = BAD_SPAN
    elif breakage == "columns":
        sections[0] = replace(first, columns=MAX_COLUMNS + 1)
    elif breakage in ("condition", "op"):
        bad = (
            Condition("x_nowhere", "equals", 1) if breakage == "condition" else Condition("name", "like", "a")
        )
        sections.append(Section("c", LABELS, 1, ((Cell("x_ghost", visible_when=(bad,)),),)))
    elif breakage == "hidden":
        sections = [replace(s, rows=tuple(tuple(
            replace(c, visible_when=(Condition("name", "not_empty"),)) if c.field == "name" else c for c in row)
            for row in s.rows)) for s in sections]  # fmt: skip
    else:
        sections = [replace(s, rows=tuple(r for r in (tuple(c for c in row if c.field != "name")
                                                       for row in s.rows) if r)) for s in sections]  # fmt: skip
    messages = [p.message for p in validate_form(FormLayout("customer", tuple(sections)), FIELDS)]
    assert expected in messages


def test_a_row_wider_than_its_section_and_a_bad_condition_value() -> None:
    layout = FormLayout("customer", (Section("a", LABELS, 2, (
        (Cell("name"), Cell("x_level", span=2)),
        (Cell("x_size", visible_when=(Condition("x_level", "equals", "many"),)),),
    )),))  # fmt: skip
    problems = validate_form(layout, FIELDS)
    assert [p.message for p in problems] == [ROW_TOO_WIDE, CONDITION_VALUE]
    assert problems[0].path == "sections[0].rows[0]"
    assert problems[1].path == "sections[0].rows[1][0].visible_when[0]"
    assert "many" not in problems[0].text()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list(FIELDS)), min_size=1, unique=True), st.data())
def test_list_layouts_validate_and_round_trip(keys: list[str], data: st.DataObject) -> None:
    widths = data.draw(
        st.lists(st.one_of(st.none(), st.integers(20, 2000)), min_size=len(keys), max_size=len(keys))
    )
    sortable: list[str | None] = [k for k in keys if k not in ("x_tags", "x_memo")]
    sort = data.draw(st.sampled_from([None, *sortable]))
    layout = ListLayout("customer", tuple(ListColumn(k, w) for k, w in zip(keys, widths, strict=True)), sort,
                        data.draw(st.booleans()))  # fmt: skip
    assert validate_list(layout, FIELDS) == []
    assert list_from_dict(list_to_dict(layout)) == layout
    doubled = replace(layout, columns=(*layout.columns, layout.columns[0]))
    assert [p.message for p in validate_list(doubled, FIELDS)] == [DUPLICATE_FIELD]


keys = st.from_regex(r"x_[a-z][a-z0-9_]{0,20}", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(keys, st.sampled_from(["text", "integer", "decimal", "date", "bool", "email"]), st.booleans())
def test_good_custom_fields_pass_and_round_trip(key: str, type_: str, required: bool) -> None:
    f = FieldDef(key, type_, LABELS, required=required, searchable=True)
    assert validate_field(f) == []
    assert field_from_dict(field_to_dict(f)) == f


@given(st.text(min_size=1, max_size=12).filter(lambda k: not k.startswith("x_") or not k[2:].isidentifier()))
def test_bad_keys_are_reported(key: str) -> None:
    assert BAD_KEY in [p.message for p in validate_field(FieldDef(key, "text", LABELS))]


@pytest.mark.parametrize(
    ("definition", "message"),
    [
        (FieldDef("x_a", "integer", LABELS, minimum="9", maximum="2"), MIN_OVER_MAX),
        (FieldDef("x_a", "date", LABELS, minimum="2026-02-01", maximum="2026-01-01"), MIN_OVER_MAX),
        (FieldDef("x_a", "text", LABELS, pattern="([a-z"), BAD_PATTERN),
    ],
)
def test_field_rules(definition: FieldDef, message: str) -> None:
    assert [p.message for p in validate_field(definition)] == [message]
    assert [p.path for p in validate_field(FieldDef("x_a", "text", LABELS), ["x_a"])] == ["key"]
    assert [p.path for p in validate_field(FieldDef("x_a", "nothing", LABELS))] == ["type"]


def test_shipped_layouts_are_valid() -> None:
    for entity_spec in entities.specs():
        fields = {f.key: f for f in entity_spec.builtin_fields}
        for layout in entity_spec.base_forms.values():
            assert validate_form(layout, fields, entity_spec.name) == []
        columns = {f.key: f for f in entities.list_fields(entity_spec.name)}
        for list_layout in entity_spec.base_lists.values():
            assert validate_list(list_layout, columns, entity_spec.name) == []
    quick = entities.spec("customer").base_form("storefront").field_keys()
    full = entities.spec("customer").base_form("key_accounts").field_keys()
    assert set(quick) == {"name", "phone", "mobile", "type_id", "source_id", "address", "needs"}
    assert set(full) == {f.key for f in entities.spec("customer").builtin_fields}
    assert [s.label("zh_CN") for s in entities.spec("customer").base_form("key_accounts").sections] == [
        "基本信息", "联系方式", "需求与备注"]  # fmt: skip


# ----- conditions -------------------------------------------------------------------------------------------------
def test_conditions_and_cell_state() -> None:
    values = {"x_level": 4, "x_size": "l", "x_tags": [7, 8], "name": ""}
    assert evaluate([Condition("x_level", "greater", "3"), Condition("x_size", "in", ["l", "xl"])], values)
    assert evaluate([Condition("x_tags", "equals", 8), Condition("name", "empty")], values)
    assert not evaluate([Condition("x_tags", "not_in", [8])], values)
    assert not evaluate([Condition("x_budget", "less", "1")], values)  # empty compares as nothing
    cell = Cell("x_budget", visible_when=(Condition("x_vip", "equals", True),),
                required_when=(Condition("x_level", "greater", 3),))  # fmt: skip
    assert cell_state(cell, FIELDS["x_budget"], {"x_vip": False, "x_level": 5}).visible is False
    assert cell_state(cell, FIELDS["x_budget"], {"x_vip": False, "x_level": 5}).required is False
    assert cell_state(cell, FIELDS["x_budget"], {"x_vip": True, "x_level": 5}).required is True
    assert cell_state(Cell("name"), FIELDS["name"], {}).required is True


# ----- values -----------------------------------------------------------------------------------------------------
TAGS = {7: CodeLabel(7, "a", "甲", "A", True), 8: CodeLabel(8, "b", "乙", "B", False)}
LOOKUPS = Lookups({"tag": TAGS}, {3: "刘洋"})


def test_values_normalise_to_their_json_form() -> None:
    assert normalize(" 3 ", FIELDS["x_level"]) == 3
    assert normalize(Decimal("12.5"), FIELDS["x_budget"]) == "12.50"
    assert normalize("2026-03-01", FIELDS["x_since"]) == "2026-03-01"
    assert normalize("是", FIELDS["x_vip"]) is True
    assert normalize(["7", 7], FIELDS["x_tags"], LOOKUPS) == [7]
    for value, f in [("9", "x_level"), ("1.234", "x_budget"), ("31/12", "x_since"), ("m", "x_size")]:
        with pytest.raises(ValueProblem):
            normalize(value, FIELDS[f], LOOKUPS)


def test_validate_values_reports_required_conditional_and_deleted_code_items() -> None:
    layout = FormLayout("customer", (Section("a", LABELS, 1, (
        (Cell("name"),), (Cell("x_tags"),),
        (Cell("x_budget", required_when=(Condition("x_vip", "equals", True),)),),
        (Cell("x_since", required=True, visible_when=(Condition("x_vip", "equals", True),)),),
    )),))  # fmt: skip
    errors = validate_values(FIELDS, layout, {"name": "", "x_tags": [8], "x_vip": True}, LOOKUPS)
    assert errors == {"name": REQUIRED, "x_tags": DELETED_CHOICE, "x_budget": REQUIRED, "x_since": REQUIRED}
    report = check_values(FIELDS, layout, {"name": "甲", "x_tags": [7], "x_vip": False}, LOOKUPS)
    assert report.errors == {}  # x_since hidden (so not required), x_budget not required
    assert report.values["x_tags"] == [7]


def test_display_and_parse_text_for_import() -> None:
    assert display([7, 8], FIELDS["x_tags"], LOOKUPS, "en") == "A, B"
    assert display(True, FIELDS["x_vip"], LOOKUPS, "zh_CN") == "是"
    assert parse_text("甲、a", FIELDS["x_tags"], LOOKUPS) == [7]
    assert parse_text("1,234.5", FIELDS["x_budget"]) == "1234.50"
    assert parse_text("", FIELDS["x_level"]) is None
    with pytest.raises(ValueProblem):
        parse_text("乙", FIELDS["x_tags"], LOOKUPS)  # a deleted item is not offered on import
