"""Table models of the quick panel: tasks, inbox, sent messages, business-log entries. They hold DTOs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.services.business_log import LogEntryDTO
from crm_desktop.services.messages import InboxItem, SentItem
from crm_desktop.services.tasks import TaskDTO, TaskView
from crm_desktop.ui.quick_panel.common import (
    full_date,
    full_datetime,
    short_date,
    short_datetime,
    task_label,
)

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
DONE = QColor("#7f8c8d")
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """Rows of frozen DTOs; `set_rows` swaps them only when something changed (a poll keeps the view still)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    # subclasses
    def headers(self) -> list[str]:
        raise NotImplementedError

    def key(self, row: Any) -> int:
        return int(row.id)

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    def foreground(self, row: Any, column: int) -> QBrush | None:
        return None

    # API
    def set_rows(self, rows: Sequence[Any]) -> bool:
        rows = list(rows)
        if rows == self.rows:
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def replace_row(self, position: int, row: Any) -> None:
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def row_at(self, position: int) -> Any | None:
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def position_of(self, key: int) -> int:
        for position, row in enumerate(self.rows):
            if self.key(row) == key:
                return position
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    # Qt
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        return None


class TaskModel(RowsModel):
    TITLE, STATUS, PRIORITY, DUE, PERSON, CUSTOMER = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: TaskView = "mine"

    def headers(self) -> list[str]:
        person = self.tr("From") if self.view == "mine" else self.tr("To")
        return [
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Due"),
            person,
            self.tr("Customer"),
        ]

    def text(self, row: TaskDTO, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.STATUS:
            return task_label(row.status)
        if column == self.PRIORITY:
            return task_label(row.priority)
        if column == self.DUE:
            return short_date(row.due_date)
        if column == self.PERSON:
            return (row.creator_name or "") if self.view == "mine" else row.assigned_to
        return row.customer_name or ""

    def tooltip(self, row: TaskDTO, column: int) -> str | None:
        if column == self.DUE and row.due_date is not None:
            due = full_date(row.due_date)
            return self.tr("{date} — overdue").format(date=due) if row.overdue else due
        if column == self.TITLE:
            return row.title
        if column == self.CUSTOMER:
            return row.customer_name
        return None

    def foreground(self, row: TaskDTO, column: int) -> QBrush | None:
        if column == self.DUE and row.overdue:
            return QBrush(OVERDUE)
        if row.status in ("done", "rejected"):
            return QBrush(DONE)
        return None

    def font(self, row: TaskDTO, column: int) -> QFont | None:
        high = row.priority == "high" and column in (self.TITLE, self.PRIORITY)
        if high or (column == self.DUE and row.overdue):
            font = QFont()
            font.setBold(True)
            return font
        return None


class InboxModel(RowsModel):
    SENDER, SUBJECT, RECEIVED, STATE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("From"), self.tr("Subject"), self.tr("Received"), self.tr("Read")]

    def key(self, row: InboxItem) -> int:
        return row.receipt_id

    def sender_text(self, row: InboxItem) -> str:
        return row.sender_name or self.tr("System")

    def text(self, row: InboxItem, column: int) -> str:
        if column == self.SENDER:
            return self.sender_text(row)
        if column == self.SUBJECT:
            return row.subject
        if column == self.RECEIVED:
            return short_datetime(row.sent_at)
        return self.tr("Unread") if row.read_at is None else self.tr("Read")

    def tooltip(self, row: InboxItem, column: int) -> str | None:
        if column == self.RECEIVED:
            return full_datetime(row.sent_at)
        if column == self.SUBJECT:
            return row.subject
        if column == self.STATE and row.read_at is not None:
            return self.tr("Read at {time}").format(time=full_datetime(row.read_at))
        return None

    def font(self, row: InboxItem, column: int) -> QFont | None:
        if row.read_at is None:
            font = QFont()
            font.setBold(True)
            return font
        return None


class SentModel(RowsModel):
    SUBJECT, SENT, READ = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Subject"), self.tr("Sent"), self.tr("Read")]

    def key(self, row: SentItem) -> int:
        return row.message_id

    def read_text(self, row: SentItem) -> str:
        return self.tr("read by {read} of {total}").format(read=row.read, total=row.recipients)

    def text(self, row: SentItem, column: int) -> str:
        if column == self.SUBJECT:
            return row.subject
        if column == self.SENT:
            return short_datetime(row.sent_at)
        return self.read_text(row)

    def tooltip(self, row: SentItem, column: int) -> str | None:
        if column == self.SENT:
            return full_datetime(row.sent_at)
        if column == self.SUBJECT:
            return row.subject
        return None


class LogModel(RowsModel):
    DATE, TITLE = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Title")]

    def text(self, row: LogEntryDTO, column: int) -> str:
        return full_date(row.entry_date) if column == self.DATE else row.title

    def tooltip(self, row: LogEntryDTO, column: int) -> str | None:
        return row.title if column == self.TITLE else None
