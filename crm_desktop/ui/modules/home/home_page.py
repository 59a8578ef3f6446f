"""The station's home page: greeting, my open tasks, unread messages, follow-ups due, and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.interactions import FollowUpDTO
from crm_desktop.services.messages import InboxItem
from crm_desktop.services.tasks import TaskDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass(frozen=True)
class _Overview:
    tasks: list[TaskDTO]
    unread: list[InboxItem]
    follow_ups: list[FollowUpDTO]


class HomePage(QWidget):
    module_key = "home"

    def __init__(
        self,
        workspace: Workspace,
        station_label: str,
        open_module: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        self.workspace = workspace
        self.station_label = station_label
        self.open_module = open_module
        self._data = _Overview([], [], [])

        self.greeting = named(QLabel(), "home_greeting")
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.greeting.setFont(font)
        self.today = QLabel()
        self.tasks_box, self.tasks_list = self._box("home_tasks")
        self.messages_box, self.messages_list = self._box("home_messages")
        self.follow_box, self.follow_list = self._box("home_follow_ups")
        self.follow_list.itemActivated.connect(lambda *_: self.open_module("customers"))

        self.customers_button = named(QPushButton(), "home_open_customers")
        self.customers_button.clicked.connect(lambda: self.open_module("customers"))
        self.customers_button.setVisible(workspace.user.can("customers", "view"))
        self.refresh_button = named(QPushButton(), "home_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.customers_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(self.tasks_box, 0, 0)
        grid.addWidget(self.messages_box, 0, 1)
        grid.addWidget(self.follow_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addLayout(buttons)
        layout.addLayout(grid, 1)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.refresh()

    def _records_changed(self, _entity: str, _ids: list[int]) -> None:
        self.refresh()

    def _box(self, name: str) -> tuple[QGroupBox, QListWidget]:
        box = named(QGroupBox(), name)
        items = named(QListWidget(), name + "_list")
        QVBoxLayout(box).addWidget(items)
        return box, items

    def refresh(self) -> None:
        ws = self.workspace

        def load() -> _Overview:
            tasks = ws.tasks.list("mine") if ws.user.can("tasks", "view") else []
            unread = ws.messages.inbox(unread_only=True) if ws.user.can("messages", "view") else []
            follow = (
                ws.interactions.follow_ups(date.today() + timedelta(days=7))
                if ws.user.can("customers")
                else []
            )
            return _Overview(tasks[:10], unread[:10], follow)

        run_in_background(load, self._show, lambda _e: None, receiver=self)

    def _show(self, data: _Overview) -> None:
        self._data = data
        locale = QLocale()
        self.tasks_list.clear()
        for task in data.tasks:
            due = (
                locale.toString(_qdate(task.due_date), QLocale.FormatType.ShortFormat)
                if task.due_date
                else "—"
            )
            item = QListWidgetItem(self.tr("{title} (due {due})").format(title=task.title, due=due))
            if task.overdue:
                item.setForeground(Qt.GlobalColor.red)
            self.tasks_list.addItem(item)
        if not data.tasks:
            self.tasks_list.addItem(self.tr("No open tasks."))
        self.messages_list.clear()
        for message in data.unread:
            sender = message.sender_name or self.tr("System")
            self.messages_list.addItem(
                self.tr("{sender}: {subject}").format(sender=sender, subject=message.subject)
            )
        if not data.unread:
            self.messages_list.addItem(self.tr("No unread messages."))
        self.follow_list.clear()
        for follow in data.follow_ups:
            when = locale.toString(_qdate(follow.next_date), QLocale.FormatType.ShortFormat)
            step = follow.next_step or follow.subject
            text = self.tr("{date}  {customer}: {step}").format(
                date=when, customer=follow.customer_name, step=step
            )
            item = QListWidgetItem(text)
            if follow.next_date < date.today():
                item.setForeground(Qt.GlobalColor.red)
            self.follow_list.addItem(item)
        if not data.follow_ups:
            self.follow_list.addItem(self.tr("No follow-ups due in the next seven days."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        user = self.workspace.user
        self.greeting.setText(self.tr("Welcome, {name}").format(name=user.full_name))
        today = QLocale().toString(_qdate(date.today()), QLocale.FormatType.LongFormat)
        self.today.setText(
            self.tr("{date} · Station: {station}").format(date=today, station=self.station_label)
        )
        self.tasks_box.setTitle(self.tr("My open tasks"))
        self.messages_box.setTitle(self.tr("Unread messages"))
        self.follow_box.setTitle(self.tr("Customer follow-ups due"))
        self.customers_button.setText(self.tr("Open the customer archive"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._show(self._data)
