"""Customer import: mapping, code values, create/update-on-match, per-row errors, batches, cancel, re-runs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from crm_desktop.db.models import AuditLog, CodeItem, Customer
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerQuery, CustomerService
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.imports import BadImportFile, ImportOptions, ImportService, suggest_mapping
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
    count,
)

HEADERS = ["客户名称", "客户类型", "等级", "地区", "电话", "手机", "Email", "备注"]


@dataclass
class Office:
    db: Database
    clerk: UserContext  # imports, edits own customers only
    other_id: int
    dept_id: int


@pytest.fixture
def office(db: Database) -> Office:
    return make_office(db)


def make_office(db: Database) -> Office:
    with db.unit_of_work() as s:
        dept = add_department(s, "管理部")
        role = add_role(s, "clerk", permissions={"customers": (*CUSTOMER_ALL, "import"), **WORK_MODULES},
                        scope="own")  # fmt: skip
        clerk = add_user(s, "clerk", full_name="王芳", department_id=dept, roles=[role])
        other = add_user(s, "other", full_name="杨帆", department_id=dept, roles=[role])
    return Office(db, context_for(db, clerk), other, dept)


def _file(
    tmp_path: Path, rows: list[list[object]], name: str = "in.xlsx", headers: list[str] = HEADERS
) -> Path:
    path = tmp_path / name
    write_xlsx(path, headers, rows)
    return path


def _mapping(path: Path, service: ImportService) -> dict[int, str]:
    return service.preview(path).mapping


def _names(db: Database) -> list[str]:
    with db.read_only() as s:
        return list(
            s.execute(
                select(Customer.name).where(Customer.deleted_at.is_(None)).order_by(Customer.id)
            ).scalars()
        )


def test_preview_suggests_the_mapping_from_chinese_and_english_headers(
    office: Office, tmp_path: Path
) -> None:
    path = _file(tmp_path, [["华强电子有限公司", "目标客户", "A", "深圳市", "0755-1234567", "", "", ""]])
    preview = ImportService(office.db, office.clerk).preview(path)
    assert preview.headers == tuple(HEADERS)
    assert preview.rows[0][0] == "华强电子有限公司"
    assert preview.mapping == {0: "name", 1: "type", 2: "grade", 3: "region", 4: "phone", 5: "mobile",
                               6: "email", 7: "notes"}  # fmt: skip
    assert suggest_mapping(["Customer name", "Mobile", "whatever"]) == {0: "name", 1: "mobile"}


def test_import_creates_customers_with_code_values_by_name_or_code(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path, [
        ["华强电子有限公司", "目标客户", "A", "深圳市", "0755-1234567", "13800138000", "a@b.cn", "=cmd|x"],
        ["Acme Trading", "partner", "b (regular)", "中国 广东省 广州市", "", "", "", ""],
        ["北京客户", "", "", "北京市", "", "", "", ""],
    ])  # fmt: skip
    service = ImportService(office.db, office.clerk)
    result = service.run(path, _mapping(path, service))
    assert (result.created, result.updated, result.rejected) == (3, 0, 0)
    with office.db.read_only() as s:
        codes = {(c.category, c.code): c.id for c in s.execute(select(CodeItem)).scalars()}
        rows = {c.name: c for c in s.execute(select(Customer)).scalars()}
    first = rows["华强电子有限公司"]
    assert first.type_id == codes[("customer_type", "target")]
    assert first.grade_id == codes[("customer_grade", "A")]
    assert first.mobile == "13800138000" and first.notes == "=cmd|x"
    assert first.owner_id == office.clerk.user_id and first.department_id == office.dept_id
    assert rows["Acme Trading"].type_id == codes[("customer_type", "partner")]
    assert rows["Acme Trading"].grade_id == codes[("customer_grade", "B")]
    assert rows["Acme Trading"].region_id is not None
    assert rows["北京客户"].region_id == codes[("region", "CN-BJ-01")]  # the city, not the province
    search = CustomerService(office.db, office.clerk)  # bulk-inserted rows get their search documents too
    assert [r.name for r in search.list_page(CustomerQuery(text="华强")).rows] == ["华强电子有限公司"]
    assert [r.name for r in search.list_page(CustomerQuery(text="13800138000")).rows] == ["华强电子有限公司"]
    with office.db.read_only() as s:
        audits = list(s.execute(select(AuditLog).where(AuditLog.action == "import")).scalars())
    assert len(audits) == 1 and audits[0].changes is not None and audits[0].changes["created"] == 3


def test_bad_rows_are_rejected_with_reasons_and_saved_as_a_file(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path, [
        ["好客户", "", "", "", "", "", "", ""],
        ["", "目标客户", "", "", "", "", "", "no name"],
        ["坏类型", "不存在的类型", "", "", "", "", "", ""],
        ["坏邮箱", "", "", "", "", "", "not-an-email", ""],
        ["坏电话", "", "", "", "abc", "", "", ""],
    ])  # fmt: skip
    service = ImportService(office.db, office.clerk)
    result = service.run(path, _mapping(path, service))
    assert (result.created, result.rejected) == (1, 4)
    assert [(e.row, e.field) for e in result.errors] == [(3, "name"), (4, "type"), (5, "email"), (6, "phone")]
    assert result.errors[1].params == {"value": "不存在的类型"}
    out = tmp_path / "errors.xlsx"
    assert service.save_errors(result, out) == 4
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Row", "Field", "Error", "客户名称")
    assert rows[2][:4] == (4, "type", "“不存在的类型” is not in the code table.", "坏类型")


def test_update_on_match_by_normalised_name_and_phone(office: Office, tmp_path: Path) -> None:
    with office.db.unit_of_work() as s:
        mine = add_customer(s, "深圳市华强电子有限公司", owner_id=office.clerk.user_id, department_id=office.dept_id,
                            phone="0755-12345678")  # fmt: skip
        add_customer(
            s, "张三", owner_id=office.clerk.user_id, department_id=office.dept_id, mobile="13800000001"
        )
        theirs = add_customer(s, "别人的客户", owner_id=office.other_id, department_id=office.dept_id)
    path = _file(tmp_path, [
        ["深圳市华强电子", "目标客户", "", "", "075512345678", "", "", "updated"],  # suffix and format differ
        ["张三", "", "", "", "", "13900000009", "", ""],  # same name, another phone: another person
        ["别人的客户", "", "", "", "", "", "", "mine now?"],  # outside what the clerk may edit
    ])  # fmt: skip
    service = ImportService(office.db, office.clerk)
    result = service.run(path, _mapping(path, service))
    assert (result.created, result.updated, result.rejected) == (1, 1, 1)
    assert result.errors[0].row == 4
    assert result.errors[0].message.startswith("This customer already exists and is outside")
    with office.db.read_only() as s:
        assert s.get(Customer, mine).notes == "updated"  # type: ignore[union-attr]
        assert s.get(Customer, theirs).notes is None  # type: ignore[union-attr]
    assert _names(office.db).count("张三") == 2


def test_match_by_the_indexed_name_key_ignores_brackets_and_any_legal_form(
    office: Office, tmp_path: Path
) -> None:
    with office.db.unit_of_work() as s:
        group = add_customer(s, "杭州远大信通（集团）股份有限公司", owner_id=office.clerk.user_id,
                             department_id=office.dept_id, mobile="13912345678")  # fmt: skip
    path = _file(tmp_path, [
        ["杭州远大信通有限责任公司", "", "", "", "", "139 1234 5678", "", "same company"],
        ["杭州远大信通科技", "", "", "", "", "13912345678", "", "another company"],
    ])  # fmt: skip
    service = ImportService(office.db, office.clerk)
    result = service.run(path, _mapping(path, service))
    assert (result.created, result.updated, result.rejected) == (1, 1, 0)
    with office.db.read_only() as s:
        assert s.get(Customer, group).notes == "same company"  # type: ignore[union-attr]


def test_modes_create_only_and_update_only(office: Office, tmp_path: Path) -> None:
    with office.db.unit_of_work() as s:
        add_customer(s, "老客户甲", owner_id=office.clerk.user_id, department_id=office.dept_id)
    path = _file(
        tmp_path, [["老客户甲", "", "", "", "", "", "", "x"], ["新客户乙", "", "", "", "", "", "", ""]]
    )
    service = ImportService(office.db, office.clerk)
    mapping = _mapping(path, service)
    created = service.run(path, mapping, ImportOptions(mode="create_only"))
    assert (created.created, created.updated, created.rejected) == (1, 0, 1)
    updated = service.run(path, mapping, ImportOptions(mode="update_only"))
    assert (updated.created, updated.updated, updated.unchanged, updated.rejected) == (0, 1, 1, 0)


def test_cancel_commits_whole_batches_and_a_rerun_creates_no_duplicates(
    office: Office, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [f"客户{i:04d}", "", "", "", f"1380000{i:04d}", "", "", ""] for i in range(250)
    ]
    rows.append(["客户0003", "", "", "", "13800000003", "", "", "repeated in the file"])
    path = _file(tmp_path, rows)
    service = ImportService(office.db, office.clerk)
    mapping = _mapping(path, service)
    seen: list[tuple[int, int | None]] = []
    first = service.run(path, mapping, ImportOptions(batch_size=100), progress=lambda d, t: seen.append((d, t)),
                        cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert first.cancelled and first.created == 200 and [done for done, _ in seen] == [100, 200]
    assert all(total is not None and 200 < total < 300 for _, total in seen)  # estimated from the sheet size
    assert count(office.db, Customer) == 200
    second = service.run(path, mapping, ImportOptions(batch_size=100))
    assert not second.cancelled
    assert (second.created, second.unchanged, second.updated) == (50, 200, 1)
    assert count(office.db, Customer) == 250
    third = service.run(path, mapping, ImportOptions(batch_size=100))
    assert (third.created, third.updated, third.unchanged) == (0, 0, 251)


def test_a_customer_repeated_in_the_next_batch_is_matched_not_created_twice(
    office: Office, tmp_path: Path
) -> None:
    """On a database server two batches are written at once; the second waits for the first when they name the
    same customer, so it finds what the first created. Customers are numbered in the file's order."""
    rows: list[list[object]] = []
    for i in range(40):
        rows.append([f"客户{i:03d}", "", "", "", f"1390000{i:04d}", "", "", ""])
        if i % 10 == 9:  # the batch's first customer again, in the next batch, with a note
            rows.append([f"客户{i - 9:03d}有限公司", "", "", "", f"1390000{i - 9:04d}", "", "", "again"])
    path = _file(tmp_path, rows)
    service = ImportService(office.db, office.clerk)
    result = service.run(path, _mapping(path, service), ImportOptions(batch_size=10))
    assert (result.created, result.updated, result.rejected) == (40, 4, 0)
    assert _names(office.db) == [f"客户{i:03d}有限公司" if i % 10 == 0 else f"客户{i:03d}" for i in range(40)]


