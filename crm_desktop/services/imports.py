"""Customer import from Excel: column mapping with preview, code-table values by name or code, create or
update-on-match, per-row errors (savable as .xlsx), batches committed one by one, cancel and progress.

A re-run after a cancel or a crash creates no duplicates: each row is matched against the customers already in
the database (normalised name plus phone, `services.duplicates`), so rows committed by the earlier run update
(or leave unchanged) what that run created. Matches the user may not edit are rejected, never duplicated.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Unicode, any_, bindparam, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from crm_desktop.db.models import CodeItem, Customer
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import BadWorkbook, SheetRow, WorkbookReader, write_xlsx
from crm_desktop.services import access, audit
from crm_desktop.services.bulk_insert import insert_customers
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import EDITABLE_FIELDS, CustomerInput, CustomerService
from crm_desktop.services.definitions import store as definition_store
from crm_desktop.services.definitions.entry import extra_diff
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import Lookups, ValueProblem, parse_text
from crm_desktop.services.duplicates import normalize_name, normalize_phone, phone_key
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

CTX = "Import"
Mode = Literal["create_or_update", "create_only", "update_only"]
ProgressCallback = Callable[[int, int | None], None]
BATCH_SIZE = 1000
MAX_KEPT_ERRORS = 50_000
PREVIEW_ROWS = 20


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # English source string (context "Import")
    aliases: tuple[str, ...]  # header texts that map to this field automatically
    category: str | None = None  # code table for the value


FIELDS: tuple[ImportField, ...] = (
    ImportField("name", QT_TRANSLATE_NOOP(CTX, "Name"), ("客户名称", "名称", "客户", "公司名称", "customer", "customer name", "company")),
    ImportField("short_name", QT_TRANSLATE_NOOP(CTX, "Short name"), ("简称", "客户简称", "short")),
    ImportField("kind", QT_TRANSLATE_NOOP(CTX, "Enterprise or individual"), ("类别", "企业/个人", "性质", "kind")),
    ImportField("type", QT_TRANSLATE_NOOP(CTX, "Customer type"), ("客户类型", "类型", "type"), "customer_type"),
    ImportField("grade", QT_TRANSLATE_NOOP(CTX, "Grade"), ("客户等级", "等级", "级别", "grade"), "customer_grade"),
    ImportField("industry", QT_TRANSLATE_NOOP(CTX, "Industry"), ("行业", "所属行业", "industry"), "industry"),
    ImportField("region", QT_TRANSLATE_NOOP(CTX, "Region"), ("地区", "区域", "所在地区", "城市", "region", "city"), "region"),
    ImportField("source", QT_TRANSLATE_NOOP(CTX, "Source"), ("来源", "客户来源", "source"), "source"),
    ImportField("phone", QT_TRANSLATE_NOOP(CTX, "Phone"), ("电话", "固定电话", "办公电话", "phone", "tel", "telephone")),
    ImportField("mobile", QT_TRANSLATE_NOOP(CTX, "Mobile"), ("手机", "手机号", "移动电话", "mobile", "cell")),
    ImportField("email", QT_TRANSLATE_NOOP(CTX, "E-mail"), ("邮箱", "电子邮件", "电子邮箱", "email", "e-mail")),
    ImportField("website", QT_TRANSLATE_NOOP(CTX, "Website"), ("网址", "网站", "主页", "website", "web")),
    ImportField("address", QT_TRANSLATE_NOOP(CTX, "Address"), ("地址", "详细地址", "通讯地址", "address")),
    ImportField("postcode", QT_TRANSLATE_NOOP(CTX, "Postcode"), ("邮编", "邮政编码", "postcode", "zip")),
    ImportField("needs", QT_TRANSLATE_NOOP(CTX, "Needs"), ("需求", "客户需求", "needs")),
    ImportField("notes", QT_TRANSLATE_NOOP(CTX, "Notes"), ("备注", "说明", "notes", "remarks")),
)  # fmt: skip
FIELD_BY_KEY = {f.key: f for f in FIELDS}
_CODE_COLUMNS = {"type": "type_id", "grade": "grade_id", "industry": "industry_id", "region": "region_id",
                 "source": "source_id"}  # fmt: skip
_KINDS = {"企业": "enterprise", "公司": "enterprise", "单位": "enterprise", "enterprise": "enterprise",
          "company": "enterprise", "个人": "individual", "individual": "individual", "person": "individual"}  # fmt: skip

# Why a file is refused (BadWorkbook codes → messages for the user).
FILE_ERRORS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "truncated": QT_TRANSLATE_NOOP("Errors", "The file is damaged or incomplete (perhaps truncated while copying)."),
    "encrypted": QT_TRANSLATE_NOOP("Errors", "The workbook is password-protected. Remove the password in Excel and save it again."),
    "old_xls": QT_TRANSLATE_NOOP("Errors", "This is an old Excel 97-2003 (.xls) workbook. Save it as an Excel workbook (.xlsx) first."),
    "not_xlsx": QT_TRANSLATE_NOOP("Errors", "This is not an Excel workbook (.xlsx)."),
    "zip_bomb": QT_TRANSLATE_NOOP("Errors", "The workbook expands to an implausible size and was refused."),
    "too_many_rows": QT_TRANSLATE_NOOP("Errors", "The sheet has more than {limit} rows. Split it into smaller files."),
    "no_sheet": QT_TRANSLATE_NOOP("Errors", "The workbook has no worksheet."),
    "no_header": QT_TRANSLATE_NOOP("Errors", "The first sheet has no header row."),
}  # fmt: skip
NAME_NOT_MAPPED = QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the customer name.")
FIELD_TWICE = QT_TRANSLATE_NOOP("Errors", "The field “{field}” is chosen for more than one column.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not in the code table.")
AMBIGUOUS_CODE = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” matches several entries of the code table; use its code."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Write 企业/enterprise or 个人/individual.")
MATCH_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Errors", "This customer already exists and is outside the records you may edit."
)
NO_MATCH = QT_TRANSLATE_NOOP("Errors", "No existing customer matches this row (update only).")
EXISTS = QT_TRANSLATE_NOOP("Errors", "This customer already exists (create only).")


class BadImportFile(ServiceError):
    """The file was refused before any row was imported; `code` is the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(FILE_ERRORS[code], **params)
        self.code = code


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


