"""The import's batch pipeline: two batches under way, committed in order, a batch that touches the customers of
the one before waits for it, a failure or a cancel rolls back what is still under way."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from crm_desktop.services.import_pipeline import Aborted, Pipeline, Turn


class Log:
    def __init__(self) -> None:
        self.events: list[str] = []
        self.lock = threading.Lock()

    def add(self, event: str) -> None:
        with self.lock:
            self.events.append(event)


def job(log: Log, name: str, work: Callable[[], object] = lambda: None) -> Callable[[Turn], str]:
    """A batch: starts, works, then commits (or is aborted) — each step logged."""

    def run(turn: Turn) -> str:
        turn.start()
        log.add(f"start {name}")
        work()
        with turn.numbering():
            log.add(f"ids {name}")
        try:
            turn.may_commit()
        except Aborted:
            log.add(f"rollback {name}")
            raise
        log.add(f"commit {name}")
        return name

    return run


@pytest.mark.parametrize("depth", [1, 2])
def test_results_come_in_order_and_each_batch_commits_after_the_one_before(depth: int) -> None:
    log, accepted = Log(), list[str]()

    def accept(name: str) -> bool:
        accepted.append(name)
        return True

    second_started = threading.Event()  # with two under way, batch 1 works on until batch 2 has started
    with Pipeline[str](depth, accept) as pipeline:
        pipeline.submit(
            frozenset({"a"}), job(log, "1", lambda: second_started.wait(5) if depth > 1 else None)
        )
        pipeline.submit(frozenset({"b"}), job(log, "2", second_started.set))
        pipeline.submit(frozenset({"c"}), job(log, "3"))
        pipeline.drain()
    assert accepted == ["1", "2", "3"]
    commits = [e for e in log.events if e.startswith("commit")]
    numbering = [e for e in log.events if e.startswith("ids")]
    assert commits == ["commit 1", "commit 2", "commit 3"] and numbering == ["ids 1", "ids 2", "ids 3"]
    if depth > 1:  # batch 2 started while batch 1 was still working
        assert log.events.index("start 2") < log.events.index("commit 1")


def test_a_batch_touching_the_same_customers_starts_after_the_one_before_commits() -> None:
    log = Log()
    release = threading.Event()
    threading.Timer(0.3, release.set).start()  # batch 1 works for a while
    with Pipeline[str](2, lambda _name: True) as pipeline:
        pipeline.submit(frozenset({"华强", "远大"}), job(log, "1", lambda: release.wait(5)))
        pipeline.submit(frozenset({"远大"}), job(log, "2"))  # meets batch 1's keys
        pipeline.drain()
    assert log.events.index("commit 1") < log.events.index("start 2")


def test_a_failing_batch_rolls_back_the_one_under_way_and_its_error_is_raised() -> None:
    log = Log()

    def fail() -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"), Pipeline[str](2, lambda _n: True) as pipeline:
        pipeline.submit(frozenset({"a"}), job(log, "1", fail))
        pipeline.submit(frozenset({"b"}), job(log, "2"))
        pipeline.submit(frozenset({"c"}), job(log, "3"))
        pipeline.drain()
    assert "rollback 2" in log.events and not any(e.startswith("commit") for e in log.events)
    assert "start 3" not in log.events  # never started: the failure was raised before


def test_cancel_after_a_batch_rolls_back_the_next_and_starts_no_more() -> None:
    log, accepted = Log(), []

    def accept(name: str) -> bool:
        accepted.append(name)
        return name != "2"  # the user cancels when batch 2 is counted

    with Pipeline[str](2, accept) as pipeline:
        submitted = [pipeline.submit(frozenset({n}), job(log, n)) for n in "1234"]
        pipeline.drain()
    assert accepted == ["1", "2"] and pipeline.stopped and submitted[-1] is False
    assert [e for e in log.events if e.startswith(("commit", "rollback"))] == [
        "commit 1",
        "commit 2",
        "rollback 3",
    ]
