"""Small Qt helpers for the designer. crm_desktop.forms sits below crm_desktop.ui in the layers, so the UI's
helpers (object names, error texts, background runner, current language) are not imported here: the screen that
opens the designer passes its runner and language in (see DesignerDialog), and these few lines stand in for the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import CONTEXT, ServiceError

W = TypeVar("W", bound=QObject)
# run(fn, on_done, on_error, receiver): crm_desktop.ui.workers.run_in_background has this shape
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None], QObject], None]


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def run_now(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    receiver: QObject,
) -> None:
    """A Runner that works in the calling thread (tests, and callers without a thread pool)."""
    try:
        result = fn()
    except Exception as error:
        on_error(error)
    else:
        on_done(result)


def translate_error(message: str, params: Mapping[str, object] | None = None) -> str:
    text = QCoreApplication.translate(CONTEXT, message)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def error_text(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return translate_error(error.message, error.params)
    return QCoreApplication.translate("Errors", "Something went wrong: {detail}").format(
        detail=str(error) or type(error).__name__
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "CRM"), error_text(error))
