"""Status bar: live clock (full date and time), user and role, station, current module, database state."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.db_description import engine_name
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

PING_INTERVAL_MS = 30_000


class StatusBar(QStatusBar):
    def __init__(self, workspace: Workspace, station_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.workspace = workspace
        self.station_label = station_label
        self.module_label_text = ""
        self.connected: bool | None = True
        self.unread = 0
        self.open_tasks = 0
        self.clock = named(QLabel(), "status_clock")
        self.user_label = named(QLabel(), "status_user")
        self.station = named(QLabel(), "status_station")
        self.module = named(QLabel(), "status_module")
        self.counts = named(QLabel(), "status_counts")
        self.database = named(QLabel(), "status_database")
        for label in (self.module, self.counts, self.user_label, self.station, self.database, self.clock):
            self.addPermanentWidget(label)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        self._ping = QTimer(self, interval=PING_INTERVAL_MS)
        self._ping.timeout.connect(self.check_database)
        self._ping.start()
        self.retranslate_ui()

    def stop_timers(self) -> None:
        self._tick.stop()
        self._ping.stop()

    def _update_clock(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(QLocale().toString(now, "yyyy-MM-dd dddd HH:mm:ss"))

    def set_module(self, text: str) -> None:
        self.module_label_text = text
        self.module.setText(self.tr("Module: {name}").format(name=text))

    def set_counts(self, open_tasks: int, unread: int) -> None:
        self.open_tasks, self.unread = open_tasks, unread
        self.counts.setText(
            self.tr("Tasks: {tasks}  Unread: {unread}").format(tasks=open_tasks, unread=unread)
        )

    def check_database(self) -> None:
        run_in_background(
            self.workspace.ping, self._set_connected, lambda _e: self._set_connected(False), self
        )

    def _set_connected(self, ok: bool) -> None:
        self.connected = ok
        engine = engine_name(self.workspace.dialect)
        if ok:
            self.database.setText(self.tr("{engine}: connected").format(engine=engine))
            self.database.setStyleSheet("")
        else:
            self.database.setText(self.tr("{engine}: disconnected").format(engine=engine))
            self.database.setStyleSheet("color: #c0392b; font-weight: bold;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        user = self.workspace.user
        roles = "、".join(user.role_names) if user.role_names else self.tr("no role")
        self.user_label.setText(self.tr("User: {name} ({roles})").format(name=user.full_name, roles=roles))
        self.station.setText(self.tr("Station: {name}").format(name=self.station_label))
        self.set_module(self.module_label_text)
        self.set_counts(self.open_tasks, self.unread)
        self._set_connected(bool(self.connected))
        self._update_clock()
