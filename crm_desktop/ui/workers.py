"""Background work off the GUI thread: `run_in_background(fn, on_done, on_error)` on the global QThreadPool.

Callbacks run on the GUI thread. A callback whose receiver widget has been deleted is skipped.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_alive: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # delivered to on_error on the GUI thread
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    receiver: QObject | None = None,
) -> None:
    """Run `fn` in the thread pool; deliver its result or exception to the callbacks on the GUI thread.

    With `receiver`, the callbacks are dropped once that object is destroyed.
    """
    relay = _Relay()
    _alive.add(relay)
    gone = {"flag": False}
    if receiver is not None:
        receiver.destroyed.connect(lambda *_: gone.update(flag=True))

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        if callback is not None and not gone["flag"]:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
