"""The form renderer: every field type round-trips, conditions act on every edit, errors sit beside fields,
keyboard-only entry in row order, and a new definition keeps what was typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.forms.qt.editors import StaticLookups
from crm_desktop.forms.qt.renderer import FormRenderer
from crm_desktop.services.definitions.schema import (
    Cell,
    Condition,
    FieldDef,
    FormLayout,
    Option,
    Section,
)

pytestmark = pytest.mark.gui


def _f(key: str, type_: str, **kw: Any) -> FieldDef:
    return FieldDef(key, type_, {"zh_CN": f"中{key}", "en": key.title()}, **kw)


FIELDS = {
    f.key: f
    for f in (
        _f("name", "text", builtin=True, required=True, max_length=40),
        _f("x_note", "textarea"),
        _f("x_count", "integer"),
        _f("x_ratio", "decimal"),
        _f("x_budget", "money"),
        _f("x_due", "date"),
        _f("x_meet", "datetime"),
        _f("x_vip", "bool"),
        _f("x_grade", "choice", code_table="grade"),
        _f(
            "x_size",
            "choice",
            options=(Option("s", {"zh_CN": "小", "en": "Small"}), Option("l", {"en": "Large"})),
        ),
        _f("x_tags", "multichoice", code_table="grade"),
        _f("x_rep", "user"),
        _f("x_tel", "phone"),
        _f("x_mail", "email"),
        _f("x_site", "url"),
    )
}
LOOKUPS = StaticLookups(
    {"grade": [(1, "甲", "A"), (2, "乙", "B"), (3, "丙", "C")]}, [(7, "张三", "Zhang San")]
)

VALUES: dict[str, Any] = {
    "name": "上海华光",
    "x_note": "第一行\n第二行",
    "x_count": -12,
    "x_ratio": "3.125",
    "x_budget": "1999.50",
    "x_due": "2026-03-04",
    "x_meet": "2026-03-04T09:30:00+00:00",
    "x_vip": True,
    "x_grade": 2,
    "x_size": "l",
    "x_tags": [1, 3],
    "x_rep": 7,
    "x_tel": "+86 21 5555 0000",
    "x_mail": "a@b.cn",
    "x_site": "www.example.com",
}


def layout(*rows: tuple[Cell, ...], columns: int = 2) -> FormLayout:
    return FormLayout("customer", (Section("main", {"zh_CN": "基本", "en": "Main"}, columns, rows),))


def every_field() -> FormLayout:
    keys = list(FIELDS)
    rows = tuple(tuple(Cell(k) for k in keys[i : i + 2]) for i in range(0, len(keys), 2))
    return layout(*rows)


def make(qtbot: QtBot, form_layout: FormLayout, locale: str = "en") -> FormRenderer:
    form = FormRenderer(form_layout, FIELDS, LOOKUPS, locale)
    qtbot.addWidget(form)
    return form


def test_every_field_type_round_trips(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    form.set_values(VALUES)
    out = form.values()
    moment = out.pop("x_meet")
    expected = dict(VALUES)
    from datetime import datetime

    assert datetime.fromisoformat(moment) == datetime.fromisoformat(expected.pop("x_meet"))
    assert out == expected
    # and empty: every field gives None (bool: False)
    form.set_values({"name": ""})
    assert {k: v for k, v in form.values().items() if v not in (None, False)} == {}


def test_widgets_per_type_are_named_and_labelled(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    kinds = {
        "name": QLineEdit,
        "x_note": QPlainTextEdit,
        "x_count": QLineEdit,
        "x_vip": QCheckBox,
        "x_grade": QComboBox,
        "x_tags": QListWidget,
        "x_rep": QComboBox,
    }
    for key, kind in kinds.items():
        assert isinstance(form.findChild(QWidget, f"field_{key}"), kind), key
    assert form.labels["x_count"].text() == "X_Count"
    assert "*" in form.labels["name"].text()  # required mark
    assert form.groups["main"].title() == "Main"
    form.set_locale("zh_CN")
    assert form.labels["x_count"].text() == "中x_count"
    assert form.groups["main"].title() == "基本"
    combo = form.fields["x_size"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["小", "Large"]


def test_typing_updates_values_and_numbers_are_checked(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    count = form.fields["x_count"]
    budget = form.fields["x_budget"]
    assert isinstance(count, QLineEdit) and isinstance(budget, QLineEdit)
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(count, "12a3")  # the letter is refused by the validator
    qtbot.keyClicks(budget, "10.567")  # a third decimal is refused
    values = form.values()
    assert values["x_count"] == 123
    assert values["x_budget"] == "10.56"


def test_deleted_code_item_is_kept_and_marked(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    form.set_values({"x_grade": 99, "x_tags": [1, 98]})
    combo = form.fields["x_grade"]
    assert isinstance(combo, QComboBox)
    assert "99" in combo.currentText() and "deleted" in combo.currentText()
    assert form.values()["x_grade"] == 99
    assert form.values()["x_tags"] == [1, 98]


def test_conditions_show_require_and_lock_on_every_edit(qtbot: QtBot) -> None:
    big = (Condition("x_size", "equals", "l"),)
    form = make(
        qtbot,
        layout(
            (Cell("name"), Cell("x_size")),
            (
                Cell("x_budget", visible_when=big),
                Cell("x_count", required_when=big),
                Cell("x_note", read_only_when=(Condition("x_vip", "equals", True),)),
                Cell("x_vip"),
            ),
        ),
    )
    form.show()
    assert not form.fields["x_budget"].isVisible()
    assert "*" not in form.labels["x_count"].text()
    combo = form.fields["x_size"]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # choose "Large" with the keyboard
    assert form.values()["x_size"] == "l"
    assert form.fields["x_budget"].isVisible()
    assert "*" in form.labels["x_count"].text()
    note = form.fields["x_note"]
    assert isinstance(note, QPlainTextEdit)
    assert not note.isReadOnly()
    box = form.fields["x_vip"]
    assert isinstance(box, QCheckBox)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert note.isReadOnly()


def test_errors_beside_fields_keep_input(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    form.show()
    name = form.fields["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Hua")
    unplaced = form.show_errors({"x_mail": "Not an e-mail address.", "elsewhere": "x"})
    assert unplaced == ["elsewhere"]
    assert form.error_text("x_mail") == "Not an e-mail address."
    assert form.error_labels["x_mail"].isVisible()
    assert form.values()["name"] == "Hua"


def test_tab_order_is_row_by_row(qtbot: QtBot) -> None:
    form = make(qtbot, layout((Cell("name"), Cell("x_count")), (Cell("x_tel"), Cell("x_mail"))))
    form.show()
    qtbot.waitExposed(form)
    form.fields["name"].setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        seen.append(form.focusWidget().objectName())
    assert seen == ["field_x_count", "field_x_tel", "field_x_mail"]


def test_new_definition_keeps_typed_input_and_hidden_values(qtbot: QtBot) -> None:
    form = make(qtbot, layout((Cell("name"), Cell("x_count"))))
    form.set_values({"name": "", "x_site": "kept.example"})
    name = form.fields["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "New one")
    form.show_errors({"x_count": "Too big"})
    form.set_definition(layout((Cell("x_count"),), (Cell("name"), Cell("x_mail"))), FIELDS)
    assert form.values()["name"] == "New one"
    assert form.values()["x_site"] == "kept.example"
    assert form.error_text("x_count") == "Too big"
    assert "x_mail" in form.fields


def test_narrow_width_stacks_the_columns(qtbot: QtBot) -> None:
    form = make(qtbot, every_field())
    form.show()
    form.fit_width(100)
    assert form.is_narrow()
    form.fit_width(form.wide_width() + 10)
    assert not form.is_narrow()
    form.resize(form.wide_width() + 50, 900)
    form.grab().save("/tmp/form_renderer.png")


def test_multichoice_and_empty_date_by_keyboard(qtbot: QtBot) -> None:
    form = make(qtbot, layout((Cell("x_tags"), Cell("x_due"))))
    form.show()
    qtbot.waitExposed(form)
    tags = form.fields["x_tags"]
    assert isinstance(tags, QListWidget)
    tags.setFocus()
    tags.setCurrentRow(1)
    qtbot.keyClick(tags, Qt.Key.Key_Space)
    assert form.values()["x_tags"] == [2]
    assert form.values()["x_due"] is None  # a new date field starts empty
    empty = form.fields["x_due"].findChild(QCheckBox)
    assert empty is not None
    empty.setFocus()
    qtbot.keyClick(empty, Qt.Key.Key_Space)  # no longer empty: today's date
    assert form.values()["x_due"] is not None
