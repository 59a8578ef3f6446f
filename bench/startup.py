"""Cold start to the login dialog and to the main window, against a bare PySide6 window (same harness)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 7
GOAL_LOGIN_RATIO = 3.0


def _prepare_database(out: Path) -> str:
    path = out / "startup.sqlite3"
    url = "sqlite:///" + path.as_posix()
    if not path.exists():
        from crm_desktop.db.engine import create_engine
        from crm_desktop.db.migrate import upgrade
        from crm_desktop.db.session import Database
        from crm_desktop.services.demo import load_demo

        engine = create_engine(url)
        upgrade(engine)
        load_demo(Database(engine), customers=200)
        engine.dispose()
    return url


def _one(mode: str, url: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.startup_probe", mode, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed * 1000
    _, err = proc.communicate(timeout=30)
    raise RuntimeError(f"{mode} start failed:\n{err}")


def run(out: Path) -> dict[str, object]:
    url = _prepare_database(out)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["CRM_DATA_DIR"] = str(out / "data")
    results: dict[str, list[float]] = {"bare": [], "login": [], "main": []}
    for mode in results:
        _one(mode, url, env)  # warm the OS file cache once; the measured runs follow
    for _ in range(RUNS):
        for mode in results:
            results[mode].append(_one(mode, url, env))
    medians = {mode: statistics.median(values) for mode, values in results.items()}
    report: dict[str, object] = {"runs": RUNS, "median_ms": medians, "all_ms": results}
    login_ratio = medians["login"] / medians["bare"]
    main_ratio = medians["main"] / medians["bare"]
    report["ratio_login_to_bare"] = login_ratio
    report["ratio_main_to_bare"] = main_ratio
    report["goal_login_ratio"] = GOAL_LOGIN_RATIO
    print("startup (median of", RUNS, "cold starts, ms)")
    print(f"  bare PySide6 window      {medians['bare']:8.0f}")
    print(
        f"  login dialog             {medians['login']:8.0f}   x{login_ratio:.2f} of bare (goal <= {GOAL_LOGIN_RATIO}x)"
    )
    print(f"  main window after login  {medians['main']:8.0f}   x{main_ratio:.2f} of bare")
    return report
