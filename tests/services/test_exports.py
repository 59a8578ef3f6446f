"""Customer export: exactly the rows and columns the user's list shows, permission-checked, audited, safe cells."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from crm_desktop.db.models import AuditLog, CodeItem, Customer, RolePermission
from crm_desktop.db.session import Database
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.exports import ExportCancelled, ExportService, default_headers
from tests.services.helpers import CUSTOMER_ALL, add_role, add_user, build_world, context_for


def _sheet(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


@pytest.mark.parametrize("user", ["sales1", "store", "manager", "boss"])
def test_export_holds_exactly_the_rows_the_user_may_see(db: Database, tmp_path: Path, user: str) -> None:
    world = build_world(db)
    with db.unit_of_work() as s:  # the export permission, on top of each world role
        for role in world.roles.values():
            s.add(RolePermission(role_id=role, module="customers", operation="export"))
    out = tmp_path / "out.xlsx"
    written = ExportService(db, world.ctx(user)).export_customers(out)
    rows = _sheet(out)
    assert rows[0] == default_headers("zh_CN")
    names = {r[0] for r in rows[1:]}
    with db.read_only() as s:
        expected = set(s.execute(select(Customer.name).where(Customer.id.in_(
            [world.customers[k] for k in world.expected_visible(user)]))).scalars())  # fmt: skip
    assert names == expected and written == len(expected)


def test_export_follows_the_list_query_sort_and_labels(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        role = add_role(s, "rep", permissions={"customers": (*CUSTOMER_ALL, "export")}, scope="own")
        me = add_user(s, "me", full_name="刘洋", roles=[role])
        target = s.execute(select(CodeItem.id).where(CodeItem.code == "target")).scalar_one()
        for i, name in enumerate(["乙公司", "甲公司", '=HYPERLINK("x")', "丙"]):
            s.add(Customer(name=name, owner_id=me, type_id=target if i != 3 else None, phone=f"010-{i}"))
    ctx = context_for(db, me)
    out = tmp_path / "out.xlsx"
    assert ExportService(db, ctx).export_customers(out, CustomerQuery(type_id=target), language="en") == 3
    rows = _sheet(out)
    assert rows[0][:3] == ("Name", "Type", "Grade")
    assert [r[0] for r in rows[1:]] == sorted(["乙公司", "甲公司", '=HYPERLINK("x")'])
    assert rows[1][1] == "Target customer" and rows[1][6] == "刘洋"
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    with db.read_only() as s:
        entry = s.execute(select(AuditLog).where(AuditLog.action == "export")).scalar_one()
    assert entry.changes is not None and entry.changes["rows"] == 3 and entry.user_id == me


def test_export_needs_the_export_permission_and_cancel_leaves_no_file(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        viewer = add_user(
            s, "viewer", roles=[add_role(s, "v", permissions={"customers": ("view",)}, scope="all")]
        )
        boss = add_user(s, "boss", roles=[add_role(s, "b", permissions={"customers": ("view", "export")},
                                                   scope="all")])  # fmt: skip
        s.add(Customer(name="甲"))
    out = tmp_path / "export" / "out.xlsx"
    out.parent.mkdir()
    with pytest.raises(PermissionDenied):
        ExportService(db, context_for(db, viewer)).export_customers(out)
    with pytest.raises(ExportCancelled):
        ExportService(db, context_for(db, boss)).export_customers(out, cancelled=lambda: True)
    assert list(out.parent.iterdir()) == []
