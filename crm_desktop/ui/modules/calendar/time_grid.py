"""Day and week views: a painted grid of hours × days with timed events; all-day items and tasks in a strip on top.

Double-click an empty slot to create an event there; double-click an event to open it; drag an event you own to
another day or time (snapped to 15 minutes) to move it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from crm_desktop.services.calendar import CalendarItemDTO

GUTTER = 52
HOUR_HEIGHT = 44
SNAP_MINUTES = 15
STRIP_ROW = 20
EVENT_COLOR = QColor("#4a7bd0")
TEAM_COLOR = QColor("#7b8da6")
TASK_COLOR = QColor("#d98c2b")


def local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value


def item_color(item: CalendarItemDTO, me: int) -> QColor:
    if item.kind == "task":
        return TASK_COLOR
    return EVENT_COLOR if item.owner_id == me else TEAM_COLOR


def item_label(item: CalendarItemDTO, me: int) -> str:
    return item.title if item.owner_id == me else f"{item.title} · {item.owner_name}"


class _Columns:
    """Shared geometry: the x-extent of each day column inside a given width."""

    def __init__(self, days: list[date], width: int) -> None:
        self.days = days
        self.width = max(1, (width - GUTTER) // max(1, len(days)))

    def x(self, index: int) -> int:
        return GUTTER + index * self.width

    def index_at(self, x: int) -> int | None:
        if x < GUTTER:
            return None
        index = (x - GUTTER) // self.width
        return index if index < len(self.days) else None


class DayHeader(QWidget):
    """Day names and the all-day strip (all-day events and tasks due that day)."""

    item_activated = Signal(object)  # CalendarItemDTO

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def rows(self) -> int:
        per_day = [len(self.grid.all_day_items(d)) for d in self.grid.days]
        return max([1, *per_day])

    def sizeHint(self) -> QSize:
        return QSize(400, 26 + self.rows() * (STRIP_ROW + 2) + 4)

    def item_rects(self) -> list[tuple[QRect, CalendarItemDTO]]:
        cols = _Columns(self.grid.days, self.width() - self.grid.scrollbar_width())
        out = []
        for index, day in enumerate(self.grid.days):
            for row, item in enumerate(self.grid.all_day_items(day)):
                out.append(
                    (QRect(cols.x(index) + 2, 26 + row * (STRIP_ROW + 2), cols.width - 4, STRIP_ROW), item)
                )
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        cols = _Columns(self.grid.days, self.width() - self.grid.scrollbar_width())
        today = date.today()
        for index, day in enumerate(self.grid.days):
            rect = QRect(cols.x(index), 0, cols.width, 24)
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.setPen(
                pal.color(QPalette.ColorRole.Highlight)
                if day == today
                else pal.color(QPalette.ColorRole.WindowText)
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.grid.day_title(day))
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.drawLine(cols.x(index), 0, cols.x(index), self.height())
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRect(0, 26, GUTTER - 4, STRIP_ROW),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.grid.all_day_text,
        )
        for rect, item in self.item_rects():
            painter.fillRect(rect, item_color(item, self.grid.me))
            painter.setPen(QColor("white"))
            text = painter.fontMetrics().elidedText(
                item_label(item, self.grid.me), Qt.TextElideMode.ElideRight, rect.width() - 6
            )
            painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        for rect, item in self.item_rects():
            if rect.contains(event.position().toPoint()):
                self.item_activated.emit(item)
                return
        super().mouseDoubleClickEvent(event)


class HourGrid(QWidget):
    """The scrolled part: 24 hours × the days, with timed events."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__()
        self.grid = grid
        self.setMinimumHeight(24 * HOUR_HEIGHT)
        self.setMouseTracking(False)
        self._drag: tuple[CalendarItemDTO, QPoint, QRect] | None = None
        self._drop: datetime | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 24 * HOUR_HEIGHT)

    def y_for(self, moment: datetime, day: date) -> int:
        start = datetime.combine(day, time()).astimezone()
        minutes = (local(moment) - start).total_seconds() / 60
        return int(max(0.0, min(24 * 60.0, minutes)) * HOUR_HEIGHT / 60)

    def time_at(self, point: QPoint) -> datetime | None:
        """The moment under `point`, snapped to 15 minutes (None in the hour gutter)."""
        index = _Columns(self.grid.days, self.width()).index_at(point.x())
        if index is None:
            return None
        minutes = int(max(0, min(point.y(), 24 * HOUR_HEIGHT - 1)) * 60 / HOUR_HEIGHT)
        minutes -= minutes % SNAP_MINUTES
        return datetime.combine(self.grid.days[index], time()).astimezone() + timedelta(minutes=minutes)

    def point_for(self, moment: datetime) -> QPoint:
        """The centre-left point inside the column of `moment` (for tests and drops)."""
        day = local(moment).date()
        cols = _Columns(self.grid.days, self.width())
        index = self.grid.days.index(day)
        return QPoint(cols.x(index) + cols.width // 2, self.y_for(moment, day) + 2)

    def item_rects(self) -> list[tuple[QRect, CalendarItemDTO]]:
        cols = _Columns(self.grid.days, self.width())
        out: list[tuple[QRect, CalendarItemDTO]] = []
        for index, day in enumerate(self.grid.days):
            items = self.grid.timed_items(day)
            lanes: list[datetime] = []  # end of the last event in each lane
            placed: list[tuple[int, CalendarItemDTO]] = []
            for item in items:
                lane = next((n for n, end in enumerate(lanes) if end <= item.starts_at), len(lanes))
                if lane == len(lanes):
                    lanes.append(item.ends_at)
                else:
                    lanes[lane] = item.ends_at
                placed.append((lane, item))
            width = max(1, (cols.width - 4) // max(1, len(lanes)))
            for lane, item in placed:
                top = self.y_for(item.starts_at, day)
                bottom = max(top + 18, self.y_for(item.ends_at, day))
                out.append((QRect(cols.x(index) + 2 + lane * width, top, width - 2, bottom - top - 1), item))
        return out

    def item_at(self, point: QPoint) -> CalendarItemDTO | None:
        for rect, item in reversed(self.item_rects()):
            if rect.contains(point):
                return item
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        cols = _Columns(self.grid.days, self.width())
        today = date.today()
        for index, day in enumerate(self.grid.days):
            if day == today:
                painter.fillRect(QRect(cols.x(index), 0, cols.width, self.height()), QColor(255, 248, 220))
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(pal.color(QPalette.ColorRole.Midlight))
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(0, y, GUTTER - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        for index in range(len(self.grid.days) + 1):
            painter.drawLine(cols.x(index), 0, cols.x(index), self.height())
        metrics = painter.fontMetrics()
        for rect, item in self.item_rects():
            dragging = self._drag is not None and self._drag[0] == item and self._drop is not None
            color = QColor(item_color(item, self.grid.me))
            if dragging:
                color.setAlpha(90)
            painter.fillRect(rect, color)
            painter.setPen(QColor("white"))
            when = local(item.starts_at).strftime("%H:%M")
            lines = [f"{when} {item_label(item, self.grid.me)}"] + ([item.location] if item.location else [])
            inner = rect.adjusted(3, 1, -3, -1)
            text = "\n".join(metrics.elidedText(t, Qt.TextElideMode.ElideRight, inner.width()) for t in lines)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text
            )
        if self._drag is not None and self._drop is not None:
            item, _origin, rect = self._drag
            top = self.y_for(self._drop, local(self._drop).date())
            index = self.grid.days.index(local(self._drop).date())
            ghost = QRectF(cols.x(index) + 2, top, cols.width - 4, rect.height())
            painter.setPen(QColor("#1d3f7a"))
            painter.drawRect(ghost)
            painter.drawText(
                ghost.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignLeft, local(self._drop).strftime("%H:%M")
            )

    # ----- mouse -------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            for rect, item in reversed(self.item_rects()):
                if rect.contains(point):
                    self.grid.item_clicked.emit(item)
                    if item.kind == "event" and item.editable:
                        self._drag, self._drop = (item, point, rect), None
                    return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        _item, origin, rect = self._drag
        point = event.position().toPoint()
        if (point - origin).manhattanLength() < 6 and self._drop is None:
            return
        top_left = QPoint(point.x(), rect.top() + point.y() - origin.y())
        self._drop = self.time_at(top_left)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, drop = self._drag, self._drop
        self._drag = self._drop = None
        self.update()
        if drag is not None and drop is not None and drop != local(drag[0].starts_at):
            self.grid.move_requested.emit(drag[0], drop)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        self._drag = self._drop = None
        item = self.item_at(point)
        if item is not None:
            self.grid.item_activated.emit(item)
            return
        moment = self.time_at(point)
        if moment is not None:
            self.grid.create_requested.emit(moment)


class TimeGrid(QWidget):
    """`set_days([...])` and `set_items([...])`; emits what the user asked for, the page does the work."""

    create_requested = Signal(object)  # datetime
    item_activated = Signal(object)  # CalendarItemDTO (double-click)
    item_clicked = Signal(object)
    move_requested = Signal(object, object)  # CalendarItemDTO, new start datetime

    def __init__(self, me: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.days: list[date] = [date.today()]
        self.items: list[CalendarItemDTO] = []
        self.all_day_text = ""
        self.day_names: list[str] = []
        self.header = DayHeader(self)
        self.header.setObjectName("calendar_day_header")
        self.header.item_activated.connect(self.item_activated)
        self.hours = HourGrid(self)
        self.hours.setObjectName("calendar_hour_grid")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("calendar_scroll")
        self.scroll_area.setWidget(self.hours)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)

    def scrollbar_width(self) -> int:
        return self.scroll_area.verticalScrollBar().sizeHint().width() + 2 * self.scroll_area.frameWidth()

    def day_title(self, day: date) -> str:
        name = self.day_names[day.weekday()] if len(self.day_names) == 7 else ""
        return f"{name} {day.month}/{day.day}".strip()

    def set_days(self, days: list[date]) -> None:
        self.days = days
        self._changed()

    def set_items(self, items: list[CalendarItemDTO]) -> None:
        self.items = items
        self._changed()

    def _changed(self) -> None:
        self.header.updateGeometry()
        self.header.setFixedHeight(self.header.sizeHint().height())
        self.header.update()
        self.hours.update()

    def all_day_items(self, day: date) -> list[CalendarItemDTO]:
        return [
            i for i in self.items
            if i.all_day and local(i.starts_at).date() <= day < max(local(i.ends_at).date(), local(i.starts_at).date() + timedelta(days=1))
        ]  # fmt: skip

    def timed_items(self, day: date) -> list[CalendarItemDTO]:
        start = datetime.combine(day, time()).astimezone()
        end = start + timedelta(days=1)
        return [
            i
            for i in self.items
            if not i.all_day and i.starts_at < end and (i.ends_at > start or i.starts_at >= start)
        ]

    def scroll_to_hour(self, hour: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(hour * HOUR_HEIGHT)
