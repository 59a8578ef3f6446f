"""Customer list and search at scale: N generated customers (env CRM_BENCH_CUSTOMERS, default 1,000,000) on
PostgreSQL and SQLite (env CRM_BENCH_ENGINES, default "pg,sqlite").

For each engine: the first page, a page at row 90% of N (keyset seek), and searches (1-4 Chinese characters,
pinyin initials, a phone fragment): median and p95 in ms through the service, through the Qt model (its first
page), and the hand-written SQL for the same rows in the same run (the ratio is service / SQL). Then client RSS
before and after scrolling the model to the end, in a child process (bench/customers_rss.py).

Generated databases are cached: SQLite files and a PostgreSQL cluster under bench/out/ (or CRM_BENCH_PG_URL).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import upgrade
from crm_desktop.db.session import Database
from crm_desktop.services import auth, demo, search_index
from crm_desktop.services.customer_search import CustomerQuery
from crm_desktop.services.customers import CustomerService, PageCursor
from crm_desktop.services.search_text import fold, pinyin_initials

RUNS = 15
PAGE = 100
GOALS = {"first_page_ms": 50, "search_p95_ms_pg": 100, "rss_mb": 300}
MARKER = "bench_customers"


def customers_wanted() -> int:
    return int(os.environ.get("CRM_BENCH_CUSTOMERS", "1000000"))


# --- preparing cached databases ------------------------------------------------------------------------------


def _load(url: str, n: int) -> dict[str, float]:
    engine = create_engine(url)
    try:
        upgrade(engine)
        db = Database(engine)
        timings: dict[str, float] = {}
        original = search_index.rebuild_all

        def timed_rebuild(database: Database, *args: Any, **kwargs: Any) -> int:
            start = time.perf_counter()
            written = original(database, *args, **kwargs)
            timings["search_rebuild_s"] = time.perf_counter() - start
            return written

        search_index.rebuild_all = timed_rebuild  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            demo.load_demo(db, customers=n)
            timings["load_with_search_s"] = time.perf_counter() - start
        finally:
            search_index.rebuild_all = original
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO system_settings (key, value) VALUES (:k, :v)"),
                {"k": MARKER, "v": json.dumps({"n": n, **timings})},
            )
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        else:
            with engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
        return timings
    finally:
        engine.dispose()


def _marker(url: str) -> dict[str, Any] | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            value = conn.execute(
                text("SELECT value FROM system_settings WHERE key = :k"), {"k": MARKER}
            ).scalar()
        return json.loads(value) if value else None
    except Exception:
        return None
    finally:
        engine.dispose()


def sqlite_database(out: Path, n: int) -> tuple[str, dict[str, Any]]:
    path = out / f"customers_{n}.sqlite3"
    url = "sqlite:///" + path.as_posix()
    marker = _marker(url) if path.exists() else None
    if marker is None:
        for stale in out.glob(f"customers_{n}.sqlite3*"):
            stale.unlink()
        print(f"  generating {n:,} customers on SQLite (cached in {path.name}) …", flush=True)
        marker = {"n": n, **_load(url, n)}
    return url, marker


def pg_database(server_url: str, n: int) -> tuple[str, dict[str, Any]]:
    name = f"crm_bench_{n}"
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    admin = create_engine(server_url, pool=False)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
            marker = _marker(url) if exists else None
            if marker is None:
                if exists:
                    conn.exec_driver_sql(f'DROP DATABASE "{name}"')
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        admin.dispose()
    if marker is None:
        print(f"  generating {n:,} customers on PostgreSQL (database {name}) …", flush=True)
        marker = {"n": n, **_load(url, n)}
    return url, marker


# --- measuring -----------------------------------------------------------------------------------------------


def _times(fn: Callable[[], Any], runs: int = RUNS) -> dict[str, float]:
    fn()  # warm caches and statement caches once
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    values.sort()
    return {
        "median_ms": statistics.median(values),
        "p95_ms": values[min(len(values) - 1, round(0.95 * len(values)) - 1)],
    }


_COLUMNS = "c.id, c.name, c.short_name, c.kind, c.type_id, c.grade_id, c.industry_id, c.region_id, c.source_id, "\
    "c.phone, c.mobile, c.owner_id, u.full_name, c.last_contact_at, c.created_at"  # fmt: skip


def _raw_sql(dialect: str, term: str | None) -> str:
    """The hand-written SQL a developer would write for the same page (admin: every non-deleted customer)."""
    head = f"SELECT {_COLUMNS} FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
    order = f" ORDER BY c.name, c.id LIMIT {PAGE + 1}"
    if term is None:
        return head + " WHERE c.deleted_at IS NULL" + order
    folded = fold(term)
    if dialect == "postgresql":
        if len(folded) > 2:
            match = f"s.doc LIKE '%{folded}%'"
        else:
            match = f"string_to_array(s.grams, ' ') @> ARRAY['{folded}']"
        return (
            head
            + f" JOIN customer_search s ON s.customer_id = c.id WHERE c.deleted_at IS NULL AND {match}"
            + order
        )
    if len(folded) > 2:
        sub = f"SELECT rowid FROM customer_search_fts WHERE doc LIKE '%{folded}%'"
    else:
        sub = f"SELECT rowid FROM customer_search_grams_fts WHERE customer_search_grams_fts MATCH '\"{folded}\"'"
    return head + f" WHERE c.deleted_at IS NULL AND c.id IN ({sub})" + order


def _terms(db: Database) -> dict[str, str]:
    """Search terms taken from the data: parts of an enterprise's brand, a person's initials, a mobile's tail."""
    with db.engine.connect() as conn:
        middle = conn.execute(text("SELECT max(id) / 2 FROM customers")).scalar() or 1
        enterprise = conn.execute(
            text("SELECT name FROM customers WHERE kind = 'enterprise' AND id >= :m ORDER BY id LIMIT 1"),
            {"m": middle},
        ).scalar()
        person = conn.execute(
            text("SELECT name FROM customers WHERE kind = 'individual' AND id >= :m ORDER BY id LIMIT 1"),
            {"m": middle},
        ).scalar()
        mobile = conn.execute(
            text("SELECT mobile FROM customers WHERE mobile IS NOT NULL AND id >= :m ORDER BY id LIMIT 1"),
            {"m": middle},
        ).scalar()
    assert enterprise and person and mobile
    brand = enterprise[2:]  # after the two-character city
    return {
        "chinese_1": brand[:1],
        "chinese_2": brand[:2],
        "chinese_3": brand[:3],
        "chinese_4": brand[:4],
        "pinyin_initials": pinyin_initials(person),
        "phone_fragment": mobile[-9:],  # "1234 5678": the formatted tail
    }


