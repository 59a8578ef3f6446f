"""Excel import rate: 100,000 generated customer rows through `ImportService.run` on SQLite and PostgreSQL.

Each engine gets a fresh database (migrated, one administrator). The first run creates every customer; the
second run of the same file matches every row (the re-run after a crash or cancel) and changes nothing. The
baseline (`bench.import_baseline`): the same customers and search documents written by hand-written SQL into a
fresh database; the ratio is how many times longer the import takes than that.
Reading alone (the .xlsx parse, no database) is measured too. A file this size is read and checked in the
import's reader process (`services.import_process`) while the importing process writes.
Goal: >= 5,000 rows/s. `CRM_BENCH_IMPORT_ROWS` overrides the row count.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Engine, make_url

from bench.import_baseline import raw_insert_rate
from crm_desktop.db.engine import create_engine
from crm_desktop.db.migrate import upgrade
from crm_desktop.db.models import User
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import WorkbookReader, write_xlsx
from crm_desktop.services import auth
from crm_desktop.services.imports import ImportService

GOAL_ROWS_PER_S = 5000
HEADERS = ["客户名称", "简称", "客户类型", "等级", "行业", "地区", "电话", "手机", "邮箱", "地址", "备注"]
_CITIES = ["深圳市", "广州市", "上海市", "北京市", "杭州市", "南京市", "成都市", "武汉市"]
_TYPES = ["老客户", "目标客户", "潜在客户", "partner"]
_INDUSTRIES = ["制造业", "教育", "金融", "IT", "商贸零售"]
_WORDS = "华强新星宏达远大信通恒泰金鼎瑞丰安顺兴隆永盛德利天成海纳东方明珠长城中科博远"
_SUFFIX = ["科技有限公司", "电子有限公司", "贸易有限公司", "股份有限公司", "办公设备店"]


def rows_wanted() -> int:
    return int(os.environ.get("CRM_BENCH_IMPORT_ROWS", "100000"))


def _source(out: Path, n: int) -> Path:
    path = out / f"import_{n}.xlsx"
    if path.exists():
        return path
    print(f"  writing {n:,} rows to {path.name} …", flush=True)
    rng = random.Random(4)

    def rows() -> Any:
        for i in range(n):
            words = "".join(rng.choice(_WORDS) for _ in range(3))
            city = rng.choice(_CITIES)
            yield [f"{city[:2]}{words}{_SUFFIX[i % len(_SUFFIX)]}{i}", words, rng.choice(_TYPES),
                   "ABCD"[i % 4], rng.choice(_INDUSTRIES), city, f"0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}",
                   f"1{rng.randint(3000000000, 9999999999)}", f"info{i}@example.cn", f"{city}某某路{i % 999}号",
                   "由展会名单导入"]  # fmt: skip

    write_xlsx(path, HEADERS, rows())
    return path


def _fresh_database(
    engine_name: str, out: Path, server_url: str | None, name: str = "crm_bench_import"
) -> str:
    if engine_name == "sqlite":
        path = out / f"{name}.sqlite3"
        for stale in out.glob(f"{name}.sqlite3*"):
            stale.unlink()
        return "sqlite:///" + path.as_posix()
    assert server_url is not None
    admin = create_engine(server_url, pool=False)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _measure(url: str, source: Path, n: int, server_cpu: Callable[[], float | None]) -> dict[str, Any]:
    engine = create_engine(url)
    upgrade(engine)
    db = Database(engine)
    try:
        _add_importer(engine)
        with db.read_only() as session:
            user = session.execute(select(User).where(User.login == "importer")).scalar_one()
            context = auth.resolve_context(session, user, "admin_office", machine="bench")
        service = ImportService(db, context)
        mapping = service.preview(source).mapping
        server_before = server_cpu()
        start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        first = service.run(source, mapping)
        created_s, created_cpu = time.perf_counter() - start, time.process_time() - cpu
        reader_cpu = _children_cpu() - children
        server_after = server_cpu()
        start = time.perf_counter()
        again = service.run(source, mapping)
        rerun_s = time.perf_counter() - start
        with engine.connect() as conn:
            total = conn.execute(text("SELECT count(*) FROM customers")).scalar_one()
    finally:
        db.dispose()
    assert first.created == n and again.created == 0 and total == n, (first, again, total)
    return {
        "rows": n,
        "create_s": round(created_s, 2),
        "create_rows_per_s": round(n / created_s),
        # CPU of the importing process (matching, writing; SQLite itself runs in it) and of its reader process
        # (reading and checking rows, search documents): the figures to compare when other work shares the
        # machine's cores. The PostgreSQL server's own work is in neither.
        "create_rows_per_cpu_s": round(n / created_cpu),
        "reader_rows_per_cpu_s": round(n / reader_cpu) if reader_cpu > 0 else None,
        # CPU microseconds a created row costs in each process (the server's only for the bench's own cluster):
        # on a machine with few cores their sum, not any one of them, bounds the rate.
        "create_cpu_us_per_row": {
            "importer": round(created_cpu / n * 1e6),
            "reader": round(reader_cpu / n * 1e6),
            "server": round((server_after - server_before) / n * 1e6)
            if server_before is not None and server_after is not None
            else None,
        },
        "rerun_s": round(rerun_s, 2),
        "rerun_rows_per_s": round(n / rerun_s),
        "rerun_created": again.created,
        "rerun_unchanged": again.unchanged,
    }


def _add_importer(engine: Engine) -> None:
    auth.create_user(Database(engine), "importer", "导入员", "Bench-password-1", role_code="admin")


def _children_cpu() -> float:
    """CPU seconds of this process's ended child processes (the import's reader process)."""
    times = os.times()
    return times.children_user + times.children_system


def run(out: Path) -> dict[str, Any]:
    n = rows_wanted()
    source = _source(out, n)
    start = time.perf_counter()
    with WorkbookReader(source) as reader:
        read = sum(1 for _ in reader.rows())
    read_s = time.perf_counter() - start
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    report: dict[str, Any] = {
        "rows": n,
        "load_average_at_start": load,
        "cpus": os.cpu_count(),
        "columns": len(HEADERS),
        "goal_rows_per_s": GOAL_ROWS_PER_S,
        "read_only_rows_per_s": round(read / read_s),
    }
    print(f"import ({n:,} rows x {len(HEADERS)} columns; goal >= {GOAL_ROWS_PER_S:,} rows/s)")
    print(f"  reading the .xlsx alone   {report['read_only_rows_per_s']:>8,} rows/s")
    engines = [e.strip() for e in os.environ.get("CRM_BENCH_ENGINES", "pg,sqlite").split(",") if e.strip()]
    server = None
    try:
        for engine_name in engines:
            server_url = os.environ.get("CRM_BENCH_PG_URL")
            if engine_name == "pg" and server_url is None:
                from bench.pg_server import BenchPgServer

                server = BenchPgServer(
                    out / "pg_import"
                )  # its own cluster: the list benchmark may hold bench/out/pg
                server.start()
                server_url = server.url()
            cpu = server.cpu_seconds if server is not None and engine_name == "pg" else lambda: None
            url = _fresh_database(engine_name, out, server_url)
            result = _measure(url, source, n, cpu)
            raw = raw_insert_rate(
                url, _fresh_database(engine_name, out, server_url, "crm_bench_import_raw"), _add_importer
            )
            result["raw_sql_rows_per_s"] = round(raw)
            result["ratio_to_raw_sql"] = round(raw / result["create_rows_per_s"], 2)
            report[engine_name] = result
            per_row = ", ".join(
                f"{k} {v}" for k, v in result["create_cpu_us_per_row"].items() if v is not None
            )
            print(f"  {engine_name:<7} create {result['create_rows_per_s']:>8,} rows/s ({result['create_s']} s;"
                  f" CPU µs a row: {per_row}; raw SQL {result['raw_sql_rows_per_s']:,} rows/s,"
                  f" ratio {result['ratio_to_raw_sql']})"
                  f"   re-run {result['rerun_rows_per_s']:>8,} rows/s ({result['rerun_s']} s)", flush=True)  # fmt: skip
    finally:
        if server is not None:
            server.stop()
    return report


if __name__ == "__main__":
    import json

    print(json.dumps(run(Path(__file__).resolve().parent / "out"), indent=2, ensure_ascii=False))
    sys.exit(0)
