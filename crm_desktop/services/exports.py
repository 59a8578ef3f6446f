"""Export a customer list to Excel exactly as the user sees it: the list's own query (filters, search, sort,
data scope) through `CustomerService.list_page`, the list's columns, code labels in the user's language, then
one column per live custom field (header: its label in the user's language; values shown as in lists).
`export_contacts` writes the contacts of the customers that same query lists: one row per contact with its
customer's name, the contact's built-in fields and every live contact custom field.

Needs the "export" operation on customers; every export writes an audit row (who, how many rows, which query).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from crm_desktop.db.models import Contact
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services import access, audit, codes
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerQuery, CustomerRow, CustomerService, PageCursor, SortKey
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions import store as definition_store
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import Lookups, display
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
CONTACTS_CUSTOMER = ("客户名称", "Customer")  # first column of the contact export
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


def _write_file(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterator[tuple[object, ...]],
    stopped: Callable[[], bool],
    *,
    sheet_title: str,
    column_widths: Sequence[int],
) -> tuple[Path, int]:
    """Write the sheet beside `path`, then rename it, so the file appears complete or not at all."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        written = write_xlsx(partial, headers, rows, sheet_title=sheet_title, column_widths=column_widths)
        if stopped():
            raise ExportCancelled()
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target, written


def _contact_cell(contact: Contact, f: FieldDef, lookups: Lookups, language: str) -> object:
    value = getattr(contact, f.key) if f.builtin else (contact.extra or {}).get(f.key)
    if isinstance(value, date):
        return value  # a real date cell
    return display(value, f, lookups, language)


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
        with self.db.read_only() as session:
            custom = definition_store.custom_fields(session, "customer")
            lookups = definition_store.load_lookups(session, custom)

        def row(c: CustomerRow) -> tuple[object, ...]:
            return (c.name, labels.get(c.type_id or 0, ""), labels.get(c.grade_id or 0, ""),
                    labels.get(c.industry_id or 0, ""), regions.get(c.region_id or 0, ""),
                    c.phone or c.mobile or "", c.owner_name or pool, _local_date(c.last_contact_at),
                    _local_date(c.created_at),
                    *(display(c.extra.get(f.key), f, lookups, language) for f in custom))  # fmt: skip

        pages = _Pages(CustomerService(self.db, self.user), query, sort, cancelled)

        def rows() -> Iterator[tuple[object, ...]]:
            done = 0
            for page in pages:
                yield from (row(item) for item in page)
                done += len(page)
                if progress is not None:
                    progress(done)

        all_headers = [*(headers or default_headers(language)), *(f.label(language) for f in custom)]
        target, written = _write_file(path, all_headers, rows(), lambda: pages.stopped,
                                      sheet_title="客户" if not english else "Customers",
                                      column_widths=(*WIDTHS, *(16 for _f in custom)))  # fmt: skip
        with self.db.unit_of_work() as session:
            audit.record(session, self.user, "export", "customer", None, f"{target.name}: {written} rows",
                         {"rows": written, "sort": sort, "query": query.to_json()})  # fmt: skip
        return written

    def export_contacts(
        self,
        path: str | Path,
        query: CustomerQuery | None = None,
        sort: SortKey | str = "name",
        *,
        language: str = "zh_CN",
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the contacts of the customers `query` lists (customers in the list's `sort` order, each one's
        contacts primary first, then by name) to `path`; returns the number of contacts written."""
        access.require(self.user, "customers", "export")
        access.require(self.user, "customers", "view")
        query = query or CustomerQuery()
        english = language.startswith("en")
        with self.db.read_only() as session:
            fields = [
                *entities.spec("contact").builtin_fields,
                *definition_store.custom_fields(session, "contact"),
            ]
            lookups = definition_store.load_lookups(session, fields)
        pages = _Pages(CustomerService(self.db, self.user), query, sort, cancelled)

        def rows() -> Iterator[tuple[object, ...]]:
            done = 0
            for page in pages:  # customers of the list (its filters, search and data scope), a page at a time
                names = {c.id: c.name for c in page}
                order = {c.id: i for i, c in enumerate(page)}
                with self.db.read_only() as session:
                    contacts = list(session.execute(
                        select(Contact).where(Contact.customer_id.in_(names), Contact.deleted_at.is_(None))
                        .order_by(Contact.is_primary.desc(), Contact.name, Contact.id)
                    ).scalars())  # fmt: skip
                    contacts.sort(key=lambda c: order[c.customer_id])  # stable: keeps each one's order
                    lines = [(names[c.customer_id], *(_contact_cell(c, f, lookups, language) for f in fields))
                             for c in contacts]  # fmt: skip
                yield from lines
                done += len(lines)
                if progress is not None:
                    progress(done)

        headers = [CONTACTS_CUSTOMER[1 if english else 0], *(f.label(language) for f in fields)]
        target, written = _write_file(path, headers, rows(), lambda: pages.stopped,
                                      sheet_title="Contacts" if english else "联系人",
                                      column_widths=(36, *(16 for _f in fields)))  # fmt: skip
        with self.db.unit_of_work() as session:
            audit.record(session, self.user, "export", "contact", None, f"{target.name}: {written} rows",
                         {"rows": written, "sort": sort, "query": query.to_json()})  # fmt: skip
        return written


class _Pages:
    """The rows of a customer list, a page at a time, until the last page or `cancelled()` (then `stopped`).

    Ends early on cancel rather than raising: openpyxl's writer must finish to close its files."""

    def __init__(
        self,
        service: CustomerService,
        query: CustomerQuery,
        sort: SortKey | str,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.service, self.query, self.sort, self.cancelled = service, query, sort, cancelled
        self.stopped = False

    def __iter__(self) -> Iterator[Sequence[CustomerRow]]:
        cursor: PageCursor | None = None
        while True:
            if self.cancelled is not None and self.cancelled():
                self.stopped = True
                return
            page = self.service.list_page(self.query, cursor, PAGE, self.sort)
            yield page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor
