"""Reading and checking the rows of a customer import: the fields a column can map to, code-table look-ups, the
form's rules, each new customer's search document — everything about a row that needs no database. The import
(`services.imports`) writes the checked batches; for large files this part runs in a reader process of its own
(`services.import_process`) so that reading the next batch overlaps with writing the last.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import CodeItem
from crm_desktop.exports.excel import BadWorkbook, SheetRow, WorkbookReader
from crm_desktop.services.bulk_insert import document_of
from crm_desktop.services.customers import EDITABLE_FIELDS, CustomerInput, check_input
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import Lookups, ValueProblem, parse_text
from crm_desktop.services.duplicates import normalize_name, normalize_phone, phone_key
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError

CTX = "Import"
Mode = Literal["create_or_update", "create_only", "update_only"]
MAX_KEPT_ERRORS = 50_000


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
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not in the code table.")
AMBIGUOUS_CODE = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” matches several entries of the code table; use its code."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Write 企业/enterprise or 个人/individual.")


class BadImportFile(ServiceError):
    """The file was refused before any row was imported; `code` is the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(FILE_ERRORS[code], **params)
        self.code = code


@dataclass(frozen=True)
class RowError:
    row: int  # row number as Excel shows it
    field: str | None  # field key, or None for the whole row
    message: str  # English source string (context "Errors")
    params: dict[str, object]
    values: tuple[str, ...]  # the row as read, for the error file


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


class CodeLookup:
    """Code-table values by name, English name, code or (regions) full path; folded for comparison."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(CodeItem.id, CodeItem.category, CodeItem.code, CodeItem.name, CodeItem.name_en,
                   CodeItem.parent_id)
            .where(CodeItem.deleted_at.is_(None), CodeItem.active.is_(True))
        ).all()  # fmt: skip
        by_id = {r.id: r for r in rows}
        self._found: dict[tuple[str, str], int | type[LookupError | ValueError]] = {}
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
                    self._keys.setdefault((r.category, fold(name)), set()).add(r.id)

    def find(self, category: str, value: str) -> int | None:
        """The id for `value`; raises KeyError when unknown, ValueError when ambiguous."""
        found = self._found.get((category, value))  # a file repeats its few code values on every row
        if found is None:
            if len(self._found) >= 10_000:  # a column of free text mapped to a code field
                self._found.clear()
            found = self._found[(category, value)] = self._find(category, value)
        if isinstance(found, type):
            raise found(value)
        return found

    def _find(self, category: str, value: str) -> int | type[LookupError | ValueError]:
        ids = self._keys.get((category, fold(value)))
        if not ids:
            return KeyError
        if len(ids) > 1:  # 北京市 the province and 北京市 the city: the deepest one
            ids = {i for i in ids if not any(self._parents.get(other) == i for other in ids)}
        if len(ids) > 1:
            return ValueError
        return next(iter(ids))


def open_workbook(path: str | Path) -> WorkbookReader:
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


Problem = tuple[str, str, dict[str, object]]  # field key, message (context "Errors"), its parameters


@dataclass
class Tally:
    """What became of a batch's rows (merged into the run's total once the batch is committed)."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)

    def reject(self, row: SheetRow, key: str | None, message: str, params: Mapping[str, object]) -> None:
        self.counts["rejected"] += 1
        self.errors.append(RowError(row.number, key, message, dict(params), row.values))

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)
        room = MAX_KEPT_ERRORS - len(self.errors)
        if room > 0:
            self.errors.extend(sorted(other.errors, key=lambda e: e.row)[:room])


@dataclass  # not slots: those pickle through Python-level __getstate__, twice as slow to send
class PreparedRow:
    """A checked row: its values, matching keys, and — unless it will only update — what creating it takes."""

    sheet: SheetRow
    values: dict[str, Any]
    name_key: str
    phones: set[str]
    new: dict[str, Any] | None = None  # validated values for a new customer (None: `problem` says why)
    problem: Problem | None = None
    document: dict[str, Any] | None = None  # its search document, id to be filled in


