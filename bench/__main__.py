"""`make bench`: run every benchmark, print figures, write bench/out/report.json."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import access, customers, imports, live, startup

OUT = Path(__file__).resolve().parent / "out"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
    }
    if os.environ.get("CRM_BENCH_ONLY") in (None, "", "startup"):
        report["startup"] = startup.run(OUT)
    if os.environ.get("CRM_BENCH_ONLY") in (None, "", "customers"):
        report["customers"] = customers.run(OUT)
    if os.environ.get("CRM_BENCH_ONLY") in (None, "", "imports"):
        report["imports"] = imports.run(OUT)
    if os.environ.get("CRM_BENCH_ONLY") in (None, "", "live"):
        report["live"] = live.run(OUT)
    report["access"] = access.run(OUT)  # after the customer bench, whose cached databases it reuses
    (OUT / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nreport written to {OUT / 'report.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
