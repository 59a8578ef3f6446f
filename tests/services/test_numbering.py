"""Document numbering: formats, reset periods, validation, and no collisions between parallel processes."""

from __future__ import annotations

import multiprocessing
from datetime import date
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import select

from crm_desktop.db.engine import create_engine
from crm_desktop.db.models import NumberCounter, NumberingRule
from crm_desktop.db.session import Database
from crm_desktop.services.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from crm_desktop.services.numbering import (
    NumberingRuleInput,
    NumberingService,
    format_number,
    next_number,
    validate,
)
from tests.services.helpers import World, build_world

DAY = date(2026, 11, 22)


def _set_rule(db: Database, doc_type: str, prefix: str, date_part: str, width: int, reset: str) -> None:
    with db.unit_of_work() as session:
        rule = session.execute(select(NumberingRule).where(NumberingRule.doc_type == doc_type)).scalar_one()
        rule.prefix, rule.date_part, rule.width, rule.reset = prefix, date_part, width, reset


def test_seeded_rules_and_daily_reset(db: Database) -> None:
    with db.unit_of_work() as session:
        first = next_number(session, "quote", today=DAY)
        second = next_number(session, "quote", today=DAY)
        next_day = next_number(session, "quote", today=date(2026, 11, 23))
        order = next_number(session, "order", today=DAY)
    assert (first, second, next_day) == ("BJ202611220001", "BJ202611220002", "BJ202611230001")
    assert order == "XS202611220001"


@pytest.mark.parametrize(
    ("date_part", "reset", "days", "expected"),
    [
        ("YYYY", "yearly", [DAY, date(2026, 12, 31), date(2027, 1, 1)], ["Q2026001", "Q2026002", "Q2027001"]),
        (
            "YYYYMM",
            "monthly",
            [DAY, date(2026, 11, 30), date(2026, 12, 1)],
            ["Q202611001", "Q202611002", "Q202612001"],
        ),
        ("", "never", [DAY, date(2027, 1, 1), date(2030, 5, 5)], ["Q001", "Q002", "Q003"]),
        ("YYYYMMDD", "never", [DAY, date(2027, 1, 1)], ["Q20261122001", "Q20270101002"]),
    ],
)
def test_reset_periods(
    db: Database, date_part: str, reset: str, days: list[date], expected: list[str]
) -> None:
    _set_rule(db, "contract", "Q", date_part, 3, reset)
    with db.unit_of_work() as session:
        got = [next_number(session, "contract", today=day) for day in days]
    assert got == expected


def test_a_rolled_back_document_gives_its_number_back(db: Database) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        next_number(session, "receipt", today=DAY)
        raise RuntimeError("save failed")
    with db.unit_of_work() as session:
        assert next_number(session, "receipt", today=DAY) == "SK202611220001"


def test_unknown_document_type(db: Database) -> None:
    with pytest.raises(NotFound), db.unit_of_work() as session:
        next_number(session, "invoice")


def test_width_overflow_still_unique() -> None:
    rule = NumberingRuleInput("BJ", "", 2, "never")
    assert format_number(rule, DAY, 100) == "BJ100"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (NumberingRuleInput("报价", "YYYYMMDD", 4, "daily"), "prefix"),
        (NumberingRuleInput("TOO-LONG-PREFIX", "YYYYMMDD", 4, "daily"), "prefix"),
        (NumberingRuleInput("BJ", "YYYYMMDD", 0, "daily"), "width"),
        (NumberingRuleInput("BJ", "YYYYMMDD", 11, "daily"), "width"),
        (NumberingRuleInput("BJ", "YYYYMM", 4, "daily"), "date_part"),
        (NumberingRuleInput("BJ", "", 4, "yearly"), "date_part"),
        (NumberingRuleInput("BJ", "YYYY", 4, "weekly"), "reset"),
        (NumberingRuleInput("BJ", "DDMM", 4, "never"), "date_part"),
    ],
)
def test_validation(data: NumberingRuleInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate(data)
    assert field in info.value.fields


def test_validate_cleans_prefix() -> None:
    assert validate(NumberingRuleInput(" bj ", "", 4, "never")).prefix == "BJ"


def test_admin_edits_rules_others_are_refused(db: Database) -> None:
    world: World = build_world(db)
    service = NumberingService(db, world.ctx("root"))
    rules = {r.doc_type: r for r in service.rules()}
    assert {"quote", "contract", "order", "receipt", "return"} <= set(rules)
    quote = rules["quote"]
    updated = service.update(quote.id, quote.version, NumberingRuleInput("bq", "YYYYMM", 5, "monthly"))
    assert (updated.prefix, updated.date_part, updated.width, updated.reset) == ("BQ", "YYYYMM", 5, "monthly")
    with pytest.raises(ConcurrentEditError):
        service.update(quote.id, quote.version, NumberingRuleInput("BX", "YYYYMM", 5, "monthly"))
    with pytest.raises(ValidationError):
        service.update(quote.id, updated.version, NumberingRuleInput("BX", "", 5, "monthly"))
    with pytest.raises(PermissionDenied):
        NumberingService(db, world.ctx("sales1")).rules()
    with db.read_only() as session:
        rule = session.execute(select(NumberingRule).where(NumberingRule.doc_type == "quote")).scalar_one()
        assert rule.prefix == "BQ"


# -- parallel processes ------------------------------------------------------------------------------------------

PROCESSES = 4
PER_PROCESS = 15


def _worker(url: str, barrier: Barrier, out: multiprocessing.Queue[list[str]]) -> None:
    engine = create_engine(url)
    db = Database(engine)
    got: list[str] = []
    try:
        barrier.wait(timeout=60)
        for _ in range(PER_PROCESS):
            with db.unit_of_work() as session:  # one document per transaction, as a station saves it
                got.append(next_number(session, "order", today=DAY))
    finally:
        out.put(got)
        engine.dispose()


def test_parallel_processes_never_collide(db_url: str, db: Database) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    queue: multiprocessing.Queue[list[str]] = context.Queue()
    workers = [context.Process(target=_worker, args=(db_url, barrier, queue)) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    numbers = [n for chunk in results for n in chunk]
    assert len(numbers) == PROCESSES * PER_PROCESS
    assert sorted(numbers) == [f"XS20261122{i:04d}" for i in range(1, PROCESSES * PER_PROCESS + 1)]
    with db.read_only() as session:
        counter = session.execute(select(NumberCounter).where(NumberCounter.doc_type == "order")).scalar_one()
        assert counter.last_value == PROCESSES * PER_PROCESS
