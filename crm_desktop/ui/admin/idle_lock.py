"""The idle lock: after a configurable quiet time the main window is covered by a dialog that asks for the
signed-in user's password again (or lets them sign out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services import auth
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.widgets.naming import named

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLockDialog(QDialog):
    sign_out_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_lock_dialog")
        self.workspace = workspace
        self.message = QLabel(wordWrap=True)
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "unlock_password")
        self.problem = named(QLabel(), "unlock_problem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.setObjectName("unlock")
        self.buttons.accepted.connect(self.unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.password)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self.retranslate_ui()

    def unlock(self) -> None:
        if auth.check_password(self.workspace.db, self.workspace.user, self.password.text()):
            self.password.clear()
            self.problem.clear()
            self.accept()
        else:
            self.password.selectAll()
            self.problem.setText(self.tr("Wrong password."))

    def reject(self) -> None:  # Escape must not unlock
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Locked"))
        self.message.setText(
            self.tr(
                "The window was locked after a period without use. Enter the password of {name} to continue."
            ).format(name=self.workspace.user.full_name)
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("&Sign out"))


class IdleWatcher(QObject):
    """Counts quiet time from application-wide input events; emits `idle` once per quiet period."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.interval_ms = int(minutes * 60_000)
        self.restart()

    def restart(self) -> None:
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False
