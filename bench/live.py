"""Send-to-display latency between two client processes (issue 6: live delivery).

One child process is a receiving client: a real QuickPanel (offscreen) with the live listener (LISTEN/NOTIFY on
PostgreSQL, change-feed polling on SQLite); it prints `SHOWN <message id> <wall time>` when a message appears in
its inbox table. The other child sends MESSAGES messages, printing `SENT <id> <wall time>` after each commit.
Latency = shown - sent, per message; we report the median (goal <= 2 s on both, < 0.5 s on PostgreSQL).

Run alone: `python -m bench.live` (uses CRM_BENCH_PG_URL, else a throwaway cluster via tests/pg_cluster.py).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MESSAGES = 12
GOAL_S = 2.0
GOAL_PG_S = 0.5
ROOT = Path(__file__).resolve().parents[1]


# -- the two clients (child processes) -------------------------------------------------------------------------


def _workspace(url: str, login: str) -> object:
    from sqlalchemy import select

    from crm_desktop.db.engine import create_engine
    from crm_desktop.db.models import User
    from crm_desktop.db.session import Database
    from crm_desktop.services import auth
    from crm_desktop.services.workspace import Workspace

    db = Database(create_engine(url))
    with db.read_only() as session:
        user = session.execute(select(User).where(User.login == login)).scalar_one()
        context = auth.resolve_context(session, user, None, machine="bench")
    return Workspace(db, context)


def receive(url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.workspace import Workspace
    from crm_desktop.ui.live import LiveUpdates
    from crm_desktop.ui.quick_panel.panel import QuickPanel

    app = QApplication([])
    workspace = _workspace(url, "receiver")
    assert isinstance(workspace, Workspace)
    panel = QuickPanel(workspace)
    panel.stop_polling()  # only live delivery may bring the messages
    panel.show()
    live = LiveUpdates(workspace, panel)
    shown: set[int] = set()
    model = panel.messages_tab.inbox_model

    def check() -> None:
        for row in model.rows:
            if row.message_id not in shown:
                shown.add(row.message_id)
                print(f"SHOWN {row.message_id} {time.time():.6f}", flush=True)
        if len(shown) >= MESSAGES:
            live.stop()
            app.quit()

    model.modelReset.connect(check)
    model.rowsInserted.connect(lambda *_: check())
    live.start()
    assert live.listener is not None and live.listener.connected.wait(10)
    print("READY", flush=True)
    app.exec()


def send(url: str) -> None:
    from crm_desktop.services.workspace import Workspace

    workspace = _workspace(url, "sender")
    assert isinstance(workspace, Workspace)
    receiver = next(c.id for c in workspace.colleagues() if c.login == "receiver")
    rng = random.Random(6)
    for number in range(MESSAGES):
        time.sleep(0.3 + rng.random() * 0.4)  # not in step with the poll interval
        message_id = workspace.messages.send([receiver], f"测试消息 {number + 1}", "bench")
        print(f"SENT {message_id} {time.time():.6f}", flush=True)


# -- the harness -----------------------------------------------------------------------------------------------


def _prepare(url: str) -> None:
    from crm_desktop.db.engine import create_engine
    from crm_desktop.db.migrate import upgrade
    from crm_desktop.db.models import UserRole
    from crm_desktop.db.session import Database
    from crm_desktop.services.passwords import hash_password

    engine = create_engine(url)
    try:
        upgrade(engine)
        db = Database(engine)
        from sqlalchemy import select

        from crm_desktop.db.models import Role, User

        with db.unit_of_work() as session:
            admin_role = session.execute(select(Role.id).where(Role.code == "admin")).scalar_one()
            for login in ("sender", "receiver"):
                user = User(login=login, full_name=login, password_hash=hash_password("Bench-pass-1"))
                session.add(user)
                session.flush()
                session.add(UserRole(user_id=user.id, role_id=admin_role))
    finally:
        engine.dispose()


def _child(role: str, url: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.live", role, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def measure(url: str, data_dir: Path) -> dict[str, object]:
    _prepare(url)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DATA_DIR=str(data_dir))
    receiver = _child("receive", url, env)
    assert receiver.stdout is not None
    line = receiver.stdout.readline().strip()
    if line != "READY":
        receiver.kill()
        raise RuntimeError(f"receiver did not start: {line}\n{receiver.communicate(timeout=10)[1]}")
    sender = _child("send", url, env)
    sent_out, sent_err = sender.communicate(timeout=120)
    if sender.returncode != 0:
        receiver.kill()
        raise RuntimeError(f"sender failed:\n{sent_err}")
    try:
        shown_out, shown_err = receiver.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        receiver.kill()
        shown_out, shown_err = receiver.communicate()
    sent = {int(p[1]): float(p[2]) for p in (ln.split() for ln in sent_out.splitlines()) if p[:1] == ["SENT"]}
    shown = {
        int(p[1]): float(p[2]) for p in (ln.split() for ln in shown_out.splitlines()) if p[:1] == ["SHOWN"]
    }
    latencies = [shown[m] - sent[m] for m in sent if m in shown]
    if len(latencies) < len(sent):
        raise RuntimeError(f"only {len(latencies)} of {len(sent)} messages were shown:\n{shown_err}")
    return {
        "messages": len(latencies),
        "median_s": statistics.median(latencies),
        "max_s": max(latencies),
        "all_s": [round(v, 4) for v in latencies],
    }


def _pg_url(stack: list[object]) -> str | None:
    external = os.environ.get("CRM_BENCH_PG_URL")
    from sqlalchemy import create_engine as sa_create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    if external:
        admin_url = external
    else:
        from tests.pg_cluster import PgServer, discover

        found = discover()
        if not found.available:
            return None
        server = PgServer(found)
        server.start()
        stack.append(server)
        admin_url = server.url()
    name = f"crm_bench_live_{os.getpid()}"
    admin = sa_create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    stack.append((admin, name))
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def run(out: Path) -> dict[str, object]:
    report: dict[str, object] = {"goal_median_s": GOAL_S, "goal_pg_median_s": GOAL_PG_S}
    with tempfile.TemporaryDirectory(prefix="crm-bench-live-") as tmp:
        report["sqlite"] = measure(f"sqlite:///{Path(tmp, 'live.sqlite3').as_posix()}", Path(tmp, "data"))
        stack: list[object] = []
        try:
            url = _pg_url(stack)
            report["postgresql"] = measure(url, Path(tmp, "data")) if url else "skipped: no PostgreSQL"
        finally:
            for item in reversed(stack):
                if isinstance(item, tuple):
                    engine, name = item
                    with engine.connect() as conn:
                        conn.exec_driver_sql(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            f" WHERE datname = '{name}' AND pid <> pg_backend_pid()"
                        )
                        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
                    engine.dispose()
                else:
                    item.stop()  # type: ignore[attr-defined]
    print(f"live delivery: send-to-display latency, median of {MESSAGES} messages between two processes")
    for engine_name, goal in (("sqlite", GOAL_S), ("postgresql", GOAL_PG_S)):
        result = report.get(engine_name)
        if isinstance(result, dict):
            median = float(result["median_s"])  # type: ignore[arg-type]
            verdict = "ok" if median <= goal else "MISSED"
            print(f"  {engine_name:<11} median {median * 1000:7.0f} ms  max {float(result['max_s']) * 1000:7.0f} ms"  # type: ignore[arg-type]
                  f"   goal <= {goal * 1000:.0f} ms  {verdict}")  # fmt: skip
        else:
            print(f"  {engine_name:<11} {result}")
    return report


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "receive":
        receive(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "send":
        send(sys.argv[2])
    else:
        import json

        print(json.dumps(run(ROOT / "bench" / "out"), indent=2))
