"""Data permissions at scale: the first page of the customer list at N customers (env CRM_BENCH_CUSTOMERS, default
1,000,000) on PostgreSQL (env CRM_BENCH_ACCESS_ENGINES, default "pg"; "sqlite" also works), for an own-scope
salesperson and a department-subtree manager, each as a ratio to the unscoped list (the administrator) in the same
run. Goal: ratio <= 2.

The generated databases are those of bench/customers.py (same cache, same PostgreSQL cluster under bench/out/pg,
or CRM_BENCH_PG_URL). Each measurement goes through CustomerService.list_page, i.e. through access.scope_filter.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import upgrade
from crm_desktop.db.session import Database
from crm_desktop.services import auth, demo, grants
from crm_desktop.services.customers import CustomerQuery, CustomerService

RUNS = 41
PAGE = 100
GOAL_RATIO = 2.0
# demo logins: the administrator (no data filter), an own-scope salesperson, a department-subtree sales manager
USERS = {"unscoped": "admin", "own": "yangfan", "subtree": "qianzhiqiang"}


def measure(url: str) -> dict[str, Any]:
    """Median first-page time per user; the users take turns within each run so load drift hits all alike."""
    engine = create_engine(url)
    try:
        upgrade(engine)  # a cached database from before the access revision gets its tables
        db = Database(engine)
        with db.unit_of_work() as session:  # and its resolved grants (cheap: per user, not per customer)
            grants.rebuild(session)
        services = {
            label: CustomerService(db, auth.login(db, login, demo.DEMO_PASSWORD, machine="bench"))
            for label, login in USERS.items()
        }
        rows = {
            label: len(svc.list_page(CustomerQuery(), None, PAGE).rows) for label, svc in services.items()
        }
        times: dict[str, list[float]] = {label: [] for label in services}
        for _ in range(RUNS):
            for label, svc in services.items():
                start = time.perf_counter()
                svc.list_page(CustomerQuery(), None, PAGE)
                times[label].append((time.perf_counter() - start) * 1000)
        result: dict[str, Any] = {
            label: {
                "login": USERS[label],
                "first_page_ms": round(statistics.median(t), 2),
                "rows": rows[label],
            }
            for label, t in times.items()
        }
        base = result["unscoped"]["first_page_ms"]
        for label in ("own", "subtree"):
            result[label]["ratio"] = round(result[label]["first_page_ms"] / base, 2) if base else None
        result["goal_ratio"] = GOAL_RATIO
        return result
    finally:
        engine.dispose()


def run(out: Path) -> dict[str, Any]:
    from bench.customers import customers_wanted, pg_database, sqlite_database

    n = customers_wanted()
    engines = [e.strip() for e in os.environ.get("CRM_BENCH_ACCESS_ENGINES", "pg").split(",") if e.strip()]
    report: dict[str, Any] = {"customers": n, "page_size": PAGE, "runs": RUNS}
    print(f"access (first page of {PAGE} at {n:,} customers; median ms of {RUNS} runs; ratio to unscoped)")
    server = None
    started_here = False
    try:
        for engine_name in engines:
            if engine_name == "pg":
                pg_url = os.environ.get("CRM_BENCH_PG_URL")
                if pg_url is None:
                    from bench.pg_server import BenchPgServer

                    server = BenchPgServer(out / "pg")
                    server.start()
                    pg_url = server.url()
                    os.environ["CRM_BENCH_PG_URL"] = pg_url
                    started_here = True
                url, _load = pg_database(pg_url, n)
            else:
                url, _load = sqlite_database(out, n)
            figures = measure(url)
            report[engine_name] = figures
            for label in ("unscoped", "own", "subtree"):
                row = figures[label]
                ratio = f"  ratio {row['ratio']:.2f}" if "ratio" in row else ""
                print(
                    f" {engine_name} {label:9s} {row['login']:13s} {row['first_page_ms']:8.2f} ms{ratio}",
                    flush=True,
                )
    finally:
        if server is not None:
            server.stop()
        if started_here:
            os.environ.pop("CRM_BENCH_PG_URL", None)
    return report


if __name__ == "__main__":
    print(json.dumps(run(Path(__file__).resolve().parent / "out"), indent=2, ensure_ascii=False))
    sys.exit(0)
