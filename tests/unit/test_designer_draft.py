"""The designer's working copies: placing, moving and removing fields, sections and rows; list columns."""

from __future__ import annotations

from crm_desktop.forms.qt.designer.draft import FormDraft, ListDraft
from crm_desktop.services.definitions.schema import (
    Cell,
    Condition,
    FormLayout,
    ListColumn,
    ListLayout,
    Section,
)


def _draft() -> FormDraft:
    return FormDraft.from_layout(
        FormLayout(
            "customer",
            (
                Section("a", {"zh_CN": "甲"}, 2, ((Cell("name", 2),), (Cell("phone"), Cell("mobile")))),
                Section("b", {"en": "B"}, 1, ((Cell("needs", required=True),),)),
            ),
        )
    )


def _rows(draft: FormDraft) -> list[list[list[str]]]:
    return [[[c.field for c in row] for row in s.rows] for s in draft.sections]


def test_round_trip_keeps_the_layout() -> None:
    layout = _draft().to_layout()
    assert FormDraft.from_layout(layout).to_layout() == layout
    assert _draft().placed() == ["name", "phone", "mobile", "needs"]


def test_place_a_new_field_before_a_cell_at_a_row_end_and_in_a_new_row() -> None:
    draft = _draft()
    draft.place("x_a", 0, 1, 1)
    draft.place("x_b", 0, 0, None)
    draft.place("x_c", 1, 1)
    assert _rows(draft) == [[["name", "x_b"], ["phone", "x_a", "mobile"]], [["needs"], ["x_c"]]]


def test_moving_a_field_keeps_its_properties_and_drops_the_emptied_row() -> None:
    draft = _draft()
    draft.update_cell("name", visible_when=(Condition("phone", "not_empty"),))
    draft.place("name", 1, 0, 0)
    assert _rows(draft) == [[["phone", "mobile"]], [["name", "needs"]]]
    moved = draft.cell("name")
    assert moved is not None and moved.span == 2 and moved.visible_when == (Condition("phone", "not_empty"),)
    draft.place("mobile", 0, 0, 0)  # within the same row, to its front
    assert _rows(draft)[0] == [["mobile", "phone"]]
    draft.place("mobile", 0, 0, None)  # and to its end
    assert _rows(draft)[0] == [["phone", "mobile"]]


def test_remove_sections_and_rows() -> None:
    draft = _draft()
    draft.remove("needs")
    assert _rows(draft)[1] == []
    draft.move_row(0, 1, 0)
    assert _rows(draft)[0] == [["phone", "mobile"], ["name"]]
    index = draft.add_section({"zh_CN": "新"}, columns=9)
    assert draft.sections[index].columns == 4 and draft.sections[index].key == "section_3"
    draft.move_section(index, 0)
    assert [s.key for s in draft.sections] == ["section_3", "a", "b"]
    draft.remove_section(1)
    assert draft.placed() == []


def test_list_draft_orders_widths_and_sort() -> None:
    draft = ListDraft.from_layout(
        ListLayout("customer", (ListColumn("name", 200), ListColumn("phone")), "phone")
    )
    draft.set_order(["x_level", "name"])
    assert draft.columns == [ListColumn("x_level"), ListColumn("name", 200)] and draft.sort_field is None
    draft.set_width("x_level", 80)
    assert draft.to_layout().columns[0] == ListColumn("x_level", 80)


def test_a_dragged_section_takes_the_position_it_is_dropped_on() -> None:
    draft = _draft()
    draft.add_section({"en": "C"})
    draft.move_section(2, 0)  # the last dropped on the first's title: first
    assert [s.key for s in draft.sections] == ["section_3", "a", "b"]
    draft.move_section(0, 2)  # and back: the others move up one
    assert [s.key for s in draft.sections] == ["a", "b", "section_3"]
    draft.move_section(1, 99)  # past the end: last
    assert [s.key for s in draft.sections] == ["a", "section_3", "b"]


def test_a_dragged_row_takes_the_position_it_is_dropped_on_in_its_or_another_section() -> None:
    draft = _draft()
    draft.move_row(0, 0, 1)  # down onto the second row
    assert _rows(draft)[0] == [["phone", "mobile"], ["name"]]
    draft.move_row(0, 1, 0, to_section=1)  # into the other section, before its first row
    assert _rows(draft) == [[["phone", "mobile"]], [["name"], ["needs"]]]
    draft.move_row(1, 0, 5, to_section=0)  # onto a section's new-row slot: its end
    assert _rows(draft) == [[["phone", "mobile"], ["name"]], [["needs"]]]
    assert draft.cell("name") == Cell("name", 2)  # a row moves with its cells' properties
