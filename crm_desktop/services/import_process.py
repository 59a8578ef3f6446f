"""Reading an import file's rows in a process of its own while this one writes them.

Reading a workbook and checking its rows (XML parsing, code look-ups, the form's rules, the pinyin search
document) is Python work that holds the interpreter lock; writing them is mostly waiting for the database. A
thread cannot overlap the two — the writer waits for the lock after every round trip — but a second process
can: it reads and checks batch N+1 while this process writes batch N. The reader runs `import_rows.batches`
and sends each batch through a bounded queue (at most `QUEUE_BATCHES` ahead, so memory stays bounded); it
needs no database. Files under `PROCESS_MIN_BYTES` are read in line, where starting a process (about a
second) would cost more than it saves.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import queue
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError
from crm_desktop.services.import_rows import BadImportFile, Batch, Headed, RowPlan, batches

log = logging.getLogger(__name__)

PROCESS_MIN_BYTES = 1_000_000  # about 12,000 rows of ten columns
QUEUE_BATCHES = 4
YOUNG_OBJECTS = 20_000
READER_STOPPED = QT_TRANSLATE_NOOP("Errors", "Reading the file stopped unexpectedly: {detail}")
_END = "end"


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Less of the cycle collector's work while rows stream through: each batch is tens of thousands of short-lived
    dicts and tuples (freed by reference counting; they form no cycles), and with the default thresholds they set
    off full collections that walk every object of the application again and again — a third of the import's CPU.
    The objects that exist when the import starts are set aside from collection (`gc.freeze`) and the youngest
    generation is collected after `YOUNG_OBJECTS` new objects instead of 700; both are undone at the end."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def read_batches(
    path: str | Path, plan: RowPlan, *, process: bool | None = None
) -> Iterator[Iterator[Headed | Batch]]:
    """`import_rows.batches(path, plan)`, in a reader process when `process` (None: for files of
    `PROCESS_MIN_BYTES` and more). Leaving the block early (cancel, an error) stops the reader."""
    if process is None:
        try:
            process = Path(path).stat().st_size >= PROCESS_MIN_BYTES
        except OSError:
            process = False  # reading in line reports why the file cannot be opened
    if not process:
        items = batches(path, plan)
        try:
            yield items
        finally:
            items.close()
        return
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt and database threads
    channel = context.Queue(maxsize=QUEUE_BATCHES)
    reader = context.Process(
        target=_produce, args=(str(path), plan, channel), name="crm-import-reader", daemon=True
    )
    reader.start()
    try:
        yield _received(channel, reader)
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        reader.close()
        channel.close()
        channel.join_thread()


def _produce(path: str, plan: RowPlan, channel: Any) -> None:
    """The reader process: every item of `batches`, then `_END`; or why it stopped."""
    try:
        with fewer_collections():
            for item in batches(path, plan):
                channel.put(item)
        channel.put(_END)
    except BadImportFile as error:
        channel.put(("bad_file", error.code, error.params))
    except ServiceError as error:
        channel.put(("error", error.message, error.params))
    except BaseException:
        channel.put(("crash", traceback.format_exc()))


def _received(channel: Any, reader: BaseProcess) -> Iterator[Headed | Batch]:
    while True:
        try:
            item = channel.get(timeout=0.5)
        except queue.Empty:
            if reader.is_alive():
                continue
            try:  # it may have sent its last items just before it ended
                item = channel.get(timeout=1)
            except queue.Empty:
                raise ServiceError(READER_STOPPED, detail=f"exit code {reader.exitcode}") from None
        if item == _END:
            return
        if isinstance(item, tuple):
            kind, *details = item
            if kind == "bad_file":
                raise BadImportFile(details[0], **details[1])
            if kind == "error":
                raise ServiceError(details[0], **details[1])
            log.error("import reader process failed:\n%s", details[0])
            raise ServiceError(READER_STOPPED, detail=details[0].strip().splitlines()[-1])
        yield item
