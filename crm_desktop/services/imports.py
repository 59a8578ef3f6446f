"""Customer import from Excel: column mapping with preview, code-table values by name or code, create or
update-on-match, per-row errors (savable as .xlsx), batches committed one by one, cancel and progress.

A re-run after a cancel or a crash creates no duplicates: each row is matched against the customers already in
the database (normalised name plus phone, `services.duplicates`), so rows committed by the earlier run update
(or leave unchanged) what that run created. Matches the user may not edit are rejected, never duplicated.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Unicode, any_, bindparam, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import BadWorkbook, write_xlsx
from crm_desktop.services import access, audit
from crm_desktop.services.bulk_insert import insert_customers
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import EDITABLE_FIELDS
from crm_desktop.services.definitions import store as definition_store
from crm_desktop.services.definitions.entry import extra_diff, searchable_fields
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.import_pipeline import Pipeline, Turn
from crm_desktop.services.import_process import fewer_collections, read_batches
from crm_desktop.services.import_rows import (
    FIELD_BY_KEY,
    FIELDS,
    BadImportFile,
    Batch,
    CodeLookup,
    Headed,
    Mode,
    PreparedRow,
    RowError,
    RowPlan,
    Tally,
    check,
    fold,
    open_workbook,
    phone_keys,
)

__all__ = ["FIELDS", "BadImportFile", "ImportOptions", "ImportPreview", "ImportResult", "ImportService", "Mode",
           "RowError", "suggest_mapping"]  # fmt: skip

ProgressCallback = Callable[[int, int | None], None]
BATCH_SIZE = 1000
WRITERS = 2  # batches under way at once on a database server (`import_pipeline`)
PREVIEW_ROWS = 20

NAME_NOT_MAPPED = QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the customer name.")
FIELD_TWICE = QT_TRANSLATE_NOOP("Errors", "The field “{field}” is chosen for more than one column.")
MATCH_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Errors", "This customer already exists and is outside the records you may edit."
)
NO_MATCH = QT_TRANSLATE_NOOP("Errors", "No existing customer matches this row (update only).")
EXISTS = QT_TRANSLATE_NOOP("Errors", "This customer already exists (create only).")


@dataclass(frozen=True)
class ImportPreview:
    path: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first data rows, as text
    mapping: dict[int, str]  # suggested: column index → field key
    estimated_rows: int | None


@dataclass(frozen=True)
class ImportOptions:
    mode: Mode = "create_or_update"
    batch_size: int = BATCH_SIZE
    reader_process: bool | None = None  # read in a process of its own (None: for large files)


@dataclass(frozen=True)
class ImportResult:
    headers: tuple[str, ...]
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    cancelled: bool = False
    run_key: str = ""
    errors: tuple[RowError, ...] = ()


def suggest_mapping(headers: Sequence[str], custom: Iterable[FieldDef] = ()) -> dict[int, str]:
    """Column index → field key for headers that name a field (中文 or English, label or alias; custom fields
    by their key or any of their labels)."""
    lookup: dict[str, str] = {}
    for item in FIELDS:
        for alias in (item.key, item.label, *item.aliases):
            lookup.setdefault(fold(alias), item.key)
    for custom_field in custom:
        for alias in (custom_field.key, *custom_field.labels.values()):
            lookup.setdefault(fold(alias), custom_field.key)
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = lookup.get(fold(header))
        if key is not None and key not in mapping.values():
            mapping[index] = key
    return mapping


class ImportService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def preview(self, path: str | Path, rows: int = PREVIEW_ROWS) -> ImportPreview:
        """Headers, the first rows and a suggested mapping (refuses bad files with `BadImportFile`)."""
        access.require(self.user, "customers", "import")
        with open_workbook(path) as reader:
            sample: list[tuple[str, ...]] = []
            try:
                for row in reader.rows():
                    sample.append(row.values)
                    if len(sample) >= rows:
                        break
            except BadWorkbook as error:
                raise BadImportFile(error.code, **error.params) from error
            custom = self.custom_fields()
            return ImportPreview(str(path), reader.headers, tuple(sample),
                                 suggest_mapping(reader.headers, custom.values()), reader.estimated_rows)  # fmt: skip

    def custom_fields(self) -> dict[str, FieldDef]:
        """The customer's live custom fields (import targets besides FIELDS), by key."""
        with self.db.read_only() as session:
            return {f.key: f for f in definition_store.custom_fields(session, "customer")}

    def check_mapping(self, mapping: Mapping[int, str]) -> None:
        if "name" not in mapping.values():
            raise ValidationError({"mapping": NAME_NOT_MAPPED})
        seen: set[str] = set()
        for key in mapping.values():
            if key in seen:
                raise ValidationError({"mapping": FIELD_TWICE}, {"mapping": {"field": key}})
            seen.add(key)

    def run(
        self,
        path: str | Path,
        mapping: Mapping[int, str],
        options: ImportOptions | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Import every row; each batch is its own transaction. Stops between batches when `cancelled()`.

        Large files are read and checked in a reader process (`services.import_process`) while this one writes:
        the rows of the next batch are ready when the last one is committed."""
        options = options or ImportOptions()
        access.require(self.user, "customers", "import")
        if options.mode != "update_only":
            access.require(self.user, "customers", "create")
        self.check_mapping(mapping)
        custom = self.custom_fields()
        with self.db.read_only() as session:
            plan = RowPlan(
                {i: k for i, k in mapping.items() if k in FIELD_BY_KEY or k in custom},
                CodeLookup(session),
                custom,
                definition_store.load_lookups(session, custom.values()),
                searchable_fields(session, "customer"),
                options.mode,
                options.batch_size,
            )
        run_key = uuid.uuid4().hex[:12]
        total, head = Tally(), Headed((), None)

        def accept(tally: Tally) -> bool:  # a batch has committed: count it; go on unless cancelled
            total.add(tally)
            if progress is not None:
                progress(total.counts["read"], head.estimated_rows)
            return cancelled is None or not cancelled()

        depth = 1 if self.db.dialect == "sqlite" else WRITERS
        with (
            fewer_collections(),
            read_batches(path, plan, process=options.reader_process) as items,
            Pipeline(depth, accept) as writers,
        ):
            for item in items:
                if isinstance(item, Headed):
                    head = item
                    continue
                keys = frozenset(r.name_key or r.values["name"] for r in item.rows)
                if not writers.submit(keys, partial(self._commit, item, options.mode, path, run_key)):
                    break
            writers.drain()
        stopped = writers.stopped
        if progress is not None and not stopped:
            progress(total.counts["read"], total.counts["read"])
        c = total.counts
        return ImportResult(head.headers, c["read"], c["created"], c["updated"], c["unchanged"], c["rejected"],
                            stopped, run_key, tuple(total.errors))  # fmt: skip

    # ----- one batch --------------------------------------------------------------------------------------
    def _commit(self, batch: Batch, mode: Mode, path: str | Path, run_key: str, turn: Turn) -> Tally:
        """Match and write `batch` in one transaction, committed when `turn` allows; its tally."""
        tally = batch.tally
        if not batch.rows:
            return tally
        turn.start()
        with self.db.unit_of_work() as session:
            if session.get_bind().dialect.name == "postgresql":
                # A batch need not wait for its WAL flush: a server crash loses at most the last batches,
                # and running the file again recreates exactly those (matching makes re-runs idempotent).
                session.execute(text("SET LOCAL synchronous_commit TO OFF"))
            elif session.get_bind().dialect.name == "sqlite":
                # 32 MB of page cache on this connection (default 2 MB): a batch touches pages all over the name
                # and search indexes, and with the small cache it writes many of them twice.
                session.execute(text("PRAGMA cache_size=-32768"))
            self._write_batch(session, batch.rows, mode, tally, turn)
            done = {k: tally.counts[k] for k in ("created", "updated", "unchanged", "rejected")}
            audit.record(session, self.user, "import", "customer", None,
                         f"{Path(path).name}: {done['created']} created, {done['updated']} updated",
                         {"run": run_key, "rows": [batch.rows[0].sheet.number, batch.rows[-1].sheet.number],
                          **done})  # fmt: skip
            turn.may_commit()
        return tally

    def _write_batch(
        self, session: Session, rows: list[PreparedRow], mode: Mode, tally: Tally, turn: Turn | None = None
    ) -> None:
        candidates = self._candidates(session, [r.name_key for r in rows])
        editable = self._editable(session, [c.id for group in candidates.values() for c in group])
        created: dict[str, list[_NewCustomer]] = {}
        now = datetime.now(UTC)
        for r in rows:
            key = r.name_key or r.values["name"]
            found, made = candidates.get(key), created.get(key)
            match = _first_match([*(found or ()), *(made or ())], r.phones) if found or made else None
            if match is None:
                if mode == "update_only":
                    tally.reject(r.sheet, None, NO_MATCH, {})
                elif r.new is None:
                    assert r.problem is not None
                    tally.reject(r.sheet, *r.problem)
                else:
                    created.setdefault(key, []).append(_NewCustomer(r.new, r.document))
                    tally.counts["created"] += 1
                continue
            if mode == "create_only":
                tally.reject(r.sheet, None, EXISTS, {})
                continue
            if match.id is not None and match.id not in editable:
                tally.reject(r.sheet, None, MATCH_NOT_EDITABLE, {})
                continue
            current = {name: getattr(match, name) for name in EDITABLE_FIELDS}
            clean, problem = check({**current, **r.values})
            if clean is None:
                assert problem is not None
                tally.reject(r.sheet, *problem)
                continue
            extra = {**(match.extra or {}), **r.values.get("extra", {})}
            extra = {k: v for k, v in extra.items() if v is not None}
            changes = {**audit.diff(current, clean), **extra_diff(match.extra or {}, extra)}
            if not changes:
                tally.counts["unchanged"] += 1
                continue
            for name, value in clean.items():
                setattr(match, name, value)
            if extra != (match.extra or {}):
                match.extra = extra
            if isinstance(match, Customer):
                match.updated_by = self.user.user_id
                match.updated_at = now
            tally.counts["updated"] += 1
        session.flush()  # updates (the search hook refreshes the few whose name or phones changed)
        self._insert([c for group in created.values() for c in group], session, now, turn)

    def _insert(self, new: list[_NewCustomer], session: Session, now: datetime, turn: Turn | None) -> None:
        """Insert the batch's new customers in bulk (`bulk_insert`: with their search documents)."""
        user = self.user
        common = {"extra": {}, "owner_id": user.user_id, "department_id": user.department_id, "version": 1,
                  "created_by": user.user_id, "updated_by": user.user_id, "created_at": now, "updated_at": now}  # fmt: skip
        insert_customers(
            session,
            [{**c.values, **common, "extra": c.values.get("extra") or {}} for c in new],
            [c.document for c in new],
            turn.numbering() if turn is not None else None,
        )

    def _candidates(self, session: Session, keys: Iterable[str]) -> dict[str, list[Customer]]:
        """Live customers whose normalised name (`customer_search.name_key`, indexed) is one of `keys`,
        grouped by it: 华强电子 in the file finds 华强电子有限公司 and 华强电子（集团）股份有限公司."""
        wanted = sorted({key for key in keys if key})
        found: dict[str, list[Customer]] = {}
        if not wanted:
            return found
        if session.get_bind().dialect.name == "postgresql":  # one array parameter instead of thousands
            names = bindparam("names", wanted, type_=postgresql.ARRAY(Unicode()))
            chunks = [CustomerSearch.name_key == any_(names)]
        else:  # SQL Server takes at most 2,100 parameters a statement
            chunks = [CustomerSearch.name_key.in_(wanted[i : i + 2000]) for i in range(0, len(wanted), 2000)]
        # Two index look-ups instead of a join: keys → ids on customer_search.name_key, then the customers by
        # primary key. A join lets the planner pick a scan of the whole table, and while an import is growing
        # the table its statistics lag far behind (a batch that finds nothing must stay cheap at any size).
        key_of: dict[int, str] = {}
        for condition in chunks:
            rows = session.execute(
                select(CustomerSearch.customer_id, CustomerSearch.name_key).where(condition)
            )
            key_of.update((customer_id, key) for customer_id, key in rows)
        ids = sorted(key_of)
        for start in range(0, len(ids), 2000):
            stmt = select(Customer).where(
                Customer.id.in_(ids[start : start + 2000]), Customer.deleted_at.is_(None)
            )
            for customer in session.execute(stmt.order_by(Customer.id)).scalars():
                found.setdefault(key_of[customer.id], []).append(customer)
        return found

    def _editable(self, session: Session, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        condition = access.scope_filter(session, self.user, "customer", "edit")
        return set(session.execute(select(Customer.id).where(Customer.id.in_(ids), condition)).scalars())

    # ----- the error file ----------------------------------------------------------------------------------
    def save_errors(
        self,
        result: ImportResult,
        path: str | Path,
        translate: Callable[[str, Mapping[str, object]], str] | None = None,
        headers: tuple[str, str, str] = ("Row", "Field", "Error"),
    ) -> int:
        """Write the rejected rows with their row number, field and reason (translated by `translate`)."""

        def text(error: RowError) -> str:
            if translate is not None:
                return translate(error.message, error.params)
            return error.message.format(**error.params) if error.params else error.message

        rows = ((e.row, e.field or "", text(e), *e.values) for e in result.errors)
        return write_xlsx(path, [*headers, *result.headers], rows, sheet_title="errors")


class _NewCustomer:
    """A row to create in this batch (inserted at the batch's end); later rows of the batch may update it, which
    drops its prepared search document (the insert makes it anew)."""

    id = None

    def __init__(self, values: dict[str, Any], document: dict[str, Any] | None) -> None:
        self.__dict__.update(values=values, document=document)

    def __getattr__(self, name: str) -> Any:
        return self.__dict__["values"][name]

    def __setattr__(self, name: str, value: Any) -> None:
        self.values[name] = value
        self.__dict__["document"] = None


def _first_match(
    candidates: Iterable[Customer | _NewCustomer], phones: set[str]
) -> Customer | _NewCustomer | None:
    """Same normalised name and, where both sides have phones, a phone in common."""
    for customer in candidates:
        theirs = phone_keys(customer.phone, customer.mobile)
        if not phones or not theirs or phones & theirs:
            return customer
    return None
