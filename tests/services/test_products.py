"""Product catalogue: categories, pinyin search, grade prices, validation, permissions, delete refused when used."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import CodeItem, OrderLine, Product, SalesOrder
from crm_desktop.db.session import Database
from crm_desktop.services.errors import ConcurrentEditError, PermissionDenied, ServiceError, ValidationError
from crm_desktop.services.products import (
    CategoryInput,
    ProductInput,
    ProductQuery,
    ProductService,
    parse_money,
    price_for,
)
from tests.services.helpers import World, add_customer, build_world


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def grades(db: Database) -> dict[str, int]:
    with db.read_only() as session:
        rows = session.execute(
            select(CodeItem.code, CodeItem.id).where(CodeItem.category == "customer_grade")
        )
        return {code: int(i) for code, i in rows}


def catalogue(world: World) -> tuple[ProductService, dict[str, int]]:
    service = ProductService(world.db, world.ctx("root"))
    office = service.save_category(CategoryInput("办公设备", "OFFICE"))
    printers = service.save_category(CategoryInput("打印机", "PRN", parent_id=office))
    pcs = service.save_category(CategoryInput("电脑", "PC", parent_id=office))
    g = grades(world.db)
    laser = service.create(
        ProductInput(
            "HP-M403",
            "惠普激光打印机",
            "台",
            "A4 黑白 38页/分",
            printers,
            "2680",
            "1980.5",
            grade_prices={g["A"]: "2380", g["B"]: "2550.00"},
        )
    )
    service.create(
        ProductInput("TP-E14", "联想笔记本电脑", "台", "i5/16G", pcs, Decimal("5299"), Decimal("4300"))
    )
    service.create(ProductInput("OLD-1", "旧型号复印机", "台", "", printers, "100", active=False))
    return service, {"office": office, "printers": printers, "pcs": pcs, "laser": laser.id}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打印", ["HP-M403"]),
        ("dayinji", ["HP-M403"]),
        ("hpjg", ["HP-M403"]),
        ("hp-m", ["HP-M403"]),
        ("ＴＰ", ["TP-E14"]),
        ("16g", ["TP-E14"]),
        ("bijiben", ["TP-E14"]),
        ("", ["HP-M403", "TP-E14"]),
        ("100%", []),
    ],
)
def test_search_chinese_pinyin_initials_code_and_spec(world: World, text: str, expected: list[str]) -> None:
    service, _ = catalogue(world)
    assert [p.code for p in service.search(ProductQuery(text))] == expected


def test_category_subtree_inactive_and_grade_prices(world: World) -> None:
    service, ids = catalogue(world)
    g = grades(world.db)
    assert [p.code for p in service.search(ProductQuery(category_id=ids["office"]))] == ["HP-M403", "TP-E14"]
    assert [p.code for p in service.search(ProductQuery(category_id=ids["printers"], active_only=False))] == [
        "HP-M403",
        "OLD-1",
    ]
    by_grade = {p.code: p.price for p in service.search(ProductQuery(grade_id=g["A"]))}
    assert by_grade == {"HP-M403": Decimal("2380.00"), "TP-E14": Decimal("5299.00")}
    detail = service.get(ids["laser"])
    assert detail.grade_prices == {g["A"]: Decimal("2380.00"), g["B"]: Decimal("2550.00")}
    assert detail.product.cost_price == Decimal("1980.50")
    with world.db.read_only() as session:
        assert price_for(session, ids["laser"], g["B"]) == Decimal("2550.00")
        assert price_for(session, ids["laser"], g["C"]) == Decimal("2680.00")
        assert price_for(session, ids["laser"], None) == Decimal("2680.00")
    # Clearing one grade price falls back to the list price.
    product = detail.product
    service.update(
        product.id,
        product.version,
        ProductInput(
            product.code,
            product.name,
            product.unit,
            product.specification,
            product.category_id,
            "2680",
            "1980.50",
            grade_prices={g["B"]: ""},
        ),
    )
    assert service.get(ids["laser"]).grade_prices == {g["A"]: Decimal("2380.00")}
    counts = {c.code: c.products for c in service.categories()}
    assert counts == {"OFFICE": 0, "PRN": 2, "PC": 1}


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (ProductInput("", "  ", list_price="1"), {"code", "name"}),
        (ProductInput("X1", "测试", list_price="-5"), {"list_price"}),
        (ProductInput("X1", "测试", list_price="abc", cost_price="-1"), {"list_price", "cost_price"}),
        (ProductInput("X1", "测试", list_price=""), {"list_price"}),
        (ProductInput("hp-m403", "重复编码", list_price="1"), {"code"}),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(world: World, data: ProductInput, fields: set[str]) -> None:
    service, _ = catalogue(world)
    before = len(service.search(ProductQuery(active_only=False)))
    with pytest.raises(ValidationError) as info:
        service.create(data)
    assert set(info.value.fields) == fields
    assert len(service.search(ProductQuery(active_only=False))) == before


def test_negative_grade_price_refused(world: World) -> None:
    service, _ = catalogue(world)
    g = grades(world.db)
    with pytest.raises(ValidationError) as info:
        service.create(ProductInput("X2", "测试", list_price="10", grade_prices={g["A"]: "-1"}))
    assert set(info.value.fields) == {f"grade_{g['A']}"}


def test_parse_money() -> None:
    assert parse_money("¥1,280.555") == Decimal("1280.56")
    assert parse_money(" 0 ") == Decimal("0.00")
    assert parse_money("", required=False) is None
    for bad in ("", "-0.01", "NaN", "1e20", "一百"):
        with pytest.raises(ValueError):
            parse_money(bad)


def test_delete_refused_while_an_order_line_uses_the_product(world: World) -> None:
    service, ids = catalogue(world)
    with world.db.unit_of_work() as session:
        customer = add_customer(
            session, "上海浦东华信科技", owner_id=world.users["sales1"], department_id=None
        )
        order = SalesOrder(number="XS-T-1", customer_id=customer, order_date=date(2026, 11, 22))
        session.add(order)
        session.flush()
        session.add(
            OrderLine(
                order_id=order.id,
                seq=1,
                product_id=ids["laser"],
                description="打印机",
                quantity=Decimal("1"),
                unit_price=Decimal("2680"),
                amount=Decimal("2680"),
            )
        )
    with pytest.raises(ServiceError) as info:
        service.delete(ids["laser"])
    assert "cannot be deleted" in info.value.message and info.value.params["count"] == 1
    with world.db.read_only() as session:
        assert session.get(Product, ids["laser"]).deleted_at is None  # type: ignore[union-attr]
    other = service.search(ProductQuery("TP-E14"))[0]
    service.delete(other.id)
    assert service.search(ProductQuery("TP-E14")) == []
    # The code of a deleted product can be used again.
    service.create(ProductInput("TP-E14", "联想笔记本电脑二代", list_price="5999"))


def test_categories_refuse_cycles_and_deleting_non_empty(world: World) -> None:
    service, ids = catalogue(world)
    with pytest.raises(ServiceError):
        service.save_category(CategoryInput("办公设备", parent_id=ids["printers"]), ids["office"])
    with pytest.raises(ServiceError):
        service.delete_category(ids["printers"])
    empty = service.save_category(CategoryInput("耗材", parent_id=ids["office"]))
    service.delete_category(empty)
    assert "耗材" not in {c.name for c in service.categories()}


def test_permissions_and_stale_edit(world: World) -> None:
    service, ids = catalogue(world)
    outsider = ProductService(world.db, world.ctx("sales1"))
    with pytest.raises(PermissionDenied):
        outsider.search()
    with pytest.raises(PermissionDenied):
        outsider.create(ProductInput("Z", "Z", list_price="1"))
    product = service.get(ids["laser"]).product
    data = ProductInput(product.code, "新名称", list_price="1")
    service.update(product.id, product.version, data)
    with pytest.raises(ConcurrentEditError):
        service.update(product.id, product.version, data)
