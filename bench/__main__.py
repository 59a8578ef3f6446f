"""`make bench`: run every benchmark, print figures, write bench/out/report.json."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import startup

OUT = Path(__file__).resolve().parent / "out"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
    }
    report["startup"] = startup.run(OUT)
    (OUT / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nreport written to {OUT / 'report.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