def test_a_failing_batch_rolls_back_alone(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, [[f"客户{i}", "", "", "", "", "", "", ""] for i in range(30)])
    service = ImportService(office.db, office.clerk)
    mapping = _mapping(path, service)
    original = service._write_batch
    calls = {"n": 0}

    def crash_second(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "_write_batch", crash_second)
    with pytest.raises(RuntimeError):
        service.run(path, mapping, ImportOptions(batch_size=10))
    assert count(office.db, Customer) == 10
    monkeypatch.undo()
    again = service.run(path, mapping, ImportOptions(batch_size=10))
    assert (again.created, again.unchanged) == (20, 10)
    assert count(office.db, Customer) == 30


def test_mapping_and_permission_checks(office: Office, db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, [["甲", "", "", "", "", "", "", ""]])
    service = ImportService(office.db, office.clerk)
    with pytest.raises(ValidationError):
        service.run(path, {1: "type"})
    with pytest.raises(ValidationError):
        service.run(path, {0: "name", 1: "name"})
    with db.unit_of_work() as s:
        role = add_role(s, "viewer", permissions={"customers": ("view", "create")}, scope="own")
        viewer = add_user(s, "viewer", roles=[role])
    with pytest.raises(PermissionDenied):
        ImportService(db, context_for(db, viewer)).preview(path)


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "empty"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old_xls"), (b"hello", "not_xlsx")],
)
def test_bad_files_are_refused_with_a_reason(
    office: Office, tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(BadImportFile) as caught:
        ImportService(office.db, office.clerk).preview(path)
    assert caught.value.code == code
