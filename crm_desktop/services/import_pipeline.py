"""Writing an import's batches two at a time on a database server, committed in the file's order.

Each batch is one transaction: matching its rows, inserting and updating customers, the audit row. Most of that
time the importing process waits for the server (the trigram index alone is about a third of a batch); with two
batches under way, the server works on one while this process prepares the next. Two rules keep the result
exactly that of writing them one after the other:

- **Commits in order.** A batch commits only after the one before it has; if that one failed, or the import was
  cancelled meanwhile, it rolls back instead (`Aborted`). What is in the database is always the file's first
  batches, so a cancel, an error or a crash leaves what a re-run expects.
- **No overlap in what two batches touch.** A row reaches only customers with its normalised name (`name_key`):
  it matches among them, and creates or updates one of them. A batch whose keys meet those of the batch still under
  way waits for that one's commit before it starts matching, so it sees what the other created or changed.

SQLite has one writer at a time and runs in this process: its batches are written one by one (`depth` 1).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Aborted(Exception):
    """The batch before this one failed, or the import was cancelled: this one rolls back."""


class Turn:
    """A batch's place in line: what it waits for before it starts and before it commits."""

    def __init__(self, previous: Future[Any] | None, overlaps: bool, before: Turn | None) -> None:
        self._previous = previous if overlaps else None
        self._before = before
        self._verdict = False
        self._decided = threading.Event()
        self._numbered = threading.Event()

    def start(self) -> None:
        """Call before the batch's transaction begins: waits while the batch before, touching some of the same
        customers, is under way; raises `Aborted` if it failed."""
        if self._previous is None:
            return
        try:
            self._previous.result()
        except BaseException as error:
            raise Aborted() from error

    def may_commit(self) -> None:
        """Call last inside the transaction: waits until the batch before has committed and been counted;
        raises `Aborted` if it failed or the import stopped there."""
        self._decided.wait()
        if not self._verdict:
            raise Aborted()

    @contextmanager
    def numbering(self) -> Iterator[None]:
        """Held while the batch draws its new customers' ids: after the batch before has drawn its own, so ids
        follow the file's order."""
        if self._before is not None:
            self._before._numbered.wait()
        try:
            yield
        finally:
            self._numbered.set()

    def run(self, job: Callable[[Turn], R]) -> R:
        try:
            return job(self)
        finally:
            self._numbered.set()  # a batch that failed or created nothing does not hold up the next

    def decide(self, go: bool) -> None:
        self._verdict = go
        self._decided.set()


class Pipeline(Generic[T]):
    """Runs batch jobs `depth` at a time (1: in the calling thread), hands each result to `accept` in order and
    lets the next batch commit only when `accept` says to go on."""

    def __init__(self, depth: int, accept: Callable[[T], bool]) -> None:
        self.depth = max(1, depth)
        self._accept = accept
        self._pool = ThreadPoolExecutor(self.depth, "crm-import-writer") if self.depth > 1 else None
        self._pending: deque[tuple[Future[T], Turn]] = deque()
        self._last_keys: frozenset[str] = frozenset()
        self._stopped = False

    def submit(self, keys: frozenset[str], job: Callable[[Turn], T]) -> bool:
        """Start `job(turn)` for a batch touching the customers with `keys` (normalised names); returns False
        once `accept` has asked to stop (the batch is then not started)."""
        if self._stopped:
            return False
        previous, before = self._pending[-1] if self._pending else (None, None)
        turn = Turn(previous, not keys.isdisjoint(self._last_keys), before)
        self._last_keys = keys
        if not self._pending:
            turn.decide(True)
        if self._pool is None:
            self._stopped = not self._accept(turn.run(job))
            return not self._stopped
        self._pending.append((self._pool.submit(turn.run, job), turn))
        while len(self._pending) >= self.depth and not self._stopped:
            self._finish_oldest()
        return not self._stopped

    def drain(self) -> None:
        """Wait for the batches under way and hand their results to `accept`."""
        while self._pending and not self._stopped:
            self._finish_oldest()

    def _finish_oldest(self) -> None:
        future, _turn = self._pending.popleft()
        if self._accept(future.result()):
            if self._pending:
                self._pending[0][1].decide(True)
        else:
            self._stopped = True

    @property
    def stopped(self) -> bool:
        """`accept` asked to stop (the import was cancelled)."""
        return self._stopped

    def __enter__(self) -> Pipeline[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        for _future, turn in self._pending:  # left early (cancel, an error): these roll back
            turn.decide(False)
        if self._pool is not None:
            self._pool.shutdown(wait=True)
