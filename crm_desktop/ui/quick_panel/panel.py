"""The personal quick panel (个性化快捷面板): task manager, message manager and business log in one dock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.quick_panel.business_log_tab import BusinessLogTab
from crm_desktop.ui.quick_panel.common import ColleagueDirectory
from crm_desktop.ui.quick_panel.messages_tab import MessagesTab
from crm_desktop.ui.quick_panel.tasks_tab import TasksTab
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background

POLL_INTERVAL_MS = 30_000


class QuickPanel(QDockWidget):
    """Dock with three tabs. `counts_changed(open_tasks, unread_messages)` feeds the status bar; a timer polls
    for new tasks and messages every 30 s until `stop_polling()`."""

    counts_changed = Signal(int, int)
    open_customer = Signal(int)  # a task's customer link was clicked

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_panel")
        self.workspace = workspace
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.open_tasks: int | None = None
        self.unread_messages: int | None = None
        self._counts_generation = 0
        self._counts_pending = 0
        self._reminders_pending = 0

        self.directory = ColleagueDirectory(workspace, self)
        body = QWidget(self)
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("quick_panel_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tasks_tab = TasksTab(workspace, self.directory, self.tabs)
        self.messages_tab = MessagesTab(workspace, self.directory, self.tabs)
        self.log_tab = BusinessLogTab(workspace, self.tabs)
        self.tasks_tab.open_customer.connect(self.open_customer)
        for tab, module in (
            (self.tasks_tab, "tasks"),
            (self.messages_tab, "messages"),
            (self.log_tab, "business_log"),
        ):
            position = self.tabs.addTab(tab, "")
            self.tabs.setTabVisible(position, workspace.user.can(module, "view"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setWidget(body)
        self.setMinimumWidth(300)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()

        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self.refresh()

    # -- loading --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every tab and the counts in the background."""
        self.directory.invalidate()
        self.tasks_tab.reload()
        self.messages_tab.reload()
        self.log_tab.reload()
        self.fire_reminders()
        self.refresh_counts()

    def poll(self) -> None:
        """What the timer does: pick up tasks and messages others created (an unchanged list stays put) — a
        fallback, since live delivery (crm_desktop/ui/live.py) refreshes at once — and fire due reminders."""
        self.fire_reminders()
        self.tasks_tab.reload()
        self.messages_tab.reload()
        self.refresh_counts()

    def fire_reminders(self) -> None:
        """Due task reminders become system notices (which then arrive like any message)."""
        if not self.workspace.user.can("tasks", "view"):
            return
        tasks = self.workspace.tasks
        self._reminders_pending += 1

        def done(fired: list[int]) -> None:
            self._reminders_pending -= 1
            if fired:
                app_signals().records_changed.emit("message", [])

        def failed(_error: Exception) -> None:
            self._reminders_pending -= 1

        run_in_background(tasks.fire_reminders, done, failed, receiver=self)

    def refresh_counts(self) -> None:
        self._counts_generation += 1
        generation = self._counts_generation
        self._counts_pending += 1
        tasks, messages = self.workspace.tasks, self.workspace.messages

        def done(counts: tuple[int, int]) -> None:
            self._counts_pending -= 1
            if generation == self._counts_generation:
                self._set_counts(*counts)

        def failed(_error: Exception) -> None:  # the tab shows load errors; the counts just stay as they were
            self._counts_pending -= 1

        run_in_background(lambda: (tasks.open_count(), messages.unread_count()), done, failed, receiver=self)

    def _set_counts(self, open_tasks: int, unread: int) -> None:
        changed = (open_tasks, unread) != (self.open_tasks, self.unread_messages)
        self.open_tasks, self.unread_messages = open_tasks, unread
        self._update_tab_titles()
        if changed:
            self.counts_changed.emit(open_tasks, unread)

    def _records_changed(self, entity: str, ids: list[Any]) -> None:
        if entity in ("task", "message"):
            self.refresh_counts()
        elif entity == "user":
            self.directory.invalidate()

    def is_busy(self) -> bool:
        """True while anything is loading or being written (tests wait on this)."""
        return (
            self._counts_pending > 0
            or self._reminders_pending > 0
            or self.directory.is_busy()
            or any(tab.is_busy() for tab in (self.tasks_tab, self.messages_tab, self.log_tab))
        )

    def show_tab(self, name: str) -> None:
        """Show the dock with the "tasks", "messages" or "business_log" tab in front (e.g. from the status bar)."""
        tabs = {"tasks": self.tasks_tab, "messages": self.messages_tab, "business_log": self.log_tab}
        self.show()
        self.raise_()
        self.tabs.setCurrentWidget(tabs.get(name, self.tasks_tab))

    # -- polling --------------------------------------------------------------------------------------------

    def stop_polling(self) -> None:
        self._poll_timer.stop()

    def start_polling(self) -> None:
        self._poll_timer.start()

    def is_polling(self) -> bool:
        return self._poll_timer.isActive()

    # -- translation ----------------------------------------------------------------------------------------

    def _update_tab_titles(self) -> None:
        tasks = self.tr("Tasks")
        if self.open_tasks:
            tasks = self.tr("Tasks ({count})").format(count=self.open_tasks)
        messages = self.tr("Messages")
        if self.unread_messages:
            messages = self.tr("Messages ({count} unread)").format(count=self.unread_messages)
        self.tabs.setTabText(self.tabs.indexOf(self.tasks_tab), tasks)
        self.tabs.setTabText(self.tabs.indexOf(self.messages_tab), messages)
        self.tabs.setTabText(self.tabs.indexOf(self.log_tab), self.tr("Business log"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.tasks_tab), self.tr("Task manager: open tasks for me"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.messages_tab), self.tr("Message manager"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.log_tab), self.tr("My work diary"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quick panel"))
        self._update_tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
