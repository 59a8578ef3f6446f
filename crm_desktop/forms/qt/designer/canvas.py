"""The centre of the form designer: the form as sections → rows → cells, with drag and drop.

A field dragged onto a cell lands before that cell, onto a row's "+" slot at the row's end, onto a section's
"new row" slot in a new row at the section's end. Cells are dragged the same way to move them; dropping one on the
palette removes it. A section is dragged by its title bar onto another section's title bar and takes that position;
a row is dragged by its grip (⠿, left of the row) onto another row or a section's "new row" slot, likewise (▲▼ do
the same from the keyboard). Clicking a cell or a section header selects it for the properties panel. The canvas is
rebuilt from the `FormDraft` after every change (a form has tens of cells, not thousands).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.forms.qt.designer.draft import FormDraft
from crm_desktop.forms.qt.designer.palette import accepts, field_mime, key_from
from crm_desktop.forms.qt.designer.support import named
from crm_desktop.services.definitions.schema import Cell, FieldDef, label_for

Target = tuple[int, int, int | None]  # section, row (== len(rows): a new row), cell (None: the row's end)

_CELL_STYLE = "QFrame#%s { border: 1px solid #9aa7b5; border-radius: 3px; background: %s; }"
SECTION_MIME = "application/x-crm-form-section"  # payload: the section's index
ROW_MIME = "application/x-crm-form-row"  # payload: "section,row"


def index_mime(kind: str, *indexes: int) -> QMimeData:
    data = QMimeData()
    data.setData(kind, ",".join(map(str, indexes)).encode())
    return data


def indexes_from(data: QMimeData | None, kind: str) -> tuple[int, ...] | None:
    if data is None or not data.hasFormat(kind):
        return None
    try:
        return tuple(int(part) for part in bytes(data.data(kind).data()).decode().split(","))
    except ValueError:
        return None


def _accepts_kind(event: QDragEnterEvent | QDragMoveEvent | QDropEvent, kind: str) -> bool:
    if indexes_from(event.mimeData(), kind) is None:
        event.ignore()
        return False
    event.setDropAction(Qt.DropAction.MoveAction)
    event.accept()
    return True


def _start_drag(source: QWidget, data: QMimeData) -> None:
    drag = QDrag(source)
    drag.setMimeData(data)
    drag.setPixmap(source.grab())
    drag.exec(Qt.DropAction.MoveAction)


class DragStarter:
    """Mixin for a widget that starts a drag once the pressed mouse has moved a few pixels, and is clicked when
    released without one. A click selects, which rebuilds the canvas, so it must wait for the release: a widget
    replaced on press would never see the mouse move that starts its drag."""

    _press_pos: QPoint | None = None

    def drag_data(self) -> QMimeData:
        raise NotImplementedError

    def press(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()

    def moved(self, event: QMouseEvent) -> None:
        if self._press_pos is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press_pos).manhattanLength() < 8:
            return
        self._press_pos = None
        assert isinstance(self, QWidget)
        _start_drag(self, self.drag_data())

    def released(self) -> bool:
        """True when this press ends as a click (no drag was started)."""
        clicked = self._press_pos is not None
        self._press_pos = None
        return clicked


class DropSlot(QFrame):
    """A place a field can be dropped: a cell (insert before it), a row's end or a section's new row. A row
    dropped here takes the position of this slot's row (a new-row slot: the section's end)."""

    def __init__(self, canvas: FormCanvas, target: Target, text: str = "") -> None:
        super().__init__()
        self.canvas = canvas
        self.target = target
        self.setAcceptDrops(True)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        row.addWidget(self.label)
        row.setContentsMargins(6, 3, 6, 3)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            return
        key = key_from(event.mimeData())
        row = indexes_from(event.mimeData(), ROW_MIME)
        if key is not None:
            self.canvas.drop(key, self.target)
        elif row is not None and len(row) == 2:
            self.canvas.drop_row(row[0], row[1], self.target[0], self.target[1])

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        if indexes_from(event.mimeData(), ROW_MIME) is not None:
            return _accepts_kind(event, ROW_MIME)
        return accepts(event)


class RowGrip(DragStarter, DropSlot):
    """The handle at a row's start: drag it to move the row; a field dropped on it goes to the row's front."""

    def __init__(self, canvas: FormCanvas, section: int, row: int) -> None:
        super().__init__(canvas, (section, row, 0), "⠿")
        named(self, f"row_grip_{section}_{row}")
        self.setFixedWidth(18)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]

    def drag_data(self) -> QMimeData:
        return index_mime(ROW_MIME, self.target[0], self.target[1])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.moved(event)


class CellWidget(DragStarter, DropSlot):
    """A placed field: shows its label and marks; drag to move, click to select, drop a field to insert before."""

    def __init__(self, canvas: FormCanvas, target: Target, cell: Cell, text: str, selected: bool) -> None:
        super().__init__(canvas, target, text)
        self.cell = cell
        named(self, f"cell_{cell.field}")
        colour = "#d6e6f7" if selected else "#f7f9fb"
        self.setStyleSheet(_CELL_STYLE % (self.objectName(), colour))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def drag_data(self) -> QMimeData:
        return field_mime(self.cell.field)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.released():
            self.canvas.select_cell(self.cell.field)


class SectionHeader(DragStarter, QFrame):
    """A section's title bar: click to select, drag onto another title bar to move the section there."""

    def __init__(self, canvas: FormCanvas, index: int, text: str, selected: bool) -> None:
        super().__init__()
        self.canvas = canvas
        self.index = index
        named(self, f"section_header_{index}")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.colour = "#d6e6f7" if selected else "#e9eef3"
        self._paint(self.colour)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        self.title = QLabel(text)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        row.addWidget(self.title, 1)
        self.buttons: dict[str, QToolButton] = {}
        for name, glyph, action in (
            ("up", "▲", lambda: canvas.move_section(index, -1)),
            ("down", "▼", lambda: canvas.move_section(index, 1)),
            ("remove", "✕", lambda: canvas.remove_section(index)),
        ):
            button = named(QToolButton(), f"section_{name}_{index}")
            button.setText(glyph)
            button.setAutoRaise(True)
            button.clicked.connect(action)
            row.addWidget(button)
            self.buttons[name] = button

    def _paint(self, colour: str) -> None:
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {colour}; border-radius: 3px; }}")

    def drag_data(self) -> QMimeData:
        return index_mime(SECTION_MIME, self.index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.released():
            self.canvas.select_section(self.index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _accepts_kind(event, SECTION_MIME):
            self._paint("#a9cbee")  # where the dragged section will land

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _accepts_kind(event, SECTION_MIME)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._paint(self.colour)

    def dropEvent(self, event: QDropEvent) -> None:
        moving = indexes_from(event.mimeData(), SECTION_MIME)
        if moving is not None and _accepts_kind(event, SECTION_MIME):
            self.canvas.drop_section(moving[0], self.index)


class FormCanvas(QScrollArea):
    """Shows a FormDraft; `changed` after every edit, `selection_changed` when a cell or section is selected."""

    changed = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = FormDraft("")
        self.fields: Mapping[str, FieldDef] = {}
        self.lang = "zh_CN"
        self.selected_cell: str | None = None
        self.selected_section: int | None = None
        self.tooltips: Callable[[str], str] = lambda key: key
        self.texts = {
            "new_row": "",
            "row_end": "+",
            "row_up": "",
            "row_down": "",
            "row_grip": "",
            "section": "",
        }
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.setWidget(self.body)
        self.column = QVBoxLayout(self.body)

    def set_draft(self, draft: FormDraft, fields: Mapping[str, FieldDef], locale: str) -> None:
        self.draft = draft
        self.fields = fields
        self.lang = locale
        self.selected_cell = None
        self.selected_section = None
        self.rebuild()

    # ----- edits from drops and buttons ----------------------------------------------------------------------
    def drop(self, key: str, target: Target) -> None:
        if not self.draft.sections:
            self.draft.add_section({"zh_CN": "基本信息", "en": "General"})
        section, row, col = target
        self.draft.place(key, section, row, col)
        self.selected_cell = key
        self.selected_section = None
        self._edited()

    def remove_field(self, key: str) -> None:
        self.draft.remove(key)
        if self.selected_cell == key:
            self.selected_cell = None
        self._edited()

    def move_section(self, index: int, step: int) -> None:
        self.draft.move_section(index, index + step)
        self.selected_section = max(0, min(index + step, len(self.draft.sections) - 1))
        self.selected_cell = None
        self._edited()

    def remove_section(self, index: int) -> None:
        self.draft.remove_section(index)
        self.selected_section = None
        self.selected_cell = None
        self._edited()

    def drop_section(self, index: int, to: int) -> None:
        """Section `index` dragged onto section `to`'s title bar takes its position."""
        if index == to or not 0 <= index < len(self.draft.sections):
            return
        self.move_section(index, to - index)

    def move_row(self, section: int, row: int, step: int) -> None:
        self.draft.move_row(section, row, row + step)
        self._edited()

    def drop_row(self, section: int, row: int, to_section: int, to_row: int) -> None:
        """Row `row` of `section` dragged onto row `to_row` of `to_section` (past its last row: the section's
        new-row slot) takes that position."""
        if (section, row) == (to_section, to_row) or not 0 <= section < len(self.draft.sections):
            return
        if not 0 <= row < len(self.draft.sections[section].rows):
            return
        self.draft.move_row(section, row, to_row, to_section)
        self._edited()

    def select_cell(self, key: str) -> None:
        self.selected_cell = key
        self.selected_section = None
        self.rebuild()
        self.selection_changed.emit()

    def select_section(self, index: int) -> None:
        self.selected_cell = None
        self.selected_section = index
        self.rebuild()
        self.selection_changed.emit()

    def _edited(self) -> None:
        self.rebuild()
        self.changed.emit()
        self.selection_changed.emit()

    # ----- drawing ---------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        scroll = self.verticalScrollBar().value()
        old = self.takeWidget()  # deleted later: a rebuild may run inside an event of one of its cells
        self.body = QWidget()
        named(self.body, "form_canvas_body")
        self.column = QVBoxLayout(self.body)
        self.column.setSpacing(8)
        for si, section in enumerate(self.draft.sections):
            box = named(QFrame(), f"section_{si}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setSpacing(4)
            title = label_for(section.labels, self.lang) or section.key
            header = SectionHeader(self, si, f"{title}  · {section.columns}", si == self.selected_section)
            header.setToolTip(self.texts["section"])
            inner.addWidget(header)
            for ri, row in enumerate(section.rows):
                line = QHBoxLayout()
                grip = RowGrip(self, si, ri)
                grip.setToolTip(self.texts["row_grip"])
                line.addWidget(grip)
                for ci, cell in enumerate(row):
                    widget = CellWidget(
                        self, (si, ri, ci), cell, self._cell_text(cell), cell.field == self.selected_cell
                    )
                    widget.setToolTip(self.tooltips(cell.field))
                    line.addWidget(widget, cell.span)
                end = named(DropSlot(self, (si, ri, None), self.texts["row_end"]), f"row_end_{si}_{ri}")
                end.setFixedWidth(28)
                line.addWidget(end)
                for name, glyph, step in (("up", "▲", -1), ("down", "▼", 1)):
                    button = named(QToolButton(), f"row_{name}_{si}_{ri}")
                    button.setText(glyph)
                    button.setAutoRaise(True)
                    button.setToolTip(self.texts[f"row_{name}"])
                    button.clicked.connect(lambda _=False, s=si, r=ri, d=step: self.move_row(s, r, d))
                    line.addWidget(button)
                inner.addLayout(line)
            slot = named(
                DropSlot(self, (si, len(section.rows), None), self.texts["new_row"]), f"new_row_{si}"
            )
            slot.setStyleSheet(
                f"QFrame#{slot.objectName()} {{ border: 1px dashed #b0b8c0; color: #6b7680; }}"
            )
            inner.addWidget(slot)
            self.column.addWidget(box)
        self.column.addStretch(1)
        self.setWidget(self.body)
        if old is not None:
            old.hide()
            old.deleteLater()
        self.verticalScrollBar().setValue(scroll)

    def _cell_text(self, cell: Cell) -> str:
        definition = self.fields.get(cell.field)
        text = definition.label(self.lang) if definition else f"⚠ {cell.field}"
        marks = []
        if cell.required or (definition is not None and definition.required):
            marks.append("*")
        if cell.read_only:
            marks.append("🔒")
        if cell.visible_when or cell.required_when or cell.read_only_when:
            marks.append("ƒ")
        if cell.span > 1:
            marks.append(f"×{cell.span}")
        return " ".join([text, *marks])
