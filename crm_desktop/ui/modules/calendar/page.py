"""The Calendar module page: day / week / month, mine or my team's, new event, move by drag or by editing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.calendar import CalendarItemDTO, EventDTO, EventInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import error_text, show_error
from crm_desktop.ui.modules.calendar.event_dialog import EventDialog
from crm_desktop.ui.modules.calendar.month_view import MonthView
from crm_desktop.ui.modules.calendar.time_grid import TimeGrid
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

ENTITY = "calendar_event"
VIEWS = ("day", "week", "month")


def month_grid(day: date) -> tuple[date, date]:
    """The six weeks QCalendarWidget shows for the month of `day` (Monday first)."""
    first = day.replace(day=1)
    start = first - timedelta(days=first.weekday() or 7)
    return start, start + timedelta(days=41)


class CalendarPage(QWidget):
    module_key = "calendar"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace
        self.user = workspace.user
        self.view = "week"
        self.anchor = date.today()
        self.dialog: EventDialog | None = None
        self._loading = 0

        self.prev_button = named(QToolButton(self), "calendar_prev")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = named(QToolButton(self), "calendar_next")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = named(QPushButton(self), "calendar_today")
        self.today_button.clicked.connect(lambda: self.go_to(date.today()))
        self.period_label = named(QLabel(self), "calendar_period")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)
        self.view_buttons: dict[str, QToolButton] = {}
        self.view_group = QButtonGroup(self)
        for key in VIEWS:
            button = named(QToolButton(self), f"calendar_view_{key}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, k=key: self.set_view(k))
            self.view_group.addButton(button)
            self.view_buttons[key] = button
        self.scope_combo = named(QComboBox(self), "calendar_scope")
        self.scope_combo.addItems(["", ""])
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = named(QPushButton(self), "calendar_new_event")
        self.new_button.clicked.connect(lambda: self.new_event())
        self.new_button.setVisible(self.user.can("calendar", "create"))
        self.status_label = named(QLabel(self), "calendar_status")
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.period_label, 1)
        for button in self.view_buttons.values():
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.scope_combo)
        top.addWidget(self.new_button)

        self.grid = TimeGrid(self.user.user_id, self)
        self.grid.setObjectName("calendar_grid")
        self.grid.create_requested.connect(self.new_event)
        self.grid.item_activated.connect(self.open_item)
        self.grid.move_requested.connect(self.move_event)
        self.month = MonthView(self.user.user_id, self)
        self.month.setObjectName("calendar_month_view")
        self.month.create_requested.connect(
            lambda day: self.new_event(datetime.combine(day, time(9)).astimezone())
        )
        self.month.item_activated.connect(self.open_item)
        self.month.day_chosen.connect(self._month_day_chosen)
        self.stack = named(QStackedWidget(self), "calendar_stack")
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stack, 1)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.set_view("week")
        self.grid.scroll_to_hour(8)

    # ----- navigation --------------------------------------------------------------------------------------
    def team(self) -> bool:
        return self.scope_combo.currentIndex() == 1

    def range(self) -> tuple[date, date]:
        if self.view == "day":
            return self.anchor, self.anchor
        if self.view == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        return month_grid(self.anchor)

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.stack.setCurrentWidget(self.month if view == "month" else self.grid)
        self._show_range()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self._show_range()

    def step(self, direction: int) -> None:
        if self.view == "month":
            month = self.anchor.month - 1 + direction
            self.go_to(date(self.anchor.year + month // 12, month % 12 + 1, 1))
        else:
            self.go_to(self.anchor + timedelta(days=direction * (1 if self.view == "day" else 7)))

    def _month_day_chosen(self, day: date) -> None:
        if day.month == self.anchor.month and day.year == self.anchor.year:
            self.anchor = day  # stays in the shown month: no reload needed
        else:
            self.go_to(day)

    def _show_range(self) -> None:
        first, last = self.range()
        if self.view == "month":
            self.month.blockSignals(True)
            self.month.show_day(self.anchor)
            self.month.blockSignals(False)
        else:
            self.grid.set_days([first + timedelta(days=n) for n in range((last - first).days + 1)])
        self._set_period_text()
        self.reload()

    def _set_period_text(self) -> None:
        first, last = self.range()
        if self.view == "day":
            text = self.anchor.strftime("%Y-%m-%d")
        elif self.view == "week":
            text = f"{first:%Y-%m-%d} – {last:%m-%d}"
        else:
            text = self.tr("{year}-{month:02d}").format(year=self.anchor.year, month=self.anchor.month)
        self.period_label.setText(text)

    # ----- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        first, last = self.range()
        service, team = self.workspace.calendar, self.team()
        self._loading += 1
        ticket = self._loading
        run_in_background(
            lambda: service.items(first, last, team=team),
            lambda items: self._loaded(ticket, items),
            self._failed,
            receiver=self,
        )

    def _loaded(self, ticket: int, items: list[CalendarItemDTO]) -> None:
        if ticket != self._loading:
            return  # an older answer: a newer request is on its way
        self.status_label.hide()
        self.grid.set_items(items)
        self.month.set_items(items)

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(error_text(error))
        self.status_label.show()

    def _records_changed(self, entity: str, _ids: list[Any]) -> None:
        if entity in (ENTITY, "task"):
            self.reload()

    def current_items(self) -> list[CalendarItemDTO]:
        return self.grid.items

    # ----- events ------------------------------------------------------------------------------------------
    def new_event(self, start: datetime | None = None) -> EventDialog | None:
        if not self.user.can("calendar", "create"):
            return None
        if start is None:
            day = self.month.selected_day() if self.view == "month" else self.anchor
            hour = min(datetime.now().hour + 1, 23) if day == date.today() else 9
            start = datetime.combine(day, time(hour)).astimezone()
        service = self.workspace.calendar
        return self._open_dialog(service.create, None, start)

    def open_item(self, item: CalendarItemDTO) -> None:
        if item.kind != "event":
            QMessageBox.information(
                self, self.tr("Task"),
                self.tr("{title}\nDue {due} · {who}\nOpen the task manager to work on it.").format(
                    title=item.title, due=item.due_date, who=item.owner_name
                ),
            )  # fmt: skip
            return
        service = self.workspace.calendar
        run_in_background(
            lambda: service.get(item.id), self._edit_loaded, lambda e: show_error(self, e), receiver=self
        )

    def _edit_loaded(self, event: EventDTO) -> None:
        if event.owner_id != self.user.user_id or not self.user.can("calendar", "edit"):
            self._show_read_only(event)
            return
        service = self.workspace.calendar

        def submit(data: EventInput) -> int:
            service.update(event.id, event.version, data)
            return event.id

        self._open_dialog(submit, event, None)

    def _show_read_only(self, event: EventDTO) -> None:
        start = event.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
        end = event.ends_at.astimezone().strftime("%Y-%m-%d %H:%M")
        QMessageBox.information(
            self, event.title, f"{start} – {end}\n{event.location or ''}\n\n{event.notes or ''}".strip()
        )

    def _open_dialog(self, submit: Any, event: EventDTO | None, start: datetime | None) -> EventDialog:
        dialog = EventDialog(
            submit, self.workspace.colleagues(), event=event, start=start, me=self.user.user_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_id))
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, event_id: int | None) -> None:
        app_signals().records_changed.emit(ENTITY, [event_id] if event_id is not None else [])

    def move_event(self, item: CalendarItemDTO, start: datetime) -> None:
        service = self.workspace.calendar

        def failed(error: Exception) -> None:
            show_error(self, error)
            self.reload()

        run_in_background(
            lambda: service.move(item.id, item.version, start),
            lambda _r: app_signals().records_changed.emit(ENTITY, [item.id]),
            failed,
            receiver=self,
        )

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        for key, text in zip(VIEWS, (self.tr("Day"), self.tr("Week"), self.tr("Month")), strict=True):
            self.view_buttons[key].setText(text)
        self.scope_combo.setItemText(0, self.tr("My calendar"))
        self.scope_combo.setItemText(1, self.tr("My team's"))
        self.new_button.setText(self.tr("New event…"))
        self.grid.all_day_text = self.tr("All day")
        self.grid.day_names = [
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
            self.tr("Sun"),
        ]  # fmt: skip
        self.grid.update()
        self.grid.header.update()
        self._set_period_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
