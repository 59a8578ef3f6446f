"""Reminder pop-ups: a QTimer asks the database for due reminders; each batch is shown once and marked shown.

Reminders that came due while no client ran are found at the first check after sign-in (shown once, as missed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.calendar import ReminderDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.calendar.time_grid import local
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

CHECK_INTERVAL_MS = 30_000


class ReminderChecker(QObject):
    shown = Signal(list)  # list[ReminderDTO] just popped up

    def __init__(self, workspace: Workspace, parent: QWidget, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = parent
        self.popup: QMessageBox | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        if self.workspace.user.can("calendar", "view"):
            self.timer.start()
            QTimer.singleShot(0, self.check_now)

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        service = self.workspace.calendar

        def job() -> list[ReminderDTO]:
            due = service.due_reminders()
            service.mark_reminded([r.event_id for r in due])  # shown once, whichever client shows it first
            return due

        run_in_background(job, self._found, self._failed, receiver=self)

    def _failed(self, _error: Exception) -> None:
        self._busy = False  # the database may be away; the next tick tries again

    def _found(self, due: list[ReminderDTO]) -> None:
        self._busy = False
        if not due:
            return
        lines = []
        for r in due:
            when = local(r.starts_at).strftime("%Y-%m-%d" if r.all_day else "%Y-%m-%d %H:%M")
            where = f" · {r.location}" if r.location else ""
            missed = f" ({self.tr('missed')})" if r.missed else ""
            lines.append(f"{when}  {r.title}{where}{missed}")
        if self.popup is not None:
            self.popup.close()
        box = named(
            QMessageBox(QMessageBox.Icon.Information, self.tr("Reminder"), "\n".join(lines)), "reminder_popup"
        )
        box.setParent(self.window, box.windowFlags())
        box.setModal(False)
        box.setWindowTitle(self.tr("Reminder"))
        box.setText(self.tr("%n event(s) coming up:", "", len(due)))
        box.setInformativeText("\n".join(lines))
        self.popup = box
        box.show()
        box.raise_()
        self.shown.emit(due)
