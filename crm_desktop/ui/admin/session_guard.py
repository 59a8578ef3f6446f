"""Keeps a signed-in window honest: a heartbeat marks the session alive (and notices an administrator's
sign-out), and the idle lock asks for the password again after the configured quiet time."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import auth
from crm_desktop.services.admin.oversight import DEFAULT_IDLE_MINUTES, idle_lock_minutes
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.idle_lock import IdleLockDialog, IdleWatcher
from crm_desktop.ui.workers import run_in_background

HEARTBEAT_MS = 60_000


class SessionGuard(QObject):
    signed_out = Signal()  # the window should return to the login dialog

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.lock: IdleLockDialog | None = None
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.timeout.connect(self.beat)
        self.heartbeat_timer.start(HEARTBEAT_MS)
        # No database work at start-up: each heartbeat also brings the configured idle time.
        self.watcher = IdleWatcher(DEFAULT_IDLE_MINUTES, self)
        self.watcher.idle.connect(self.lock_now)

    def beat(self) -> None:
        db, user = self.workspace.db, self.workspace.user
        run_in_background(lambda: (auth.heartbeat(db, user), idle_lock_minutes(db)), self._beaten, None, self)

    def _beaten(self, result: tuple[bool, float]) -> None:
        alive, minutes = result
        if alive:
            locked = self.lock is not None and self.lock.isVisible()
            if not locked and int(minutes * 60_000) != self.watcher.interval_ms:
                self.watcher.set_minutes(minutes)
            return
        self.stop()
        QMessageBox.information(
            self.window,
            self.tr("Signed out"),
            self.tr("An administrator has ended this session. Please log in again."),
        )
        self.signed_out.emit()

    def lock_now(self) -> IdleLockDialog:
        if self.lock is None:
            self.lock = IdleLockDialog(self.workspace, self.window)
            self.lock.accepted.connect(self.watcher.restart)
            self.lock.sign_out_requested.connect(self._sign_out)
        self.lock.open()
        return self.lock

    def _sign_out(self) -> None:
        if self.lock is not None:
            self.lock.done(0)
        self.stop()
        self.signed_out.emit()

    def stop(self) -> None:
        self.heartbeat_timer.stop()
        with contextlib.suppress(RuntimeError):
            self.watcher.stop()
