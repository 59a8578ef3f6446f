"""The centre of the form designer: the form as sections → rows → cells, with drag and drop.

A field dragged onto a cell lands before that cell, onto a row's "+" slot at the row's end, onto a section's
"new row" slot in a new row at the section's end. Cells are dragged the same way to move them; dropping one on the
palette removes it. Clicking a cell or a section header selects it for the properties panel. The canvas is rebuilt
from the `FormDraft` after every change (a form has tens of cells, not thousands).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
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


class DropSlot(QFrame):
    """A place a field can be dropped: a cell (insert before it), a row's end or a section's new row."""

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
        accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:
        key = key_from(event.mimeData())
        if key is not None and accepts(event):
            self.canvas.drop(key, self.target)


class CellWidget(DropSlot):
    """A placed field: shows its label and marks; drag to move, click to select, drop a field to insert before."""

    def __init__(self, canvas: FormCanvas, target: Target, cell: Cell, text: str, selected: bool) -> None:
        super().__init__(canvas, target, text)
        self.cell = cell
        named(self, f"cell_{cell.field}")
        colour = "#d6e6f7" if selected else "#f7f9fb"
        self.setStyleSheet(_CELL_STYLE % (self.objectName(), colour))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._press_pos: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        self.canvas.select_cell(self.cell.field)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press_pos).manhattanLength() < 8:
            return
        self._press_pos = None
        drag = QDrag(self)
        drag.setMimeData(field_mime(self.cell.field))
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)


class SectionHeader(QFrame):
    def __init__(self, canvas: FormCanvas, index: int, text: str, selected: bool) -> None:
        super().__init__()
        self.canvas = canvas
        self.index = index
        named(self, f"section_header_{index}")
        colour = "#d6e6f7" if selected else "#e9eef3"
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {colour}; border-radius: 3px; }}")
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.canvas.select_section(self.index)


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
        self.texts = {"new_row": "", "row_end": "+", "row_up": "", "row_down": ""}
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

    def move_row(self, section: int, row: int, step: int) -> None:
        self.draft.move_row(section, row, row + step)
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
            inner.addWidget(
                SectionHeader(self, si, f"{title}  · {section.columns}", si == self.selected_section)
            )
            for ri, row in enumerate(section.rows):
                line = QHBoxLayout()
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
