"""One cold start, run as a child process by bench/startup.py. Prints READY once the window is on screen.

Modes: `bare` (a plain PySide6 window, the baseline), `login` (the real login dialog), `main` (log in as the
demo administrator through the real dialog and wait for the main window).
"""

from __future__ import annotations

import sys


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    def ready() -> None:
        print("READY", flush=True)
        app.quit()

    if mode == "bare":
        window = QWidget()
        window.resize(400, 300)
        window.show()
        QTimer.singleShot(0, ready)
        return app.exec()

    from crm_desktop.ui import i18n
    from crm_desktop.ui.login_dialog import LoginDialog

    i18n.set_language("zh_CN")
    dialog = LoginDialog(url, is_default=False, login_name="admin")
    if mode == "login":
        dialog.show()
        QTimer.singleShot(0, ready)
        return app.exec()

    from crm_desktop.services.demo import DEMO_PASSWORD
    from crm_desktop.services.stations import get_station
    from crm_desktop.services.workspace import Workspace
    from crm_desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def logged_in() -> None:
        assert dialog.user is not None
        workspace = Workspace(dialog.database, dialog.user)  # type: ignore[arg-type]
        window = MainWindow(workspace, get_station(workspace.db, dialog.user.station_code))
        windows.append(window)
        window.show()
        QTimer.singleShot(0, ready)

    def try_login() -> None:
        if dialog.database is None:
            QTimer.singleShot(5, try_login)
            return
        dialog.password_edit.setText(DEMO_PASSWORD)
        dialog.try_login()

    dialog.accepted.connect(logged_in)
    dialog.show()
    QTimer.singleShot(0, try_login)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
