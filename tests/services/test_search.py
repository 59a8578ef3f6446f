"""Customer search: folding, pinyin, phone fragments, contact names, short queries, scope, keyset paging,
dense and sparse strategies, the bulk rebuild, and the SQL Server fallback compiled."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.dialects import mssql

from crm_desktop.db import search
from crm_desktop.db.session import Database
from crm_desktop.services import customer_search, search_index
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerInput, CustomerQuery, CustomerService
from crm_desktop.services.search_text import customer_document, fold, phone_digits, pinyin_initials
from tests.services.helpers import (
    CUSTOMER_ALL,
    WORK_MODULES,
    add_customer,
    add_department,
    add_role,
    add_user,
    context_for,
)

# --- normalisation (no database) ---------------------------------------------------------------------------


def test_fold_applies_nfkc_lower_case_and_drops_punctuation_and_spaces() -> None:
    assert fold("ＡＢＣ１２３") == "abc123"
    assert fold("  A-b_C (1 2 3)！") == "abc123"
    assert fold("北京·华信，有限公司") == "北京华信有限公司"
    assert fold(None) == ""


def test_phone_digits_and_pinyin() -> None:
    assert phone_digits("138 1234 5678") == "13812345678"
    assert phone_digits("０１０－８２６６") == "0108266"
    assert pinyin_initials("张三") == "zs"
    doc, grams = customer_document("张三", phones=["138 1234 5678"], contact_names=["李四"])
    assert "zhangsan" in doc and "zs" in doc.split() and "lisi" in doc and "13812345678" in doc
    assert {"张", "三", "张三", "zs", "李四", "ls"} <= grams


# --- through the service, on SQLite and PostgreSQL ---------------------------------------------------------


@dataclass
class Shop:
    db: Database
    admin: UserContext
    rep: UserContext  # own scope
    ids: dict[str, int]


NAMES = {
    "zhang": ("张三", None, "138 1234 5678"),
    "huaxin": ("北京华信办公设备有限公司", "华信", "010-8266 1234"),
    "abc": ("ＡＢＣ１２３商行", None, None),
    "hua_other": ("上海华联超市", None, "021-5555 0000"),
    "lisi_co": ("深圳远航科技有限公司", "远航", None),
}


@pytest.fixture
def shop(db: Database) -> Shop:
    with db.unit_of_work() as s:
        dept = add_department(s, "销售部")
        admin_role = add_role(s, "boss", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="all")
        rep_role = add_role(s, "rep", permissions={"customers": CUSTOMER_ALL, **WORK_MODULES}, scope="own")
        boss = add_user(s, "boss", department_id=dept, roles=[admin_role])
        rep = add_user(s, "rep", department_id=dept, roles=[rep_role])
    admin_ctx, rep_ctx = context_for(db, boss), context_for(db, rep)
    service = CustomerService(db, admin_ctx)
    ids = {}
    for key, (name, short, mobile) in NAMES.items():
        ids[key] = service.create(CustomerInput(name=name, short_name=short, mobile=mobile))
    ContactService(db, admin_ctx).add(ids["lisi_co"], ContactInput(name="李四", mobile="139 0000 1111"))
    with db.unit_of_work() as s:  # one customer of the rep's own
        ids["rep_own"] = add_customer(s, "华信维修部", owner_id=rep, department_id=dept)
    return Shop(db, admin_ctx, rep_ctx, ids)


def _found(shop: Shop, text: str, user: UserContext | None = None) -> set[str]:
    service = CustomerService(shop.db, user or shop.admin)
    rows = service.list_page(CustomerQuery(text=text), limit=50).rows
    keys = {v: k for k, v in shop.ids.items()}
    return {keys[r.id] for r in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华", {"huaxin", "hua_other", "rep_own"}),  # one Chinese character
        ("华信", {"huaxin", "rep_own"}),  # two
        ("华信办", {"huaxin"}),  # three: trigram index
        ("办公设备", {"huaxin"}),
        ("zhangsan", {"zhang"}),  # pinyin
        ("zs", {"zhang"}),  # initials (2 letters: short grams)
        ("ZS", {"zhang"}),  # case-insensitive
        ("bjhx", {"huaxin"}),
        ("13812345678", {"zhang"}),  # phone however formatted
        ("1234 5678", {"zhang"}),
        ("5678", {"zhang"}),
        ("138-1234", {"zhang"}),
        ("abc123", {"abc"}),  # NFKC both ways
        ("ＡＢＣ", {"abc"}),
        ("ab", {"abc"}),
        ("李四", {"lisi_co"}),  # contact name
        ("lisi", {"lisi_co"}),
        ("1111", {"lisi_co"}),  # contact phone
        ("远航", {"lisi_co"}),  # short name
        ("不存在的名字", set()),
        ("%", set()),
    ],
)
def test_search_finds(shop: Shop, text: str, expected: set[str]) -> None:
    assert _found(shop, text) == expected, text


def test_a_short_name_inside_the_name_is_not_repeated_but_still_found(shop: Shop) -> None:
    service = CustomerService(shop.db, shop.admin)
    inside = service.create(CustomerInput(name="深圳华强科技有限公司", short_name="华强"))
    outside = service.create(CustomerInput(name="北京星辰贸易有限公司", short_name="辰光科技"))
    doc, _grams = customer_document("深圳华强科技有限公司", "华强")
    assert doc.split() == ["深圳华强科技有限公司", "shenzhenhuaqiangkejiyouxiangongsi", "szhqkjyxgs"]
    assert customer_document("深圳华强科技有限公司")[1] == _grams  # its grams were all there already
    doc, _grams = customer_document("北京星辰贸易有限公司", "辰光科技")
    assert "辰光科技" in doc.split() and "chenguangkeji" in doc.split() and "cgkj" in doc.split()

    def found(text: str) -> set[int]:
        return {r.id for r in service.list_page(CustomerQuery(text=text), limit=50).rows}

    for text in ("华强", "huaqiang", "hq", "强科"):  # the short name, its pinyin, initials and a gram
        assert inside in found(text), text
    # a short name of its own stays searchable
    for text in ("辰光科技", "光科", "光", "chenguang", "cgkj", "gk"):
        assert outside in found(text), text
    assert outside not in found("华强") and inside not in found("辰光")


def test_search_respects_scope(shop: Shop) -> None:
    assert _found(shop, "华信", shop.rep) == {"rep_own"}
    assert _found(shop, "华", shop.rep) == {"rep_own"}


def test_updates_and_contact_changes_keep_the_document_current(shop: Shop) -> None:
    service = CustomerService(shop.db, shop.admin)
    detail = service.get(shop.ids["zhang"])
    data = customer_input(detail)
    data.name = "王五"
    service.update(detail.id, detail.version, data)
    assert _found(shop, "zhangsan") == set()
    assert _found(shop, "ww") == {"zhang"}
    contacts = ContactService(shop.db, shop.admin)
    contact = contacts.list_for(shop.ids["lisi_co"])[0]
    contacts.delete(contact.id)
    assert _found(shop, "李四") == set()


def customer_input(detail: object) -> CustomerInput:
    from crm_desktop.services.customers import input_from_detail

    return input_from_detail(detail)  # type: ignore[arg-type]


@pytest.fixture
def many(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, UserContext]]:
    with db.unit_of_work() as s:
        role = add_role(s, "boss", permissions={"customers": CUSTOMER_ALL}, scope="all")
        boss = add_user(s, "boss", roles=[role])
        for n in range(60):
            name = f"客户{n:02d}{'华' if n % 2 else '明'}记"
            add_customer(s, name, owner_id=boss, department_id=None, mobile=f"138 0000 {n:04d}")
    yield db, context_for(db, boss)


@pytest.mark.parametrize("sparse_limit", [1000, 5])  # sparse: id list; dense: walk the list order
def test_search_pages_by_keyset_in_name_order(
    many: tuple[Database, UserContext], monkeypatch: pytest.MonkeyPatch, sparse_limit: int
) -> None:
    db, user = many
    monkeypatch.setattr(customer_search, "SPARSE_LIMIT", sparse_limit)
    service = CustomerService(db, user)
    for text, expected in (("华", 30), ("华记", 30), ("138 0000", 60), ("1", 60)):
        names, cursor = [], None
        while True:
            page = service.list_page(CustomerQuery(text=text), cursor, limit=7)
            names += [r.name for r in page.rows]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(names) == expected and names == sorted(names), text
        assert len(set(names)) == expected


def test_estimate_total_is_exact_when_small_and_bounded_when_large(
    many: tuple[Database, UserContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, user = many
    service = CustomerService(db, user)
    assert service.estimate_total(CustomerQuery(text="华")) == customer_search.TotalEstimate(30, exact=True)
    monkeypatch.setattr(customer_search, "COUNT_LIMIT", 10)
    estimate = service.estimate_total(CustomerQuery())
    assert not estimate.exact and (estimate.at_least or estimate.count >= 10)


def test_rebuild_all_recreates_every_document(many: tuple[Database, UserContext]) -> None:
    db, user = many
    with db.unit_of_work() as s:
        s.execute(search.CustomerSearch.__table__.delete())
    assert CustomerService(db, user).list_page(CustomerQuery(text="华记")).rows == []
    assert search_index.rebuild_all(db, chunk=7) == 60
    assert len(CustomerService(db, user).list_page(CustomerQuery(text="华记")).rows) == 30


def test_sql_server_fallback_compiles() -> None:
    dialect = mssql.dialect()
    for statement in (search.substring_ids("mssql", "华信办"), search.gram_ids("mssql", "华")):
        sql = str(statement.compile(dialect=dialect))
        assert "LIKE" in sql and "customer_search" in sql


def test_rebuild_if_flagged_fills_documents_once(many: tuple[Database, UserContext]) -> None:
    from crm_desktop.db.models import SystemSetting

    db, user = many
    assert not search_index.rebuild_if_flagged(db)
    with db.unit_of_work() as s:
        s.execute(search.CustomerSearch.__table__.delete())
        s.add(SystemSetting(key=search.REBUILD_FLAG, value="1"))
    assert search_index.rebuild_if_flagged(db)
    assert not search_index.rebuild_if_flagged(db)  # the flag is gone
    assert len(CustomerService(db, user).list_page(CustomerQuery(text="明记")).rows) == 30