@dataclass(frozen=True)
class RowError:
    row: int  # row number as Excel shows it
    field: str | None  # field key, or None for the whole row
    message: str  # English source string (context "Errors")
    params: dict[str, object]
    values: tuple[str, ...]  # the row as read, for the error file


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


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def suggest_mapping(headers: Sequence[str], custom: Iterable[FieldDef] = ()) -> dict[int, str]:
    """Column index → field key for headers that name a field (中文 or English, label or alias; custom fields
    by their key or any of their labels)."""
    lookup: dict[str, str] = {}
    for item in FIELDS:
        for alias in (item.key, item.label, *item.aliases):
            lookup.setdefault(_fold(alias), item.key)
    for custom_field in custom:
        for alias in (custom_field.key, *custom_field.labels.values()):
            lookup.setdefault(_fold(alias), custom_field.key)
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = lookup.get(_fold(header))
        if key is not None and key not in mapping.values():
            mapping[index] = key
    return mapping


class CodeLookup:
    """Code-table values by name, English name, code or (regions) full path; folded for comparison."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(CodeItem.id, CodeItem.category, CodeItem.code, CodeItem.name, CodeItem.name_en,
                   CodeItem.parent_id)
            .where(CodeItem.deleted_at.is_(None), CodeItem.active.is_(True))
        ).all()  # fmt: skip
        by_id = {r.id: r for r in rows}
        self._parents = {r.id: r.parent_id for r in rows}
        self._keys: dict[tuple[str, str], set[int]] = {}
        for r in rows:
            names = [r.code, r.name, r.name_en]
            if r.category == "region":
                path: list[Any] = []
                node: Any = r
                while node is not None:
                    path.insert(0, node)
                    node = by_id.get(node.parent_id) if node.parent_id else None
                names += ["".join(n.name for n in path), "".join(n.name for n in path[1:]),
                          ",".join(n.name_en for n in reversed(path))]  # fmt: skip
            for name in names:
                if name:
                    self._keys.setdefault((r.category, _fold(name)), set()).add(r.id)

    def find(self, category: str, value: str) -> int | None:
        """The id for `value`; raises KeyError when unknown, ValueError when ambiguous."""
        ids = self._keys.get((category, _fold(value)))
        if not ids:
            raise KeyError(value)
        if len(ids) > 1:  # 北京市 the province and 北京市 the city: the deepest one
            ids = {i for i in ids if not any(self._parents.get(other) == i for other in ids)}
        if len(ids) > 1:
            raise ValueError(value)
        return next(iter(ids))


def _open(path: str | Path) -> WorkbookReader:
    try:
        reader = WorkbookReader(path)
    except BadWorkbook as error:
        raise BadImportFile(error.code, **error.params) from error
    except OSError as error:
        raise ServiceError(
            QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {detail}"), detail=str(error)
        ) from error
    if not any(reader.headers):
        reader.close()
        raise BadImportFile("no_header")
    return reader


@dataclass
class _Batch:
    rows: list[tuple[SheetRow, dict[str, Any]]] = field(default_factory=list)


class ImportService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user
        self._customers = CustomerService(db, user)
        self._custom: tuple[dict[str, FieldDef], Lookups] = ({}, Lookups())

    def preview(self, path: str | Path, rows: int = PREVIEW_ROWS) -> ImportPreview:
        """Headers, the first rows and a suggested mapping (refuses bad files with `BadImportFile`)."""
        access.require(self.user, "customers", "import")
        with _open(path) as reader:
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
        """Import every row; each batch is its own transaction. Stops between batches when `cancelled()`."""
        options = options or ImportOptions()
        access.require(self.user, "customers", "import")
        if options.mode != "update_only":
            access.require(self.user, "customers", "create")
        self.check_mapping(mapping)
        custom = self.custom_fields()
        mapping = {i: k for i, k in mapping.items() if k in FIELD_BY_KEY or k in custom}
        run_key = uuid.uuid4().hex[:12]
        with self.db.read_only() as session:
            codes = CodeLookup(session)
            self._custom = (custom, definition_store.load_lookups(session, custom.values()))
        counts = {"read": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0}
        errors: list[RowError] = []
        stopped = False
        with _open(path) as reader:
            estimate = reader.estimated_rows
            batch = _Batch()
            try:
                for row in reader.rows():
                    counts["read"] += 1
                    values = self._row_values(row, mapping, codes, errors, counts)
                    if values is not None:
                        batch.rows.append((row, values))
                    if counts["read"] % options.batch_size == 0:
                        self._commit(batch, options.mode, path, run_key, errors, counts)
                        batch = _Batch()
                        if progress is not None:
                            progress(counts["read"], estimate)
                        if cancelled is not None and cancelled():
                            stopped = True
                            break
                if not stopped:
                    self._commit(batch, options.mode, path, run_key, errors, counts)
            except BadWorkbook as error:
                raise BadImportFile(error.code, **error.params) from error
        if progress is not None and not stopped:
            progress(counts["read"], counts["read"])
        return ImportResult(reader.headers, counts["read"], counts["created"], counts["updated"],
                            counts["unchanged"], counts["rejected"], stopped, run_key, tuple(errors))  # fmt: skip

    # ----- one row -----------------------------------------------------------------------------------------
    def _row_values(
        self,
        row: SheetRow,
        mapping: Mapping[int, str],
        codes: CodeLookup,
        errors: list[RowError],
        counts: dict[str, int],
    ) -> dict[str, Any] | None:
        """The row as customer column values (only non-empty cells), or None after recording its error."""
        values: dict[str, Any] = {}
        for index, key in mapping.items():
            text = row.values[index] if index < len(row.values) else ""
            if not text:
                continue
            custom_field = self._custom[0].get(key)
            if custom_field is not None:
                try:
                    value = parse_text(text, custom_field, self._custom[1])
                except ValueProblem as problem:
                    return self._reject(row, key, problem.message, dict(problem.params), errors, counts)
                values.setdefault("extra", {})[key] = value
                continue
            item = FIELD_BY_KEY[key]
            if item.category is not None:
                try:
                    values[_CODE_COLUMNS[key]] = codes.find(item.category, text)
                except KeyError:
                    return self._reject(row, key, UNKNOWN_CODE, {"value": text}, errors, counts)
                except ValueError:
                    return self._reject(row, key, AMBIGUOUS_CODE, {"value": text}, errors, counts)
            elif key == "kind":
                kind = _KINDS.get(_fold(text))
                if kind is None:
                    return self._reject(row, key, UNKNOWN_KIND, {}, errors, counts)
                values["kind"] = kind
            else:
                values[key] = text
        if not values.get("name"):
            return self._reject(row, "name", QT_TRANSLATE_NOOP("Errors", "This field is required."), {},
                                errors, counts)  # fmt: skip
        return values

    def _validated(
        self, row: SheetRow, values: Mapping[str, Any], errors: list[RowError], counts: dict[str, int]
    ) -> dict[str, Any] | None:
        data = CustomerInput(**{k: v for k, v in values.items() if k in EDITABLE_FIELDS})
        try:
            return self._customers._validate(data)  # the same rules as the customer form
        except ValidationError as error:
            name, message = next(iter(error.fields.items()))
            return self._reject(row, name, message, error.field_params.get(name, {}), errors, counts)

    @staticmethod
    def _reject(
        row: SheetRow,
        key: str | None,
        message: str,
        params: dict[str, object],
        errors: list[RowError],
        counts: dict[str, int],
    ) -> None:
        counts["rejected"] += 1
        if len(errors) < MAX_KEPT_ERRORS:
            errors.append(RowError(row.number, key, message, dict(params), row.values))
        return None

    # ----- one batch ---------------------------------------------------------------------------------------
    def _commit(
        self,
        batch: _Batch,
        mode: Mode,
        path: str | Path,
        run_key: str,
        errors: list[RowError],
        counts: dict[str, int],
    ) -> None:
        if not batch.rows:
            return
        before = dict(counts)
        kept_errors = len(errors)
        try:
            with self.db.unit_of_work() as session:
                if session.get_bind().dialect.name == "postgresql":
                    # A batch need not wait for its WAL flush: a server crash loses at most the last batches,
                    # and running the file again recreates exactly those (matching makes re-runs idempotent).
                    session.execute(text("SET LOCAL synchronous_commit TO OFF"))
                self._write_batch(session, batch, mode, errors, counts)
                done = {k: counts[k] - before[k] for k in ("created", "updated", "unchanged", "rejected")}
                audit.record(session, self.user, "import", "customer", None,
                             f"{Path(path).name}: {done['created']} created, {done['updated']} updated",
                             {"run": run_key, "rows": [batch.rows[0][0].number, batch.rows[-1][0].number],
                              **done})  # fmt: skip
        except BaseException:
            counts.update(before)  # the batch rolled back: nothing of it counts
            del errors[kept_errors:]
            raise

    def _write_batch(
        self, session: Session, batch: _Batch, mode: Mode, errors: list[RowError], counts: dict[str, int]
    ) -> None:
        keys = [normalize_name(values["name"]) for _row, values in batch.rows]
        candidates = self._candidates(session, keys)
        editable = self._editable(session, [c.id for group in candidates.values() for c in group])
        created: dict[str, list[_NewCustomer]] = {}
        now = datetime.now(UTC)
        for (row, values), name_key in zip(batch.rows, keys, strict=True):
            key = name_key or values["name"]
            phones = _phone_keys(values.get("phone"), values.get("mobile"))
            match = _first_match([*candidates.get(key, ()), *created.get(key, ())], phones)
            if match is None:
                if mode == "update_only":
                    self._reject(row, None, NO_MATCH, {}, errors, counts)
                    continue
                clean = self._validated(row, values, errors, counts)
                if clean is None:
                    continue
                clean["extra"] = {k: v for k, v in values.get("extra", {}).items() if v is not None}
                created.setdefault(key, []).append(_NewCustomer(clean))
                counts["created"] += 1
                continue
            if mode == "create_only":
                self._reject(row, None, EXISTS, {}, errors, counts)
                continue
            if match.id is not None and match.id not in editable:
                self._reject(row, None, MATCH_NOT_EDITABLE, {}, errors, counts)
                continue
            current = {name: getattr(match, name) for name in EDITABLE_FIELDS}
            clean = self._validated(row, {**current, **values}, errors, counts)
            if clean is None:
                continue
            extra = {**(match.extra or {}), **values.get("extra", {})}
            extra = {k: v for k, v in extra.items() if v is not None}
            changes = {**audit.diff(current, clean), **extra_diff(match.extra or {}, extra)}
            if not changes:
                counts["unchanged"] += 1
                continue
            for name, value in clean.items():
                setattr(match, name, value)
            if extra != (match.extra or {}):
                match.extra = extra
            if isinstance(match, Customer):
                match.updated_by = self.user.user_id
                match.updated_at = now
            counts["updated"] += 1
        session.flush()  # updates (the search hook refreshes the few whose name or phones changed)
        self._insert([c for group in created.values() for c in group], session, now)

    def _insert(self, new: list[_NewCustomer], session: Session, now: datetime) -> None:
        """Insert the batch's new customers in bulk (`bulk_insert`: with their search documents)."""
        user = self.user
        common = {"extra": {}, "owner_id": user.user_id, "department_id": user.department_id, "version": 1,
                  "created_by": user.user_id, "updated_by": user.user_id, "created_at": now, "updated_at": now}  # fmt: skip
        insert_customers(session, [{**c.values, **common, "extra": c.values.get("extra") or {}} for c in new])

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


def _phone_keys(*phones: str | None) -> set[str]:
    return {phone_key(p) for p in (normalize_phone(x) for x in phones) if len(p) >= 7}


class _NewCustomer:
    """A row to create in this batch (inserted at the batch's end); later rows of the batch may update it."""

    id = None

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def __getattr__(self, name: str) -> Any:
        return self.__dict__["values"][name]

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "values":
            self.__dict__["values"] = value
        else:
            self.values[name] = value


def _first_match(
    candidates: Iterable[Customer | _NewCustomer], phones: set[str]
) -> Customer | _NewCustomer | None:
    """Same normalised name and, where both sides have phones, a phone in common."""
    for customer in candidates:
        theirs = _phone_keys(customer.phone, customer.mobile)
        if not phones or not theirs or phones & theirs:
            return customer
    return None