@dataclass(frozen=True)
class Headed:
    """What a reader sends first: the sheet's header row and its estimated number of rows."""

    headers: tuple[str, ...]
    estimated_rows: int | None


@dataclass(frozen=True)
class RowPlan:
    """Everything checking a row needs, without a database (sent to the reader process as it is)."""

    mapping: Mapping[int, str]  # column index → field key (built-in or custom)
    codes: CodeLookup
    custom: Mapping[str, FieldDef]  # the customer's custom fields by key
    lookups: Lookups
    searchable: Sequence[FieldDef]  # custom fields that go into the search document
    mode: Mode
    batch_size: int


@dataclass
class Batch:
    rows: list[PreparedRow] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)


def prepare(row: SheetRow, plan: RowPlan, batch: Batch) -> None:
    """Check one row and add it to `batch`, ready to create (validated, with its search document) unless the
    writer finds it matches a customer; or record why it is rejected."""
    batch.tally.counts["read"] += 1
    values = row_values(row, plan, batch.tally)
    if values is None:
        return
    prepared = PreparedRow(row, values, normalize_name(values["name"]),
                           phone_keys(values.get("phone"), values.get("mobile")))  # fmt: skip
    if plan.mode != "update_only":
        prepared.new, prepared.problem = check(values)
        if prepared.new is not None:
            prepared.new["extra"] = {k: v for k, v in values.get("extra", {}).items() if v is not None}
            prepared.document = document_of(prepared.new, plan.searchable)
    batch.rows.append(prepared)


def row_values(row: SheetRow, plan: RowPlan, tally: Tally) -> dict[str, Any] | None:
    """The row as customer column values (only non-empty cells), or None after recording its error."""
    values: dict[str, Any] = {}
    for index, key in plan.mapping.items():
        text = row.values[index] if index < len(row.values) else ""
        if not text:
            continue
        custom_field = plan.custom.get(key)
        if custom_field is not None:
            try:
                value = parse_text(text, custom_field, plan.lookups)
            except ValueProblem as problem:
                tally.reject(row, key, problem.message, dict(problem.params))
                return None
            values.setdefault("extra", {})[key] = value
            continue
        item = FIELD_BY_KEY[key]
        if item.category is not None:
            try:
                values[_CODE_COLUMNS[key]] = plan.codes.find(item.category, text)
            except KeyError:
                tally.reject(row, key, UNKNOWN_CODE, {"value": text})
                return None
            except ValueError:
                tally.reject(row, key, AMBIGUOUS_CODE, {"value": text})
                return None
        elif key == "kind":
            kind = _KINDS.get(fold(text))
            if kind is None:
                tally.reject(row, key, UNKNOWN_KIND, {})
                return None
            values["kind"] = kind
        else:
            values[key] = text
    if not values.get("name"):
        tally.reject(row, "name", QT_TRANSLATE_NOOP("Errors", "This field is required."), {})
        return None
    return values


def check(values: Mapping[str, Any]) -> tuple[dict[str, Any] | None, Problem | None]:
    """The values cleaned by the customer form's rules, or the first field's problem."""
    clean, error = check_input(CustomerInput(**{k: v for k, v in values.items() if k in EDITABLE_FIELDS}))
    if error is None:
        return clean, None
    name, message = next(iter(error.fields.items()))
    return None, (name, message, dict(error.field_params.get(name, {})))


def batches(path: str | Path, plan: RowPlan) -> Generator[Headed | Batch]:
    """The file's headers and row estimate first, then its rows checked, `plan.batch_size` rows a batch (the last
    one may be short). Refuses bad files with `BadImportFile`."""
    with open_workbook(path) as reader:
        yield Headed(reader.headers, reader.estimated_rows)
        batch = Batch()
        try:
            for row in reader.rows():
                prepare(row, plan, batch)
                if batch.tally.counts["read"] >= plan.batch_size:
                    yield batch
                    batch = Batch()
        except BadWorkbook as error:
            raise BadImportFile(error.code, **error.params) from error
        yield batch


def phone_keys(*phones: str | None) -> set[str]:
    return {phone_key(p) for p in (normalize_phone(x) for x in phones) if len(p) >= 7}