def _model_first_page(workspace: Any, query: CustomerQuery) -> Callable[[], None]:
    from PySide6.QtCore import QEventLoop, QTimer

    from crm_desktop.ui.models.customer_table_model import CustomerTableModel
    from crm_desktop.ui.widgets.code_combo import CodeBook

    book = CodeBook.load(workspace)
    model = CustomerTableModel(workspace, code_book=book, page_size=PAGE)

    def run() -> None:
        loop = QEventLoop()
        model.rows_loaded.connect(loop.quit)
        model.load_failed.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        model.set_query(query)
        loop.exec()
        model.rows_loaded.disconnect(loop.quit)
        model.load_failed.disconnect(loop.quit)
        if model.rowCount() == 0 and model.last_error is not None:
            raise RuntimeError(model.last_error)

    return run


def measure(url: str, n: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.workspace import Workspace

    QApplication.instance() or QApplication(sys.argv[:1])
    engine = create_engine(url)
    db = Database(engine)
    try:
        user = auth.login(db, "admin", demo.DEMO_PASSWORD, None, machine="bench")
        service = CustomerService(db, user)
        workspace = Workspace(db, user, "bench")
        dialect = engine.dialect.name
        results: dict[str, Any] = {}

        def raw(sql: str) -> Callable[[], list[int]]:
            def run() -> list[int]:
                with engine.connect() as conn:  # psycopg reads % as a placeholder
                    statement = sql.replace("%", "%%") if dialect == "postgresql" else sql
                    return [row[0] for row in conn.exec_driver_sql(statement)][:PAGE]

            return run

        def case(name: str, query: CustomerQuery, sql: str, cursor: PageCursor | None = None) -> None:
            through_service = lambda: service.list_page(query, cursor, PAGE)  # noqa: E731
            ids = [r.id for r in through_service().rows]
            raw_ids = raw(sql)()
            entry: dict[str, Any] = {"rows": len(ids), "same_rows_as_sql": ids == raw_ids}
            entry["service"] = _times(through_service)
            entry["sql"] = _times(raw(sql))
            if cursor is None:
                entry["model"] = _times(_model_first_page(workspace, query), runs=7)
            entry["ratio_service_to_sql"] = entry["service"]["median_ms"] / max(
                entry["sql"]["median_ms"], 1e-3
            )
            results[name] = entry
            model = f"  model {entry['model']['median_ms']:7.1f}" if "model" in entry else ""
            print(
                f"  {name:<22} {query.text!r:<14} rows {len(ids):>3}  service {entry['service']['median_ms']:7.1f}"
                f" (p95 {entry['service']['p95_ms']:6.1f})  sql {entry['sql']['median_ms']:7.1f}{model}"
                f"  x{entry['ratio_service_to_sql']:.2f}{'' if entry['same_rows_as_sql'] else '  ROWS DIFFER'}",
                flush=True,
            )

        case("first_page", CustomerQuery(), _raw_sql(dialect, None))
        row = int(n * 0.9)
        with engine.connect() as conn:
            name, cid = conn.execute(
                text(
                    "SELECT name, id FROM customers WHERE deleted_at IS NULL ORDER BY name, id LIMIT 1 OFFSET :k"
                ),
                {"k": row - 1},
            ).one()
        seek = _raw_sql(dialect, None).replace(
            "WHERE c.deleted_at IS NULL", f"WHERE c.deleted_at IS NULL AND (c.name, c.id) > ('{name}', {cid})"
        )
        case(f"page_at_row_{row}", CustomerQuery(), seek, PageCursor(name, cid))
        for label, term in _terms(db).items():
            case(f"search_{label}", CustomerQuery(text=term), _raw_sql(dialect, term))
        return results
    finally:
        engine.dispose()


def rss(url: str, n: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.customers_rss", url],
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=Path(__file__).resolve().parents[1],
        env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")),
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": f"exit {proc.returncode}: {proc.stderr[-2000:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    result["exit_code"] = proc.returncode
    print(
        f"  RSS: {result['rss_before_mb']:.0f} MB before, {result['rss_after_mb']:.0f} MB after scrolling"
        f" {result['rows_scrolled']:,} rows in {result['scroll_s']:.1f} s (rows held: {result['rows_held']:,})",
        flush=True,
    )
    return result


def _database(engine_name: str, out: Path, n: int) -> tuple[str, dict[str, Any]]:
    if engine_name == "pg":
        pg_url = os.environ.get("CRM_BENCH_PG_URL")
        assert pg_url is not None
        return pg_database(pg_url, n)
    return sqlite_database(out, n)


def run(out: Path, *, prepare_only: bool = False) -> dict[str, Any]:
    n = customers_wanted()
    engines = [e.strip() for e in os.environ.get("CRM_BENCH_ENGINES", "pg,sqlite").split(",") if e.strip()]
    report: dict[str, Any] = {"customers": n, "page_size": PAGE, "runs": RUNS, "goals": GOALS}
    print(f"customers ({n:,} generated; median/p95 ms of {RUNS} runs)")
    server = None
    try:
        for engine_name in engines:
            if engine_name == "pg" and "CRM_BENCH_PG_URL" not in os.environ:
                from bench.pg_server import BenchPgServer

                server = BenchPgServer(out / "pg")
                server.start()
                os.environ["CRM_BENCH_PG_URL"] = server.url()
            url, load = _database(engine_name, out, n)
            if prepare_only:
                continue
            print(f" {engine_name}: load {json.dumps(load)}", flush=True)
            report[engine_name] = {"load": load, "cases": measure(url, n), "rss": rss(url, n)}
    finally:
        if server is not None:
            server.stop()
            os.environ.pop("CRM_BENCH_PG_URL", None)
    report["import_rate"] = None  # filled by the import benchmark (Excel import engineer)
    return report


if __name__ == "__main__":
    prepare = sys.argv[1:] == ["prepare"]
    result = run(Path(__file__).resolve().parent / "out", prepare_only=prepare)
    if not prepare:  # `make bench` puts the same figures into report.json
        name = f"customers_{'_'.join(k for k in ('pg', 'sqlite') if k in result)}_{result['customers']}.json"
        (Path(__file__).resolve().parent / "out" / name).write_text(
            json.dumps(result, indent=2), encoding="utf-8"
        )
    print(json.dumps(result, indent=2, ensure_ascii=False))
