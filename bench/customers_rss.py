"""Child process for bench/customers.py: RSS before and after scrolling the customer model to the end.

Prints one JSON line. The model keeps a bounded window of pages (RESIDENT_PAGES) plus one keyset cursor per
page, so RSS after scrolling through N rows should not grow with N beyond those cursors.
"""

from __future__ import annotations

import gc
import json
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(url: str) -> int:
    from PySide6.QtCore import QEventLoop, QModelIndex
    from PySide6.QtWidgets import QApplication

    from crm_desktop.db.engine import create_engine
    from crm_desktop.db.session import Database
    from crm_desktop.services import auth, demo
    from crm_desktop.services.workspace import Workspace
    from crm_desktop.ui.models.customer_table_model import CustomerTableModel
    from crm_desktop.ui.widgets.code_combo import CodeBook

    app = QApplication(sys.argv[:1])
    db = Database(create_engine(url))
    user = auth.login(db, "admin", demo.DEMO_PASSWORD, None, machine="bench")
    workspace = Workspace(db, user, "bench")
    model = CustomerTableModel(workspace, code_book=CodeBook.load(workspace))
    loop = QEventLoop()
    model.rows_loaded.connect(loop.quit)
    model.load_failed.connect(loop.quit)
    model.fetchMore(QModelIndex())
    loop.exec()
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        loop.exec()
        last = model.rowCount() - 1
        model.data(model.index(last, 0))  # what the view does: show the newest rows
    elapsed = time.perf_counter() - start
    gc.collect()
    app.processEvents()
    after = rss_mb()
    print(
        json.dumps(
            {
                "rss_before_mb": before,
                "rss_after_mb": after,
                "rows_scrolled": model.rowCount(),
                "rows_held": model.resident_rows(),
                "scroll_s": elapsed,
                "error": str(model.last_error) if model.last_error else None,
            }
        )
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
