"""Small helpers for building widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give `widget` an objectName (tests and saveState find widgets by it) and return it."""
    widget.setObjectName(name)
    return widget
