"""Month view: a QCalendarWidget marking the days that hold events or tasks, and the chosen day's items beside it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from crm_desktop.services.calendar import CalendarItemDTO
from crm_desktop.ui.modules.calendar.time_grid import item_color, item_label, local


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def on_day(item: CalendarItemDTO, day: date) -> bool:
    start = datetime.combine(day, time()).astimezone()
    end = start + timedelta(days=1)
    return item.starts_at < end and (item.ends_at > start or item.starts_at >= start)


class MonthView(QWidget):
    day_chosen = Signal(object)  # date (single click)
    create_requested = Signal(object)  # date (double-click on a day)
    item_activated = Signal(object)  # CalendarItemDTO

    def __init__(self, me: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.items: list[CalendarItemDTO] = []
        self._marked: list[QDate] = []
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar_month")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.activated.connect(lambda d: self.create_requested.emit(to_date(d)))
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("calendar_day_list")
        self.day_list.itemDoubleClicked.connect(
            lambda entry: self.item_activated.emit(entry.data(Qt.ItemDataRole.UserRole))
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day_list, 2)

    def selected_day(self) -> date:
        return to_date(self.calendar.selectedDate())

    def show_day(self, day: date) -> None:
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def set_items(self, items: list[CalendarItemDTO]) -> None:
        self.items = items
        for marked in self._marked:
            self.calendar.setDateTextFormat(marked, QTextCharFormat())
        self._marked = []
        busy = QTextCharFormat()
        busy.setFontWeight(700)
        busy.setBackground(QBrush(QColor("#dce6f7")))
        days: set[date] = set()
        for item in items:
            first = local(item.starts_at).date()
            last = max(first, (local(item.ends_at) - timedelta(seconds=1)).date())
            days.update(first + timedelta(days=n) for n in range(min((last - first).days, 41) + 1))
        for day in days:
            qdate = QDate(day.year, day.month, day.day)
            self.calendar.setDateTextFormat(qdate, busy)
            self._marked.append(qdate)
        self._fill_list()

    def items_on(self, day: date) -> list[CalendarItemDTO]:
        return [i for i in self.items if on_day(i, day)]

    def _day_changed(self) -> None:
        self._fill_list()
        self.day_chosen.emit(self.selected_day())

    def _fill_list(self) -> None:
        self.day_list.clear()
        for item in self.items_on(self.selected_day()):
            when = self.tr("All day") if item.all_day else local(item.starts_at).strftime("%H:%M")
            if item.kind == "task":
                when = self.tr("Task due")
            entry = QListWidgetItem(f"{when}  {item_label(item, self.me)}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setForeground(item_color(item, self.me))
            self.day_list.addItem(entry)
