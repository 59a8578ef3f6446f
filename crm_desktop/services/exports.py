"""Export a customer list to Excel exactly as the user sees it: the list's own query (filters, search, sort,
data scope) through `CustomerService.list_page`, the list's columns, code labels in the user's language, then
one column per live custom field (header: its label in the user's language; values shown as in lists).

Needs the "export" operation on customers; every export writes an audit row (who, how many rows, which query).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from crm_desktop.db.session import Database
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services import access, audit, codes
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerQuery, CustomerRow, CustomerService, PageCursor, SortKey
from crm_desktop.services.definitions import store as definition_store
from crm_desktop.services.definitions.values import display
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError

PAGE = 2000
CTX = "Export"

# The customer list's columns (ui/models/customer_table_model.COLUMNS) with their headers.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "客户名称", QT_TRANSLATE_NOOP(CTX, "Name")),
    ("type", "客户类型", QT_TRANSLATE_NOOP(CTX, "Type")),
    ("grade", "等级", QT_TRANSLATE_NOOP(CTX, "Grade")),
    ("industry", "行业", QT_TRANSLATE_NOOP(CTX, "Industry")),
    ("region", "地区", QT_TRANSLATE_NOOP(CTX, "Region")),
    ("phone", "电话", QT_TRANSLATE_NOOP(CTX, "Phone")),
    ("owner", "负责人", QT_TRANSLATE_NOOP(CTX, "Owner")),
    ("last_contact", "最后联系", QT_TRANSLATE_NOOP(CTX, "Last contact")),
    ("created", "创建日期", QT_TRANSLATE_NOOP(CTX, "Created")),
)
WIDTHS = (36, 12, 12, 16, 24, 18, 12, 12, 12)
POOL = ("公海", "Public pool")
CANCELLED = QT_TRANSLATE_NOOP("Errors", "The export was cancelled.")


class ExportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


def default_headers(language: str) -> tuple[str, ...]:
    english = language.startswith("en")
    return tuple(en if english else zh for _key, zh, en in COLUMNS)


def _local_date(value: datetime | None) -> date | None:
    if value is None:
        return None
    return (value.astimezone() if value.tzinfo is not None else value).date()


class ExportService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def export_customers(
        self,
        path: str | Path,
        query: CustomerQuery | None = None,
        sort: SortKey | str = "name",
        *,
        language: str = "zh_CN",
        headers: Sequence[str] | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the customers `query` lists (in the list's `sort` order) to `path`; returns the row count.

        The file appears complete or not at all (written beside it, then renamed)."""
        access.require(self.user, "customers", "export")
        access.require(self.user, "customers", "view")
        query = query or CustomerQuery()
        english = language.startswith("en")
        labels = {c.id: c.label(language) for cat in ("customer_type", "customer_grade", "industry")
                  for c in codes.list_codes(self.db, cat)}  # fmt: skip
        regions = {i: (en if english else zh) for i, (zh, en) in codes.region_paths(self.db).items()}
        pool = POOL[1] if english else POOL[0]
        service = CustomerService(self.db, self.user)
        with self.db.read_only() as session:
            custom = definition_store.custom_fields(session, "customer")
            lookups = definition_store.load_lookups(session, custom)

        def row(c: CustomerRow) -> tuple[object, ...]:
            return (c.name, labels.get(c.type_id or 0, ""), labels.get(c.grade_id or 0, ""),
                    labels.get(c.industry_id or 0, ""), regions.get(c.region_id or 0, ""),
                    c.phone or c.mobile or "", c.owner_name or pool, _local_date(c.last_contact_at),
                    _local_date(c.created_at),
                    *(display(c.extra.get(f.key), f, lookups, language) for f in custom))  # fmt: skip

        stopped = False

        def rows() -> Iterator[tuple[object, ...]]:
            # Ends early on cancel rather than raising: openpyxl's writer must finish to close its files.
            nonlocal stopped
            cursor: PageCursor | None = None
            done = 0
            while True:
                if cancelled is not None and cancelled():
                    stopped = True
                    return
                page = service.list_page(query, cursor, PAGE, sort)
                for item in page.rows:
                    yield row(item)
                done += len(page.rows)
                if progress is not None:
                    progress(done)
                if page.next_cursor is None:
                    return
                cursor = page.next_cursor

        target = Path(path)
        partial = target.with_name(target.name + ".part")
        try:
            all_headers = [*(headers or default_headers(language)), *(f.label(language) for f in custom)]
            written = write_xlsx(partial, all_headers, rows(), sheet_title="客户" if not english else "Customers",
                                 column_widths=(*WIDTHS, *(16 for _f in custom)))  # fmt: skip
            if stopped:
                raise ExportCancelled()
            os.replace(partial, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        with self.db.unit_of_work() as session:
            audit.record(session, self.user, "export", "customer", None, f"{target.name}: {written} rows",
                         {"rows": written, "sort": sort, "query": query.to_json()})  # fmt: skip
        return written
