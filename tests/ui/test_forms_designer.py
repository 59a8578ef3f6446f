"""The form and list designer (System settings → Forms and lists) driven through its widgets, over the real
definitions store on SQLite and PostgreSQL: a custom field is created, dragged into the storefront form and saved;
broken layouts are refused with the problems listed and the edit kept; history rolls back; reset to base; list
columns by drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from crm_desktop.forms.qt.designer.dialog import DesignerDialog
from crm_desktop.forms.qt.designer.field_dialog import FieldDialog
from crm_desktop.forms.qt.designer.history_dialog import HistoryDialog
from crm_desktop.forms.qt.designer.palette import field_mime
from crm_desktop.services.definitions import store
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.menu import SCREENS
from tests.ui.test_customers_ui import type_text

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):  # type: ignore[no-untyped-def]
    """Confirmations (discard changes, reset to base) answer Yes instead of waiting for a click."""
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def drop(widget: QWidget, key: str) -> None:
    """Drop field `key` on `widget` as a drag from the palette or the form would (the handler is called directly:
    offscreen Qt delivers no drop events without a drag under way)."""
    data = field_mime(key)  # the event does not own its data: keep it alive
    event = QDropEvent(
        QPointF(widget.rect().center()),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]
    assert event.isAccepted() is True


def open_designer(qtbot, workspace: Workspace, entity: str, kind: str, station: str | None) -> DesignerDialog:  # type: ignore[no-untyped-def]
    dialog = SCREENS["forms"](workspace, None)  # the System settings menu's factory (background loads)
    assert isinstance(dialog, DesignerDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    dialog.select(entity, kind, station)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    return dialog


def canvas_widget(dialog: DesignerDialog, name: str) -> QWidget:
    widget = dialog.canvas.body.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def new_field(qtbot, dialog: DesignerDialog, key: str, zh: str, en: str, options: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.btn_new_field, Qt.MouseButton.LeftButton)
    fields = dialog.findChild(FieldDialog, "field_dialog")
    assert isinstance(fields, FieldDialog)
    fields.key.clear()
    qtbot.keyClicks(fields.key, key)
    fields.type.setCurrentIndex(fields.type.findData("choice"))
    type_text(qtbot, fields.label_zh, zh)
    qtbot.keyClicks(fields.label_en, en)
    fields.options.setPlainText(options)
    fields.searchable.setChecked(True)
    ok = fields.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_custom_field_dragged_into_the_storefront_form_is_saved_as_a_station_version(
    qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "customer", "form", "storefront")
    assert dialog.current is not None and dialog.current.source_layer == "base"
    quick = store.resolve_form(workspace.db, "customer", "storefront").layout
    assert dialog.form_draft.to_layout() == quick  # starts from storefront's shipped quick entry form
    new_field(
        qtbot, dialog, "x_member", "会员等级", "Member level", "vip = 贵宾 | VIP\nnormal = 普通 | Normal"
    )
    assert dialog.field_palette.item_for("x_member") is not None
    drop(canvas_widget(dialog, "new_row_0"), "x_member")
    assert dialog.field_palette.item_for("x_member") is None and dialog.dirty
    assert dialog.form_draft.cell("x_member") is not None
    # select the new cell and make it required only when a phone is given, through the properties panel
    qtbot.mouseClick(canvas_widget(dialog, "cell_x_member"), Qt.MouseButton.LeftButton)
    assert dialog.properties.currentIndex() == 1
    dialog.properties.read_only.click()
    assert dialog.form_draft.cell("x_member").read_only  # type: ignore[union-attr]
    assert "🔒" in canvas_widget(dialog, "cell_x_member").label.text()  # type: ignore[attr-defined]
    dialog.properties.read_only.click()
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)
    assert not dialog.problems.isVisible()
    resolved = store.resolve_form(workspace.db, "customer", "storefront")
    assert resolved.layer == "station" and resolved.version_no == 1
    assert "x_member" in resolved.layout.field_keys() and resolved.fields["x_member"].searchable
    assert [k for k in resolved.layout.field_keys() if k != "x_member"] == quick.field_keys()
    assert resolved.layout.sections[0].rows[-1][0].field == "x_member"
    # other stations still get their own layout
    assert "x_member" not in store.resolve_form(workspace.db, "customer", "key_accounts").layout.field_keys()
    assert dialog.current is not None and dialog.current.version_no == 1
    assert "1" in dialog.source.text()


def test_broken_layout_is_refused_with_its_problems_and_the_edit_is_kept(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "customer", "form", None)
    drop(dialog.field_palette, "name")  # drag the required customer name out of the form
    assert "name" not in dialog.form_draft.placed() and dialog.field_palette.item_for("name") is not None
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert dialog.problems.isVisible() and dialog.problems.count() >= 1
    assert any("not on the form" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    assert dialog.dirty and "name" not in dialog.form_draft.placed()  # nothing lost
    assert (
        store.DefinitionService(workspace.db, workspace.user).history("customer", "form", "company", None)
        == []
    )
    drop(canvas_widget(dialog, "new_row_0"), "name")
    qtbot.mouseClick(canvas_widget(dialog, "cell_name"), Qt.MouseButton.LeftButton)
    dialog.properties.span.setValue(4)  # wider than the section's columns
    qtbot.mouseClick(canvas_widget(dialog, "section_header_0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("spans 4" in text for text in texts), texts
    item = dialog.problems.item(next(i for i, text in enumerate(texts) if "spans 4" in text))
    dialog.problems.itemClicked.emit(item)  # clicking the problem selects the cell it is about
    assert dialog.canvas.selected_cell == "name" and dialog.properties.span.value() == 4
    dialog.properties.span.setValue(1)
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)
    assert not dialog.problems.isVisible()
    assert store.resolve_form(workspace.db, "customer", None).layer == "company"


def test_history_rolls_back_and_reset_returns_to_the_shipped_layout(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "customer", "form", "storefront")
    first = dialog.form_draft.placed()
    dialog.form_draft.move_section(0, 0)
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)  # version 1: as shipped
    qtbot.waitUntil(lambda: not dialog.loading and dialog.current.version_no == 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    rows = dialog.form_draft.sections[0].rows
    top = [c.field for c in rows[0]]
    qtbot.mouseClick(canvas_widget(dialog, "row_down_0_0"), Qt.MouseButton.LeftButton)  # first row moved down
    moved = dialog.form_draft.placed()
    assert moved != first and [c.field for c in dialog.form_draft.sections[0].rows[1]] == top
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)  # version 2
    qtbot.waitUntil(lambda: not dialog.loading and dialog.current.version_no == 2, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert store.resolve_form(workspace.db, "customer", "storefront").layout.field_keys() == moved
    history = dialog.show_history()
    assert isinstance(history, HistoryDialog) and history.table.rowCount() == 2
    history.select_version(1)
    assert history.btn_rollback.isEnabled()
    qtbot.mouseClick(history.btn_rollback, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.current.version_no == 3, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert store.resolve_form(workspace.db, "customer", "storefront").layout.field_keys() == first
    assert dialog.form_draft.placed() == first
    assert dialog.reset_to_base(confirmed=True)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.current.version_no == 4, timeout=WAIT_MS)  # type: ignore[union-attr]
    resolved = store.resolve_form(workspace.db, "customer", "storefront")
    assert resolved.layer == "base" and dialog.current.source_layer == "base"  # type: ignore[union-attr]


def test_list_columns_by_drag_and_drop_with_width_and_sort(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "customer", "list", None)
    editor = dialog.list_editor
    assert dialog.pages.currentIndex() == 1
    before = editor.draft.field_keys()
    extra = editor.available.keys()[0]
    drop(editor.columns, extra)  # dropped below the last column: appended
    assert editor.draft.field_keys() == [*before, extra]
    editor.insert_column(extra, 0)  # the same as a drop on the first row
    assert editor.draft.field_keys()[0] == extra
    editor.columns.setCurrentRow(0)
    editor.width_spin.setValue(150)
    editor.sort_field.setCurrentIndex(editor.sort_field.findData(extra))
    editor.descending.setChecked(True)
    drop(editor.available, before[-1])  # dragging a column back removes it
    assert before[-1] not in editor.draft.field_keys()
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert not dialog.problems.isVisible(), [
        dialog.problems.item(i).text() for i in range(dialog.problems.count())
    ]
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.dirty, timeout=WAIT_MS)
    layout = store.resolve_list(workspace.db, "customer", "repair").layout
    assert layout.columns[0].field == extra and layout.columns[0].width == 150
    assert layout.sort_field == extra and layout.sort_descending
    assert before[-1] not in layout.field_keys()


def test_designer_shows_sections_properties_and_a_preview(qtbot, workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "customer", "form", "key_accounts")
    qtbot.mouseClick(canvas_widget(dialog, "section_header_0"), Qt.MouseButton.LeftButton)
    assert dialog.properties.currentIndex() == 2 and dialog.properties.label_zh.text()
    dialog.properties.columns.setValue(3)
    assert dialog.form_draft.sections[0].columns == 3 and dialog.dirty
    first = dialog.form_draft.placed()[0]
    qtbot.mouseClick(canvas_widget(dialog, f"cell_{first}"), Qt.MouseButton.LeftButton)
    assert dialog.properties.currentIndex() == 1
    dialog.properties.conditions["visible_when"].btn_add.click()
    assert dialog.form_draft.cell(first).visible_when  # type: ignore[union-attr]
    dialog.grab().save(str(tmp_path / "designer.png"))
    shown = dialog.preview("key_accounts")  # the draft, rendered by the entry-form renderer
    assert shown is not None
    qtbot.addWidget(shown)
    assert shown.renderer.layout_def.sections[0].columns == 3  # type: ignore[attr-defined]
    shown.grab().save(str(tmp_path / "preview.png"))


def test_custom_field_is_edited_and_deleted_from_the_palette(qtbot, workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_designer(qtbot, workspace, "contact", "form", None)
    new_field(qtbot, dialog, "x_hobby", "爱好", "Hobby", "golf = 高尔夫 | Golf")
    service = store.DefinitionService(workspace.db, workspace.user)
    assert [f.key for f in service.fields("contact")] == ["x_hobby"]
    item = dialog.field_palette.item_for("x_hobby")
    assert item is not None
    dialog.field_palette.setCurrentItem(item)
    qtbot.mouseClick(dialog.btn_edit_field, Qt.MouseButton.LeftButton)
    fields = dialog.findChildren(FieldDialog)[-1]
    assert fields.key.isReadOnly() and fields.label_zh.text() == "爱好"
    fields.grab().save(str(tmp_path / "field.png"))
    fields.pattern.setText("(")  # a choice field has no pattern: disabled and ignored
    assert not fields.pattern.isEnabled()
    fields.options.setPlainText("golf = 高尔夫 | Golf\ngolf = 又一个")  # the same value twice
    fields.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert fields.isVisible() and "twice" in fields.problems.text()  # refused, input kept
    fields.options.setPlainText("golf = 高尔夫 | Golf\ntea = 茶艺 | Tea ceremony")
    fields.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not fields.isVisible()
    assert [o.value for o in service.fields("contact")[0].options] == ["golf", "tea"]
    dialog.field_palette.setCurrentItem(dialog.field_palette.item_for("x_hobby"))
    assert dialog.delete_field()  # confirmed by the autouse answer
    assert dialog.field_palette.item_for("x_hobby") is None and service.fields("contact") == []
