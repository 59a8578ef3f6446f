"""Background work of a dialog, counted while it runs, so that saving can wait for look-ups still under way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from crm_desktop.ui.workers import run_in_background


class BackgroundJobs:
    """Runs `fn` off the GUI thread for `owner`; `done` gets the result, the shared `failed` any error."""

    def __init__(self, owner: QObject, failed: Callable[[Exception], None]) -> None:
        self.owner = owner
        self.failed = failed
        self.running = 0

    def busy(self) -> bool:
        return self.running > 0

    def start(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.running += 1

        def finish(value: Any) -> None:
            self.running -= 1
            done(value)

        def failed(error: Exception) -> None:
            self.running -= 1
            self.failed(error)

        run_in_background(fn, finish, failed, self.owner)
