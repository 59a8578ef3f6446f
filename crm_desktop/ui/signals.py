"""App-wide notifications: after a write, `records_changed(entity, ids)` lets every open view refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    records_changed = Signal(str, list)
    module_changed = Signal(str)


_instance: AppSignals | None = None


def app_signals() -> AppSignals:
    global _instance
    if _instance is None:
        _instance = AppSignals()
    return _instance
