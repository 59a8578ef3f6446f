"""The field palette: fields not yet placed, dragged from here into the form; dropping a placed field here removes it.

Drags carry the field key as MIME type FIELD_MIME, the same for a palette entry and a cell already in the form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from crm_desktop.services.definitions.schema import FieldDef

FIELD_MIME = "application/x-crm-field"
KEY_ROLE = Qt.ItemDataRole.UserRole


def field_mime(key: str) -> QMimeData:
    data = QMimeData()
    data.setData(FIELD_MIME, key.encode())
    return data


def key_from(data: QMimeData | None) -> str | None:
    if data is None or not data.hasFormat(FIELD_MIME):
        return None
    return bytes(data.data(FIELD_MIME).data()).decode()


def accepts(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
    if key_from(event.mimeData()) is None:
        event.ignore()
        return False
    event.setDropAction(Qt.DropAction.MoveAction)
    event.accept()
    return True


class FieldPalette(QListWidget):
    """List of field labels; `on_removed(key)` is called when a placed field is dropped back here."""

    def __init__(self, on_removed: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_removed = on_removed
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def set_fields(self, fields: Sequence[FieldDef], locale: str) -> None:
        self.clear()
        for definition in fields:
            text = definition.label(locale)
            if definition.custom:
                text = f"{text}  ({definition.key})"
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, definition.key)
            item.setToolTip(definition.key)
            self.addItem(item)

    def keys(self) -> list[str]:
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())]

    def item_for(self, key: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def mimeTypes(self) -> list[str]:
        return [FIELD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return field_mime(str(items[0].data(KEY_ROLE))) if items else QMimeData()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:
        key = key_from(event.mimeData())
        if key is not None and accepts(event) and key not in self.keys():
            self.on_removed(key)

    def dropMimeData(  # the list itself never takes items; removal is handled in dropEvent
        self, index: int, data: QMimeData, action: Qt.DropAction
    ) -> bool:
        return False
