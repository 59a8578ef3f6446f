"""Issue 5, the designer's second round: sections and rows reordered by drag and drop (their title bar / grip
dropped on another's), and condition values picked from the chosen field's code items, options, a check box, a
date or a number — saved in the JSON form and honoured by the entry-form renderer. Over the real store on SQLite
and PostgreSQL; widgets of the value picker alone on synthetic fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.forms.qt.designer import canvas as canvas_module
from crm_desktop.forms.qt.designer.canvas import ROW_MIME, SECTION_MIME, index_mime
from crm_desktop.forms.qt.designer.condition_value import ChecksButton, ConditionValue
from crm_desktop.forms.qt.designer.conditions_editor import ConditionsEditor
from crm_desktop.forms.qt.designer.palette import FIELD_MIME
from crm_desktop.forms.qt.editors import StaticLookups
from crm_desktop.services import codes
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.schema import Condition, FieldDef, Option
from crm_desktop.services.workspace import Workspace
from tests.ui.test_forms_designer import WAIT_MS, answer_yes, canvas_widget, open_designer

pytestmark = pytest.mark.gui
NO_KEYS = Qt.KeyboardModifier.NoModifier
__all__ = ["answer_yes"]  # the designer tests' autouse fixture, used here too


def drop_data(widget: QWidget, data: QMimeData) -> None:
    """Call the real drop handler as a drag would (offscreen Qt runs no drag loop); the event must be taken."""
    event = QDropEvent(
        QPointF(widget.rect().center()),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]
    assert event.isAccepted() is True


def save(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert not dialog.problems.isVisible(), [
        dialog.problems.item(i).text() for i in range(dialog.problems.count())
    ]
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)


def mouse_drag(dialog, name: str, monkeypatch: pytest.MonkeyPatch) -> QMimeData | None:  # type: ignore[no-untyped-def]
    """Press on widget `name` and move the mouse as a user would; what the drag started carries (the drag loop
    itself is left out: offscreen Qt runs none)."""
    started: list[QMimeData] = []
    monkeypatch.setattr(canvas_module, "_start_drag", lambda source, data: started.append(data))
    widget = canvas_widget(dialog, name)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(12, 6))
    for dx in (4, 12, 24):
        QTest.mouseMove(widget, QPoint(12 + dx, 6))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(36, 6))
    return started[0] if started else None


def test_pressing_and_moving_the_mouse_starts_drags_and_a_click_still_selects(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_designer(qtbot, workspace, "customer", "form", None)
    for name, kind in (
        ("section_header_1", SECTION_MIME),
        ("cell_phone", FIELD_MIME),
        ("row_grip_0_1", ROW_MIME),
    ):
        data = mouse_drag(dialog, name, monkeypatch)
        assert data is not None and data.hasFormat(kind), name
    assert dialog.canvas.selected_cell is None and dialog.canvas.selected_section is None  # drags, not clicks
    target = canvas_widget(dialog, "section_header_0")
    data = index_mime(SECTION_MIME, 1)
    target.dragEnterEvent(  # type: ignore[attr-defined]
        QDragEnterEvent(QPoint(5, 5), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, NO_KEYS)
    )
    assert "#a9cbee" in target.styleSheet()  # the title bar a section would land on is marked…
    target.dragLeaveEvent(QDragLeaveEvent())  # type: ignore[attr-defined]
    assert "#a9cbee" not in target.styleSheet()  # …until the drag moves on
    qtbot.mouseClick(canvas_widget(dialog, "section_header_1"), Qt.MouseButton.LeftButton)
    assert dialog.canvas.selected_section == 1 and dialog.properties.currentIndex() == 2


def test_sections_and_rows_dragged_to_a_new_place_are_saved_in_that_order(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_designer(qtbot, workspace, "customer", "form", None)
    keys = [s.key for s in dialog.form_draft.sections]
    assert len(keys) >= 3
    dragged = mouse_drag(dialog, "section_header_2", monkeypatch)  # the title bar of the last section…
    assert dragged is not None
    drop_data(canvas_widget(dialog, "section_header_0"), dragged)  # …dropped on the first one's: now on top
    assert [s.key for s in dialog.form_draft.sections] == [keys[2], keys[0], keys[1]] and dialog.dirty
    assert dialog.canvas.selected_section == 0
    drop_data(canvas_widget(dialog, "section_header_0"), index_mime(SECTION_MIME, 0))  # onto itself: nothing
    assert [s.key for s in dialog.form_draft.sections] == [keys[2], keys[0], keys[1]]

    basic = [[c.field for c in row] for row in dialog.form_draft.sections[1].rows]
    grip = mouse_drag(dialog, "row_grip_1_2", monkeypatch)  # the third row of the (now second) section…
    assert grip is not None
    drop_data(canvas_widget(dialog, "row_grip_1_0"), grip)
    moved = [[c.field for c in row] for row in dialog.form_draft.sections[1].rows]
    assert moved == [basic[2], basic[0], basic[1], *basic[3:]]  # …is now its first
    drop_data(canvas_widget(dialog, "new_row_2"), index_mime(ROW_MIME, 1, 0))  # to another section's end
    assert [c.field for c in dialog.form_draft.sections[2].rows[-1]] == basic[2]
    expected = dialog.form_draft.to_layout()
    save(qtbot, dialog)
    saved = store.resolve_form(workspace.db, "customer", None).layout
    assert [s.key for s in saved.sections] == [keys[2], keys[0], keys[1]]
    assert saved == expected


def test_condition_value_picked_from_the_code_table_is_saved_and_applied_by_the_renderer(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    grades = codes.list_codes(workspace.db, "customer_grade")
    assert len(grades) >= 2
    wanted = grades[1]
    dialog = open_designer(qtbot, workspace, "customer", "form", "key_accounts")
    assert "grade_id" in dialog.form_draft.placed() and "notes" in dialog.form_draft.placed()
    qtbot.mouseClick(canvas_widget(dialog, "cell_notes"), Qt.MouseButton.LeftButton)
    editor = dialog.properties.conditions["visible_when"]
    editor.btn_add.click()
    field_combo = editor.table.cellWidget(0, 0)
    assert isinstance(field_combo, QComboBox)
    field_combo.setCurrentIndex(field_combo.findData("grade_id"))
    picker = editor.value_input(0).input
    assert isinstance(picker, QComboBox)  # the grade is picked, not typed…
    index = picker.findText(wanted.name_en)  # …by its label in the UI language (English in tests)
    assert index > 0, [picker.itemText(i) for i in range(picker.count())]
    picker.setCurrentIndex(index)
    assert dialog.form_draft.cell("notes").visible_when == (  # type: ignore[union-attr]
        Condition("grade_id", "equals", wanted.id),
    )
    op_combo = editor.table.cellWidget(0, 1)
    assert isinstance(op_combo, QComboBox)
    op_combo.setCurrentIndex(op_combo.findData("in"))  # the test changed: the value is kept, now a list
    checks = editor.value_input(0).input
    assert isinstance(checks, ChecksButton) and checks.values() == [wanted.id]
    assert wanted.name_en in checks.text()
    qtbot.wait(50)  # replaced value editors are deleted later
    dialog.grab().save(str(tmp_path / "conditions.png"))  # to look at the properties panel
    save(qtbot, dialog)
    saved = store.resolve_form(workspace.db, "customer", "key_accounts")
    cell = next(c for c in saved.layout.cells() if c.field == "notes")
    assert cell.visible_when == (Condition("grade_id", "in", [wanted.id]),)

    shown = dialog.preview("key_accounts")  # the saved layout in the real entry-form renderer
    assert shown is not None
    qtbot.addWidget(shown)
    renderer = shown.renderer  # type: ignore[attr-defined]
    renderer.set_values({"grade_id": grades[0].id})
    assert not renderer.state("notes").visible
    renderer.set_values({"grade_id": wanted.id})
    assert renderer.state("notes").visible


def _field(key: str, type_: str, **more: object) -> FieldDef:
    return FieldDef(key, type_, {"zh_CN": key, "en": key}, **more)  # type: ignore[arg-type]


def test_value_input_follows_the_field_type_and_keeps_the_json_form(qtbot: QtBot) -> None:
    fields = {
        f.key: f
        for f in (
            _field("vip", "bool"),
            _field("since", "date"),
            _field("count", "integer"),
            _field("budget", "money"),
            _field("note", "text"),
            _field("x_level", "multichoice", options=(Option("a", {"zh_CN": "甲", "en": "A"}),)),
        )
    }
    editor = ConditionsEditor("conds")
    qtbot.addWidget(editor)
    conditions = (
        Condition("vip", "equals", True),
        Condition("since", "greater", "2026-03-01"),
        Condition("count", "less", 5),
        Condition("budget", "greater", "1000.50"),
        Condition("note", "in", ["x", "y"]),
        Condition("x_level", "equals", "gone"),  # an option removed since: kept, marked
        Condition("note", "empty"),
    )
    editor.set_conditions(conditions, fields, "en", StaticLookups())
    kinds = [type(editor.value_input(r).input) for r in range(editor.table.rowCount())]
    assert kinds == [QCheckBox, QDateEdit, QLineEdit, QLineEdit, QLineEdit, QComboBox, QLineEdit]
    assert editor.conditions() == conditions  # shown and read back unchanged
    assert not editor.value_input(6).input.isEnabled()  # nothing to enter for "is empty"
    combo = editor.value_input(5).input
    assert isinstance(combo, QComboBox) and combo.itemText(1) == "A" and "gone" in combo.currentText()
    count = editor.value_input(2).input
    assert isinstance(count, QLineEdit)
    count.clear()
    qtbot.keyClicks(count, "1x2")  # only digits are taken
    assert count.text() == "12" and editor.conditions()[2].value == 12  # an int, as values.py stores
    editor.value_input(0).input.click()  # type: ignore[attr-defined]
    assert editor.conditions()[0].value is False
    alone = ConditionValue(fields["budget"], "in", StaticLookups(), "en", None)
    qtbot.addWidget(alone)
    assert isinstance(alone.input, QLineEdit)
    alone.input.setText("1.5, 20")
    assert alone.value() == ["1.50", "20.00"]  # money as a Decimal string with two places (values.py)
