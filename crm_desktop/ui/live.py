"""Live delivery in the GUI: the service's change listener (a plain thread) → Qt signals on the GUI thread.

A change to tasks, messages or form and list definitions is re-emitted as
`app_signals().records_changed(topic, [id])`, so the quick panel, the status bar and open forms and lists
refresh at once instead of waiting for their 30 s poll (which stays as a fallback). A new message that arrives while the main window is not active also shows as a system-tray notification when the
desktop has a tray.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from crm_desktop.services.messages import InboxItem
from crm_desktop.services.notify import Change, ChangeListener
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background

TOPICS = ("task", "message", "definitions")  # definitions: forms and lists reload (ui/form_definitions.py)
TRAY_MS = 8000


class LiveUpdates(QObject):
    """Owns the listener of one signed-in client. `start()` / `stop()` with the main window."""

    changed = Signal(str, int)  # topic, entity id — on the GUI thread
    state_changed = Signal(str)  # "connected" / "reconnecting" (PostgreSQL)
    notified = Signal(str, str)  # title, text of a tray notification (also emitted without a tray)
    _arrived = Signal(str, int, object)  # from the listener thread; queued to the GUI thread
    _state = Signal(str)

    def __init__(self, workspace: Workspace, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self._shown: set[int] = set()
        self._listener: ChangeListener | None = None
        self._arrived.connect(self._on_arrived)
        self._state.connect(self.state_changed)

    @property
    def listener(self) -> ChangeListener | None:
        return self._listener

    def start(self) -> None:
        if self._listener is not None:
            return
        self._listener = self.workspace.change_listener(self._from_thread, self._state.emit)
        self._listener.start()
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.setToolTip(QApplication.applicationDisplayName())
            self.tray.activated.connect(lambda _reason: self._raise_window())
            self.tray.messageClicked.connect(self._raise_window)
            self.tray.show()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop(timeout=1.0)
        if self.tray is not None:
            self.tray.hide()

    def is_running(self) -> bool:
        return self._listener is not None and self._listener.is_running()

    # -- delivery ---------------------------------------------------------------------------------------------

    def _from_thread(self, change: Change) -> None:  # listener thread: only emit
        self._arrived.emit(change.topic, change.entity_id, change)

    def _on_arrived(self, topic: str, entity_id: int, _change: object) -> None:
        if topic not in TOPICS:
            return
        self.changed.emit(topic, entity_id)
        app_signals().records_changed.emit(topic, [entity_id])
        if topic == "message" and not self.window_active() and entity_id not in self._shown:
            service = self.workspace.messages
            run_in_background(
                lambda: service.inbox_item(entity_id), self._notify, lambda _e: None, receiver=self
            )

    def window_active(self) -> bool:
        return self.window.isActiveWindow()

    def _notify(self, item: InboxItem | None) -> None:
        if item is None or item.read_at is not None or item.message_id in self._shown:
            return
        self._shown.add(item.message_id)
        kinds = {"announcement": self.tr("Announcement"), "system": self.tr("System notice")}
        title = kinds.get(item.kind) or self.tr("Message from {sender}").format(sender=item.sender_name or "")
        text = item.subject if not item.body else f"{item.subject}\n{item.body[:200]}"
        self.notified.emit(title, text)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MS)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
